import { rethrow } from "../_lib/guard.js";
import { FogcountError } from "../errors.js";
import { calendarDay } from "./calendar.js";
import { checkPeriod } from "./canonical.js";
import { readEdtf } from "./edtf-read.js";
import { writeEdtf } from "./edtf-write.js";
import type { DatePeriod, Period, PeriodPoint } from "./schema.js";

/** What `parsePeriod` and `resolveTimePhrase` return: the period, or why there is none. */
export type PeriodResult = { readonly ok: true; readonly value: Period } | { readonly ok: false; readonly reason: string };

/**
 * Reads an EDTF string as a {@link Period}, or says why it cannot.
 *
 * Supported: all of level 0 (dates, dates and times, intervals of dates);
 * level 1 except letter-prefixed years (qualified dates, `X` digits from the
 * right, seasons, open `..` and unknown empty interval ends, negative years);
 * and from level 2 the sub-year groupings (codes 25–41) and qualification of
 * single parts (`2004-06~-11`, `?2004-06-~11`). Anything else is rejected
 * with a reason naming the value and where it is. It never throws.
 *
 * @category Time
 * @example
 * parsePeriod("2024-10?");
 * //=> { ok: true, value: { kind: "date", precision: "month", year: 2024, month: 10, uncertain: { year: true, month: true } } }
 * parsePeriod("2024-13");
 * //=> { ok: false, reason: '"2024-13": month 13 is neither 01–12 nor a sub-year code 21–41' }
 */
export function parsePeriod(edtf: string): PeriodResult {
  try {
    if (typeof edtf !== "string") return { ok: false, reason: `expected an EDTF string, got ${typeof edtf}` };
    return readEdtf(edtf);
  } catch (error) {
    rethrow("parsePeriod", { edtf }, error);
  }
}

/**
 * Reads an EDTF string as a {@link Period}, throwing if it is not one.
 *
 * @category Time
 * @throws {FogcountError} `invalid-period` if `parsePeriod` rejects the string; the message is its reason, and for words (`"last fall"`) points to `resolveTimePhrase`.
 * @example
 * period("2024-23");
 * //=> { kind: "season", year: 2024, season: "autumn" }
 */
export function period(edtf: string): Period {
  try {
    const result = parsePeriod(edtf);
    if (!result.ok) {
      // EDTF has no lowercase letters: a text with words is a phrase, which the text entry reads.
      const hint = typeof edtf === "string" && /[a-z]/.test(edtf) ? "; to read a phrase such as \"last fall\", use resolveTimePhrase from fogcount/text" : "";
      throw new FogcountError("invalid-period", `period: ${result.reason}${hint}`, { edtf });
    }
    return result.value;
  } catch (error) {
    rethrow("period", { edtf }, error);
  }
}

/**
 * Writes a period as EDTF, in the canonical form: a qualifier shared by every
 * part goes at the end (`2024-10?`); one shared by the first parts only goes
 * after the last of them (`2004-06~-11`); any other goes before each part it
 * qualifies (`?2004-06-~11`). `parsePeriod(formatPeriod(p))` gives back `p`.
 *
 * @category Time
 * @throws {FogcountError} `invalid-argument` for a value that is not a period.
 * @example
 * formatPeriod({ kind: "season", year: 2024, season: "autumn" });
 * //=> "2024-23"
 * formatPeriod({ kind: "date", precision: "day", year: 2004, month: 6, day: 11, approximate: { year: true, month: true } });
 * //=> "2004-06~-11"
 */
export function formatPeriod(period: Period | PeriodPoint): string {
  try {
    checkPeriod("formatPeriod", "period", period);
    return writeEdtf(period);
  } catch (error) {
    rethrow("formatPeriod", { period }, error);
  }
}

/** A day as an EDTF date, for bounds and phrases. @internal */
export function dayPeriod(date: Date): DatePeriod {
  const day = calendarDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
  return { kind: "date", precision: "day", year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() };
}
