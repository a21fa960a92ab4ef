"use client";
import { useEffect, useState } from "react";
import { resumeSession, studyDay, type MemoryState, type SchedulerSettings, type SnapshotCard } from "@/app/_domain/scheduling";
import type { Messages } from "@/app/_i18n/messages";
import { loadOfflinePack } from "./offline-pack";
import { ratingsOf } from "./outbox";
import { StudySession } from "./study-session";
import type { SerializedState, StudyCard } from "./types";

// A page rendered longer ago than this may miss cards that have fallen due since.
const STALE_MS = 5 * 60_000;

type Props = {
  cards: StudyCard[];
  settings: SchedulerSettings;
  cram: boolean;
  t: Messages["review"];
  nothingDue: string;
  owner: string | null;
  /** When the server rendered this page: an older copy came from the offline cache. */
  renderedAt: string;
  topic?: string;
  limits: { newPerDay: number; reviewsPerDay: number };
  timeZone: string;
  rolloverHour: number;
};

const toState = (s: SerializedState | null): MemoryState | null =>
  s && { ...s, state: s.state as MemoryState["state"], due: new Date(s.due), lastReview: s.lastReview ? new Date(s.lastReview) : null };
const fromState = (m: MemoryState | null): SerializedState | null => m && { ...m, due: m.due.toISOString(), lastReview: m.lastReview ? m.lastReview.toISOString() : null };

/**
 * The study session, resumed on the device when the server's list is not current: ratings
 * made here are not on the server yet (offline), or the page is an older copy from the
 * offline cache. Then the session is rebuilt from the newest cards the device has (the page's
 * and the offline pack's, which holds tomorrow's too) and the ratings kept here, by the same
 * queue rules as the server's (resumeSession). Otherwise the server's session stands as it is.
 */
export function ResumableSession(props: Props) {
  const { cards, cram, owner, renderedAt } = props;
  const [resumed, setResumed] = useState<StudyCard[] | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      // Fetching the pack online also refreshes the worker's copy for the next offline visit.
      const [pack, ratings] = await Promise.all([loadOfflinePack(), cram ? [] : ratingsOf(owner).catch(() => [])]);
      if (!live || cram) return;
      const now = new Date();
      const rendered = Date.parse(renderedAt);
      const usePack = pack !== null && Date.parse(pack.generatedAt) >= rendered - 60_000;
      const clock = usePack ? pack : props;
      const all = new Map<string, StudyCard & { topicId?: string }>(cards.map((c) => [c.id, { ...c, topicId: props.topic }]));
      if (usePack) for (const c of pack.cards) all.set(c.id, c);
      const snapshotCards: SnapshotCard[] = [...all.values()].map((c) => ({ cardId: c.id, topicId: c.topicId, state: toState(c.state) }));
      const r = resumeSession({
        snapshot: {
          cards: snapshotCards,
          // Without the pack only the page's own list is known, already cut to the day's limits.
          day: usePack ? pack.day : studyDay(new Date(rendered), props.timeZone, props.rolloverHour),
          doneToday: usePack ? pack.doneToday : { newCount: 0, reviewCount: 0 },
          first: usePack ? pack.first : [],
        },
        ratings: ratings.map((x) => ({ cardId: x.cardId, rating: x.rating, reviewedAt: new Date(x.reviewedAt), cram: x.cram })),
        now,
        settings: props.settings,
        limits: usePack ? pack.limits : props.limits,
        timeZone: clock.timeZone,
        rolloverHour: clock.rolloverHour,
        topic: props.topic,
      });
      if (r.applied === 0 && now.getTime() - rendered < STALE_MS) return;
      setResumed(r.order.map((id) => ({ ...all.get(id)!, state: fromState(r.states.get(id) ?? null) })));
    })();
    return () => {
      live = false;
    };
    // Once per page: the session takes over from here.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const list = resumed ?? cards;
  if (list.length === 0) return <p className="rounded-lg border border-border bg-card p-5">{props.nothingDue}</p>;
  return <StudySession key={resumed ? "resumed" : "server"} cards={list} settings={props.settings} cram={cram} t={props.t} owner={owner} />;
}
