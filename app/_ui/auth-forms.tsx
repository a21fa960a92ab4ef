"use client";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import { signUp } from "@/app/_server/actions/sign-up";

const input = "w-full rounded-md border border-border bg-card px-3 py-2 text-fg";

function Field({
  id,
  label,
  type,
  error,
  hint,
  autoComplete,
  defaultValue,
}: {
  id: string;
  label: string;
  type: string;
  error?: string | undefined;
  hint?: string;
  autoComplete: string;
  defaultValue?: string | undefined;
}) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <input
        id={id}
        name={id}
        type={type}
        autoComplete={autoComplete}
        required={id !== "name"}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={input}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-bad">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** A text field's value (a file input would give a File, which has no text to show). */
const textOf = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

type Field = "email" | "password" | "name";
type SignUpView = { errors?: Partial<Record<Field, string | undefined>>; failed?: boolean; sent?: boolean; values?: { email: string; name: string } };

export function SignUpForm({ t }: { t: Messages["auth"] }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(async (_prev: SignUpView, form: FormData): Promise<SignUpView> => {
    const values = { email: textOf(form.get("email")), name: textOf(form.get("name")) };
    const result = await signUp(form);
    const fields = result.validationErrors?.fieldErrors;
    if (fields) return { errors: { email: fields.email?.[0], password: fields.password?.[0], name: fields.name?.[0] }, values };
    // Anything else that went wrong (the database, say) is a notice, not an error page.
    if (!result.data) return { failed: true, values };
    // The same answer comes back for a new address and a taken one; signing in tells them apart
    // only for whoever knows the password.
    const signedIn = await signIn("credentials", { email: values.email, password: form.get("password"), redirect: false });
    if (signedIn?.ok) {
      router.push("/progress");
      router.refresh();
      return {};
    }
    return { sent: true, values };
  }, {});
  // The server's error code may be one this build has no message for: then the code is shown.
  const messages: Partial<Record<string, string>> = t.errors;
  const err = (key?: string) => (key ? (messages[key] ?? key) : undefined);
  // A weak password's code carries zxcvbn's warning after a colon: "passwordWeak:straightRow".
  const [passwordCode, warning] = state.errors?.password?.split(":") ?? [];
  const passwordError = passwordCode
    ? [err(passwordCode), warning ? t.passwordWarnings[warning as keyof typeof t.passwordWarnings] : null].filter(Boolean).join(" ")
    : undefined;
  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <Field id="email" label={t.email} type="email" autoComplete="email" error={err(state.errors?.email)} defaultValue={state.values?.email} />
      <Field id="password" label={t.password} type="password" autoComplete="new-password" hint={t.passwordHint} error={passwordError} />
      <Field id="name" label={t.name} type="text" autoComplete="nickname" error={err(state.errors?.name)} defaultValue={state.values?.name} />
      <div role="status" className="text-sm">
        {state.failed ? <p className="text-bad">{t.errors.failed}</p> : null}
        {state.sent ? (
          <p className="rounded-md border border-border bg-card p-3">
            {t.signUpSent}{" "}
            <Link href="/signin" className="text-accent underline">
              {t.goSignIn}
            </Link>
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg disabled:opacity-60">
        {t.signUp}
      </button>
    </form>
  );
}

export function SignInForm({ t, providers }: { t: Messages["auth"]; providers: string[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // React resets a form after its action; the email comes back as the default, so a mistyped
  // password does not cost retyping the address.
  const [email, setEmail] = useState("");
  async function submit(form: FormData) {
    setEmail(textOf(form.get("email")));
    // Cleared first, so that the same message given again is announced again.
    setError(null);
    setPending(true);
    const result = await signIn("credentials", { email: form.get("email"), password: form.get("password"), redirect: false });
    setPending(false);
    if (result?.ok) {
      router.push("/progress");
      router.refresh();
    } else {
      const wait = /^throttled:(\d+)$/.exec(result?.error ?? "");
      setError(wait ? fill(t.errors.throttled, { minutes: wait[1]! }) : t.errors.invalid);
    }
  }
  return (
    <div className="max-w-sm space-y-6">
      <form action={submit} className="space-y-4">
        <Field id="email" label={t.email} type="email" autoComplete="email" defaultValue={email} />
        <Field id="password" label={t.password} type="password" autoComplete="current-password" />
        <p role="alert" className="min-h-6 text-sm text-bad">
          {error}
        </p>
        <button type="submit" disabled={pending} className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg disabled:opacity-60">
          {t.signIn}
        </button>
      </form>
      {providers.length > 0 ? (
        <div className="space-y-2">
          <p className="text-sm text-muted">{t.orWith}</p>
          {/* signIn leaves the page for the provider: nothing waits for its promise. */}
          {providers.map((p) => (
            <button
              key={p}
              type="button"
              onClick={() => void signIn(p, { callbackUrl: "/progress" })}
              className="mr-2 rounded-md border border-border bg-card px-4 py-2 capitalize"
            >
              {p}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
