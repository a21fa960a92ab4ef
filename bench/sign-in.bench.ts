import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/app/_server/db/client";
import { applyMigrations } from "@/app/_server/db/migrations";
import { hashPassword } from "@/app/_server/auth/password";
import { checkCredentials } from "@/app/_server/auth/sign-in";
import { SignInThrottle } from "@/app/_server/auth/throttle";
import type { Benchmark } from "./run";

// Sign-in must not tell an unknown address from a wrong password by its time: both paths do
// one throttle count, one user lookup and one scrypt verification.
const bench: Benchmark = {
  title: "Sign-in: unknown email against wrong password (SQLite)",
  async run() {
    const config = { provider: "sqlite" as const, file: path.join(mkdtempSync(path.join(os.tmpdir(), "bench-")), "b.db") };
    await applyMigrations(config);
    const db = createDb(config);
    await db.user.create({ data: { email: "known@example.com", passwordHash: await hashPassword("the right passphrase") } });
    const throttle = new SignInThrottle(db);
    const time = async (email: (i: number) => string) => {
      const ms: number[] = [];
      // A new address every time, so the throttle never refuses and both paths do their full work.
      for (let i = 0; i < 24; i++) {
        const t = performance.now();
        const r = await checkCredentials({ db, throttle }, { email: email(i), password: "a wrong guess", address: `198.51.100.${i}` });
        ms.push(performance.now() - t);
        if (r.status !== "invalid") throw new Error(`expected "invalid", got ${r.status}`);
      }
      return ms.slice(4).sort((a, b) => a - b)[Math.floor((ms.length - 4) / 2)]!;
    };
    await time(() => "warm-up@example.com");
    const unknown = await time((i) => `nobody-${i}@example.com`);
    const wrong = await time(() => "known@example.com");
    await db.$disconnect();
    const ratio = unknown / wrong;
    return [
      { name: "unknown email, median of 20", value: unknown, unit: "ms" },
      { name: "wrong password, median of 20", value: wrong, unit: "ms" },
      { name: "unknown / wrong", value: ratio, unit: "×", target: "0.8-1.2", ok: ratio >= 0.8 && ratio <= 1.2 },
    ];
  },
};
export default bench;
