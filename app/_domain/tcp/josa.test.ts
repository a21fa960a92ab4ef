import { describe, expect, it } from "vitest";
import { readingOf, withJosa } from "./josa";

describe("withJosa", () => {
  it.each([
    ["FIN", "이/가", "FIN이"],
    ["SYN", "이/가", "SYN이"],
    ["ACK", "이/가", "ACK가"],
    ["RST", "이/가", "RST가"],
    ["SYN+ACK", "을/를", "SYN+ACK를"],
    ["ESTABLISHED", "이/가", "ESTABLISHED가"],
    ["LISTEN", "이/가", "LISTEN이"],
    ["TIME-WAIT", "이/가", "TIME-WAIT가"],
    ["TIME_WAIT", "을/를", "TIME_WAIT를"],
    ["FIN-WAIT-1", "이/가", "FIN-WAIT-1이"],
    ["FIN-WAIT-2", "이/가", "FIN-WAIT-2가"],
    ["CLOSING", "이/가", "CLOSING이"],
    ["5001", "이어야/여야", "5001이어야"],
    ["5002", "이어야/여야", "5002여야"],
    ["1000", "이어야/여야", "1000이어야"],
    ["101", "으로/로", "101로"],
    ["클라이언트가 보내는 SYN", "이어야/여야", "클라이언트가 보내는 SYN이어야"],
    ["서버", "이/가", "서버가"],
    ["서버", "은/는", "서버는"],
    ["클라이언트", "을/를", "클라이언트를"],
    ["ISN", "이/가", "ISN이"],
    ["ISN", "을/를", "ISN을"],
    ["RCV.NXT", "이/가", "RCV.NXT가"],
    ["IRS", "은/는", "IRS는"],
    ["SYN", "으로/로", "SYN으로"],
    ["FIN", "은/는", "FIN은"],
    ["ACK", "으로/로", "ACK로"],
    ["TIME-WAIT", "으로/로", "TIME-WAIT로"],
    ["CLOSED", "으로/로", "CLOSED로"],
    ["ESTABLISHED", "을/를", "ESTABLISHED를"],
    ["SYN-SENT", "이/가", "SYN-SENT가"],
    ["4241", "을/를", "4241을"],
    ["4241", "으로/로", "4241로"],
    ["3", "으로/로", "3으로"],
  ] as const)("%s + %s = %s", (word, option, out) => {
    expect(withJosa(word, option)).toBe(out);
  });
});

// How the end of a word is read decides its particle; these pin the reading itself, so that a
// reading that only happens to take the same particle is still caught.
describe("readingOf", () => {
  it.each([
    ["SYN", "신"],
    ["syn", "신"],
    ["MSL", "엠에스엘"],
    ["서버", "서버"],
    ["클라이언트가 보내는 SYN", "신"],
    ["TIME-WAIT", "웨이트"],
    ["SYN+ACK", "에이씨케이"],
    // Hangul run into a Latin word: the Latin end is read, not the Hangul.
    ["서버ISN", "엔"],
    // Not in the table: the last letter is read by its English name.
    ["ISN", "엔"],
    ["SND.UNA", "에이"],
    ["RCV.NXT", "티"],
    // Numbers are read whole, as Koreans say them, and only the number at the end counts.
    ["5001", "오천일"],
    ["seq = 4242", "사천이백사십이"],
    ["RFC 9293 §3.4", "사"],
    // Spaces and closing punctuation around the word are not read.
    [" 5001 ", "오천일"],
    ["(SYN).", "신"],
    ["FIN,", "핀"],
    ["SYN+", "신"],
    ["", ""],
  ] as const)("%s is read ending in %s", (word, reading) => {
    expect(readingOf(word)).toBe(reading);
  });
});
