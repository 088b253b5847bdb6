// The EDTF check behind every date string in the provenance and claim schemas
// and constructors. It accepts the level 0 and level 1 forms that reporting
// needs: dates to year, month or day precision, seasons (21–24), unspecified
// digits (201X, 2025-XX), the qualifiers ? ~ %, date-times, and intervals
// with known, open (..) or unknown (empty) ends. Not exported from the package.

/** The outcome of {@link checkEdtf}: ok, or the reason the text is not EDTF. */
export type EdtfCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const DATE = /^(\d{4}|\d{3}X|\d{2}XX)(?:-(\d{2}|XX)(?:-(\d{2}|XX))?)?([?~%])?$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?$/;

/** Earliest and latest calendar day a date allows, as sortable `YYYY-MM-DD` strings. */
interface Span {
  readonly first: string;
  readonly last: string;
}

const SEASON_MONTHS: Readonly<Record<string, readonly [number, number, number]>> = {
  "21": [3, 5, 0],
  "22": [6, 8, 0],
  "23": [9, 11, 0],
  "24": [12, 2, 1],
};

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function day(year: number, month: number, d: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}

function fail(reason: string): { readonly ok: false; readonly reason: string } {
  return { ok: false, reason };
}

function checkDate(text: string): Span | { readonly ok: false; readonly reason: string } {
  const dt = DATE_TIME.exec(text);
  if (dt) {
    const [, y, m, d] = dt as unknown as [string, string, string, string];
    return checkDate(`${y}-${m}-${d}`);
  }
  const match = DATE.exec(text);
  if (!match) return fail(`${JSON.stringify(text)} is not an EDTF date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-SS)`);
  const [, yearText = "", monthText, dayText] = match;
  const low = Number(yearText.replaceAll("X", "0"));
  const high = Number(yearText.replaceAll("X", "9"));
  if (monthText === undefined) return { first: day(low, 1, 1), last: day(high, 12, 31) };
  if (monthText === "XX") {
    if (dayText !== undefined && dayText !== "XX") return fail(`${JSON.stringify(text)} has a known day in an unspecified month`);
    return { first: day(low, 1, 1), last: day(high, 12, 31) };
  }
  const month = Number(monthText);
  const season = SEASON_MONTHS[monthText];
  if (season) {
    if (dayText !== undefined) return fail(`${JSON.stringify(text)} has a day after a season`);
    const [from, to, carry] = season;
    return { first: day(low, from, 1), last: day(high + carry, to, daysIn(high + carry, to)) };
  }
  if (month < 1 || month > 12) {
    return fail(`${JSON.stringify(text)} has month ${monthText}, outside 01–12 (or 21–24 for a season)`);
  }
  if (dayText === undefined || dayText === "XX") {
    return { first: day(low, month, 1), last: day(high, month, daysIn(high, month)) };
  }
  const d = Number(dayText);
  if (d < 1 || d > daysIn(low, month) || d > daysIn(high, month)) {
    return fail(`${JSON.stringify(text)} has day ${dayText}, which month ${monthText} does not have`);
  }
  return { first: day(low, month, d), last: day(high, month, d) };
}

/**
 * Whether `text` is an EDTF date or interval in the subset fogcount writes.
 * An interval's start must not begin after its end finishes.
 */
export function checkEdtf(text: string): EdtfCheck {
  if (typeof text !== "string") return fail(`expected an EDTF string, got ${typeof text}`);
  const parts = text.split("/");
  if (parts.length === 1) {
    const one = checkDate(text);
    return "ok" in one ? one : { ok: true };
  }
  if (parts.length !== 2) return fail(`${JSON.stringify(text)} has more than one "/"`);
  const [startText = "", endText = ""] = parts;
  const openStart = startText === "" || startText === "..";
  const openEnd = endText === "" || endText === "..";
  if (openStart && openEnd) return fail(`${JSON.stringify(text)} is an interval with neither end known`);
  const start = openStart ? undefined : checkDate(startText);
  if (start && "ok" in start) return fail(`interval start: ${start.reason}`);
  const end = openEnd ? undefined : checkDate(endText);
  if (end && "ok" in end) return fail(`interval end: ${end.reason}`);
  if (start && end && start.first > end.last) {
    return fail(`${JSON.stringify(text)} starts after it ends`);
  }
  return { ok: true };
}
