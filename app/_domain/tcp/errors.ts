/** Base class so callers can tell the simulator's own failures from bugs. */
export class TcpSimulatorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TcpSimulatorError";
  }
}

export class UnknownScenarioError extends TcpSimulatorError {
  constructor(
    readonly scenarioId: string,
    known: readonly string[],
  ) {
    super(`Unknown scenario "${scenarioId}"; known scenarios: ${known.join(", ")}.`);
    this.name = "UnknownScenarioError";
  }
}
