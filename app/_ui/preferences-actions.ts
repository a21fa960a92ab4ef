"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { locales } from "@/app/_domain/locale";

const preferences = z.object({
  locale: z.enum(locales).optional(),
  theme: z.enum(["system", "light", "dark"]).optional(),
});

const YEAR = 60 * 60 * 24 * 365;

/** Stores language and theme in cookies; anything else in the form is ignored. */
export async function savePreferences(form: FormData): Promise<void> {
  const parsed = preferences.safeParse({
    locale: form.get("locale") ?? undefined,
    theme: form.get("theme") ?? undefined,
  });
  if (!parsed.success) return;
  const jar = await cookies();
  const { locale, theme } = parsed.data;
  for (const [name, value] of [["locale", locale], ["theme", theme]] as const) {
    if (value) jar.set(name, value, { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
  }
  revalidatePath("/", "layout");
}
