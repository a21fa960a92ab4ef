import { describe, expect, it } from "vitest";
import { InvalidStepsError } from "./errors";
import { parseSteps } from "./steps";

describe("parseSteps", () => {
  it.each([
    ["1m 10m", ["1m", "10m"]],
    ["1m,10m,1d", ["1m", "10m", "1d"]],
    ["  1m ,  10m\t1h  ", ["1m", "10m", "1h"]],
    ["1.5h", ["1.5h"]],
    ["01m 2.50d", ["1m", "2.5d"]],
    ["", []],
    ["   ", []],
  ])("%j → %j", (input, steps) => expect(parseSteps(input)).toEqual(steps));

  it.each([
    ["10s", "10s"],
    ["0m", "0m"],
    ["0.0h", "0.0h"],
    ["m", "m"],
    ["1m10m", "1m10m"],
    ["x1m", "x1m"],
    ["1mx", "1mx"],
    ["1.m", "1.m"],
    ["1.5.5m", "1.5.5m"],
    ["1.xm", "1.xm"],
    ["-1m", "-1m"],
  ])("refuses %j, naming the token", (input, token) => {
    expect(() => parseSteps(input)).toThrow(InvalidStepsError);
    try {
      parseSteps(`1m ${input}`);
    } catch (e) {
      expect(e).toMatchObject({ input: `1m ${input}`, token });
    }
  });
});
