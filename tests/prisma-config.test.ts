import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// prisma.config.ts reads DATABASE_URL when it is loaded, as the Prisma CLI loads it once.
async function configFor(url: string | undefined) {
  vi.resetModules();
  if (url === undefined) vi.stubEnv("DATABASE_URL", undefined);
  else vi.stubEnv("DATABASE_URL", url);
  return (await import("../prisma.config")).default;
}

afterEach(() => vi.unstubAllEnvs());

// Loading prisma/config the first time takes seconds on a busy machine.
describe("prisma.config.ts", { timeout: 60_000 }, () => {
  it("points the CLI at the SQLite schema, migrations and file when DATABASE_URL is unset or file:", async () => {
    const unset = await configFor(undefined);
    expect(unset.schema).toBe("prisma/sqlite/schema.prisma");
    expect(unset.migrations?.path).toBe("prisma/sqlite/migrations");
    expect(unset.datasource?.url).toBe(`file:${path.join(process.cwd(), "data", "app.db")}`);
    const file = await configFor("file:./other/dev.db");
    expect(file.datasource?.url).toBe(`file:${path.join(process.cwd(), "other", "dev.db")}`);
  });

  it("points the CLI at the PostgreSQL schema and migrations for a postgres URL", async () => {
    const c = await configFor("postgresql://u:p@db.example:5432/app");
    expect(c.schema).toBe("prisma/postgresql/schema.prisma");
    expect(c.migrations?.path).toBe("prisma/postgresql/migrations");
    expect(c.datasource?.url).toBe("postgresql://u:p@db.example:5432/app");
  });

  it("refuses a URL the app would refuse, with the app's message", async () => {
    await expect(configFor("mysql://x")).rejects.toThrow(/DATABASE_URL is not valid/);
  });
});
