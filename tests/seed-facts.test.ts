import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { dumpCards } from "@/app/_domain/content";
import { quotes } from "@/app/_domain/content/parse-content";
import { readContent } from "@/app/_server/content/read-content";

// The facts the four seed notes teach (shared/seeds), each with what a card must say in
// Korean and in English. A fact with no card in either language fails by name.
const facts: [fact: string, ko: RegExp, en: RegExp][] = [
  ["TCP is a transport-layer protocol", /전송 계층/, /transport layer/i],
  ["TCP is connection-oriented", /연결 지향/, /connection-oriented/i],
  ["TCP is reliable", /신뢰성/, /reliab/i],
  ["TCP delivers in order", /순서/, /in-order|in order/i],
  ["TCP does flow control", /흐름 제어/, /flow control/i],
  ["TCP does congestion control", /혼잡 제어/, /congestion control/i],
  ["TCP is slower than UDP", /UDP보다 느리/, /slower than UDP/i],
  ["IP delivers, TCP tracks segments", /IP는 배달/, /IP delivers/i],
  ["source and destination ports", /출발지 포트와 목적지 포트/, /source and destination port/i],
  ["sequence number = first data byte", /데이터의 첫 바이트 번호/, /first data byte/i],
  ["acknowledgement = next expected byte, cumulative", /다음에 받기를 기대하는 바이트 번호[\s\S]*누적/, /next byte number[\s\S]*cumulative/i],
  ["state CLOSED", /CLOSED 상태는/, /CLOSED state/],
  ["state LISTEN", /LISTEN 상태는/, /enters LISTEN/],
  ["state SYN-SENT", /SYN-SENT 상태는/, /SYN-SENT state/],
  ["state SYN-RECEIVED (SYN_RCVD)", /SYN-RECEIVED\(SYN_RCVD\)/, /SYN-RECEIVED \(SYN_RCVD\)/],
  ["state ESTABLISHED", /ESTABLISHED 상태에서는/, /in ESTABLISHED/],
  ["state FIN-WAIT-1", /FIN-WAIT-1 상태는/, /What is FIN-WAIT-1/],
  ["state FIN-WAIT-2", /FIN-WAIT-2 상태는/, /What is FIN-WAIT-2/],
  ["state CLOSE-WAIT", /CLOSE-WAIT 상태는/, /What is CLOSE-WAIT/],
  ["state CLOSING", /CLOSING 상태는/, /When does CLOSING/],
  ["state LAST-ACK", /LAST-ACK 상태는/, /What is LAST-ACK/],
  ["state TIME-WAIT", /TIME-WAIT 상태는/, /stays in TIME-WAIT/],
  ["all eleven states", /상태 11개/, /all eleven/i],
  ["six control bits in order URG-ACK-PSH-RST-SYN-FIN", /URG, ACK, PSH, RST, SYN, FIN/, /URG, ACK, PSH, RST, SYN, FIN/],
  ["ACK bit pattern 010000", /010000/, /010000/],
  ["SYN bit pattern 000010", /000010/, /000010/],
  ["FIN bit pattern 000001", /000001/, /000001/],
  ["URG: urgent pointer valid", /긴급 포인터/, /urgent pointer/i],
  ["PSH: deliver immediately", /바로 애플리케이션에/, /deliver the data to the application now/i],
  ["RST: abort the connection", /강제로 끊는다/, /aborts a connection/i],
  [
    "3-way: SYN → SYN+ACK → ACK",
    /SYN \(seq=x\)[\s\S]*SYN\+ACK \(seq=y, ack=x\+1\)[\s\S]*ACK \(seq=x\+1, ack=y\+1\)/,
    /SYN \(seq=x\)[\s\S]*SYN\+ACK \(seq=y, ack=x\+1\)[\s\S]*ACK \(seq=x\+1, ack=y\+1\)/,
  ],
  ["client CLOSED → SYN-SENT", /CLOSED → SYN-SENT/, /CLOSED → SYN-SENT/],
  ["server LISTEN → SYN-RECEIVED", /SYN-RECEIVED/, /SYN-RECEIVED/],
  ["both sides reach ESTABLISHED", /SYN-RECEIVED → ESTABLISHED/, /SYN-RECEIVED → ESTABLISHED/],
  ["worked example 100/200/101/201", /seq=100[\s\S]*seq=200[\s\S]*101[\s\S]*201/, /seq=100[\s\S]*seq=200[\s\S]*101[\s\S]*201/],
  ["why three segments (both ISNs acknowledged)", /양쪽 ISN이 각각 상대에게 확인/, /Each side's ISN must be acknowledged/i],
  ["why not two (old duplicate SYN)", /지연된 중복 SYN/, /delayed old SYN/i],
  ["why a random ISN", /예측하기 어려운/, /hard to predict/i],
  ["4-way: FIN → ACK → FIN → ACK", /FIN[\s\S]*ACK[\s\S]*FIN[\s\S]*ACK/, /FIN[\s\S]*ACK[\s\S]*FIN[\s\S]*ACK/],
  ["client ESTABLISHED → FIN-WAIT-1", /ESTABLISHED → FIN-WAIT-1/, /ESTABLISHED → FIN-WAIT-1/],
  ["server enters CLOSE-WAIT and may still send", /CLOSE-WAIT\*\*에 머물며 남은 데이터/, /stays in \*\*CLOSE-WAIT\*\*, free to send/],
  ["client FIN-WAIT-2", /클라이언트는 \*\*FIN-WAIT-2\*\*/, /client moves to \*\*FIN-WAIT-2\*\*/],
  ["server CLOSE-WAIT → LAST-ACK", /CLOSE-WAIT → LAST-ACK/, /CLOSE-WAIT → LAST-ACK/],
  ["client TIME-WAIT then CLOSED after 2MSL", /TIME-WAIT\*\*에 들어가 2MSL 뒤 CLOSED/, /enters \*\*TIME-WAIT\*\* and reaches CLOSED after 2MSL/],
  ["server LAST-ACK → CLOSED on the last ACK", /LAST-ACK → CLOSED/, /LAST-ACK → CLOSED/],
  ["half-close", /half-close/, /half-close/i],
  ["why four segments", /4개가 아니라|4개의 세그먼트가 필요/, /four segments and not three/i],
  ["TIME_WAIT reason: delayed old segments", /이전 연결의 지연된 세그먼트/, /delayed old segments/i],
  ["TIME_WAIT reason: retransmit the last ACK", /재전송된 FIN에 다시 ACK/, /ACK a retransmitted FIN|ACKs it again/i],
  ["2MSL", /2MSL/, /2MSL/],
  ["what MSL is", /Maximum Segment Lifetime/, /Maximum Segment Lifetime/],
  [
    "the short model answer (3-way)",
    /클라이언트가 SYN으로 연결을 요청하고, 서버가 SYN\+ACK로 수락하며/,
    /The client requests it with SYN, the server accepts with SYN\+ACK/,
  ],
  ["the short model answer (4-way)", /클라이언트가 FIN으로 종료를 요청하고/, /The client asks to close with FIN/],
  ["the detailed model answers", /세 단계가 필요한 이유는/, /Three steps are needed because/],
];

describe("every fact of the seed notes has a card in both languages", () => {
  const cards = dumpCards(readContent().cards);
  const text = (locale: "ko" | "en") =>
    cards
      .filter((c) => c.locale === locale)
      .map((c) => [c.prompt, c.answer, c.detailed ?? "", ...(c.options ?? []).map((o) => o.text), ...(c.items ?? [])].join("\n"));
  const ko = text("ko");
  const en = text("en");

  it("lists at least forty facts", () => expect(facts.length).toBeGreaterThanOrEqual(40));

  it.each(facts)("%s", (_fact, koPattern, enPattern) => {
    expect(
      ko.some((t) => koPattern.test(t)),
      `no Korean card says ${koPattern}`,
    ).toBe(true);
    expect(
      en.some((t) => enPattern.test(t)),
      `no English card says ${enPattern}`,
    ).toBe(true);
  });
});

describe("the content as a whole", () => {
  const content = readContent();

  it("has at least 80 cards and drills in each language", () => {
    expect(content.cards.filter((c) => c.ko.prompt).length).toBeGreaterThanOrEqual(80);
    expect(content.cards.filter((c) => c.en.prompt).length).toBeGreaterThanOrEqual(80);
  });

  it("has every card kind, every why drill of the brief and every simulator scenario", () => {
    const kinds = new Set(content.cards.map((c) => c.kind));
    for (const k of ["basic", "cloze", "mcq", "ordering", "why", "mistake", "interview", "scenario"]) expect(kinds, k).toContain(k);
    const whyPrompts = content.cards
      .filter((c) => c.kind === "why")
      .map((c) => c.en.prompt)
      .join("\n");
    for (const q of [/three segments/, /two-way/, /TIME_WAIT exist/, /2MSL/, /initial sequence number/, /four segments/, /last ACK is lost/, /still has data/])
      expect(whyPrompts).toMatch(q);
    expect(
      content.cards
        .filter((c) => c.kind === "scenario")
        .map((c) => c.meta.scenario)
        .sort(),
    ).toEqual([
      "abortive-close",
      "four-way-close",
      "half-close",
      "lost-final-ack",
      "lost-syn",
      "lost-third-ack",
      "server-close",
      "simultaneous-close",
      "simultaneous-open",
      "syn-to-closed-port",
      "three-way-handshake",
      "time-wait-reopen",
    ]);
  });

  it("lists each seed mistake with its fix, and drills each with a spot-the-mistake card", () => {
    expect(content.corrections.length).toBeGreaterThanOrEqual(10);
    const seeds = new Set(content.corrections.map((c) => c.seed.slice(0, 3)));
    expect([...seeds].sort()).toEqual(["001", "002", "003", "004"]);
    for (const corr of content.corrections) {
      expect(corr.ko.right.length, corr.id).toBeGreaterThan(20);
      expect(corr.en.right, corr.id).toMatch(/RFC 9293/);
      expect(
        content.cards.some((c) => c.kind === "mistake" && c.meta.correction === corr.id),
        corr.id,
      ).toBe(true);
    }
  });

  it("covers the named misconceptions of the brief", () => {
    const ids = content.misconceptions.map((m) => m.id);
    for (const m of ["time-wait-on-server", "close-wait-equals-time-wait", "two-way-enough"]) expect(ids).toContain(m);
  });
});

// The seed notes live outside the repository (shared/seeds beside the clone, or SEEDS_DIR).
// Where they are present, every correction's quote must be the seed's own words, and
// seed-quotes.json must record each seed file's SHA-256 and each (seed, quote) pair so checked.
// Where they are absent, each quote must be one so recorded: a quote edited since the seeds
// were last read fails, as nothing then vouches for it. After an edit, rerun with the seeds
// present and UPDATE_SEED_QUOTES=1 to record it again.
const seedsDir = [process.env.SEEDS_DIR, "../shared/seeds", "../../shared/seeds"]
  .filter((d): d is string => !!d)
  .map((d) => path.resolve(d))
  .find((d) => existsSync(d));
const recordFile = path.join(import.meta.dirname, "seed-quotes.json");
type QuoteRecord = { seeds: Record<string, string>; quotes: Record<string, string> };
const sha256 = (text: string | Buffer) => createHash("sha256").update(text).digest("hex");
const quoteDigest = (corr: { seed: string; quote: string }) => sha256(`${corr.seed}\n${corr.quote}`);

describe("every correction quotes its seed word for word", () => {
  const content = readContent();
  let record: QuoteRecord;
  beforeAll(() => {
    if (seedsDir && process.env.UPDATE_SEED_QUOTES === "1") {
      // Records only what the seeds vouch for; the tests below then check the rest by name.
      const seeds = Object.fromEntries(
        [...new Set(content.corrections.map((c) => c.seed))].sort().map((f) => [f, sha256(readFileSync(path.join(seedsDir, f)))]),
      );
      const checked = content.corrections.filter((c) => quotes(readFileSync(path.join(seedsDir, c.seed), "utf8"), c.quote));
      writeFileSync(recordFile, `${JSON.stringify({ seeds, quotes: Object.fromEntries(checked.map((c) => [c.id, quoteDigest(c)])) }, null, 2)}\n`);
    }
    record = JSON.parse(readFileSync(recordFile, "utf8")) as QuoteRecord;
  });

  it.each(content.corrections.map((c) => [c.id, c] as const))(
    `%s (${seedsDir ? "against the seed notes" : "against seed-quotes.json, as the seed notes are absent"})`,
    (_id, corr) => {
      if (seedsDir) {
        const seed = readFileSync(path.join(seedsDir, corr.seed));
        expect(quotes(seed.toString("utf8"), corr.quote), `${corr.seed} does not contain: ${corr.quote}`).toBe(true);
        expect(record.seeds[corr.seed], `${corr.seed} changed since seed-quotes.json was written`).toBe(sha256(seed));
      }
      expect(
        record.quotes[corr.id],
        `the quote of ${corr.id} was not checked against ${corr.seed}: run this test with the seeds and UPDATE_SEED_QUOTES=1`,
      ).toBe(quoteDigest(corr));
    },
  );
});
