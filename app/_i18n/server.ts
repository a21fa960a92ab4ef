import { cookies, headers } from "next/headers";
import { isLocale, messages, type Locale } from "./messages";
import { localeFromAcceptLanguage } from "./negotiate";

export async function getLocale(): Promise<Locale> {
  const chosen = (await cookies()).get("locale")?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export async function getMessages() {
  const locale = await getLocale();
  return { locale, t: messages[locale] };
}

export type Theme = "system" | "light" | "dark";

export async function getTheme(): Promise<Theme> {
  const value = (await cookies()).get("theme")?.value;
  return value === "light" || value === "dark" ? value : "system";
}
