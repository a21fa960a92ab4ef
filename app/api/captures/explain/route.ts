import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { locales } from "@/app/_domain/locale";
import { CaptureError, CaptureTooLargeError, explainCapture, MAX_CAPTURE_BYTES } from "@/app/_domain/capture";
import { getLocale } from "@/app/_i18n/server";
import { readCappedBody } from "@/app/_server/http/body";
import { problem } from "@/app/_server/http/json";

// Explains a capture for other clients and tests; the capture screen does the same in the
// browser. Nothing is stored and no sign-in is needed. A body that is not a capture we can read
// gets 400 with what was expected; the reader's own errors are the only ones mapped here.

const TYPES = ["text/plain", "application/vnd.tcpdump.pcap", "application/octet-stream", "application/x-pcap", "application/x-pcapng"];
const query = z.object({ locale: z.enum(locales).optional() });

export async function POST(req: NextRequest) {
  const params = query.safeParse({ locale: req.nextUrl.searchParams.get("locale") ?? undefined });
  if (!params.success) return problem(400, "invalid", `locale must be "ko" or "en" (got "${req.nextUrl.searchParams.get("locale")}").`);
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type && !TYPES.includes(type)) return problem(415, "unsupported_media_type", `Send the capture as text/plain (tcpdump, ss or netstat output) or as the file's bytes (application/vnd.tcpdump.pcap or application/octet-stream); got "${type}".`);
  const body = await readCappedBody(req, MAX_CAPTURE_BYTES);
  if (!body.ok) {
    if (body.reason === "timeout") return problem(408, "timeout", "The capture did not arrive within 30 seconds.");
    // Only an announced length is the body's size; a streamed one was cut off at the cap.
    const error = new CaptureTooLargeError(req.headers.get("content-length") ? body.bytes : 0);
    return problem(400, error.code, error.message);
  }
  const locale = params.data.locale ?? (await getLocale());
  try {
    return NextResponse.json(explainCapture(body.bytes, locale));
  } catch (e) {
    if (e instanceof CaptureError) return problem(400, e.code, e.message);
    throw e;
  }
}

export const dynamic = "force-dynamic";
