import { calendarDay, daysInMonth } from "../../time/calendar.js";
import type { DatePeriod } from "../../time/schema.js";
import type { Reader } from "./reader.js";
import type { Token } from "./tokens.js";
import type { Base, Placed, YearSpec } from "./types.js";
import { MONTHS, RELATIONS } from "./words.js";

// Years, months and days: reading them, and placing them in a year.

/** A four-digit number that is not an ordinal, as a year. @internal */
export function yearNumber(token: Token | undefined): number | undefined {
  return token?.kind === "number" && !token.ordinal && token.text.length === 4 ? token.value : undefined;
}

/** A year ("2024") or a day before its month ("30 April", "30th of April"); undefined if `token` starts neither. @internal */
export function readYearOrDay(reader: Reader, token: Token & { kind: "number" }): Base | undefined {
  const year = yearNumber(token);
  if (year !== undefined) {
    reader.take();
    return { unit: "year", year };
  }
  if (token.text.length > 2) return undefined;
  const offset = reader.word(1) === "of" ? 2 : 1;
  const month = MONTHS.get(reader.word(offset) ?? "");
  if (month === undefined) return undefined;
  for (let i = 0; i <= offset; i += 1) reader.take();
  return { unit: "day", month, day: token.value };
}

/** A month ("April"), perhaps with its day after it ("April 30"); undefined if `word` is not a month. @internal */
export function readMonth(reader: Reader, word: string): Base | undefined {
  const month = MONTHS.get(word);
  if (month === undefined) return undefined;
  reader.take();
  const next = reader.peek();
  if (next?.kind === "number" && next.text.length <= 2) {
    reader.take();
    return { unit: "day", month, day: next.value };
  }
  return { unit: "month", month };
}

/** An optional year after a month, day, season or grouping: "2025", "of 2025", "of last year". @internal */
export function readYearSpec(reader: Reader): YearSpec | undefined {
  const of = reader.word() === "of";
  const year = yearNumber(reader.peek(of ? 1 : 0));
  if (year !== undefined) {
    if (of) reader.take();
    reader.take();
    return year;
  }
  if (!of) return undefined;
  reader.take();
  reader.accept("the");
  const relation = RELATIONS.get(reader.word() ?? "");
  if (relation === undefined || reader.word(1) !== "year") return reader.fail('a year after "of"');
  reader.take();
  reader.take();
  return relation;
}

/** A year, month or day in `year`; undefined for a day the month of that year does not have. @internal */
export function dateInstance(base: Extract<Base, { unit: "year" | "month" | "day" }>, year: number): Placed | undefined {
  switch (base.unit) {
    case "year": {
      const period: DatePeriod = { kind: "date", precision: "year", year };
      return { period, first: calendarDay(year, 1, 1), last: calendarDay(year, 12, 31) };
    }
    case "month": {
      const month = base.month as number;
      const period: DatePeriod = { kind: "date", precision: "month", year, month };
      return { period, first: calendarDay(year, month, 1), last: calendarDay(year, month, daysInMonth(year, month)) };
    }
    case "day": {
      if (base.day < 1 || base.day > daysInMonth(year, base.month)) return undefined;
      const period: DatePeriod = { kind: "date", precision: "day", year, month: base.month, day: base.day };
      const day = calendarDay(year, base.month, base.day);
      return { period, first: day, last: day };
    }
  }
}
