import { describe, expect, it } from "vitest";
import { QUANTITY_FACTS } from "./quantities";
import { read, wrong } from "./quantities.fixture";

describe("a constant's value, read as a quantity", () => {
  it("is read in seconds, bytes or a count, whichever unit the answer uses", () => {
    expect(read("RFC 793에서는 MSL을 2분으로 정의한다.")).toEqual([["rfc-msl", 120]]);
    expect(read("Per RFC 793 the MSL is 120 seconds.")).toEqual([["rfc-msl", 120]]);
    expect(read("On Linux a socket stays in TIME_WAIT for 2 minutes.")).toEqual([["linux-time-wait", 120]]);
    expect(read("SYN에 MSS 옵션이 없으면 기본 MSS는 536바이트다.")).toEqual([["default-mss", 536]]);
    expect(read("리눅스는 기본적으로 SYN을 6번 재전송한다.")).toEqual([["linux-syn-retries", 6]]);
  });

  it("is not the SYN's retries where the count is the SYN-ACK's, however its name is written", () => {
    expect(read("By default, Linux retries the SYN 5 times.")).toEqual([["linux-syn-retries", 5]]);
    for (const synAck of ["SYN-ACK", "SYN ACK", "SYN - ACK", "SYN+ACK", "SYNACK"])
      expect(read(`By default, Linux retries the ${synAck} 5 times.`), synAck).toEqual([]);
  });

  it("is checked against the table of facts", () => {
    expect(QUANTITY_FACTS["rfc-msl"].values).toEqual([120]);
    expect(wrong("RFC 793에 따르면 MSL은 30초다.")).toEqual(["msl-misstated"]);
    expect(wrong("On Linux a socket stays in TIME_WAIT for 2 minutes.")).toEqual(["linux-default-misstated"]);
    expect(wrong("Without the MSS option, the default MSS is 512 bytes.")).toEqual(["mss-default-misstated"]);
    expect(wrong("By default, Linux retries the SYN 5 times.")).toEqual(["linux-default-misstated"]);
    for (const right of [
      "RFC 793 defines the MSL as 2 minutes, so TIME_WAIT lasts 4 minutes.",
      "리눅스에서 TIME_WAIT는 60초로 고정되어 있다.",
      "Without the MSS option, the default MSS is 536 bytes for IPv4 and 1220 for IPv6.",
      "By default, Linux retries the SYN 6 times.",
    ])
      expect(wrong(right), right).toEqual([]);
  });

  it("is no claim where the number belongs to something else, or is hedged, or one of a range", () => {
    expect(read("RFC는 MSL의 두 배(4분)를 기다리라고 한다.")).toEqual([]);
    expect(read("On Linux, TIME_WAIT lasts 2MSL, which is 60 seconds there.")).toEqual([["linux-time-wait", 60]]);
    expect(read("TIME_WAIT는 RFC에서 4분, 리눅스에서 60초다.")).toEqual([]);
    expect(read("RFC에서 MSL은 30초~2분 사이로 본다.")).toEqual([]);
    expect(read("RFC에서 MSL은 보통 30초로 둔다.")).toEqual([]);
    expect(read("기본 MSS는 IPv4 최소 MTU 576에서 40을 뺀 536바이트다.")).toEqual([["default-mss", 536]]);
    expect(read("By default the server retransmits its SYN-ACK 5 times.")).toEqual([]);
    expect(read("Windows retries the SYN 2 times by default.")).toEqual([]);
  });

  it("leaves 1460 to the check of its own (mss-default-1460)", () => {
    expect(read("The default MSS is 1460 bytes.")).toEqual([["default-mss", 1460]]);
    expect(wrong("The default MSS is 1460 bytes.")).toEqual([]);
  });
});
