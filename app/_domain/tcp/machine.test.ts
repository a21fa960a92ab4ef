import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afterReceive, afterSend, afterTimeout, resetFor, seqLt, timerIn, type Endpoint, type Segment } from "./machine";
import { seqAdd, type Flag } from "./segment";
import type { TcpState } from "./states";

const seg = (flags: Flag[], seq: number, ack?: number, len = 0): Segment => ({ flags, seq, ack, len });
const at = (state: TcpState, v: Partial<Endpoint> = {}): Endpoint => ({ state, ...v });

describe("RFC 9293 §3.10 transitions", () => {
  // [name, endpoint before, segment received, state after]
  const table: [string, Endpoint, Segment, TcpState][] = [
    ["LISTEN + SYN → SYN-RECEIVED", at("LISTEN"), seg(["SYN"], 100), "SYN-RECEIVED"],
    ["SYN-SENT + SYN+ACK acking our SYN → ESTABLISHED", at("SYN-SENT", { synSeq: 100, sndNxt: 101, sndUna: 100 }), seg(["SYN", "ACK"], 300, 101), "ESTABLISHED"],
    ["SYN-SENT + bare SYN → SYN-RECEIVED (simultaneous open)", at("SYN-SENT", { synSeq: 100, sndNxt: 101 }), seg(["SYN"], 300), "SYN-RECEIVED"],
    ["SYN-SENT drops a SYN+ACK whose ack is not ISS+1", at("SYN-SENT", { synSeq: 100, sndNxt: 101 }), seg(["SYN", "ACK"], 300, 100), "SYN-SENT"],
    ["SYN-RECEIVED + ACK of our SYN → ESTABLISHED", at("SYN-RECEIVED", { synSeq: 300, sndNxt: 301, rcvNxt: 101 }), seg(["ACK"], 101, 301), "ESTABLISHED"],
    ["SYN-RECEIVED + ACK with a wrong ack stays", at("SYN-RECEIVED", { synSeq: 300, sndNxt: 301, rcvNxt: 101 }), seg(["ACK"], 101, 300), "SYN-RECEIVED"],
    ["ESTABLISHED + FIN → CLOSE-WAIT", at("ESTABLISHED", { rcvNxt: 50 }), seg(["FIN", "ACK"], 50, 9), "CLOSE-WAIT"],
    ["FIN-WAIT-1 + ACK of our FIN → FIN-WAIT-2", at("FIN-WAIT-1", { finSeq: 10, sndNxt: 11 }), seg(["ACK"], 50, 11), "FIN-WAIT-2"],
    ["FIN-WAIT-1 + ACK not of our FIN stays", at("FIN-WAIT-1", { finSeq: 10, sndNxt: 11 }), seg(["ACK"], 50, 10), "FIN-WAIT-1"],
    ["FIN-WAIT-1 + FIN not acking ours → CLOSING", at("FIN-WAIT-1", { finSeq: 10, sndNxt: 11 }), seg(["FIN", "ACK"], 50, 10), "CLOSING"],
    ["FIN-WAIT-1 + FIN acking ours → TIME-WAIT", at("FIN-WAIT-1", { finSeq: 10, sndNxt: 11 }), seg(["FIN", "ACK"], 50, 11), "TIME-WAIT"],
    ["FIN-WAIT-2 + FIN → TIME-WAIT", at("FIN-WAIT-2", { finSeq: 10, sndNxt: 11, rcvNxt: 50 }), seg(["FIN", "ACK"], 50, 11), "TIME-WAIT"],
    ["FIN-WAIT-2 + data stays (half-close)", at("FIN-WAIT-2", { finSeq: 10, sndNxt: 11, rcvNxt: 50 }), seg(["ACK", "PSH"], 50, 11, 20), "FIN-WAIT-2"],
    ["CLOSING + ACK of our FIN → TIME-WAIT", at("CLOSING", { finSeq: 10, sndNxt: 11 }), seg(["ACK"], 51, 11), "TIME-WAIT"],
    ["LAST-ACK + ACK of our FIN → CLOSED", at("LAST-ACK", { finSeq: 10, sndNxt: 11 }), seg(["ACK"], 51, 11), "CLOSED"],
    ["TIME-WAIT + retransmitted FIN stays", at("TIME-WAIT", { rcvNxt: 51 }), seg(["FIN", "ACK"], 50, 11), "TIME-WAIT"],
    ["SYN-SENT + RST acking our SYN → CLOSED", at("SYN-SENT", { synSeq: 100, sndNxt: 101 }), seg(["RST", "ACK"], 0, 101), "CLOSED"],
    ["SYN-SENT ignores a RST that does not ack our SYN", at("SYN-SENT", { synSeq: 100, sndNxt: 101 }), seg(["RST", "ACK"], 0, 100), "SYN-SENT"],
    ["ESTABLISHED + RST with SEQ = RCV.NXT → CLOSED", at("ESTABLISHED", { rcvNxt: 50, sndNxt: 9 }), seg(["RST"], 50), "CLOSED"],
    ["ESTABLISHED ignores a RST with any other SEQ (challenge ACK)", at("ESTABLISHED", { rcvNxt: 50, sndNxt: 9 }), seg(["RST"], 51), "ESTABLISHED"],
    ["CLOSE-WAIT + RST at RCV.NXT → CLOSED", at("CLOSE-WAIT", { rcvNxt: 51 }), seg(["RST", "ACK"], 51, 9), "CLOSED"],
    ["SYN-RECEIVED from a passive open + RST → back to LISTEN", at("SYN-RECEIVED", { passive: true, synSeq: 300, rcvNxt: 101 }), seg(["RST"], 101), "LISTEN"],
    ["SYN-RECEIVED from a simultaneous open + RST → CLOSED", at("SYN-RECEIVED", { synSeq: 300, rcvNxt: 101 }), seg(["RST"], 101), "CLOSED"],
    ["TIME-WAIT + SYN above RCV.NXT → SYN-RECEIVED (a new incarnation)", at("TIME-WAIT", { rcvNxt: 51, sndNxt: 11 }), seg(["SYN"], 52), "SYN-RECEIVED"],
    ["TIME-WAIT + SYN at RCV.NXT stays (an old duplicate)", at("TIME-WAIT", { rcvNxt: 51, sndNxt: 11 }), seg(["SYN"], 51), "TIME-WAIT"],
    ["TIME-WAIT + SYN below RCV.NXT stays", at("TIME-WAIT", { rcvNxt: 51, sndNxt: 11 }), seg(["SYN"], 7), "TIME-WAIT"],
  ];
  it.each(table)("%s", (_name, before, segment, state) => {
    expect(afterReceive(before, segment).state).toBe(state);
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
    expect(afterReceive(at("TIME-WAIT", { rcvNxt: 51, sndNxt: 11, sndUna: 11, finSeq: 10 }), seg(["SYN"], 4000))).toEqual({ state: "SYN-RECEIVED", passive: true, irs: 4000, rcvNxt: 4001, minIss: 11 });
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

