import { NextResponse } from "next/server";
import { CaptureTooLargeError, explainCapture, MAX_CAPTURE_BYTES } from "@/app/_domain/capture";
import { route } from "@/app/_server/http/route";

// Explains a capture for other clients and tests; the capture screen does the same in the
// browser. Nothing is stored and no sign-in is needed. A body that is not a capture we can read,
// too large ones included, gets 400 with what was expected (the capture reader's own errors).

const TYPES = ["text/plain", "application/vnd.tcpdump.pcap", "application/octet-stream", "application/x-pcap", "application/x-pcapng"];

export const POST = route(
  { who: "none", raw: { types: TYPES, tooLarge: (bytes) => new CaptureTooLargeError(bytes) }, maxBytes: MAX_CAPTURE_BYTES, timeoutMs: 30_000 },
  async ({ bytes, locale }) => {
    return NextResponse.json(explainCapture(bytes, await locale()));
  },
);

export const dynamic = "force-dynamic";
