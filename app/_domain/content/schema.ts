import { z } from "zod";

export const locales = ["ko", "en"] as const;
export type Locale = (typeof locales)[number];

export const cardKinds = ["basic", "cloze", "mcq", "ordering", "why", "mistake", "interview", "scenario"] as const;
export type CardKind = (typeof cardKinds)[number];

export const scenarioIds = [
  "three-way-handshake",
  "four-way-close",
  "server-close",
  "half-close",
  "lost-final-ack",
  "simultaneous-open",
  "simultaneous-close",
  "syn-to-closed-port",
  "lost-syn",
  "lost-third-ack",
  "abortive-close",
  "time-wait-reopen",
] as const;

const bilingual = z.object({ ko: z.string().min(1), en: z.string().min(1) }).strict();
/** Card, topic and misconception ids: lowercase letters and digits in words joined by single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = z.string().regex(KEBAB_ID, { error: "ids are kebab-case: lowercase letters, digits and single hyphens" });

const pattern = z.string().refine(
  (p) => {
    try {
      new RegExp(p, "iu");
      return true;
    } catch {
      return false;
    }
  },
  { error: "is not a valid regular expression" },
);
const patterns = z.object({ ko: z.array(pattern).min(1), en: z.array(pattern).min(1) }).strict();

export const rubricSchema = z
  .object({
    points: z.array(z.object({ id, label: bilingual, match: patterns }).strict()).min(1),
    /**
     * Points whose order matters, in that order (a handshake's segments): true for all of
     * them, or a list of point ids when facts such as "ISNs are exchanged" may come anywhere.
     */
    ordered: z.union([z.boolean(), z.array(id).min(2)]).default(false),
    wrong: z.array(z.object({ id, misconception: id, match: patterns, why: bilingual }).strict()).default([]),
    seconds: z.object({ short: z.number().int().min(10).max(600), detailed: z.number().int().min(10).max(1800) }).strict().default({ short: 30, detailed: 120 }),
    /** The topic whose readiness this prompt measures in a mock interview. */
    concept: id.optional(),
    /** The interview prompt a mock interviewer asks next when this answer is weak. */
    followUp: id.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (!Array.isArray(r.ordered)) return;
    const ids = r.points.map((p) => p.id);
    r.ordered.forEach((o, i) => {
      if (!ids.includes(o)) ctx.addIssue({ code: "custom", path: ["ordered", i], message: `names "${o}", which is not one of the points (${ids.join(", ")})` });
    });
  });
export type Rubric = z.infer<typeof rubricSchema>;

export const metaSchema = z
  .object({
    misconceptions: z.array(id).default([]),
    remedial: z.array(id).default([]),
    scenario: z.enum(scenarioIds).optional(),
    correction: id.optional(),
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

export type Correction = { id: string; seed: string; quote: string; file: string; line: number; ko: { wrong: string; right: string }; en: { wrong: string; right: string } };

export type Misconception = { id: string; label: { ko: string; en: string } };

export { id as idSchema, bilingual as bilingualSchema };
