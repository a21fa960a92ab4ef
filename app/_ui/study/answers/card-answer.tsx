"use client";
import type { Messages } from "@/app/_i18n/messages";
import type { StudyCard } from "@/app/_domain/study/types";
import { ChoiceAnswer, checkChoiceDraft } from "./choice-answer";
import { ClozeAnswer, checkClozeDraft } from "./cloze-answer";
import { OrderAnswer, checkOrderDraft } from "./order-answer";
import type { Outcome } from "./shared";
import { SpotAnswer, checkSpotDraft, type SpotDraft } from "./spot-answer";
import { TypedAnswer, checkTypedDraft } from "./typed-answer";

/** The checked outcome of what the learner entered for this card (null: nothing entered). */
export function outcomeOf(card: StudyCard, draft: unknown): Outcome {
  if (card.options) return checkChoiceDraft(card.options, draft as number | undefined);
  const c = card.check;
  if (!c) return null;
  if (c.kind === "cloze") return checkClozeDraft(c, draft as string[] | undefined);
  if (c.kind === "order") return checkOrderDraft(c, draft as number[] | undefined);
  if (c.kind === "spot") return checkSpotDraft(c, draft as SpotDraft | undefined);
  return checkTypedDraft(c, draft as string | undefined);
}

type Props = { card: StudyCard; draft: unknown; setDraft: (d: unknown) => void; revealed: boolean; submit: (o?: Outcome) => void; t: Messages["review"] };

/** The answer input that fits the card's kind. */
export function CardAnswer({ card, draft, setDraft, revealed, submit, t }: Props) {
  const common = { setDraft, revealed, submit, t };
  if (card.options) return <ChoiceAnswer check={card.options} draft={draft as number | undefined} {...common} />;
  const c = card.check;
  if (!c) return null;
  if (c.kind === "cloze") return <ClozeAnswer check={c} draft={draft as string[] | undefined} {...common} />;
  if (c.kind === "order") return <OrderAnswer check={c} draft={draft as number[] | undefined} {...common} />;
  if (c.kind === "spot") return <SpotAnswer check={c} draft={draft as SpotDraft | undefined} {...common} />;
  return <TypedAnswer check={c} draft={draft as string | undefined} {...common} />;
}
