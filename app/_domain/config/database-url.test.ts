import { describe, expect, it } from "vitest";
import { DatabaseUrlError, parseDatabaseUrl } from "./database-url";

describe("parseDatabaseUrl", () => {
  it("defaults to the embedded SQLite file under data/", () => {
    expect(parseDatabaseUrl(undefined, "/srv/app")).toEqual({ provider: "sqlite", file: "/srv/app/data/app.db" });
    expect(parseDatabaseUrl("  ", "/srv/app")).toEqual({ provider: "sqlite", file: "/srv/app/data/app.db" });
  });

  it("resolves file: URLs relative to the working directory", () => {
    expect(parseDatabaseUrl("file:./other.db", "/srv/app")).toEqual({ provider: "sqlite", file: "/srv/app/other.db" });
    expect(parseDatabaseUrl("file:/tmp/x.db", "/srv/app")).toEqual({ provider: "sqlite", file: "/tmp/x.db" });
    expect(parseDatabaseUrl("file:///tmp/x.db", "/srv/app")).toEqual({ provider: "sqlite", file: "/tmp/x.db" });
  });

  it("accepts both PostgreSQL schemes", () => {
    expect(parseDatabaseUrl("postgres://u@127.0.0.1:5432/test", "/")).toEqual({ provider: "postgresql", url: "postgres://u@127.0.0.1:5432/test" });
    expect(parseDatabaseUrl("postgresql://localhost/db", "/").provider).toBe("postgresql");
  });

  it.each(["mysql://localhost/db", "sqlite.db", "file:", "postgres://", "http://x"])("rejects %s naming the variable and the accepted forms", (bad) => {
    expect(() => parseDatabaseUrl(bad, "/")).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl(bad, "/")).toThrow(/DATABASE_URL.*file:.*postgres:\/\/.*postgresql:\/\//);
  });

  it("never prints a password", () => {
    expect(() => parseDatabaseUrl("mysql://me:secret@host/db", "/")).toThrow(/me:\*\*\*@/);
  });
});
