import type { TopicSummary } from "@/app/_server/queries/topics";

export function TopicList({ topics, cardsLabel, emptyText, headingId }: { topics: TopicSummary[]; cardsLabel: string; emptyText: string; headingId: string }) {
  if (topics.length === 0) return <p className="text-muted">{emptyText}</p>;
  return (
    <ul aria-labelledby={headingId} className="grid gap-3 sm:grid-cols-2">
      {topics.map((topic) => (
        <li key={topic.id} className="flex items-center justify-between rounded-lg border border-border bg-card px-4 py-3">
          <span className="font-medium">{topic.title}</span>
          <span className="text-sm text-muted">
            {topic.cards} {cardsLabel}
          </span>
        </li>
      ))}
    </ul>
  );
}
