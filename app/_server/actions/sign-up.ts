"use server";
import { z } from "zod";
import { passwordProblem, type PasswordWarning } from "@/app/_domain/auth/password-policy";
import { getDb } from "../db/client";
import { hashPassword } from "../auth/password";
import { clearGuestCookie, currentUser } from "../auth/current-user";
import { createAccount } from "../auth/accounts";

const signUpSchema = z.object({
  email: z.email({ error: "email" }).max(254, { error: "email" }).transform((e) => e.toLowerCase()),
  password: z.string({ error: "passwordShort" }),
  name: z.string().trim().max(80, { error: "nameLong" }).optional(),
});

type Field = "email" | "password" | "name";
export type SignUpState = { ok: boolean; errors?: Partial<Record<Field, string>>; warning?: PasswordWarning; failed?: boolean };

/**
 * Creates an account, and answers the same whether or not the address already had one (the
 * form then says what to do in either case), so sign-up cannot be used to find out who is
 * registered. A guest who studied first keeps everything: their guest user becomes the account.
 */
export async function signUp(_prev: SignUpState, form: FormData): Promise<SignUpState> {
  const raw = { email: form.get("email") ?? "", password: form.get("password") ?? "", name: form.get("name") || undefined };
  const parsed = signUpSchema.safeParse(raw);
  const errors: SignUpState["errors"] = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path[0] as Field] ??= issue.message;
  const password = typeof raw.password === "string" ? raw.password : "";
  const weak = passwordProblem(password, [typeof raw.email === "string" ? raw.email : "", typeof raw.name === "string" ? raw.name : ""]);
  if (weak) errors.password ??= weak.code;
  if (!parsed.success || weak) return { ok: false, errors, warning: weak?.code === "passwordWeak" ? (weak.warning ?? undefined) : undefined };

  const { email, name } = parsed.data;
  // Hashed before looking at the address, so a taken address costs the same time as a new one.
  const passwordHash = await hashPassword(password);
  const me = await currentUser();
  let created: boolean;
  try {
    created = await createAccount(getDb(), { email, name, passwordHash, guestId: me?.isGuest ? me.id : null });
  } catch (e) {
    // A taken address is not an error here (createAccount answers false); anything else is a
    // real failure, which the learner is told about without its details.
    console.error("sign-up failed", e);
    return { ok: false, failed: true };
  }
  // The guest became the account: its cookie is no longer valid (guestFromToken checks), and
  // the browser forgets it too, so signing out later leaves nothing behind.
  if (created && me?.isGuest) await clearGuestCookie();
  return { ok: true };
}
