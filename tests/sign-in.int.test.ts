import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_HEADER } from "@/app/_domain/config/client-address";
import { createDb, type Db } from "@/app/_server/db/client";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";
import { authorizeCredentials } from "@/app/_server/auth/options";
import { hashPassword, verifyPassword } from "@/app/_server/auth/password";
import { checkCredentials } from "@/app/_server/auth/sign-in";
import { SIGN_IN_LIMITS, SignInThrottle } from "@/app/_server/auth/throttle";
import { freshDb, provider } from "./db";

let db: Db;
let config: DatabaseConfig;
const others: Db[] = [];
const email = () => `${randomUUID()}@example.com`;

// A stand-in for scrypt where hundreds of attempts are needed: same answers, no cost.
const fakeVerify = async (password: string, stored: string) => stored === `plain:${password}`;
async function account(password = "right horse battery") {
  const address = email();
  await db.user.create({ data: { email: address, passwordHash: `plain:${password}` } });
  return address;
}
const attempt = (d: Db, throttle: SignInThrottle, mail: string, password: string, address: string) =>
  checkCredentials({ db: d, throttle, verify: fakeVerify }, { email: mail, password, address });

beforeAll(async () => {
  ({ db, config } = await freshDb());
});
afterAll(async () => {
  await Promise.all([db, ...others].map((d) => d.$disconnect()));
});

describe(`sign-in on ${provider}`, () => {
  it("an unknown email and a wrong password get the same answer after exactly one password verification each", async () => {
    const mail = email();
    await db.user.create({ data: { email: mail, passwordHash: await hashPassword("the right one, truly") } });
    const calls: string[] = [];
    const counting = async (password: string, stored: string) => {
      calls.push(stored.split("$")[0]!);
      return verifyPassword(password, stored);
    };
    const throttle = new SignInThrottle(db);
    const unknown = await checkCredentials({ db, throttle, verify: counting }, { email: email(), password: "a guess at it", address: "192.0.2.1" });
    expect(calls).toEqual(["scrypt"]);
    const wrong = await checkCredentials({ db, throttle, verify: counting }, { email: mail, password: "a guess at it", address: "192.0.2.1" });
    expect(calls).toEqual(["scrypt", "scrypt"]);
    expect(unknown).toEqual({ status: "invalid" });
    expect(wrong).toEqual(unknown);
    // And what next-auth sees from authorize is the same value for both.
    const headers = { [PEER_HEADER]: "192.0.2.2" };
    expect(await authorizeCredentials({ email: email(), password: "a guess at it" }, headers, db)).toBeNull();
    expect(await authorizeCredentials({ email: mail, password: "a guess at it" }, headers, db)).toBeNull();
    expect((await authorizeCredentials({ email: mail, password: "the right one, truly" }, headers, db))?.email).toBe(mail);
  });

  it("refuses an account from an address after ten failures, even the right password, and only there", async () => {
    const mail = await account();
    const throttle = new SignInThrottle(db);
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++) expect((await attempt(db, throttle, mail, `wrong ${i}`, "198.51.100.1")).status).toBe("invalid");
    expect((await attempt(db, throttle, mail, "right horse battery", "198.51.100.1")).status).toBe("throttled");
    expect((await attempt(db, throttle, mail, "right horse battery", "198.51.100.2")).status).toBe("ok");
  });

  it("the counters survive a restart: a new client and limiter on the same database still refuse", async () => {
    const mail = await account();
    const before = new SignInThrottle(db);
    for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++) await attempt(db, before, mail, `wrong ${i}`, "198.51.100.3");
    const restarted = createDb(config);
    others.push(restarted);
    const after = new SignInThrottle(restarted);
    expect((await attempt(restarted, after, mail, "right horse battery", "198.51.100.3")).status).toBe("throttled");
  });

  it("two app instances on one database share the counters", async () => {
    const mail = await account();
    const second = createDb(config);
    others.push(second);
    const instances = [
      { d: db, t: new SignInThrottle(db) },
      { d: second, t: new SignInThrottle(second) },
    ];
    // Failures spread over both instances, some at the same moment, add up to one count.
    await Promise.all(
      Array.from({ length: SIGN_IN_LIMITS.pair.points }, (_, i) => attempt(instances[i % 2]!.d, instances[i % 2]!.t, mail, `wrong ${i}`, "198.51.100.4")),
    );
    for (const { d, t } of instances) expect((await attempt(d, t, mail, "right horse battery", "198.51.100.4")).status).toBe("throttled");
  });

  it("hundreds of failures on other emails from the same address never lock out the right password", async () => {
    const mail = await account();
    const throttle = new SignInThrottle(db);
    const address = "198.51.100.5";
    for (let i = 0; i < 4 * SIGN_IN_LIMITS.address.points; i++) await attempt(db, throttle, i % 2 ? email() : await account(), "password", address);
    expect((await attempt(db, throttle, mail, "right horse battery", address)).status).toBe("ok");
  });

  it("a hot address slows only accounts that already failed from it: one try a minute", async () => {
    const throttle = new SignInThrottle(db);
    const address = "198.51.100.6";
    for (let i = 0; i < SIGN_IN_LIMITS.address.points; i++) await attempt(db, throttle, email(), "password", address);
    const mail = await account();
    // Its first try is checked like anywhere else; after a failure, one more within the minute.
    expect((await attempt(db, throttle, mail, "typo", address)).status).toBe("invalid");
    expect((await attempt(db, throttle, mail, "typo again", address)).status).toBe("invalid");
    expect((await attempt(db, throttle, mail, "right horse battery", address)).status).toBe("throttled");
    expect((await attempt(db, throttle, mail, "right horse battery", "198.51.100.7")).status).toBe("ok");
  });

  it("a success gives its attempt back: it is not counted as a failure", async () => {
    const mail = await account();
    const throttle = new SignInThrottle(db);
    for (let i = 0; i < 3 * SIGN_IN_LIMITS.pair.points; i++)
      expect((await attempt(db, throttle, mail, "right horse battery", "198.51.100.8")).status).toBe("ok");
  });

  it("X-Forwarded-For is ignored without TRUST_PROXY: a new value each time does not reset the count", async () => {
    const mail = email();
    await db.user.create({ data: { email: mail, passwordHash: await hashPassword("the right one, truly") } });
    const before = process.env.TRUST_PROXY;
    delete process.env.TRUST_PROXY;
    try {
      for (let i = 0; i < SIGN_IN_LIMITS.pair.points; i++) {
        expect(
          await authorizeCredentials({ email: mail, password: "wrong" }, { "x-forwarded-for": `203.0.113.${i}`, [PEER_HEADER]: "192.0.2.9" }, db),
        ).toBeNull();
      }
      await expect(
        authorizeCredentials({ email: mail, password: "the right one, truly" }, { "x-forwarded-for": "203.0.113.200", [PEER_HEADER]: "192.0.2.9" }, db),
      ).rejects.toThrow(/^throttled:(1[0-5]|[1-9])$/);
      // Behind a trusted proxy the forwarded address is the client's: another client is not refused.
      process.env.TRUST_PROXY = "1";
      expect(
        (await authorizeCredentials({ email: mail, password: "the right one, truly" }, { "x-forwarded-for": "203.0.113.201", [PEER_HEADER]: "192.0.2.9" }, db))
          ?.email,
      ).toBe(mail);
    } finally {
      if (before === undefined) delete process.env.TRUST_PROXY;
      else process.env.TRUST_PROXY = before;
    }
  });
});
