import { beforeEach, inject, vi } from "vitest";

// vitest.mutate.config.ts runs all test files of a Stryker run in one worker (isolate: false),
// which spares a new worker and a fresh runtime for every file. Each file must still see what it
// would see in a worker of its own, or a mutant would be judged by another file's leftovers.
type Stryker = { activeMutant?: unknown };
type Run = { __mutateFailed?: boolean };
const stryker = (globalThis as { __stryker__?: Stryker }).__stryker__;
// Values Stryker's runner provides to its own setup file; not in vitest's typed context.
const provided = inject as (key: string) => unknown;
const mode = provided("mode");
const run = globalThis as Run;

// Stryker stops a mutant's run at its first failing test (bail). One worker per file never started
// the files after it; here they were all handed to this worker, so a file that comes after a
// failure is refused before it loads: the mutant is already killed, and loading it cost the time.
if (mode === "mutant" && run.__mutateFailed) throw new Error("not loaded: an earlier test of this mutant's run failed");
if (mode === "mutant") beforeEach(({ onTestFailed }) => onTestFailed(() => void (run.__mutateFailed = true)));

// Every module is evaluated again for the file, so the grader's caches (folded letters, flags,
// compiled templates) start empty and the tests that fill them are the ones that reach the code
// behind them, as in a worker of its own.
vi.resetModules();

// The mutant is off while the file loads, as in a fresh worker; Stryker's own setup file (run just
// before this one) turns it on in a beforeAll, and it would otherwise still be on from the last file.
if (stryker && provided("mutantActivation") === "runtime") stryker.activeMutant = undefined;
