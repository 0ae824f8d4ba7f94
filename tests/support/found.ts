/** `value`, or an error naming what the demo data (or a response) was expected to have: a `find` that found nothing. */
export function found<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`Expected ${what}, found none.`);
  return value;
}
