import "server-only";
import { z } from "zod";
import { locales, type Locale } from "@/app/_domain/locale";
import { getLocale } from "@/app/_i18n/server";
import { asCurrentOrNewGuest, currentUser, type CurrentUser } from "../auth/current-user";
import { describeIssues } from "../study/review-input";
import { readCappedBody } from "./body";
import { crossSiteRefusal, errorResponse, HttpProblem, MAX_BODY_BYTES, parseJsonBody, problem } from "./json";

/**
 * Who may call a route, and whom it acts for:
 * - "none": nobody is looked up (study content, grading that stores nothing);
 * - "optional": the caller, or null for a visitor (reads that show a visitor nothing of anyone's);
 * - "user": the caller (signed in, or this browser's guest), else 401;
 * - "new-guest": the caller, else a new guest, which is kept (and its cookie set) only when the
 *   handler answers 201 Created: a refused or duplicate request leaves no user behind.
 */
export type Who = "none" | "optional" | "user" | "new-guest";
type UserOf<W extends Who> = W extends "none" ? null : W extends "optional" ? CurrentUser | null : CurrentUser;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

type Options<W extends Who, B, Q, P> = {
  who: W;
  /** A JSON body (application/json, same origin), checked against this schema. */
  body?: B;
  /**
   * A body read as bytes: "json" is held to the same content type and origin rules as `body`,
   * a list names the content types taken (a body without one is taken too).
   */
  raw?: { types: "json" | readonly string[]; tooLarge?: (bytes: number) => Error };
  query?: Q;
  params?: P;
  maxBytes?: number;
  timeoutMs?: number;
};

export type RouteContext<W extends Who, B, Q, P> = {
  req: Request;
  user: UserOf<W>;
  body: Out<B>;
  bytes: Uint8Array;
  query: Out<Q>;
  params: Out<P>;
  /**
   * The language to answer in: `?locale=ko|en` (checked on every route: 400 for anything else),
   * else the body's `locale`, else the visitor's (cookie, then Accept-Language).
   */
  locale: () => Promise<Locale>;
};

// `?locale=` is checked the same way on every route, whether or not it answers in a language.
const localeQuery = z.object({ locale: z.enum(locales, { error: (issue) => `must be "ko" or "en" (got ${JSON.stringify(issue.input)})` }).optional() });
const typeOf = (req: Request) => req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();

/**
 * The one guarded path of every JSON route: query and path checked (400 with where), content
 * type and origin (415, 403), who is calling (401), the body read through the capped reader
 * (413, 408) and checked (400 with where), then the handler, whose errors are mapped in one
 * place (errorResponse: the app's named errors, 409, 503, else a logged 500).
 */
export function route<
  W extends Who,
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(options: Options<W, B, Q, P>, handler: (ctx: RouteContext<W, B, Q, P>) => Promise<Response> | Response) {
  const { who, body: bodySchema, raw, query: querySchema, params: paramsSchema, maxBytes = MAX_BODY_BYTES } = options;
  const timeoutMs = options.timeoutMs ?? (maxBytes <= 128 * 1024 ? 10_000 : 60_000);
  return async (req: Request, segment?: { params: Promise<unknown> }): Promise<Response> => {
    try {
      const url = new URL(req.url);
      const search = Object.fromEntries(url.searchParams);
      const asked = localeQuery.safeParse({ locale: search.locale });
      if (!asked.success) return problem(400, "invalid", describeIssues(asked.error));
      const query = querySchema ? querySchema.safeParse(search) : null;
      if (query && !query.success) return problem(400, "invalid", describeIssues(query.error));
      const params = paramsSchema ? paramsSchema.safeParse(await segment?.params) : null;
      if (params && !params.success) return problem(400, "invalid", describeIssues(params.error));

      if (raw) {
        const type = typeOf(req);
        if (raw.types === "json") {
          const refused = crossSiteRefusal(req);
          if (refused) return refused;
        } else if (type && !raw.types.includes(type)) {
          return problem(415, "unsupported_media_type", `Send the body as one of ${raw.types.join(", ")} (got "${type}").`);
        }
      } else if (bodySchema) {
        const refused = crossSiteRefusal(req);
        if (refused) return refused;
      }
      // Who is calling is known before the body is read: a visitor is not made to wait for
      // (or allowed to send) a large body that would be refused.
      const caller = who === "user" || who === "optional" ? await currentUser() : null;
      if (who === "user" && !caller) return problem(401, "no_session", "Sign in, or study first: there is no progress of yours here yet.");

      let bytes: Uint8Array = new Uint8Array(0);
      let body: unknown;
      if (raw) {
        const read = await readCappedBody(req, maxBytes, timeoutMs);
        if (!read.ok && read.reason === "timeout") return problem(408, "timeout", `The body did not arrive within ${timeoutMs / 1000} seconds.`);
        // Only an announced length is the body's size; a streamed one was cut off at the cap.
        if (!read.ok)
          return raw.tooLarge
            ? errorResponse(raw.tooLarge(req.headers.get("content-length") ? read.bytes : 0))
            : problem(413, "too_large", `The body is larger than ${maxBytes} bytes.`);
        bytes = read.bytes;
      } else if (bodySchema) {
        const parsed = await parseJsonBody(req, bodySchema, maxBytes, timeoutMs);
        if (!parsed.ok) return parsed.response;
        body = parsed.data;
      }

      const bodyLocale = (body as { locale?: Locale } | undefined)?.locale;
      const locale = async () => asked.data.locale ?? bodyLocale ?? (await getLocale());
      const ctx = (user: CurrentUser | null) => ({ req, user, body, bytes, query: query?.data, params: params?.data, locale }) as RouteContext<W, B, Q, P>;
      if (who === "new-guest")
        return await asCurrentOrNewGuest(
          (user) => Promise.resolve(handler(ctx(user))),
          (res) => res.status === 201,
        );
      return await handler(ctx(caller));
    } catch (e) {
      return errorResponse(e);
    }
  };
}

export { HttpProblem };
