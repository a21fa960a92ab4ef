import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import type { TopicSummary } from "@/app/_domain/content/topic-summary";
import { ProgressImport } from "./progress-import";

const link = "inline-block rounded-md border border-border bg-card px-3 py-2 font-medium underline-offset-2 hover:underline";

/** Export, import and Anki decks on the settings page. */
export function DataSection({ t, hasUser, topics }: { t: Messages["settings"]["data"]; hasUser: boolean; topics: TopicSummary[] }) {
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap gap-2">
        {hasUser ? (
          <>
            <a href="/api/progress/export" download className={link}>{t.exportJson}</a>
            <a href="/api/progress/export?format=csv" download className={link}>{t.exportCsv}</a>
          </>
        ) : (
          <p className="text-sm text-muted">{t.nothingYet}</p>
        )}
      </div>
      <ProgressImport t={t} />
      {topics.length ? (
        <div>
          <h3 id="anki-decks" className="font-semibold">{t.ankiTitle}</h3>
          <p className="mb-3 mt-1 text-sm text-muted">{t.ankiIntro}</p>
          <ul aria-labelledby="anki-decks" className="grid gap-2 sm:grid-cols-2">
            {topics.map((topic) => (
              <li key={topic.id}>
                <a href={`/api/topics/${encodeURIComponent(topic.id)}/apkg`} download className="text-accent underline underline-offset-2">
                  {fill(t.ankiLink, { topic: topic.title })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
