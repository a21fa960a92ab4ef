"use client";

// Client component: no server i18n here, so both languages are shown.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="space-y-4">
      <h1 className="text-2xl font-bold">문제가 생겼습니다 · Something went wrong</h1>
      <button type="button" onClick={reset} className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg">
        다시 시도 · Try again
      </button>
    </div>
  );
}
