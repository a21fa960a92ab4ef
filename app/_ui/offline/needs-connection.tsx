"use client";
import { useOnline } from "./use-online";

/** Says, while the browser is offline, that this drill needs the server. */
export function NeedsConnection({ text }: { text: string }) {
  const online = useOnline();
  return <div aria-live="polite">{online ? null : <p className="rounded-md border border-warn bg-card px-3 py-2 text-sm">{text}</p>}</div>;
}
