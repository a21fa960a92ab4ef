import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { locales, type Locale } from "@/app/_domain/locale";

const FALLBACK: Locale = "en";

/**
 * The app's language for a browser's Accept-Language header, negotiated the way Next's i18n guide
 * does it: negotiator ranks the header's languages by q (dropping q=0), and intl-localematcher
 * picks the best of ours. A tag the Intl API refuses ("*", "en_US") is skipped rather than
 * failing the page.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return FALLBACK;
  const requested = new Negotiator({ headers: { "accept-language": header } }).languages().filter(isValidTag);
  if (requested.length === 0) return FALLBACK;
  return match(requested, locales, FALLBACK) as Locale;
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
