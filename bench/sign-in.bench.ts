import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/app/_server/db/client";
import { applyMigrations } from "@/app/_server/db/migrations";
import { hashPassword } from "@/app/_server/auth/password";
import { checkCredentials } from "@/app/_server/auth/sign-in";
import { SignInThrottle } from "@/app/_server/auth/throttle";
import { passwordProblem, warmPasswordPolicy } from "@/app/_domain/auth/password-policy";
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
    const once = async (email: string, address: string) => {
      const t = performance.now();
      const r = await checkCredentials({ db, throttle }, { email, password: "a wrong guess", address });
      if (r.status !== "invalid") throw new Error(`expected "invalid", got ${r.status}`);
      return performance.now() - t;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    await once("warm-up@example.com", "192.0.2.1");
    // Alternated, so both paths meet the same load on a shared machine; a new address each
    // time, so the throttle never refuses and both do their full work.
    const unknownMs: number[] = [];
    const wrongMs: number[] = [];
    for (let i = 0; i < 20; i++) {
      unknownMs.push(await once(`nobody-${i}@example.com`, `198.51.100.${i}`));
      wrongMs.push(await once("known@example.com", `198.51.101.${i}`));
    }
    const [unknown, wrong] = [median(unknownMs), median(wrongMs)];
    await db.$disconnect();
    const ratio = unknown / wrong;
    // The strength check runs on the request thread: its worst case is what a hostile sign-up costs.
    warmPasswordPolicy();
    let worst = 0;
    for (const sample of [
      "p@ssw0rd".repeat(25),
      "1234567890".repeat(20),
      "qwerty123456password!@#$".repeat(8),
      Array.from({ length: 200 }, (_, i) => String.fromCharCode(33 + ((i * 37) % 90))).join(""),
    ]) {
      const t = performance.now();
      passwordProblem(sample, ["someone@example.com"]);
      worst = Math.max(worst, performance.now() - t);
    }
    // Judged against the scrypt hash every sign-up pays anyway, so the figure means the same on a
    // busy machine: a hostile password must not cost more than the hash.
    const perHash = wrong;
    return [
      { name: "password strength check, worst of 4 hostile 200-char", value: worst, unit: "ms" },
      { name: "  as a share of one sign-in's work", value: worst / perHash, unit: "×", target: "< 1", ok: worst < perHash },
      { name: "unknown email, median of 20", value: unknown, unit: "ms" },
      { name: "wrong password, median of 20", value: wrong, unit: "ms" },
      { name: "unknown / wrong", value: ratio, unit: "×", target: "0.8-1.2", ok: ratio >= 0.8 && ratio <= 1.2 },
    ];
  },
};
export default bench;
