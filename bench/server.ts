import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");

/** Starts `next start` (building first when no build exists) and waits until it answers. */
export async function startServer(port: number, env: Record<string, string>): Promise<{ url: string; stop: () => void; proc: ChildProcess }> {
  const bin = (n: string) => path.join(root, "node_modules", ".bin", n);
  const fullEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...env };
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) spawnSync(bin("next"), ["build"], { cwd: root, stdio: "inherit", env: fullEnv });
  const proc: ChildProcess = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env: fullEnv, stdio: "ignore", detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    proc,
    stop: () => {
      try {
        process.kill(-proc.pid!, "SIGTERM");
      } catch {
        /* already gone */
      }
    },
  };
}

/**
 * A fresh SQLite file filled by `seed`, served by `next start` on `port`. `seedSeconds` is how
 * long seeding took; `stop` ends the server and removes the file.
 */
export async function seededServer(name: string, port: number, seed: (file: string) => Promise<void>, env: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
  const file = path.join(dir, "bench.db");
  const t = performance.now();
  await seed(file);
  const seedSeconds = (performance.now() - t) / 1000;
  const server = await startServer(port, { DATABASE_URL: `file:${file}`, ...env });
  return {
    ...server,
    seedSeconds,
    stop: () => {
      server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
