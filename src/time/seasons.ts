import { table } from "../_lib/table.js";

/** A season word: spring, summer, autumn (fall) and winter. */
export type SeasonName = "spring" | "summer" | "autumn" | "winter";

/** The hemisphere whose calendar a season follows. */
export type Hemisphere = "north" | "south";

/** A sub-year grouping of months: three (quarter), four (quadrimester) or six (semester). */
export type SubyearUnit = "quarter" | "quadrimester" | "semester";

/**
 * The seasons in EDTF order (codes 21–24 and, per hemisphere, 25–28 and 29–32).
 *
 * @category Time
 * @example
 * SEASON_NAMES.indexOf("autumn") + 21;
 * //=> 23
 */
export const SEASON_NAMES: readonly SeasonName[] = /* @__PURE__ */ table(["spring", "summer", "autumn", "winter"]);

/**
 * The one season table: the first month of each three-month season, by
 * hemisphere. These are the meteorological seasons. A season named for a
 * year starts in that year, so northern winter 2024 (`2024-24`) runs from
 * December 2024 to February 2025, and so does southern summer 2024.
 *
 * | season | north | south |
 * | --- | --- | --- |
 * | spring | March–May | September–November |
 * | summer | June–August | December–February |
 * | autumn | September–November | March–May |
 * | winter | December–February | June–August |
 *
 * EDTF codes 21–24 (spring, summer, autumn, winter) name no hemisphere and
 * are read with the `hemisphere` option (northern by default); codes 25–28
 * are always northern and 29–32 always southern.
 *
 * @category Time
 * @example
 * SEASON_START_MONTH.north.autumn;
 * //=> 9
 */
export const SEASON_START_MONTH: Readonly<Record<Hemisphere, Readonly<Record<SeasonName, number>>>> = /* @__PURE__ */ table({
  north: { spring: 3, summer: 6, autumn: 9, winter: 12 },
  south: { spring: 9, summer: 12, autumn: 3, winter: 6 },
});

/**
 * How many months each sub-year grouping spans; a year holds `12 / length` of them.
 * Quarter 1 is January–March, quadrimester 1 January–April, semester 1 January–June.
 *
 * @category Time
 * @example
 * SUBYEAR_LENGTH.quadrimester;
 * //=> 4
 */
export const SUBYEAR_LENGTH: Readonly<Record<SubyearUnit, number>> = /* @__PURE__ */ table({
  quarter: 3,
  quadrimester: 4,
  semester: 6,
});

/** The first EDTF code of each sub-year unit: quarters 33–36, quadrimesters 37–39, semesters 40–41. */
const SUBYEAR_FIRST_CODE: Readonly<Record<SubyearUnit, number>> = { quarter: 33, quadrimester: 37, semester: 40 };

/** What an EDTF code 21–41 names. @internal */
export type SubyearCodeReading =
  | { readonly kind: "season"; readonly season: SeasonName; readonly hemisphere?: Hemisphere }
  | { readonly kind: "subyear"; readonly unit: SubyearUnit; readonly index: number };

/** Reads an EDTF sub-year code (21–41); undefined for any other number. @internal */
export function readSubyearCode(code: number): SubyearCodeReading | undefined {
  if (code >= 21 && code <= 32) {
    const season = SEASON_NAMES[(code - 21) % 4] as SeasonName;
    if (code <= 24) return { kind: "season", season };
    return { kind: "season", season, hemisphere: code <= 28 ? "north" : "south" };
  }
  for (const unit of ["quarter", "quadrimester", "semester"] as const) {
    const first = SUBYEAR_FIRST_CODE[unit];
    const count = 12 / SUBYEAR_LENGTH[unit];
    if (code >= first && code < first + count) return { kind: "subyear", unit, index: code - first + 1 };
  }
  return undefined;
}

/** The EDTF code of a season (21–32). @internal */
export function seasonCode(season: SeasonName, hemisphere?: Hemisphere): number {
  const offset = hemisphere === undefined ? 21 : hemisphere === "north" ? 25 : 29;
  return offset + SEASON_NAMES.indexOf(season);
}

/** The EDTF code of a sub-year grouping (33–41). @internal */
export function subyearCode(unit: SubyearUnit, index: number): number {
  return SUBYEAR_FIRST_CODE[unit] + index - 1;
}

/**
 * The first month (1–12, counted from January of `year`) and the length in
 * months of a season or sub-year grouping. @internal
 */
export function seasonSpan(
  season: SeasonName,
  hemisphere: Hemisphere,
): { readonly firstMonth: number; readonly months: number } {
  return { firstMonth: SEASON_START_MONTH[hemisphere][season], months: 3 };
}

/** The first month and length of a sub-year grouping. @internal */
export function subyearSpan(unit: SubyearUnit, index: number): { readonly firstMonth: number; readonly months: number } {
  const months = SUBYEAR_LENGTH[unit];
  return { firstMonth: (index - 1) * months + 1, months };
}
