import { describe, expect, it } from "vitest";
import { withJosa } from "./josa";

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
  ] as const)("%s + %s = %s", (word, option, out) => {
    expect(withJosa(word, option)).toBe(out);
  });
});
