"use server";
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { locales } from "@/app/_domain/locale";
import { formAction, formInput, publicAction } from "./client";

// Anything else in the form is ignored.
const preferences = formInput(
  z.object({
    locale: z.enum(locales).optional(),
    theme: z.enum(["system", "light", "dark"]).optional(),
  }),
);

const YEAR = 60 * 60 * 24 * 365;

/**
 * Stores language and theme in this browser's cookies: nobody's data, so anyone may call it. A
 * plain form (the header's switches work before JavaScript loads), so a bad value is ignored.
 */
export const savePreferences = formAction(
  publicAction.inputSchema(preferences).action(async ({ parsedInput }) => {
    const jar = await cookies();
    for (const [name, value] of Object.entries(parsedInput)) {
      if (value) jar.set(name, value, { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
    }
    revalidatePath("/", "layout");
  }),
);
