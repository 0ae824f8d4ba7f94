/** A profile not confirmed ("Klopt nog") for this many months is stale: listed in the overview, reminded by e-mail. */
export const STALE_AFTER_MONTHS = 12;
