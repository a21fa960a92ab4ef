/**
 * Whether a database error is a unique-constraint violation (Prisma's P2002): the one failure
 * callers expect and answer (a duplicate id, a taken address). Anything else is a real failure
 * and is thrown on.
 */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}
