import { isPlainId } from "@/app/_domain/input/fields";
import { getDb } from "@/app/_server/db/client";
import { problem } from "@/app/_server/http/json";
import { buildTopicApkg } from "@/app/_server/transfer/apkg";

// Study content only, no learner's data: anyone who can read the topic list can take its deck.
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isPlainId(id)) return problem(400, "invalid_id", "A topic id is 1-120 characters without control characters (such as \\u0000).");
  const apkg = await buildTopicApkg(getDb(), id, new Date());
  if (!apkg) return problem(404, "unknown_topic", `There is no topic "${id.slice(0, 80)}".`);
  return new Response(Buffer.from(apkg.bytes), {
    headers: {
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="${apkg.fileName}"`,
      "cache-control": "no-store",
    },
  });
}
