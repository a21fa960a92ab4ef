"use server";
import { z } from "zod";
import { passwordProblem } from "@/app/_domain/auth/password-policy";
import { getDb } from "../db/client";
import { hashPassword } from "../auth/password";
import { clearGuestCookie } from "../auth/current-user";
import { createAccount } from "../auth/accounts";
import { callerAction, codedForm } from "./client";

// Each message is the code the form words in the learner's language.
const signUpSchema = z.object({
  email: z
    .email({ error: "email" })
    .max(254, { error: "email" })
    .transform((e) => e.toLowerCase()),
  password: z.string({ error: "passwordShort" }),
  name: z.string().trim().max(80, { error: "nameLong" }).optional(),
});
type SignUpInput = z.output<typeof signUpSchema>;

// Every wrong field is named at once, the password policy's verdict included (it weighs the
// password against the address and the name, so it runs beside the schema, not inside it). A
// weak password's code carries zxcvbn's warning: "passwordWeak:straightRow".
const signUpForm = codedForm<SignUpInput>((form) => {
  const raw = { email: form.get("email") ?? "", password: form.get("password") ?? "", name: form.get("name") || undefined };
  const parsed = signUpSchema.safeParse(raw);
  const errors: Partial<Record<keyof SignUpInput, string>> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[issue.path[0] as keyof SignUpInput] ??= issue.message;
  const weak = passwordProblem(typeof raw.password === "string" ? raw.password : "", [
    typeof raw.email === "string" ? raw.email : "",
    typeof raw.name === "string" ? raw.name : "",
  ]);
  if (weak) errors.password ??= weak.code === "passwordWeak" && weak.warning ? `${weak.code}:${weak.warning}` : weak.code;
  return parsed.success && !weak ? { ok: true, value: parsed.data } : { ok: false, errors };
});

/**
 * Creates an account, and answers the same whether or not the address already had one (the
 * form then says what to do in either case), so sign-up cannot be used to find out who is
 * registered. A guest who studied first keeps everything: their guest user becomes the account.
 * A failure other than a taken address (createAccount answers false for that) is thrown, logged
 * by the action client and shown as a notice without its details.
 */
export const signUp = callerAction.inputSchema(signUpForm).action(async ({ parsedInput: { email, password, name }, ctx: { user } }) => {
  // Hashed before looking at the address, so a taken address costs the same time as a new one.
  const passwordHash = await hashPassword(password);
  const created = await createAccount(getDb(), { email, name, passwordHash, guestId: user?.isGuest ? user.id : null });
  // The guest became the account: its cookie is no longer valid (guestFromToken checks), and
  // the browser forgets it too, so signing out later leaves nothing behind.
  if (created && user?.isGuest) await clearGuestCookie();
  return { ok: true as const };
});
