import { z } from "zod";
import { CHECKED_MISCONCEPTIONS } from "../interview/claims/checks";
import { CONCEPTS } from "../interview/claims/concepts";
import { parseClaimTemplate } from "../interview/claims/template";
import { SCENARIOS } from "../tcp/scenarios";

export { locales, type Locale } from "../locale";

export const cardKinds = ["basic", "cloze", "mcq", "ordering", "why", "mistake", "interview", "scenario"] as const;
export type CardKind = (typeof cardKinds)[number];

// A scenario card names one of the simulator's scenarios, the one list of them.
const scenarioIds = SCENARIOS.map((sc) => sc.id);

const bilingual = z.object({ ko: z.string().min(1), en: z.string().min(1) }).strict();
/** Card, topic and misconception ids: lowercase letters and digits in words joined by single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = z.string().regex(KEBAB_ID, { error: "ids are kebab-case: lowercase letters, digits and single hyphens" });

/** Ways of saying something in each language, in the term language of interview/claims/concepts.ts. */
const terms = z.object({ ko: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) }).strict();
const claimTemplate = z.string().superRefine((t, ctx) => {
  const parsed = parseClaimTemplate(t);
  if ("error" in parsed) ctx.addIssue({ code: "custom", message: parsed.error });
});
const conceptId = z.string().refine((c) => c in CONCEPTS, {
  error: (i) => `"${String(i.input)}" is not a built-in concept (${Object.keys(CONCEPTS).join(", ")}); give its words under terms instead`,
});

export const rubricPointSchema = z
  .object({
    id,
    label: bilingual,
    /** Claims that earn the point, e.g. "client sends SYN", "first-closer waits 2MSL in TIME-WAIT". */
    claims: z.array(claimTemplate).min(1).optional(),
    /** Built-in concepts that earn it, e.g. old-duplicate reasons, half-close. */
    concepts: z.array(conceptId).min(1).optional(),
    /** This rubric's own ways of saying it. */
    terms: terms.optional(),
    /** A point every passing answer states (a handshake's segments); the others support it. */
    core: z.boolean().optional(),
  })
  .strict()
  .refine((p) => p.claims || p.concepts || p.terms, { error: "a point needs claims, concepts or terms" });
export type RubricPoint = z.infer<typeof rubricPointSchema>;

export const rubricSchema = z
  .object({
    points: z.array(rubricPointSchema).min(1),
    /**
     * Points whose order matters, in that order (a handshake's segments): true for all of
     * them, or a list of point ids when facts such as "ISNs are exchanged" may come anywhere.
     */
    ordered: z.union([z.boolean(), z.array(id).min(2)]).default(false),
    /**
     * How many of the points not marked `core` an answer needs, with every core point, to pass
     * (score 0.7); more of them raise the score to 1. Without it (and without core points) every
     * point is needed, as before.
     */
    supporting: z.number().int().min(0).optional(),
    /**
     * Misconceptions this prompt tests, with the id its mistake is reported under. The grader
     * checks every answer for every misconception it knows (a false claim is caught because the
     * model says it is false); one it does not know needs its words (`terms`) and a `why`.
     */
    wrong: z.array(z.object({ id, misconception: id, terms: terms.optional(), why: bilingual.optional() }).strict()).default([]),
    seconds: z
      .object({ short: z.number().int().min(10).max(600), detailed: z.number().int().min(10).max(1800) })
      .strict()
      .default({ short: 30, detailed: 120 }),
    /** The topic whose readiness this prompt measures in a mock interview. */
    concept: id.optional(),
    /** The interview prompt a mock interviewer asks next when this answer is weak. */
    followUp: id.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    r.wrong.forEach((w, i) => {
      if (!CHECKED_MISCONCEPTIONS.includes(w.misconception) && !(w.terms && w.why))
        ctx.addIssue({
          code: "custom",
          path: ["wrong", i],
          message: `the grader has no check for "${w.misconception}" (it checks ${CHECKED_MISCONCEPTIONS.join(", ")}); give its terms and a why`,
        });
      if (w.terms && !w.why)
        ctx.addIssue({ code: "custom", path: ["wrong", i, "why"], message: "a misconception given in terms needs a why in both languages" });
    });
    const others = r.points.filter((p) => !p.core).length;
    if (r.supporting !== undefined && r.supporting > others)
      ctx.addIssue({ code: "custom", path: ["supporting"], message: `asks for ${r.supporting} supporting points, but only ${others} points are not core` });
    if (!Array.isArray(r.ordered)) return;
    const ids = r.points.map((p) => p.id);
    r.ordered.forEach((o, i) => {
      if (!ids.includes(o)) ctx.addIssue({ code: "custom", path: ["ordered", i], message: `names "${o}", which is not one of the points (${ids.join(", ")})` });
    });
  });
export type Rubric = z.infer<typeof rubricSchema>;

/** Spot-the-mistake cards: the wrong words of the quoted statement, and corrections to accept. */
export const spotLocaleSchema = z.object({ wrong: z.array(z.string().min(1)).min(1), fix: z.array(z.string().min(1)).min(1) }).strict();
export const spotSchema = z.object({ ko: spotLocaleSchema, en: spotLocaleSchema }).strict();
export type Spot = z.infer<typeof spotLocaleSchema>;

export const metaSchema = z
  .object({
    misconceptions: z.array(id).default([]),
    remedial: z.array(id).default([]),
    scenario: z.enum(scenarioIds, { error: `scenario must be one of ${scenarioIds.join(", ")}` }).optional(),
    /**
     * Scenario cards: the topic whose readiness reciting the scenario measures in a mock
     * interview. A scenario card without one is left to the simulator.
     */
    concept: id.optional(),
    correction: id.optional(),
    spot: spotSchema.optional(),
    rubric: rubricSchema.optional(),
  })
  .strict();
export type CardMeta = z.infer<typeof metaSchema>;

export const frontMatterSchema = z
  .object({
    id,
    order: z.number().int().min(0),
    title: bilingual,
  })
  .strict();
export type TopicMeta = z.infer<typeof frontMatterSchema>;

export type LocaleBody = {
  prompt: string;
  answer: string;
  /** Interview prompts: the detailed model answer (the short one is `answer`). */
  detailed?: string;
  options?: { text: string; correct: boolean }[];
  items?: string[];
};

export type Card = {
  id: string;
  kind: CardKind;
  topic: string;
  position: number;
  file: string;
  line: number;
  meta: CardMeta;
  ko: LocaleBody;
  en: LocaleBody;
};

export type Topic = TopicMeta & { file: string };

export type Correction = {
  id: string;
  seed: string;
  quote: string;
  file: string;
  line: number;
  ko: { wrong: string; right: string };
  en: { wrong: string; right: string };
};

export type Misconception = { id: string; label: { ko: string; en: string } };

export { id as idSchema, bilingual as bilingualSchema };
