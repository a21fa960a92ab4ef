import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import type { TopicSummary } from "@/app/_domain/content/topic-summary";
import { ProgressImport } from "./progress-import";

const link = "inline-block rounded-md border border-border bg-card px-3 py-2 font-medium underline-offset-2 hover:underline";

/** Export, import and Anki decks on the settings page. */
export function DataSection({ t, hasUser, topics }: { t: Messages["settings"]["data"]; hasUser: boolean; topics: TopicSummary[] }) {
  return (
    <div className="space-y-6">
      {hasUser ? (
        <div className="space-y-2">
          <div className="flex flex-wrap gap-2">
            <a href="/api/progress/export" download className={link}>
              {t.exportJson}
            </a>
            <a href="/api/progress/export?format=csv" download className={link} aria-describedby="csv-note">
              {t.exportCsv}
            </a>
          </div>
          <p id="csv-note" className="text-sm text-muted">
            {t.csvNote}
          </p>
        </div>
      ) : (
        <p className="text-sm text-muted">{t.nothingYet}</p>
      )}
      <ProgressImport t={t} />
      {topics.length ? (
        <div className="space-y-3">
          <h3 id="anki-decks" className="font-semibold">
            {t.ankiTitle}
          </h3>
          <p className="text-sm text-muted">{t.ankiIntro}</p>
          {hasUser ? <AnkiExport t={t} /> : null}
          <p className="text-sm text-muted">{t.ankiTopicsIntro}</p>
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

/** The learner's whole deck with schedule and history: a plain GET form, so it works without script. */
function AnkiExport({ t }: { t: Messages["settings"]["data"] }) {
  return (
    <form method="get" action="/api/progress/export" className="space-y-2 rounded-md border border-border p-3">
      <input type="hidden" name="format" value="apkg" />
      <p className="text-sm">{t.ankiMineIntro}</p>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="mb-1 text-sm font-medium">{t.ankiLayout}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="decks" value="topics" defaultChecked /> {t.ankiSubdecks}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="decks" value="one" /> {t.ankiOneDeck}
        </label>
      </fieldset>
      <button type="submit" className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg">
        {t.ankiMine}
      </button>
    </form>
  );
}
