"use client";
import { useEffect, useRef, useState } from "react";

/**
 * Seconds left of a limit that started at `startedAt` (null: not running), calling `onTimeout`
 * once when it runs out. Counted from the start time, so a slow tab does not stretch the limit.
 */
export function useCountdown(startedAt: number | null, seconds: number, onTimeout: () => void): number {
  const [now, setNow] = useState(0);
  const timeout = useRef(onTimeout);
  useEffect(() => {
    timeout.current = onTimeout;
  });
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t - startedAt >= seconds * 1000) {
        clearInterval(timer);
        timeout.current();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [startedAt, seconds]);
  if (startedAt === null) return seconds;
  return Math.max(0, seconds - Math.floor((Math.max(now, startedAt) - startedAt) / 1000));
}
