import "server-only";
import Database from "better-sqlite3";

// The three per-user reads of the progress page on SQLite, as prepared statements: the same
// rows as the Prisma queries in progress.ts (the integration tests run both, one per
// provider), at about half the cost, which the page's 100 ms budget needs (bench/progress.bench.ts).
// Dates are stored in the format Prisma's SQLite adapter writes, so they compare as strings.
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

export type DailyRow = { day: string; reviews: number; drills: number; correct: number; newCards: number };
export type StateRow = { cardId: string; state: number; scheduledDays: number; due: Date };
export type RatingRow = { cardId: string; reviewedAt: Date; rating: number; state: number };

class SqliteProgressReads {
  private readonly q;

  constructor(file: string) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma("busy_timeout = 10000");
    this.q = {
      daily: db.prepare<[string], DailyRow>(`SELECT day, reviews, drills, correct, newCards FROM DailyStat WHERE userId = ?`),
      states: db.prepare<[string], Omit<StateRow, "due"> & { due: string }>(`SELECT cardId, state, scheduledDays, due FROM CardState WHERE userId = ?`),
      ratings: db.prepare<[string, string], Omit<RatingRow, "reviewedAt"> & { reviewedAt: string }>(
        `SELECT cardId, reviewedAt, rating, state FROM ReviewLog WHERE userId = ? AND reviewedAt >= ? AND state <> 0 AND cram = 0 AND undoneAt IS NULL`,
      ),
    };
  }

  daily(userId: string): DailyRow[] {
    return this.q.daily.all(userId);
  }

  states(userId: string): StateRow[] {
    return this.q.states.all(userId).map((r) => ({ ...r, due: new Date(r.due) }));
  }

  ratings(userId: string, since: Date): RatingRow[] {
    return this.q.ratings.all(userId, iso(since)).map((r) => ({ ...r, reviewedAt: new Date(r.reviewedAt) }));
  }
}

const readers = new Map<string, SqliteProgressReads>();

export function sqliteProgressReads(file: string): SqliteProgressReads {
  let reader = readers.get(file);
  if (!reader) readers.set(file, (reader = new SqliteProgressReads(file)));
  return reader;
}
