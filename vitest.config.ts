import path from "node:path";
import { defineConfig } from "vitest/config";

// "server-only" throws outside a React server environment; tests call server code directly.
const alias = { "@": path.resolve(import.meta.dirname), "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts") };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["app/**/*.test.ts", "scripts/**/*.test.ts", "tests/**/*.test.ts"], exclude: ["**/*.int.test.ts", "node_modules/**"], environment: "node" },
      },
      {
        resolve: { alias },
        // Integration tests share one database per provider, so files run one after another.
        test: { name: "integration", include: ["app/**/*.int.test.ts", "tests/**/*.int.test.ts"], environment: "node", fileParallelism: false, testTimeout: 30_000, hookTimeout: 60_000 },
      },
    ],
  },
});
