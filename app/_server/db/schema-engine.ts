import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";
import { adapterFactory } from "./adapter";

// Prisma's own schema engine, as WebAssembly: the native one cannot be downloaded offline.
// Node 20 cannot import .wasm as an ES module without a flag, so the module is instantiated
// by hand against its JS glue, as Prisma's CLI does.
async function loadEngineModule() {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
  const glue = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const { instance } = await WebAssembly.instantiate(readFileSync(path.join(dir, "schema_engine_bg.wasm")), {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
  (glue as unknown as { __wbg_set_wasm: (w: unknown) => void }).__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  return glue;
}

let engineModule: ReturnType<typeof loadEngineModule> | undefined;

export type OpenEngine = { engine: SchemaEngine; close: () => Promise<void> };

/**
 * Opens the engine on the database. `close` also disposes the driver connections it opened:
 * freeing the engine alone leaves them open, and an open SQLite connection keeps its locks.
 */
export async function openSchemaEngine(config: DatabaseConfig): Promise<OpenEngine> {
  engineModule ??= loadEngineModule();
  const glue = await engineModule;
  const inner = adapterFactory(config);
  const opened: { dispose: () => Promise<void> }[] = [];
  const tracking = Object.assign(Object.create(Object.getPrototypeOf(inner) as object | null), inner, {
    connect: async () => {
      const adapter = await inner.connect();
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = await inner.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  }) as typeof inner;
  const engine = await glue.SchemaEngine.new({ datamodels: undefined }, () => {}, bindMigrationAwareSqlAdapterFactory(tracking));
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(opened.map((a) => a.dispose()));
    },
  };
}
