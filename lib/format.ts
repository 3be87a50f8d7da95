// Dates and numbers as the team reads them: one locale and time zone (team settings),
// one style per kind of value, used by every page so a screen never mixes formats.
export type TFormat = { locale: string; timeZone: string };

/** "30 Nov 2026, 14:03": a moment, in the team's time zone. */
export function formatWhen(iso: string, f: TFormat): string {
  return new Intl.DateTimeFormat(f.locale, { dateStyle: "medium", timeStyle: "short", timeZone: f.timeZone }).format(new Date(iso));
}

/** "30 Nov 2026": a calendar day. Publication dates are days, stored at UTC midnight,
 * so they are read in UTC: a team west of Greenwich must not see the day before. */
export function formatDay(iso: string, f: TFormat): string {
  return new Intl.DateTimeFormat(f.locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
}

/** "Nov 2026" for the dashboard's "2026-11" buckets. */
export function formatMonth(month: string, f: TFormat): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Intl.DateTimeFormat(f.locale, { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}

export function formatNumber(n: number, f: TFormat): string {
  return new Intl.NumberFormat(f.locale).format(n);
}
