import type { OfflinePack } from "@/app/_domain/study/types";

/** The latest pack: from the network, or the worker's copy offline; null when neither has one. */
export async function loadOfflinePack(): Promise<OfflinePack | null> {
  try {
    const res = await fetch("/api/study/offline", { credentials: "same-origin" });
    return res.ok ? ((await res.json()) as OfflinePack) : null;
  } catch {
    return null;
  }
}
