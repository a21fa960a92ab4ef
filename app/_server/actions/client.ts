import "server-only";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { currentUser, sessionUserId } from "../auth/current-user";
import { isDatabaseUnavailable } from "../db/errors";

// Every server action is built from one of the clients below (the isolation test's inventory
// checks that, and which one): the input is validated before the action runs (the form gets
// `validationErrors`, field by field), the caller is resolved by a middleware, and a failure
// reaches the form as a `serverError` code it words in the learner's language, never as an
// exception for an error boundary.

/** A refusal an action means to give; its code reaches the form as `serverError`. */
export class ActionRefusal extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = "ActionRefusal";
  }
}

/** Anyone may call it: settings kept in this browser's cookies, sign-up. */
export const publicAction = createSafeActionClient({
  defaultValidationErrorsShape: "flattened",
  handleServerError(e) {
    if (e instanceof ActionRefusal) return e.code;
    if (isDatabaseUnavailable(e)) return "unavailable";
    console.error("server action failed", e);
    return "failed";
  },
});

/** The caller (signed in, or this browser's guest), or null: for actions that may create a guest. */
export const callerAction = publicAction.use(async ({ next }) => next({ ctx: { user: await currentUser() } }));

/** The caller, signed in or a guest; anyone else is refused with "no_session". */
export const userAction = publicAction.use(async ({ next }) => {
  const user = await currentUser();
  if (!user) throw new ActionRefusal("no_session");
  return next({ ctx: { user } });
});

/** A signed-in account (not a guest); anyone else is refused with "sign_in". */
export const accountAction = publicAction.use(async ({ next }) => {
  const accountId = await sessionUserId();
  if (!accountId) throw new ActionRefusal("sign_in");
  return next({ ctx: { accountId } });
});

/** A form's fields as an object (the last value of each name) for a zod schema; other input as it is. */
export const formInput = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (v instanceof FormData ? Object.fromEntries(v) : v), schema);

/**
 * A form's input as a schema from a parser that gives each wrong field a code the form words in
 * the learner's language ("min:0.7", "passwordWeak"): for forms whose rules are schemas shared
 * with other edges, whose messages are not such codes. The codes become the fields' issues.
 */
export function codedForm<T>(parse: (form: FormData) => { ok: true; value: T } | { ok: false; errors: Partial<Record<keyof T & string, string>> }) {
  return z.instanceof(FormData, { error: "form" }).transform((form, ctx): T => {
    const parsed = parse(form);
    if (parsed.ok) return parsed.value;
    for (const [field, code] of Object.entries(parsed.errors)) ctx.addIssue({ code: "custom", message: String(code), path: [field] });
    return z.NEVER;
  });
}

/**
 * A plain form's action (one that works before JavaScript loads, so nothing reads its result):
 * the same action, answering nothing.
 */
export const formAction =
  <R>(action: (form: FormData) => Promise<R>) =>
  async (form: FormData): Promise<void> => {
    await action(form);
  };
