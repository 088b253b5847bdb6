import { addMonths } from "date-fns/addMonths";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";

import { calendarDay } from "../../time/calendar.js";
import { dayPeriod } from "../../time/edtf.js";
import { pointRange } from "../../time/range.js";
import type { DatePeriod, PeriodPoint } from "../../time/schema.js";
import { SUBYEAR_LENGTH } from "../../time/seasons.js";
import type { SubyearUnit } from "../../time/seasons.js";
import type { Reader } from "./reader.js";
import { refuse } from "./tokens.js";
import type { Base, Context, Placed } from "./types.js";
import { GROUPING_LETTERS, GROUPINGS, ORDINALS, SEASONS } from "./words.js";

// Seasons, quarters and halves: reading them and placing them in a year; and
// the early, mid and late thirds of any period.

/** A season word ("autumn", "fall"); undefined if `word` is not one. @internal */
export function readSeason(reader: Reader, word: string): Base | undefined {
  const season = SEASONS.get(word);
  if (season === undefined) return undefined;
  reader.take();
  return { unit: "season", season };
}

/**
 * An ordinal, as a word or a number, before a grouping word: "the first
 * quarter", "the 3rd quarter", "the second half"; undefined if the phrase
 * does not go on that way. @internal
 */
export function readOrdinalGrouping(reader: Reader): Base | undefined {
  const token = reader.peek();
  const index = token?.kind === "number" ? (token.ordinal ? token.value : undefined) : ORDINALS.get(reader.word() ?? "");
  const word = reader.word(1) ?? "";
  const unit = GROUPINGS.get(word);
  if (index === undefined || unit === undefined) return undefined;
  reader.take();
  reader.take();
  return checkedGrouping(unit, index, `${index} ${word}`);
}

/** A letter and a number that name a grouping: "Q1", "H2"; undefined if the phrase does not go on that way. @internal */
export function readLetterGrouping(reader: Reader, word: string): Base | undefined {
  const unit = GROUPING_LETTERS.get(word);
  const number = reader.peek(1);
  if (unit === undefined || number?.kind !== "number") return undefined;
  reader.take();
  reader.take();
  return checkedGrouping(unit, number.value, `${word}${number.text}`);
}

function checkedGrouping(unit: SubyearUnit, index: number, words: string): Base {
  if (!Number.isInteger(index) || index < 1 || index > 12 / SUBYEAR_LENGTH[unit]) refuse(`there is no ${words} in a year`);
  return { unit: "subyear", grouping: unit, index };
}

/** A season or grouping in the year it is named for (winter 2024 starts in December 2024). @internal */
export function seasonInstance(base: Extract<Base, { unit: "season" | "subyear" }>, year: number, context: Context): Placed {
  const period: PeriodPoint =
    base.unit === "season"
      ? { kind: "season", year, season: base.season, ...(context.tagHemisphere ? { hemisphere: context.hemisphere } : {}) }
      : { kind: "subyear", year, unit: base.grouping, index: base.index as number };
  const [first, last] = pointRange(period, context.hemisphere);
  return { period, first, last };
}

/**
 * The first, middle or last third: of a year, four months each; of a month,
 * days 1–10, 11–20 and 21 to the end; of a season, quarter or half, a third
 * of its months. @internal
 */
export function third(placed: Placed, which: 0 | 1 | 2, words: string): Placed {
  const { period, first, last } = placed;
  if (period.kind === "date" && period.precision === "month") {
    const year = first.getFullYear();
    const month = first.getMonth() + 1;
    const startDay = which * 10 + 1;
    const endDay = which === 2 ? last.getDate() : startDay + 9;
    return span(dayPeriod(calendarDay(year, month, startDay)), dayPeriod(calendarDay(year, month, endDay)));
  }
  const months = (last.getFullYear() - first.getFullYear()) * 12 + last.getMonth() - first.getMonth() + 1;
  if (period.kind === "date" && period.precision === "day") refuse(`"${words}": a single day has no thirds`);
  if (months % 3 !== 0) refuse(`"${words}": a period of ${months} months has no whole-month thirds`);
  const size = months / 3;
  const from = addMonths(first, which * size);
  const to = addMonths(first, which * size + size - 1);
  const monthOf = (d: Date): DatePeriod => ({
    kind: "date",
    precision: "month",
    year: d.getFullYear(),
    month: d.getMonth() + 1,
  });
  if (size === 1) return { period: monthOf(from), first: from, last: lastDayOfMonth(from) };
  return span(monthOf(from), monthOf(to), from, lastDayOfMonth(to));
}

function span(start: DatePeriod, end: DatePeriod, first?: Date, last?: Date): Placed {
  const [from] = pointRange(start, "north");
  const [, to] = pointRange(end, "north");
  return { period: { kind: "interval", start, end }, first: first ?? from, last: last ?? to };
}
