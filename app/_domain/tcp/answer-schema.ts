import { z } from "zod";
import { idText } from "../input/fields";
import { locales } from "../locale";
import { FLAGS } from "./segment";

const side = z.enum(["client", "server"], { error: 'must be "client" or "server"' });
const stateName = z.string({ error: "must be a state name such as ESTABLISHED" }).min(1).max(40);
const seqNumber = z.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(0).max(2 ** 32 - 1, { error: "must fit in 32 bits (0 to 4294967295)" });

const segmentStep = z
  .object({
    from: side,
    flags: z.array(z.enum(FLAGS, { error: `must be one of ${FLAGS.join(", ")}` })).max(6),
    seq: seqNumber,
    ack: seqNumber.optional(),
    len: z.number().int().min(0).max(65535).optional(),
    lost: z.boolean().optional(),
    client: stateName,
    server: stateName,
  })
  .strict();
const timeoutStep = z.object({ timeout: side, client: stateName, server: stateName }).strict();

// A union would report only "no variant matched"; choosing the variant by its key keeps the
// message about the field that is actually wrong.
const step = z.unknown().transform((value, ctx): z.infer<typeof segmentStep> | z.infer<typeof timeoutStep> => {
  const variant = value && typeof value === "object" && "timeout" in value ? timeoutStep : segmentStep;
  const parsed = variant.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  return z.NEVER;
});

/** The learner's answer as POST /api/simulator/grade takes it; parsed once at the edge. */
export const answerSchema = z
  .object({
    scenario: idText("scenario", 80),
    steps: z.array(step).max(50, { error: "at most 50 steps" }),
    locale: z.enum(locales).optional(),
  })
  .strict();
export type Answer = z.infer<typeof answerSchema>;
