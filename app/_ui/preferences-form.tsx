import type { Messages, Locale } from "@/app/_i18n/messages";
import type { Theme } from "@/app/_i18n/server";
import { savePreferences } from "@/app/_server/actions/preferences";

/** Language and theme pickers; a plain form, so it works before JavaScript loads. */
export function PreferencesForm({ t, locale, theme, compact = false }: { t: Messages; locale: Locale; theme: Theme; compact?: boolean }) {
  const select = "rounded-md border border-border bg-card px-2 py-1.5 text-fg";
  return (
    <form action={savePreferences} className={`flex flex-wrap items-end gap-3 ${compact ? "text-sm" : ""}`}>
      <label className="flex flex-col gap-1">
        <span className={compact ? "sr-only" : "font-medium"}>{t.language.label}</span>
        <select name="locale" defaultValue={locale} className={select} aria-label={compact ? t.language.label : undefined}>
          <option value="ko">{t.language.ko}</option>
          <option value="en">{t.language.en}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className={compact ? "sr-only" : "font-medium"}>{t.theme.label}</span>
        <select name="theme" defaultValue={theme} className={select} aria-label={compact ? t.theme.label : undefined}>
          <option value="system">{t.theme.system}</option>
          <option value="light">{t.theme.light}</option>
          <option value="dark">{t.theme.dark}</option>
        </select>
      </label>
      <button type="submit" className="rounded-md bg-accent px-3 py-1.5 font-medium text-accent-fg">
        {t.settings.save}
      </button>
    </form>
  );
}
