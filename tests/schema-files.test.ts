import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { providers, schemaFor, schemaPath } from "../scripts/prisma-schemas.mjs";

describe("committed provider schemas", () => {
  it.each(providers)("prisma/%s/schema.prisma matches prisma/models.prisma", (p) => {
    expect(readFileSync(schemaPath(p), "utf8")).toBe(schemaFor(p));
  });

  it.each(providers)("the %s migrations end at the current schema", (p) => {
    expect(readFileSync(`prisma/${p}/migrations/schema.last.prisma`, "utf8")).toBe(schemaFor(p));
  });
});
