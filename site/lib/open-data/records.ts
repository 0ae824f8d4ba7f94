/** A flat open-data record: HSDS and GeoJSON values are strings, numbers or booleans. */
export type Row = Record<string, string | number | boolean>;

/** Drops empty values: HSDS fields are typed, so an absent value is left out rather than written as null. */
export function compact(record: Record<string, unknown>): Row {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined && v !== '')) as Row;
}
