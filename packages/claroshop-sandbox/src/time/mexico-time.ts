/** Wall-clock formatting in America/Mexico_City, the only zone the marketplace speaks. */
export type Clock = () => Date;

const ZONE = "America/Mexico_City";
const formatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
}

function wallClock(ms: number): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(ms))) parts[part.type] = part.value;
  return {
    year: parts.year ?? "0000",
    month: parts.month ?? "00",
    day: parts.day ?? "00",
    hour: parts.hour ?? "00",
    minute: parts.minute ?? "00",
    second: parts.second ?? "00",
  };
}

/** Formatting through Intl is slow; lists of 10,000 orders format the same seconds over and over. */
const memo = new Map<number, string>();
const MEMO_LIMIT = 100_000;

/** `YYYY-MM-DDTHH:mm:ss`, the signed-URL timestamp. */
export function mexicoTimestamp(ms: number): string {
  const second = Math.floor(ms / 1000);
  const known = memo.get(second);
  if (known !== undefined) return known;
  const w = wallClock(second * 1000);
  const text = `${w.year}-${w.month}-${w.day}T${w.hour}:${w.minute}:${w.second}`;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(second, text);
  return text;
}

/** `YYYY-MM-DD HH:mm:ss`, the detail's date format. */
export function mexicoDateTime(ms: number): string {
  return mexicoTimestamp(ms).replace("T", " ");
}

/** `YYYY-MM-DD`, the lists' date format. */
export function mexicoDate(ms: number): string {
  return mexicoTimestamp(ms).slice(0, 10);
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/**
 * Reads a wall-clock timestamp as if it were UTC. Comparing two such values (the request's and
 * the sandbox clock's, both in Mexico City time) gives their difference without needing the
 * zone's offset. Returns null when the text is not a real date in the expected format.
 */
export function wallClockAsUtcMs(text: string): number | null {
  const m = TIMESTAMP.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number, number, number, number, number, number,
  ];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  const valid =
    back.getUTCFullYear() === year &&
    back.getUTCMonth() === month - 1 &&
    back.getUTCDate() === day &&
    hour < 24 && minute < 60 && second < 60;
  return valid ? ms : null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isListDate(text: string): boolean {
  return DATE.test(text) && wallClockAsUtcMs(`${text}T00:00:00`) !== null;
}
