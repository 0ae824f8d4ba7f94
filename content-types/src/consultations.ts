/**
 * When a consultation's outcome is due, for the public site (the notice on /inbreng/) and the CMS (the
 * start-page list and the reminder to whoever recorded it): once the consultation's date has passed.
 */

interface HasOutcome {
  date: string;
  outcomeSummary?: string | null;
}

/** The date the outcome was due from: the consultation's own date. */
export const outcomeDueOn = (c: HasOutcome): string => c.date;

/** Whether the outcome is overdue on `today` (YYYY-MM-DD): its due date has passed and none was shared. */
export const outcomeOverdue = (c: HasOutcome, today: string): boolean => !c.outcomeSummary && outcomeDueOn(c) < today;
