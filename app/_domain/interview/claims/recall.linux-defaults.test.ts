import { describe, expect, it } from "vitest";
import { checkLinuxDefaults } from "./recall";
import { prepare } from "./text";

/**
 * checkLinuxDefaults called directly: which setting a number stated as a default belongs to, how
 * its unit is read, and what the learner is told. Written where a mutation run showed no test held the rule.
 */
const check = (text: string, takenBack: (start: number, end: number) => boolean = () => false) => {
  const p = prepare(text);
  return checkLinuxDefaults(p.text, p.sentences, takenBack);
};
const told = (text: string, locale: "ko" | "en" = "en") => check(text).map((w) => w.message("Q", locale));

describe("a Linux default stated wrongly", () => {
  it("tells the setting's default and the value written, with the unit as written", () => {
    expect(told("tcp_fin_timeout defaults to 2 min, I think")).toEqual([
      "“Q”: on Linux the default of tcp_fin_timeout is 60 seconds, not 2 min (ip-sysctl, tcp(7)).",
    ]);
    expect(told("tcp_keepalive_time 기본값은 1시간입니다.", "ko")).toEqual([
      "“Q”: Linux에서 tcp_keepalive_time의 기본값은 7200초입니다(답에 적힌 값: 1시간) (ip-sysctl, tcp(7)).",
    ]);
    expect(told("The default is 30 s for tcp_fin_timeout, I think", "ko")).toEqual([
      "“Q”: Linux에서 tcp_fin_timeout의 기본값은 60초입니다(답에 적힌 값: 30초) (ip-sysctl, tcp(7)).",
    ]);
    // A count has no unit, and a time written without one is read in seconds.
    expect(told("tcp_keepalive_probes defaults to 5, not 9", "ko")).toEqual([
      "“Q”: Linux에서 tcp_keepalive_probes의 기본값은 9입니다(답에 적힌 값: 5) (ip-sysctl, tcp(7)).",
    ]);
    expect(told("tcp_fin_timeout: default 30 here")).toEqual(["“Q”: on Linux the default of tcp_fin_timeout is 60 seconds, not 30 (ip-sysctl, tcp(7))."]);
  });

  it("of tcp_syn_retries also tells how long connect() then takes to fail", () => {
    expect(told("tcp_syn_retries defaults to 3 on most systems")).toEqual([
      "“Q”: on Linux the default of tcp_syn_retries is 6, not 3 (ip-sysctl, tcp(7)). Six retries, the interval doubling from 1 second, make connect() fail after about 127 seconds (RFC 9293 §3.8.1, RFC 6298).",
    ]);
    expect(told("tcp_syn_retries 기본값은 3입니다.", "ko")).toEqual([
      "“Q”: Linux에서 tcp_syn_retries의 기본값은 6입니다(답에 적힌 값: 3) (ip-sysctl, tcp(7)). 6번 재전송하면 1초부터 간격을 두 배로 늘려 약 127초 뒤에 connect()가 실패합니다 (RFC 9293 §3.8.1, RFC 6298).",
    ]);
  });

  it("is read where the number ends its sentence, though not from a decimal", () => {
    expect(check("Connect() retries by tcp_syn_retries. Its default is 3.")).toHaveLength(1);
    expect(check("tcp_syn_retries 기본값은 3.")).toHaveLength(1);
    expect(check("tcp_syn_retries defaults to 6.")).toEqual([]);
    expect(check("tcp_fin_timeout defaults to 60.5 seconds, so")).toEqual([]);
  });

  it("is the right default in other units: minutes and hours are scaled to seconds", () => {
    expect(check("tcp_fin_timeout defaults to 1 minute, so")).toEqual([]);
    expect(check("tcp_keepalive_time defaults to 2 hours, so")).toEqual([]);
    expect(check("tcp_keepalive_time 기본값은 120분입니다.")).toEqual([]);
  });

  it("belongs to the setting named nearest before the number, else after it, else in the sentence before", () => {
    // tcp_syn_retries (6) is right at 6; tcp_synack_retries (5) is not.
    expect(told("tcp_synack_retries is 5 and tcp_syn_retries defaults to 6, so")).toEqual([]);
    expect(told("tcp_syn_retries is 6 and tcp_synack_retries defaults to 6, so")[0]).toContain("the default of tcp_synack_retries is 5, not 6");
    expect(check("The default is 6 for tcp_syn_retries, and")).toEqual([]);
    expect(check("The default is 5 for tcp_syn_retries, and")).toHaveLength(1);
    expect(check("Connect() retries by tcp_syn_retries. Its default is 6, so it waits.")).toEqual([]);
    expect(check("Connect() retries by tcp_syn_retries. Its default is 5, so it waits.")).toHaveLength(1);
  });

  it("is told once, at the first wrong number, where it is written", () => {
    const text = "tcp_fin_timeout defaults to 30 and tcp_syn_retries defaults to 3, so";
    const found = check(text);
    expect(found).toHaveLength(1);
    const [[start, end]] = found[0]!.spans as [[number, number]];
    expect(prepare(text).text.slice(start, end)).toMatch(/^defaults to 30\s*$/);
  });

  it("is not read where the answer takes it back, tells an older kernel's, or names no setting", () => {
    expect(check("tcp_fin_timeout defaults to 30, so", () => true)).toEqual([]);
    expect(check("tcp_fin_timeout used to default to 30, so")).toEqual([]);
    expect(check("tcp_syn_retries is tuned, and the default backlog is 128, so")).toEqual([]);
    expect(check("The default is 30 seconds, so")).toEqual([]);
  });
});
