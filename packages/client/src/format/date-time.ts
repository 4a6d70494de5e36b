// The store works on Mexico City time, whatever the browser's time zone.
export const STORE_TIME_ZONE = "America/Mexico_City";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: STORE_TIME_ZONE,
      dateStyle: "medium",
      timeStyle: "short",
    });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** Formats a GraphQL `DateTime` (ISO-8601 UTC) as a date and time in Mexico City. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatterFor(locale).format(date);
}
