import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "./globals.css";
import { getMessages, getTheme } from "./_i18n/server";
import { HeaderSwitches } from "./_ui/header-switches";
import { NavLinks } from "./_ui/nav-links";
import { ConnectionStatus } from "./_ui/offline/connection-status";
import { SignOutButton } from "./_ui/sign-out-button";
import { currentUser, pendingGuestProgress } from "./_server/auth/current-user";
import { GuestMergeOffer } from "./_ui/guest-merge-offer";

export async function generateMetadata(): Promise<Metadata> {
  const { locale, t } = await getMessages();
  return {
    title: { default: t.appName, template: `%s · ${t.appName}` },
    description: t.tagline,
    // The manifest in the page's language, so an app installed from it is named in that language.
    manifest: locale === "en" ? "/manifest.en.webmanifest" : "/manifest.webmanifest",
    appleWebApp: { capable: true, title: t.appName, statusBarStyle: "default" },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [{ locale, t }, theme, user, guestProgress] = await Promise.all([getMessages(), getTheme(), currentUser(), pendingGuestProgress()]);
  const nav = [
    { href: "/study", label: t.nav.study },
    { href: "/drills", label: t.nav.drills },
    { href: "/progress", label: t.nav.progress },
    { href: "/settings", label: t.nav.settings },
  ];
  return (
    <html lang={locale} data-theme={theme === "system" ? undefined : theme}>
      <body className="min-h-screen bg-bg text-fg antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-card focus:px-3 focus:py-2">
          {t.skipToContent}
        </a>
        <header className="border-b border-border bg-card">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-3 py-2 sm:px-6">
            <Link href="/" className="font-semibold tracking-tight">
              {t.appName}
            </Link>
            <div className="flex flex-wrap items-center gap-1">
              <ConnectionStatus owner={user?.id ?? null} t={t.offline} />
              <NavLinks label={t.nav.label} items={nav} />
              <HeaderSwitches t={t} locale={locale} theme={theme} />
              {user && !user.isGuest ? (
                <SignOutButton label={t.auth.signOut} />
              ) : (
                <Link href="/signin" className="rounded-md px-2.5 py-2 text-sm underline-offset-4 hover:underline">
                  {t.auth.signIn}
                </Link>
              )}
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-3 py-6 sm:px-6 sm:py-10">
          {user && !user.isGuest ? <GuestMergeOffer progress={guestProgress} t={t.auth.merge} /> : null}
          {children}
        </main>
      </body>
    </html>
  );
}
