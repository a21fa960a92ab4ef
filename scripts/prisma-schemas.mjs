// @ts-check
// A Prisma schema has one datasource provider, so each provider gets its own schema file,
// built from the shared models so the two can never drift apart.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const providers = ["sqlite", "postgresql"];

/** @param {string} provider "sqlite" or "postgresql" */
export function schemaFor(provider) {
  const models = readFileSync(path.join(root, "prisma/models.prisma"), "utf8");
  const header = `// Generated from prisma/models.prisma by scripts/prisma-schemas.mjs; do not edit.
generator client {
  provider     = "prisma-client"
  output       = "../../app/_server/db/generated/${provider}"
  runtime      = "nodejs"
  moduleFormat = "esm"
}

datasource db {
  provider = "${provider}"
}
`;
  return `${header}\n${models}`;
}

/** @param {string} provider "sqlite" or "postgresql" */
export function schemaPath(provider) {
  return path.join(root, "prisma", provider, "schema.prisma");
}

export function writeSchemas() {
  return providers.map((p) => {
    writeFileSync(schemaPath(p), schemaFor(p));
    return schemaPath(p);
  });
}
