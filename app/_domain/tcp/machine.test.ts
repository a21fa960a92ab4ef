import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afterReceive, afterSend, afterTimeout, resetFor, seqLt, timerIn, type Endpoint, type Segment } from "./machine";
import { seqAdd, type Flag } from "./segment";
import type { TcpState } from "./states";

const seg = (flags: Flag[], seq: number, ack?: number, len = 0): Segment => ({ flags, seq, ack, len });
const at = (state: TcpState, v: Partial<Endpoint> = {}): Endpoint => ({ state, ...v });

// Each table is one clause of RFC 9293 §3.10.7 (segment arrives): [name, endpoint before,
// segment received, state after]. Our ISS is 100 (SYN-SENT has sent only its SYN) or 300.
type Row = [string, Endpoint, Segment, TcpState];
const synSent = at("SYN-SENT", { synSeq: 100, sndUna: 100, sndNxt: 101 });
const synReceived = (passive: boolean) => at("SYN-RECEIVED", { synSeq: 300, sndUna: 300, sndNxt: 301, rcvNxt: 101, irs: 100, ...(passive ? { passive } : {}) });

const clauses: [clause: string, rows: Row[]][] = [
  [
    "§3.10.7.1 CLOSED: no TCB, every segment is answered or dropped, never accepted",
    [
      ["CLOSED + SYN stays (answered by resetFor)", at("CLOSED"), seg(["SYN"], 100), "CLOSED"],
      ["CLOSED + ACK stays", at("CLOSED"), seg(["ACK"], 100, 7), "CLOSED"],
      ["CLOSED + RST stays", at("CLOSED"), seg(["RST"], 100), "CLOSED"],
    ],
  ],
  [
    "§3.10.7.2 LISTEN: only a SYN without ACK opens; a RST is ignored; any ACK is bad",
    [
      ["LISTEN + SYN → SYN-RECEIVED", at("LISTEN"), seg(["SYN"], 100), "SYN-RECEIVED"],
      ["LISTEN ignores a RST", at("LISTEN"), seg(["RST"], 100), "LISTEN"],
      ["LISTEN ignores a RST+ACK", at("LISTEN"), seg(["RST", "ACK"], 0, 101), "LISTEN"],
      ["LISTEN drops an ACK (it would answer RST)", at("LISTEN"), seg(["ACK"], 100, 7), "LISTEN"],
      ["LISTEN drops a SYN+ACK (it would answer RST)", at("LISTEN"), seg(["SYN", "ACK"], 100, 7), "LISTEN"],
      ["LISTEN drops a FIN", at("LISTEN"), seg(["FIN"], 100), "LISTEN"],
    ],
  ],
  [
    "§3.10.7.3 SYN-SENT: an ACK is acceptable only if SND.UNA < SEG.ACK =< SND.NXT; a RST counts only with an acceptable ACK",
    [
      ["SYN-SENT + SYN+ACK acking our SYN → ESTABLISHED", synSent, seg(["SYN", "ACK"], 300, 101), "ESTABLISHED"],
      ["SYN-SENT + bare SYN → SYN-RECEIVED (simultaneous open)", synSent, seg(["SYN"], 300), "SYN-RECEIVED"],
      [
        "SYN-SENT + SYN whose ack field covers our SYN but without the ACK bit → SYN-RECEIVED (the field means nothing without the bit)",
        synSent,
        seg(["SYN"], 300, 101),
        "SYN-RECEIVED",
      ],
      ["SYN-SENT drops a SYN+ACK with SEG.ACK = ISS (=< ISS)", synSent, seg(["SYN", "ACK"], 300, 100), "SYN-SENT"],
      ["SYN-SENT drops a SYN+ACK with SEG.ACK > SND.NXT", synSent, seg(["SYN", "ACK"], 300, 102), "SYN-SENT"],
      ["SYN-SENT + RST+ACK acking our SYN → CLOSED", synSent, seg(["RST", "ACK"], 0, 101), "CLOSED"],
      ["SYN-SENT drops a RST whose ACK is ISS", synSent, seg(["RST", "ACK"], 0, 100), "SYN-SENT"],
      ["SYN-SENT drops a RST whose ACK is past SND.NXT", synSent, seg(["RST", "ACK"], 0, 102), "SYN-SENT"],
      ["SYN-SENT drops a RST without ACK", synSent, seg(["RST"], 0), "SYN-SENT"],
      ["SYN-SENT drops a RST without ACK even at the number it would ack", synSent, seg(["RST"], 101), "SYN-SENT"],
      ["SYN-SENT drops a segment with neither SYN nor RST, even with an acceptable ACK", synSent, seg(["ACK"], 300, 101), "SYN-SENT"],
      ["SYN-SENT drops a FIN", synSent, seg(["FIN", "ACK"], 300, 101), "SYN-SENT"],
    ],
  ],
  [
    "§3.10.7.4 SYN-RECEIVED: an acceptable ACK establishes; a RST returns a passive open to LISTEN",
    [
      ["SYN-RECEIVED + ACK of our SYN → ESTABLISHED", synReceived(true), seg(["ACK"], 101, 301), "ESTABLISHED"],
      ["SYN-RECEIVED + data whose ACK covers our SYN → ESTABLISHED (a lost third ACK)", synReceived(true), seg(["ACK", "PSH"], 101, 301, 20), "ESTABLISHED"],
      ["SYN-RECEIVED + ACK with SEG.ACK = ISS stays", synReceived(true), seg(["ACK"], 101, 300), "SYN-RECEIVED"],
      ["SYN-RECEIVED + ACK past SND.NXT stays", synReceived(true), seg(["ACK"], 101, 302), "SYN-RECEIVED"],
      ["SYN-RECEIVED from a passive open + RST → back to LISTEN", synReceived(true), seg(["RST"], 101), "LISTEN"],
      ["SYN-RECEIVED from a simultaneous open + RST → CLOSED", synReceived(false), seg(["RST"], 101), "CLOSED"],
    ],
  ],
  [
    "§3.10.7.4 synchronized states: a RST only at RCV.NXT (RFC 5961); FINs and ACKs of our FIN move the close on",
    [
      ["ESTABLISHED + RST with SEQ = RCV.NXT → CLOSED", at("ESTABLISHED", { rcvNxt: 50, sndNxt: 9 }), seg(["RST"], 50), "CLOSED"],
      ["ESTABLISHED ignores a RST with any other SEQ (challenge ACK)", at("ESTABLISHED", { rcvNxt: 50, sndNxt: 9 }), seg(["RST"], 51), "ESTABLISHED"],
      ["ESTABLISHED + RST from a side never heard from → CLOSED", at("ESTABLISHED"), seg(["RST"], 51), "CLOSED"],
      ["CLOSE-WAIT + RST at RCV.NXT → CLOSED", at("CLOSE-WAIT", { rcvNxt: 51 }), seg(["RST", "ACK"], 51, 9), "CLOSED"],
      ["TIME-WAIT + RST at RCV.NXT → CLOSED", at("TIME-WAIT", { rcvNxt: 51 }), seg(["RST"], 51), "CLOSED"],
      // Every closing state takes the same check: a RST at RCV.NXT aborts, any other is challenged.
      ...(["FIN-WAIT-1", "FIN-WAIT-2", "CLOSING", "LAST-ACK"] as const).flatMap((state): Row[] => [
        [`${state} + RST at RCV.NXT → CLOSED`, at(state, { finSeq: 10, sndNxt: 11, rcvNxt: 51 }), seg(["RST"], 51), "CLOSED"],
        [`${state} ignores a RST with any other SEQ (challenge ACK)`, at(state, { finSeq: 10, sndNxt: 11, rcvNxt: 51 }), seg(["RST"], 52), state],
      ]),
      ["ESTABLISHED + FIN → CLOSE-WAIT", at("ESTABLISHED", { rcvNxt: 50 }), seg(["FIN", "ACK"], 50, 9), "CLOSE-WAIT"],
      ["ESTABLISHED + data stays", at("ESTABLISHED", { rcvNxt: 50 }), seg(["ACK"], 50, 9, 10), "ESTABLISHED"],
      ["FIN-WAIT-1 + ACK of our FIN → FIN-WAIT-2", at("FIN-WAIT-1", { finSeq: 10, sndNxt: 11 }), seg(["ACK"], 50, 11), "FIN-WAIT-2"],
      ["FIN-WAIT-1 + ACK not of our FIN stays", at("FIN-WAIT-1", { finSeq: 10, sndNxt: 11 }), seg(["ACK"], 50, 10), "FIN-WAIT-1"],
      ["FIN-WAIT-1 + FIN not acking ours → CLOSING", at("FIN-WAIT-1", { finSeq: 10, sndNxt: 11 }), seg(["FIN", "ACK"], 50, 10), "CLOSING"],
      ["FIN-WAIT-1 + FIN acking ours → TIME-WAIT", at("FIN-WAIT-1", { finSeq: 10, sndNxt: 11 }), seg(["FIN", "ACK"], 50, 11), "TIME-WAIT"],
      [
        "FIN-WAIT-1 + FIN whose ack field covers ours but without the ACK bit → CLOSING",
        at("FIN-WAIT-1", { finSeq: 10, sndNxt: 11 }),
        seg(["FIN"], 50, 11),
        "CLOSING",
      ],
      ["FIN-WAIT-2 + FIN → TIME-WAIT", at("FIN-WAIT-2", { finSeq: 10, sndNxt: 11, rcvNxt: 50 }), seg(["FIN", "ACK"], 50, 11), "TIME-WAIT"],
      ["FIN-WAIT-2 + data stays (half-close)", at("FIN-WAIT-2", { finSeq: 10, sndNxt: 11, rcvNxt: 50 }), seg(["ACK", "PSH"], 50, 11, 20), "FIN-WAIT-2"],
      ["CLOSE-WAIT + ACK stays", at("CLOSE-WAIT", { rcvNxt: 51, sndNxt: 9 }), seg(["ACK"], 51, 9), "CLOSE-WAIT"],
      ["CLOSING + ACK of our FIN → TIME-WAIT", at("CLOSING", { finSeq: 10, sndNxt: 11 }), seg(["ACK"], 51, 11), "TIME-WAIT"],
      ["CLOSING + ACK not of our FIN stays", at("CLOSING", { finSeq: 10, sndNxt: 11 }), seg(["ACK"], 51, 10), "CLOSING"],
      ["LAST-ACK + ACK of our FIN → CLOSED", at("LAST-ACK", { finSeq: 10, sndNxt: 11 }), seg(["ACK"], 51, 11), "CLOSED"],
      ["LAST-ACK + ACK not of our FIN stays", at("LAST-ACK", { finSeq: 10, sndNxt: 11 }), seg(["ACK"], 51, 10), "LAST-ACK"],
      ["TIME-WAIT + retransmitted FIN stays", at("TIME-WAIT", { rcvNxt: 51 }), seg(["FIN", "ACK"], 50, 11), "TIME-WAIT"],
    ],
  ],
  [
    "§3.6.1 TIME-WAIT: a SYN above RCV.NXT opens a new incarnation (MAY-2); others are old duplicates",
    [
      ["TIME-WAIT + SYN above RCV.NXT → SYN-RECEIVED (a new incarnation)", at("TIME-WAIT", { rcvNxt: 51, sndNxt: 11 }), seg(["SYN"], 52), "SYN-RECEIVED"],
      ["TIME-WAIT + SYN at RCV.NXT stays (an old duplicate)", at("TIME-WAIT", { rcvNxt: 51, sndNxt: 11 }), seg(["SYN"], 51), "TIME-WAIT"],
      ["TIME-WAIT + SYN below RCV.NXT stays", at("TIME-WAIT", { rcvNxt: 51, sndNxt: 11 }), seg(["SYN"], 7), "TIME-WAIT"],
      ["TIME-WAIT + SYN+ACK stays", at("TIME-WAIT", { rcvNxt: 51, sndNxt: 11 }), seg(["SYN", "ACK"], 52, 11), "TIME-WAIT"],
      ["TIME-WAIT without a known RCV.NXT + SYN stays", at("TIME-WAIT"), seg(["SYN"], 52), "TIME-WAIT"],
    ],
  ],
];

describe("RFC 9293 §3.10 transitions", () => {
  describe.each(clauses)("%s", (_clause, rows) => {
    it.each(rows)("%s", (_name, before, segment, state) => {
      expect(afterReceive(before, segment).state).toBe(state);
    });
  });

  it("a dropped segment teaches the endpoint nothing: LISTEN and SYN-SENT keep every number as it was", () => {
    for (const [before, segment] of [
      [at("LISTEN"), seg(["SYN", "ACK"], 100, 7)],
      [at("LISTEN"), seg(["ACK", "PSH"], 100, 7, 10)],
      [synSent, seg(["SYN", "ACK"], 300, 100)],
      [synSent, seg(["RST"], 0)],
      [synSent, seg(["ACK", "PSH"], 300, 101, 10)],
    ] as const) {
      expect(afterReceive(before, segment), JSON.stringify(segment)).toEqual(before);
    }
  });

  it("learns the peer's ISN (IRS) and RCV.NXT from its SYN, and SND.UNA from an acceptable ACK", () => {
    expect(afterReceive(at("LISTEN"), seg(["SYN"], 4000))).toEqual({ state: "SYN-RECEIVED", passive: true, irs: 4000, rcvNxt: 4001 });
    expect(afterReceive(synSent, seg(["SYN", "ACK"], 300, 101))).toEqual({ ...synSent, state: "ESTABLISHED", irs: 300, rcvNxt: 301, sndUna: 101 });
    expect(afterReceive(synSent, seg(["SYN"], 300))).toEqual({ ...synSent, state: "SYN-RECEIVED", irs: 300, rcvNxt: 301 });
    expect(afterReceive(synReceived(true), seg(["ACK"], 101, 301))).toEqual({ ...synReceived(true), state: "ESTABLISHED", sndUna: 301 });
  });

  it("SND.UNA moves only for an ACK of something new: SND.UNA < SEG.ACK =< SND.NXT", () => {
    const e = at("ESTABLISHED", { sndUna: 10, sndNxt: 20, rcvNxt: 50 });
    expect(afterReceive(e, seg(["ACK"], 50, 15)).sndUna).toBe(15);
    expect(afterReceive(e, seg(["ACK"], 50, 20)).sndUna).toBe(20);
    expect(afterReceive(e, seg(["ACK"], 50, 10)).sndUna).toBe(10);
    expect(afterReceive(e, seg(["ACK"], 50, 21)).sndUna).toBe(10);
    expect(afterReceive(e, seg(["ACK"], 50, 5)).sndUna).toBe(10);
    expect(afterReceive(at("ESTABLISHED", { sndNxt: 20, rcvNxt: 50 }), seg(["ACK"], 50, 15)).sndUna).toBeUndefined();
    expect(afterReceive(at("ESTABLISHED", { sndUna: 10, rcvNxt: 50 }), seg(["ACK"], 50, 15)).sndUna).toBe(10);
  });

  it("in SYN-SENT a RST aborts exactly when it carries ACK = ISS + 1, for any ISS and any numbers (§3.10.7.3)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (iss, ack, withAck, rstSeq) => {
          const waiting = afterSend(at("CLOSED"), seg(["SYN"], iss), false);
          const next = afterReceive(waiting, seg(withAck ? ["RST", "ACK"] : ["RST"], rstSeq, withAck ? ack : undefined));
          expect(next.state).toBe(withAck && ack === seqAdd(iss, 1) ? "CLOSED" : "SYN-SENT");
        },
      ),
    );
    // The one acceptable ACK, which random numbers rarely hit.
    expect(afterReceive(afterSend(at("CLOSED"), seg(["SYN"], 2 ** 32 - 1), false), seg(["RST", "ACK"], 0, 0)).state).toBe("CLOSED");
  });

  it("FIN-WAIT-2 accepts data: RCV.NXT advances by its length", () => {
    expect(afterReceive(at("FIN-WAIT-2", { rcvNxt: 50 }), seg(["ACK"], 50, 11, 20)).rcvNxt).toBe(70);
  });

  it("a retransmitted FIN in TIME-WAIT does not move RCV.NXT (it is re-acknowledged)", () => {
    expect(afterReceive(at("TIME-WAIT", { rcvNxt: 51 }), seg(["FIN", "ACK"], 50, 11)).rcvNxt).toBe(51);
  });

  it("user calls are folded into sends: active open, close, close in CLOSE-WAIT", () => {
    expect(afterSend(at("CLOSED"), seg(["SYN"], 7), false)).toMatchObject({ state: "SYN-SENT", synSeq: 7, sndNxt: 8, sndUna: 7 });
    expect(afterSend(at("ESTABLISHED", { sndNxt: 8 }), seg(["FIN", "ACK"], 8, 1), false)).toMatchObject({ state: "FIN-WAIT-1", finSeq: 8, sndNxt: 9 });
    expect(afterSend(at("CLOSE-WAIT", { sndNxt: 8 }), seg(["FIN"], 8), false)).toMatchObject({ state: "LAST-ACK", sndNxt: 9 });
  });

  it("a listening socket that sends a RST (answering a stray segment) goes on listening", () => {
    expect(afterSend(at("LISTEN"), seg(["RST"], 0), false)).toEqual(at("LISTEN"));
    expect(afterSend(at("CLOSED"), seg(["RST", "ACK"], 0, 5), false)).toEqual(at("CLOSED"));
  });

  it("SND.NXT: a new segment moves it past its data, SYN and FIN; a retransmission leaves it where it is", () => {
    const e = at("ESTABLISHED", { sndNxt: 200, sndUna: 100, rcvNxt: 50 });
    expect(afterSend(e, seg(["ACK"], 200, 50, 30), false).sndNxt).toBe(230);
    expect(afterSend(e, seg(["ACK"], 100, 50, 50), true).sndNxt).toBe(200);
    expect(afterSend(e, seg(["FIN", "ACK"], 200, 50), false)).toMatchObject({ state: "FIN-WAIT-1", sndNxt: 201, finSeq: 200 });
  });

  it("SND.UNA: set by a side's first segment or a new SYN, never by a retransmission or later data", () => {
    expect(afterSend(at("ESTABLISHED"), seg(["ACK"], 500, 50, 10), false).sndUna).toBe(500);
    expect(afterSend(at("ESTABLISHED", { sndNxt: 510, sndUna: 500 }), seg(["ACK"], 510, 50, 10), false).sndUna).toBe(500);
    const waiting = afterSend(at("CLOSED"), seg(["SYN"], 7), false);
    expect(afterSend(waiting, seg(["SYN"], 7), true)).toEqual(waiting);
    // A new SYN starts SND.UNA at its ISS whatever an earlier connection left there.
    expect(afterSend(at("CLOSED", { sndUna: 500, sndNxt: 600 }), seg(["SYN"], 7), false)).toMatchObject({ sndUna: 7, sndNxt: 8 });
    // A connection reopened from TIME-WAIT answers with a SYN of a new number: SND.UNA follows it.
    const reopened = afterReceive(at("TIME-WAIT", { rcvNxt: 51, sndNxt: 11, sndUna: 11 }), seg(["SYN"], 4000));
    expect(afterSend(reopened, seg(["SYN", "ACK"], 70_000, 4001), false)).toMatchObject({ sndUna: 70_000, sndNxt: 70_001, synSeq: 70_000 });
  });

  it("RCV.NXT moves only for what occupies sequence space: not for a bare ACK", () => {
    const e = at("ESTABLISHED", { rcvNxt: 50, sndNxt: 9, sndUna: 9 });
    expect(afterReceive(e, seg(["ACK"], 40, 9)).rcvNxt).toBe(50);
    expect(afterReceive(e, seg(["ACK"], 50, 9, 5)).rcvNxt).toBe(55);
    expect(afterReceive(e, seg(["FIN", "ACK"], 50, 9)).rcvNxt).toBe(51);
  });

  it("RCV.NXT does not jump to a FIN that arrives beyond it: the numbers before the FIN are still missing", () => {
    const e = at("ESTABLISHED", { rcvNxt: 50, sndNxt: 9, sndUna: 9 });
    expect(afterReceive(e, seg(["FIN", "ACK"], 60, 9)).rcvNxt).toBe(50);
    expect(afterReceive(e, seg(["FIN", "ACK"], 50, 9)).rcvNxt).toBe(51);
  });

  it("only TIME-WAIT has the 2MSL timer; elsewhere a timeout is a retransmission and changes no state", () => {
    expect(afterTimeout(at("TIME-WAIT", { rcvNxt: 5 }))).toEqual({ state: "CLOSED" });
    expect(afterTimeout(at("FIN-WAIT-2")).state).toBe("FIN-WAIT-2");
    const waiting = at("SYN-SENT", { synSeq: 7, sndNxt: 8, sndUna: 7 });
    expect(afterTimeout(waiting)).toEqual(waiting);
    expect([timerIn("TIME-WAIT"), timerIn("SYN-SENT"), timerIn("LAST-ACK")]).toEqual(["2msl", "retransmission", "retransmission"]);
  });

  it("an abort (sending RST) deletes the TCB at once, with no TIME-WAIT (RFC 9293 §3.10.5)", () => {
    expect(afterSend(at("ESTABLISHED", { sndNxt: 9, rcvNxt: 50 }), seg(["RST"], 9), false)).toEqual({ state: "CLOSED" });
    expect(afterSend(at("CLOSE-WAIT", { sndNxt: 9, rcvNxt: 51 }), seg(["RST", "ACK"], 9, 51), false)).toEqual({ state: "CLOSED" });
  });

  it("a connection that reaches CLOSED keeps nothing of its numbers", () => {
    expect(afterReceive(at("LAST-ACK", { finSeq: 10, sndNxt: 11, rcvNxt: 51 }), seg(["ACK"], 51, 11))).toEqual({ state: "CLOSED" });
  });

  it("a connection reopened from TIME-WAIT learns the new ISN and must number its own SYN above its old SND.NXT", () => {
    expect(afterReceive(at("TIME-WAIT", { rcvNxt: 51, sndNxt: 11, sndUna: 11, finSeq: 10 }), seg(["SYN"], 4000))).toEqual({
      state: "SYN-RECEIVED",
      passive: true,
      irs: 4000,
      rcvNxt: 4001,
      minIss: 11,
    });
  });

  it("TIME-WAIT reopens for a SYN exactly when its SEQ is after RCV.NXT in 32-bit sequence space", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), (rcvNxt, synSeq) => {
        const next = afterReceive(at("TIME-WAIT", { rcvNxt, sndNxt: 3 }), seg(["SYN"], synSeq));
        expect(next.state).toBe(seqLt(rcvNxt, synSeq) ? "SYN-RECEIVED" : "TIME-WAIT");
      }),
    );
  });
});

describe("resetFor (a segment to a CLOSED port)", () => {
  it("answers a SYN with RST+ACK, seq 0, ack = SEG.SEQ + SEG.LEN", () => {
    expect(resetFor(seg(["SYN"], 4_294_967_295))).toEqual(seg(["RST", "ACK"], 0, 0));
    expect(resetFor(seg(["SYN"], 100, undefined, 5))).toEqual(seg(["RST", "ACK"], 0, 106));
  });
  it("answers a segment with ACK by RST with seq = SEG.ACK, and a RST with nothing", () => {
    expect(resetFor(seg(["ACK"], 100, 900))).toEqual(seg(["RST"], 900));
    expect(resetFor(seg(["RST"], 100))).toBeNull();
  });
  it("reads the ack field only with the ACK bit, and only when the segment carries a number there", () => {
    expect(resetFor(seg(["SYN"], 100, 900))).toEqual(seg(["RST", "ACK"], 0, 101));
    expect(resetFor(seg(["ACK"], 100, undefined, 5))).toEqual(seg(["RST", "ACK"], 0, 105));
  });
});

describe("sequence arithmetic wraps at 2^32", () => {
  it("seqAdd and seqLt agree across the wrap", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (a, n) => {
        const b = seqAdd(a, n);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThan(2 ** 32);
        expect(seqLt(a, b)).toBe(true);
        expect(seqLt(b, a)).toBe(false);
      }),
    );
  });

  it("seqAdd gives what the two remainders give, for whole sums of any size and sign and for the rest", () => {
    const remainders = (a: number, n: number) => (((a + n) % 2 ** 32) + 2 ** 32) % 2 ** 32;
    const same = (a: number, n: number) => {
      expect(Object.is(seqAdd(a, n), remainders(a, n)), `${a} + ${n}`).toBe(true);
    };
    fc.assert(fc.property(fc.integer({ min: -(2 ** 53), max: 2 ** 53 }), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), same));
    fc.assert(fc.property(fc.double(), fc.double(), same));
    for (const [a, n] of [
      [0, -0],
      [-0, 0],
      [2 ** 32, 0],
      [0, -(2 ** 32)],
      [1e300, 1],
      [-1e300, 0],
      [Infinity, 0],
      [NaN, 1],
      [0.5, 1],
      [-0.5, 0],
    ])
      same(a!, n!);
  });
});

describe("random legal runs through the machine", () => {
  // Drives both endpoints through open, any data each way, and a close by either side, with
  // random ISNs; every arrival must keep the RFC's invariants.
  it("reach the RFC states with consistent sequence variables", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 3000 })), { maxLength: 6 }),
        fc.boolean(),
        (ciss, siss, data, clientCloses) => {
          let c = afterSend(at("CLOSED"), seg(["SYN"], ciss), false);
          let s: Endpoint = at("LISTEN");
          const send = (fromClient: boolean, flags: Flag[], len = 0) => {
            const from = fromClient ? c : s;
            const to = fromClient ? s : c;
            const segment = seg(flags, from.sndNxt!, flags.includes("ACK") ? from.rcvNxt : undefined, len);
            const sent = afterSend(from, segment, false);
            const got = afterReceive(to, segment);
            if (fromClient) [c, s] = [sent, got];
            else [s, c] = [sent, got];
          };
          s = afterReceive(s, seg(["SYN"], ciss));
          expect(s).toMatchObject({ state: "SYN-RECEIVED", irs: ciss, rcvNxt: seqAdd(ciss, 1) });
          s = afterSend(s, seg(["SYN", "ACK"], siss, seqAdd(ciss, 1)), false);
          c = afterReceive(c, seg(["SYN", "ACK"], siss, seqAdd(ciss, 1)));
          expect(c).toMatchObject({ state: "ESTABLISHED", irs: siss, sndUna: seqAdd(ciss, 1) });
          send(true, ["ACK"]);
          expect(s.state).toBe("ESTABLISHED");
          for (const [fromClient, len] of data) send(fromClient, ["ACK", "PSH"], len);
          expect([c.rcvNxt, s.rcvNxt]).toEqual([s.sndNxt, c.sndNxt]);
          const first = clientCloses;
          send(first, ["FIN", "ACK"]);
          expect([c.state, s.state]).toEqual(first ? ["FIN-WAIT-1", "CLOSE-WAIT"] : ["CLOSE-WAIT", "FIN-WAIT-1"]);
          send(!first, ["ACK"]);
          send(!first, ["FIN", "ACK"]);
          send(first, ["ACK"]);
          expect([c.state, s.state]).toEqual(first ? ["TIME-WAIT", "CLOSED"] : ["CLOSED", "TIME-WAIT"]);
          expect([c.sndUna, s.sndUna]).toEqual([c.sndNxt, s.sndNxt]);
          if (first) c = afterTimeout(c);
          else s = afterTimeout(s);
          expect([c.state, s.state]).toEqual(["CLOSED", "CLOSED"]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("random aborts", () => {
  // After any exchange of data, a RST at SND.NXT from either side closes both ends at once;
  // the same RST at any other number inside the window is refused (a challenge ACK).
  it("close both sides exactly when the RST carries the receiver's RCV.NXT", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 3000 })), { maxLength: 5 }),
        fc.boolean(),
        fc.integer({ min: -5, max: 5 }),
        (ciss, siss, data, clientAborts, offset) => {
          let c: Endpoint = { state: "ESTABLISHED", sndNxt: seqAdd(ciss, 1), sndUna: seqAdd(ciss, 1), rcvNxt: seqAdd(siss, 1) };
          let s: Endpoint = { state: "ESTABLISHED", sndNxt: seqAdd(siss, 1), sndUna: seqAdd(siss, 1), rcvNxt: seqAdd(ciss, 1) };
          for (const [fromClient, len] of data) {
            const from = fromClient ? c : s;
            const segment = seg(["ACK", "PSH"], from.sndNxt!, from.rcvNxt, len);
            if (fromClient) [c, s] = [afterSend(c, segment, false), afterReceive(s, segment)];
            else [s, c] = [afterSend(s, segment, false), afterReceive(c, segment)];
          }
          const [sender, receiver] = clientAborts ? [c, s] : [s, c];
          const rst = seg(["RST"], seqAdd(sender.sndNxt!, offset));
          expect(afterSend(sender, rst, false)).toEqual({ state: "CLOSED" });
          expect(afterReceive(receiver, rst).state).toBe(offset === 0 ? "CLOSED" : "ESTABLISHED");
        },
      ),
      { numRuns: 300 },
    );
  });
});
