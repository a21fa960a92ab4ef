import { describe, expect, it } from "vitest";
import { STATES } from "../tcp";
import { gradeStates, type PracticeRow } from "./practice";

const rows: PracticeRow[] = [
  { client: "SYN-SENT", server: "SYN-RECEIVED", explanation: "The client opens the connection." },
  { client: "ESTABLISHED", server: "SYN-RECEIVED", explanation: "The server answers." },
  { client: "ESTABLISHED", server: "ESTABLISHED", explanation: "The client acknowledges the server's SYN: the server enters ESTABLISHED." },
];
const names = { client: "the client", server: "the server" };

describe("gradeStates", () => {
  it("grades the right states correct, in any common spelling", () => {
    const result = gradeStates(
      rows,
      [
        { client: "syn_sent", server: "SYN_RCVD" },
        { client: "ESTAB", server: "syn-received" },
        { client: "established", server: "ESTABLISHED" },
      ],
      names,
      "en",
    );
    expect(result).toMatchObject({ correct: true, score: 1 });
  });

  it("names the side, the row and the state for every single wrong choice, with the reason", () => {
    for (let row = 0; row < rows.length; row++) {
      for (const side of ["client", "server"] as const) {
        for (const wrong of STATES.filter((s) => s !== rows[row]![side])) {
          const answers = rows.map((r) => ({ client: r.client, server: r.server }));
          answers[row] = { ...answers[row]!, [side]: wrong };
          const result = gradeStates(rows, answers, names, "en");
          expect(result.correct).toBe(false);
          expect(result.score).toBeCloseTo(2 / 3);
          expect(result.steps[row]!.errors).toEqual([expect.objectContaining({ code: "wrong_state", field: side, expected: rows[row]![side], got: wrong })]);
          expect(result.steps[row]!.errors[0]!.message).toContain(
            `After #${row + 1}, the ${side} is in ${rows[row]![side]}, not ${wrong}. ${rows[row]!.explanation}`,
          );
        }
      }
    }
  });

  it("says when a state is missing or is no state at all, in Korean too", () => {
    const result = gradeStates(rows, [{ client: "", server: "TIMED_WAIT" }], { client: "클라이언트", server: "서버" }, "ko");
    expect(result.score).toBe(0);
    expect(result.steps[0]!.errors.map((e) => e.message)).toEqual([
      "#1 뒤 클라이언트의 상태를 고르세요 (답: SYN-SENT).",
      '"TIMED_WAIT"라는 TCP 상태는 없습니다 (가장 가까운 상태: TIME-WAIT).',
    ]);
    expect(result.steps[1]!.errors[0]!.code).toBe("missing_step");
  });
});
