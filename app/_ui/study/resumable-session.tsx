"use client";
import { useEffect, useState } from "react";
import { deserializeState, resumeSession, serializeState, studyDay, type MemoryState, type SchedulerSettings } from "@/app/_domain/scheduling";
import type { Messages } from "@/app/_i18n/messages";
import { loadOfflinePack } from "./offline-pack";
import { ratingsOf, type StoredRating } from "./outbox";
import type { NextSteps } from "./session-end";
import { StudySession } from "./study-session";
import type { OfflinePack, StudyCard } from "@/app/_domain/study/types";

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
  topic?: string | undefined;
  limits: { newPerDay: number; reviewsPerDay: number };
  timeZone: string;
  rolloverHour: number;
  next?: NextSteps | undefined;
};

const withState = (m: MemoryState | null | undefined) => (m ? serializeState(m) : null);

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
  // Busy until the device has checked for ratings the page does not know of (a few ms; the
  // session may be replaced once), so assistive technology and tests know when it settled.
  const [checked, setChecked] = useState(false);

  useEffect(() => {
    // A property, not a local: the cleanup below changes it while the reads are awaited.
    const run = { live: true };
    const rendered = Date.parse(renderedAt);

    function resume(pack: OfflinePack | null, ratings: StoredRating[], now: Date) {
      const all = new Map<string, StudyCard & { topicId?: string | undefined }>(cards.map((c) => [c.id, { ...c, topicId: props.topic }]));
      if (pack) for (const c of pack.cards) all.set(c.id, c);
      const r = resumeSession({
        snapshot: {
          cards: [...all.values()].map((c) => ({ cardId: c.id, topicId: c.topicId, state: c.state && deserializeState(c.state) })),
          // Without the pack only the page's own list is known, already cut to the day's limits.
          day: pack ? pack.day : studyDay(new Date(rendered), props.timeZone, props.rolloverHour),
          doneToday: pack ? pack.doneToday : { newCount: 0, reviewCount: 0 },
          first: pack ? pack.first : [],
        },
        ratings: ratings.map((x) => ({ cardId: x.cardId, rating: x.rating, reviewedAt: new Date(x.reviewedAt), cram: x.cram })),
        now,
        settings: props.settings,
        limits: pack ? pack.limits : props.limits,
        timeZone: pack ? pack.timeZone : props.timeZone,
        rolloverHour: pack ? pack.rolloverHour : props.rolloverHour,
        topic: props.topic,
      });
      return { applied: r.applied, list: r.order.map((id) => ({ ...all.get(id)!, state: withState(r.states.get(id)) })) };
    }

    void (async () => {
      try {
        const ratings = cram ? [] : await ratingsOf(owner).catch(() => []);
        const now = new Date();
        const stale = now.getTime() - rendered >= STALE_MS;
        if (cram || (!stale && resume(null, ratings, now).applied === 0)) {
          // The server's session stands; fetching the pack refreshes the worker's copy for the
          // next visit without a network.
          void loadOfflinePack();
          return;
        }
        const pack = await loadOfflinePack();
        // A pack older than the page (the network failed just now) knows less than the page.
        const usable = pack && Date.parse(pack.generatedAt) >= rendered - 60_000 ? pack : null;
        if (run.live) setResumed(resume(usable, ratings, new Date()).list);
      } catch {
        // Nothing on the device to resume from: the server's session stands.
      } finally {
        if (run.live) setChecked(true);
      }
    })();
    return () => {
      run.live = false;
    };
    // Once per page: the session takes over from here.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const list = resumed ?? cards;
  return (
    <div aria-busy={!checked}>
      {list.length === 0 ? (
        <p className="rounded-lg border border-border bg-card p-5">{props.nothingDue}</p>
      ) : (
        <StudySession key={resumed ? "resumed" : "server"} cards={list} settings={props.settings} cram={cram} t={props.t} owner={owner} next={props.next} />
      )}
    </div>
  );
}
