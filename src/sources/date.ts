/**
 * A publication date as an ISO 8601 string, so lists sort and print alike whatever the source wrote
 * ("Tue, 02 Jan 2024 10:00:00 GMT", "2024-01-02T10:00:00+03:00"). A bare calendar date stays as it is
 * (making it midnight UTC would invent a time); text no parser understands is kept verbatim.
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

/** Milliseconds since the epoch for sorting; undated and unparseable dates sort last. */
export function dateSortKey(date: string | null): number {
  const time = date ? Date.parse(date) : NaN;
  return Number.isNaN(time) ? -Infinity : time;
}
