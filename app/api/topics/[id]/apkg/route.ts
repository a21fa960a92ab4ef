import { z } from "zod";
import { idText } from "@/app/_domain/input/fields";
import { getDb } from "@/app/_server/db/client";
import { HttpProblem, route } from "@/app/_server/http/route";
import { buildTopicApkg } from "@/app/_server/transfer/apkg";

const topic = z.object({ id: idText("id", 120) });

// Study content only, no learner's data: anyone who can read the topic list can take its deck.
export const GET = route({ who: "none", params: topic }, async ({ params }) => {
  const apkg = await buildTopicApkg(getDb(), params.id, new Date());
  if (!apkg) throw new HttpProblem(404, "unknown_topic", `There is no topic "${params.id.slice(0, 80)}".`);
  return new Response(Buffer.from(apkg.bytes), {
    headers: {
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="${apkg.fileName}"`,
      "cache-control": "no-store",
    },
  });
});
