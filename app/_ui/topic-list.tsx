import Link from "next/link";
import { plural, type Plural } from "@/app/_i18n/plural";
import type { TopicSummary } from "@/app/_domain/content/topic-summary";

type Props = { topics: TopicSummary[]; cards: Plural; locale: string; emptyText: string; headingId: string };

/** The topics as tiles; each starts a study session of that topic. */
export function TopicList({ topics, cards, locale, emptyText, headingId }: Props) {
  if (topics.length === 0) return <p className="text-muted">{emptyText}</p>;
  return (
    <ul aria-labelledby={headingId} className="grid gap-3 sm:grid-cols-2">
      {topics.map((topic) => (
        <li key={topic.id}>
          <Link
            href={`/study?topic=${encodeURIComponent(topic.id)}`}
            className="flex items-center justify-between gap-3 rounded-lg border border-border bg-card px-4 py-3 hover:border-accent"
          >
            <span className="font-medium">{topic.title}</span>
            <span className="shrink-0 text-sm text-muted">{plural(cards, topic.cards, locale)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
