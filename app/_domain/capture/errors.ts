// What can be wrong with a capture someone pasted or dropped. Each error names what was
// expected and where the input departs from it; the route answers every one with 400 and its
// code, the capture screen shows the message. Anything else thrown while reading is a bug.

export type CaptureErrorCode = "empty" | "not_a_capture" | "truncated" | "corrupt" | "unsupported_link_type" | "no_tcp" | "too_large";

export class CaptureError extends Error {
  constructor(
    readonly code: CaptureErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CaptureError";
  }
}

/** The largest input read: 10 MiB, enough for about 100,000 segments of tcpdump text. */
export const MAX_CAPTURE_BYTES = 10 * 1024 * 1024;

const EXPECTED = "Expected tcpdump output (tcpdump -n, with or without -S, -tt, -ttt, -v), a pcap or pcapng file, or the output of ss -tan or netstat -tan.";

export class EmptyCaptureError extends CaptureError {
  constructor() {
    super("empty", `The capture is empty. ${EXPECTED}`);
  }
}

export class NotACaptureError extends CaptureError {
  constructor(readonly sample: string) {
    super("not_a_capture", `This is not a capture: no line reads as a TCP segment or a socket${sample ? ` (the first line is "${sample}")` : ""}. ${EXPECTED}`);
  }
}

/** A pcap or pcapng file that ends inside a header, a record or a block. */
export class TruncatedCaptureError extends CaptureError {
  constructor(
    readonly offset: number,
    what: string,
  ) {
    super(
      "truncated",
      `The file is truncated at byte ${offset}: it ends inside ${what}. Save the capture again (stop tcpdump with Ctrl+C so that it finishes writing).`,
    );
  }
}

/** A pcap or pcapng file whose structure is broken (a length that cannot be right). */
export class CorruptCaptureError extends CaptureError {
  constructor(
    readonly offset: number,
    what: string,
  ) {
    super("corrupt", `The file is corrupt at byte ${offset}: ${what}.`);
  }
}

export const LINK_TYPES: Record<number, string> = {
  0: "BSD loopback (NULL)",
  1: "Ethernet",
  12: "raw IP",
  14: "raw IP",
  101: "raw IP",
  108: "OpenBSD loopback (LOOP)",
  113: "Linux cooked capture v1 (SLL)",
  228: "raw IPv4",
  229: "raw IPv6",
  276: "Linux cooked capture v2 (SLL2)",
};

export class UnsupportedLinkTypeError extends CaptureError {
  constructor(readonly linkType: number) {
    super(
      "unsupported_link_type",
      `Link type ${linkType} is not supported. Supported: Ethernet (1), Linux cooked capture v1 (113) and v2 (276), loopback (0, 108) and raw IP (101, 228, 229); capture with tcpdump -i <interface> or -i any.`,
    );
  }
}

export class NoTcpError extends CaptureError {
  constructor(readonly packets: number) {
    super(
      "no_tcp",
      `The capture holds ${packets} packet${packets === 1 ? "" : "s"} but no TCP segment over IPv4 or IPv6. Capture with a filter such as tcpdump -n 'tcp port 80'.`,
    );
  }
}

export class CaptureTooLargeError extends CaptureError {
  constructor(readonly bytes: number) {
    super(
      "too_large",
      `The capture is larger than ${MAX_CAPTURE_BYTES / 1024 / 1024} MB (${MAX_CAPTURE_BYTES.toLocaleString("en")} bytes)${bytes > 0 ? `: it has ${bytes.toLocaleString("en")} bytes` : ""}. Capture fewer packets, for example with a port filter or tcpdump -c 10000.`,
    );
  }
}
