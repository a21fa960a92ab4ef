import path from "node:path";
import { defineConfig } from "vitest/config";

// "server-only" throws outside a React server environment; tests call server code directly.
const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts") };

// The integration project runs once per provider (TEST_DB_PROVIDER, SQLite by default). A file
// named *.sqlite.int.test.ts or *.postgresql.int.test.ts belongs to that provider's pass only,
// so neither pass reports tests it skipped for being about the other provider.
const provider = process.env.TEST_DB_PROVIDER ?? "sqlite";
const otherProviders = ["sqlite", "postgresql"].filter((p) => p !== provider);

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["app/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        // Integration tests share one database per provider, so files run one after another.
        test: {
          name: "integration",
          include: ["app/**/*.int.test.ts", "tests/**/*.int.test.ts"],
          exclude: [...otherProviders.map((p) => `**/*.${p}.int.test.ts`), "node_modules/**"],
          environment: "node",
          fileParallelism: false,
          // One migrated database per run; each file's freshDb() copies it (tests/db.ts).
          globalSetup: ["tests/migrated-template.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
