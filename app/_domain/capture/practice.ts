import type { GradeError, GradeResult, StepResult } from "../tcp/grader";
import type { Locale } from "../tcp/messages";
import type { Side } from "../tcp/segment";
import { nearestState, normaliseState, type TcpState } from "../tcp/states";

// "Practice on this capture": the learner names both sides' states after every segment of a
// real connection and is graded as in the simulator (the same result shape, score = rows fully
// right / rows). The answer key is the model's inference; a wrong row says what the model saw.

export type PracticeRow = { client: TcpState; server: TcpState; explanation: string };
export type StateAnswer = { client: string; server: string };

export function gradeStates(rows: readonly PracticeRow[], answers: readonly StateAnswer[], names: Record<Side, string>, l: Locale): GradeResult {
  const steps: StepResult[] = rows.map((row, index) => {
    const answer = answers[index];
    const errors: GradeError[] = [];
    for (const side of ["client", "server"] as const) {
      const got = answer?.[side].trim() ?? "";
      const expected = row[side];
      const named = got ? normaliseState(got) : null;
      if (!got)
        errors.push({
          code: "missing_step",
          field: side,
          expected,
          got: null,
          message:
            l === "ko"
              ? `#${index + 1} 뒤 ${names[side]}의 상태를 고르세요 (답: ${expected}).`
              : `Choose ${names[side]}'s state after #${index + 1} (it is ${expected}).`,
        });
      else if (!named) {
        const nearest = nearestState(got);
        errors.push({
          code: "unknown_state",
          field: side,
          expected,
          got,
          message: l === "ko" ? `"${got}"라는 TCP 상태는 없습니다 (가장 가까운 상태: ${nearest}).` : `"${got}" names no TCP state (the nearest is ${nearest}).`,
        });
      } else if (named !== expected)
        errors.push({
          code: "wrong_state",
          field: side,
          expected,
          got: named,
          message:
            l === "ko"
              ? `#${index + 1} 뒤 ${names[side]}의 상태는 ${expected}입니다 (고른 답: ${named}). ${row.explanation}`
              : `After #${index + 1}, ${names[side]} is in ${expected}, not ${named}. ${row.explanation}`,
        });
    }
    return { index, ok: errors.length === 0, errors };
  });
  const right = steps.filter((s) => s.ok).length;
  return { correct: right === rows.length, score: rows.length ? right / rows.length : 0, steps };
}
