"use server";
import { z } from "zod";
import { getDb } from "../db/client";
import { hashPassword } from "../auth/password";
import { currentUser, forgetUser } from "../auth/current-user";

const signUpSchema = z.object({
  email: z.email({ error: "email" }).max(254).transform((e) => e.toLowerCase()),
  password: z.string().min(8, { error: "passwordShort" }).max(200, { error: "passwordLong" }),
  name: z.string().trim().max(80).optional(),
});

export type SignUpState = { ok: boolean; errors?: Partial<Record<"email" | "password" | "form", string>> };

/**
 * Creates an account. A guest who studied first keeps everything: their guest user becomes
 * the account, so their rows never move between users.
 */
export async function signUp(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  const parsed = signUpSchema.safeParse({ email: form.get("email"), password: form.get("password"), name: form.get("name") || undefined });
  if (!parsed.success) {
    const errors: SignUpState["errors"] = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as "email" | "password"] ??= issue.message;
    return { ok: false, errors };
  }
  const { email, password, name } = parsed.data;
  const db = getDb();
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return { ok: false, errors: { email: "taken" } };
  const passwordHash = await hashPassword(password);
  const me = await currentUser();
  try {
    if (me?.isGuest) {
      await db.user.update({ where: { id: me.id }, data: { email, passwordHash, name, isGuest: false } });
      forgetUser(me.id);
    } else {
      await db.user.create({ data: { email, passwordHash, name } });
    }
  } catch {
    return { ok: false, errors: { email: "taken" } };
  }
  return { ok: true };
}
