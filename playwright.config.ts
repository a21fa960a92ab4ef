import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// A system Chromium when one is named or installed (offline machines cannot download
// Playwright's), Playwright's own otherwise.
const systemChromium = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p): p is string => !!p && existsSync(p));

const port = Number(process.env.E2E_PORT ?? 3210);
// Each run gets its own database so tests start from a new user's state.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), "tcp-srs-e2e-"));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // A retry tells a flaky test apart from a broken one, but in CI it does not pass the run: a
  // flaky test is a failure to fix (npm test counts it as failed too).
  failOnFlakyTests: !!process.env.CI,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    // The app's service worker, on a browser's first visit, fetches and renders the offline set
    // (/, /study, /offline and the study data) on top of the page asked for: for each of the many
    // new browsers the tests open, a server and CPU cost that tests nothing of theirs. The specs
    // about the worker and offline use (pwa.spec.ts) allow it.
    serviceWorkers: "block",
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    // start.mjs builds first when the sources changed since the last build (a few minutes here).
    timeout: 600_000,
    env: { PORT: String(port), HOSTNAME: "127.0.0.1", DATABASE_URL: `file:${path.join(dataDir, "e2e.db")}`, NEXTAUTH_SECRET: "e2e-secret-not-for-production" },
  },
});
