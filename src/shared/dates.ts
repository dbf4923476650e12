/**
 * The instants the API accepts: years 1 to 9999 (ISO 8601 without expanded years). JavaScript
 * dates reach far beyond, PostgreSQL's timestamptz less far and not through year 0, so bounds
 * are checked at the edge and a client gets BAD_USER_INPUT rather than a database error.
 */
export const EARLIEST_DATE = new Date("0001-01-01T00:00:00.000Z");
export const LATEST_DATE = new Date("9999-12-31T23:59:59.999Z");

export function isDateInRange(date: Date): boolean {
  const time = date.getTime();
  return Number.isFinite(time) && time >= EARLIEST_DATE.getTime() && time <= LATEST_DATE.getTime();
}
