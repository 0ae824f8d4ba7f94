/** Profiles not confirmed for this many months are marked "niet recent bevestigd" (never removed). */
export const STALE_AFTER_MONTHS = 12;

/** Is a profile last confirmed on `lastConfirmed` (YYYY-MM-DD) stale on `today`? Unconfirmed counts as stale. */
export function isStale(lastConfirmed: string | null | undefined, today: Date = new Date()): boolean {
  if (!lastConfirmed) return true;
  const [y, m, d] = lastConfirmed.split('-').map(Number);
  const limit = new Date(Date.UTC(y, m - 1 + STALE_AFTER_MONTHS, d));
  return today.getTime() >= limit.getTime();
}
