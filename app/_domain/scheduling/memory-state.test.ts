import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "./errors";
import { cardStateKind, deserializeState, fromSnapshot, memoryStateOf, serializeState, toSnapshot, type MemoryState } from "./memory-state";

const state: MemoryState = {
  due: new Date("2026-03-02T04:00:00.000Z"),
  stability: 3.17,
  difficulty: 5.28,
  elapsedDays: 1,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 4,
  lapses: 1,
  state: 2,
  lastReview: new Date("2026-02-27T04:00:00.000Z"),
};

describe("memory state conversions", () => {
  it("a database row gives its state and nothing else (key and timestamps stay out of writes)", () => {
    const row = { userId: "u", cardId: "c", updatedAt: new Date(0), ...state, state: 2 };
    expect(memoryStateOf(row)).toEqual(state);
    expect(Object.keys(memoryStateOf(row))).not.toContain("userId");
  });

  it("the JSON form round-trips, new cards (no last review) too", () => {
    expect(deserializeState(serializeState(state))).toEqual(state);
    const fresh = { ...state, state: 0 as const, lastReview: null };
    expect(serializeState(fresh).lastReview).toBeNull();
    expect(deserializeState(serializeState(fresh))).toEqual(fresh);
  });

  it("reads SQLite's own date text (+00:00) as the same instant", () => {
    expect(deserializeState({ ...serializeState(state), due: "2026-03-02T04:00:00.000+00:00" }).due).toEqual(state.due);
  });

  it("keeps the snapshot text of earlier versions byte for byte (undo reads rows written before)", () => {
    const written =
      '{"due":"2026-03-02T04:00:00.000Z","stability":3.17,"difficulty":5.28,"elapsedDays":1,"scheduledDays":3,"learningSteps":0,"reps":4,"lapses":1,"state":2,"lastReview":"2026-02-27T04:00:00.000Z"}';
    expect(toSnapshot(state)).toBe(written);
    expect(fromSnapshot(written)).toEqual(state);
  });

  it("refuses a state kind outside 0-3 and a snapshot that is not a memory state, with the value", () => {
    expect(() => cardStateKind(4)).toThrow(InvalidArgumentError);
    expect(() => memoryStateOf({ ...state, state: 7 })).toThrow(/state is 7: expected 0 \(new\)/);
    expect(() => fromSnapshot('{"due":"2026-03-02T04:00:00.000Z"}')).toThrow(/snapshot is .*stability: /);
  });
});
