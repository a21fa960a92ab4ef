import { describe, expect, it } from "vitest";
import { readQuantities, wrongQuantities, type Quantity } from "./quantities";
import { read, wrong } from "./quantities.fixture";
import { prepare } from "./text";

describe("a time, read in seconds whatever its unit", () => {
  it("turns hours and minutes into seconds, in each spelling", () => {
    expect(read("Per RFC 793 the MSL is 1 hour.")).toEqual([["rfc-msl", 3600]]);
    expect(read("Per RFC 793 the MSL is 2 hours.")).toEqual([["rfc-msl", 7200]]);
    expect(read("Per RFC 793 the MSL is 1 h.")).toEqual([["rfc-msl", 3600]]);
    expect(read("RFC에서 MSL은 1시간이다.")).toEqual([["rfc-msl", 3600]]);
    expect(read("Per RFC 793 the MSL is 2 mins.")).toEqual([["rfc-msl", 120]]);
    expect(read("Per RFC 793 the MSL is 2 min.")).toEqual([["rfc-msl", 120]]);
    expect(read("MSL은 RFC 793에서 2.5분이다.")).toEqual([["rfc-msl", 150]]);
  });

  it("keeps seconds as they are, and a bare number as no time at all", () => {
    expect(read("Per RFC 793 the MSL is 90 secs.")).toEqual([["rfc-msl", 90]]);
    expect(read("Per RFC 793 the MSL is 30 s.")).toEqual([["rfc-msl", 30]]);
    expect(read("RFC: MSL 30s")).toEqual([["rfc-msl", 30]]);
    expect(read("Per RFC 793 the MSL is 30.")).toEqual([]);
  });

  it("gives the value's place in the answer and its unit as written", () => {
    const p = prepare("TCP closes. Per RFC 793 the MSL is 2 mins.");
    const [q] = readQuantities(p.text, p.sentences) as [Quantity];
    expect(p.text.slice(q.start, q.end)).toBe("2 mins");
    expect(q.unit).toBe("mins");
  });
});

describe("which number of a sentence is the value", () => {
  it("reads every digit as a digit: 0 and 9 included", () => {
    expect(wrong("Per the RFC the MSL is 0 seconds.")).toEqual(["msl-misstated"]);
    expect(wrong("Per the RFC the MSL is 9 seconds.")).toEqual(["msl-misstated"]);
  });

  it("reads each sentence on its own, however many state a value", () => {
    expect(read("Per RFC 793 the MSL is 30 s. Per RFC 793 the MSL is 45 s.")).toEqual([
      ["rfc-msl", 30],
      ["rfc-msl", 45],
    ]);
    expect(read("The handshake opens the connection. Per RFC 793 the MSL is 30 s.")).toEqual([["rfc-msl", 30]]);
  });

  it("takes a number only within a few words after the name, in its own sentence", () => {
    expect(read("RFC 793 defines the MSL. It is 30 seconds.")).toEqual([]);
    expect(read("RFC 793 defines the MSL, a constant that many people misremember and fight over in long threads, as 30 seconds.")).toEqual([]);
    expect(read("RFC 793 defines the MSL, a constant people misremember, as 30 seconds.")).toEqual([["rfc-msl", 30]]);
    // Up to 60 letters after the name: this value ends at the 59th.
    expect(read("RFC 793 defines the MSL, a constant people misremember and debate over, 30 seconds.")).toEqual([["rfc-msl", 30]]);
  });

  it("skips the far end of a range written with a dash", () => {
    expect(read("RFC에서 MSL은 30-120초다.")).toEqual([]);
    expect(read("리눅스에서 TIME_WAIT는 30초~60초다.")).toEqual([]);
    expect(read("Per RFC 793 the MSL is 30 - 120 seconds.")).toEqual([]);
    // A dash earlier in the words before the value joins no range.
    expect(read("Per RFC 793 the MSL (per-host) is 30 seconds.")).toEqual([["rfc-msl", 30]]);
  });

  it("skips a size that belongs to the MTU or the header named right before it", () => {
    expect(read("The default MSS is MTU 1500 minus 40, 1460 bytes.")).toEqual([["default-mss", 1460]]);
    expect(read("기본 MSS는 MTU(1500)에서 헤더 40을 뺀 1460바이트다.")).toEqual([["default-mss", 1460]]);
    expect(read("The default MSS is 512 B.")).toEqual([["default-mss", 512]]);
    // A size with no unit written is read as bytes, with an empty unit.
    const p = prepare("Without the MSS option a sender assumes 1000 for IPv4.");
    expect(readQuantities(p.text, p.sentences).map((q) => [q.fact, q.value, q.unit])).toEqual([["default-mss", 1000, ""]]);
  });
});

describe("which fact a sentence states", () => {
  it("is not the RFC's MSL where the sentence is about a system's own value", () => {
    expect(read("The Linux kernel and the RFC say the MSL is 30 seconds.")).toEqual([]);
    expect(read("On Linux the MSL is 30 seconds and TIME_WAIT 60 seconds.")).toEqual([]);
    expect(read("Linux keeps TIME_WAIT for 30초, per the kernel.")).toEqual([["linux-time-wait", 30]]);
  });

  it("is the SYN's retries only for Linux's own default, not another system's or tcp_syn_retries told by name", () => {
    expect(read("On BSD the SYN is retried 5 times by default.")).toEqual([]);
    expect(read("By default, tcp_syn_retries makes Linux retry the SYN 5 times.")).toEqual([]);
  });

  it("is none where the sentence names no source of the value: an MSL with no RFC, an MSS with no default", () => {
    expect(read("The MSL is 30 seconds.")).toEqual([]);
    expect(read("The MSS is 1000 bytes.")).toEqual([]);
  });

  it("is none where the value is hedged", () => {
    expect(read("RFC 793 says MSL = 30 s, usually.")).toEqual([]);
  });
});

describe("the facts table", () => {
  it("finds a value wrong for the fact it was read for, whatever another fact allows", () => {
    const at = { unit: "", start: 0, end: 1 };
    const of = (fact: Quantity["fact"], value: number) => wrongQuantities([{ fact, value, ...at }]).map((w) => w.fact.misconception);
    expect(of("default-mss", 60)).toEqual(["mss-default-misstated"]);
    expect(of("linux-time-wait", 536)).toEqual(["linux-default-misstated"]);
    expect(of("linux-time-wait", 1460)).toEqual(["linux-default-misstated"]);
    expect(of("rfc-msl", 120)).toEqual([]);
    expect(of("linux-syn-retries", 6)).toEqual([]);
  });
});
