import type { Locale, Messages } from "@/app/_i18n/messages";
import type { Theme } from "@/app/_i18n/server";
import { savePreferences } from "@/app/_server/actions/preferences";

const NEXT_THEME: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };
const ICON: Record<Theme, string> = { system: "◐", light: "☀", dark: "☾" };

/**
 * The language switch and the theme switch of the header: one button each, plain forms so they
 * work before JavaScript loads. The theme goes system → light → dark → system.
 */
export function HeaderSwitches({ t, locale, theme }: { t: Messages; locale: Locale; theme: Theme }) {
  const other: Locale = locale === "ko" ? "en" : "ko";
  const button = "rounded-md px-2.5 py-2 text-sm underline-offset-4 hover:underline";
  return (
    <>
      <form action={savePreferences}>
        <input type="hidden" name="locale" value={other} />
        <button type="submit" lang={other} className={button}>
          <span className="sr-only" lang={locale}>
            {t.language.label}:{" "}
          </span>
          {t.language[other]}
        </button>
      </form>
      <form action={savePreferences}>
        <input type="hidden" name="theme" value={NEXT_THEME[theme]} />
        <button
          type="submit"
          className={button}
          aria-label={`${t.theme.label}: ${t.theme[theme]} → ${t.theme[NEXT_THEME[theme]]}`}
          title={`${t.theme.label}: ${t.theme[theme]}`}
        >
          <span aria-hidden>{ICON[theme]}</span>
        </button>
      </form>
    </>
  );
}
