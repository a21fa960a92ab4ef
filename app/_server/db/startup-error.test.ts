import { describe, expect, it } from "vitest";
import { explainStartupError } from "./startup-error";

const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe("explainStartupError: one line for what the user can fix, null for a bug", () => {
  it.each([
    [pgError('role "nobody" does not exist', "28000"), /^PostgreSQL refused the user named by DATABASE_URL \(role "nobody" does not exist\)/],
    [pgError("password authentication failed", "28P01"), /^PostgreSQL refused the user/],
    [pgError('database "x" does not exist', "3D000"), /^The PostgreSQL database named by DATABASE_URL does not exist/],
    [pgError("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"), /^Cannot reach the PostgreSQL database/],
    [pgError("read ECONNRESET", "ECONNRESET"), /^Cannot reach the PostgreSQL database/],
    [pgError("terminating connection due to administrator command", "57P01"), /^Cannot reach the PostgreSQL database/],
    [pgError("Connection terminated unexpectedly"), /^The connection to the PostgreSQL database named by DATABASE_URL was lost during start/],
  ])("%s", (e, line) => {
    expect(explainStartupError(e)).toMatch(line);
  });
  it("keeps a bug a bug", () => expect(explainStartupError(new TypeError("x is undefined"))).toBeNull());
});
