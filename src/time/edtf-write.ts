import { formatYear } from "./calendar.js";
import { seasonCode, subyearCode } from "./seasons.js";
import type { IntervalEnd, PeriodTypes } from "./shapes.js";

// The EDTF writer: a period as its canonical EDTF string. It checks nothing;
// `formatPeriod` is the public function, and the schema's canonical check
// writes a period with it and reads it back.

/** A part of a date that a qualifier can apply to. @internal */
export type DatePart = "year" | "month" | "day";

/** The parts of a date, in the order EDTF writes them. @internal */
export const DATE_PARTS: readonly DatePart[] = ["year", "month", "day"];

/** Qualifier characters by their bits: 1 uncertain (`?`), 2 approximate (`~`), 3 both (`%`). */
const QUALIFIER_CHARS = ["", "?", "~", "%"] as const;

/** A period or interval end as EDTF, in the canonical form `formatPeriod` documents. @internal */
export function writeEdtf(period: PeriodTypes["period"] | PeriodTypes["point"]): string {
  switch (period.kind) {
    case "interval":
      return `${writeEnd(period.start)}/${writeEnd(period.end)}`;
    case "season":
      return `${formatYear(period.year)}-${seasonCode(period.season, period.hemisphere)}${wholeQualifier(period)}`;
    case "subyear":
      return `${formatYear(period.year)}-${subyearCode(period.unit, period.index)}${wholeQualifier(period)}`;
    case "date":
      return writeDate(period);
  }
}

function writeEnd(end: IntervalEnd): string {
  if (end.kind === "open") return "..";
  if (end.kind === "unknown") return "";
  return writeEdtf(end);
}

function wholeQualifier(period: PeriodTypes["season"] | PeriodTypes["subyear"]): string {
  return QUALIFIER_CHARS[((period.uncertain ? 1 : 0) | (period.approximate ? 2 : 0)) as 0 | 1 | 2 | 3];
}

function writeDate(date: PeriodTypes["date"]): string {
  const { precision, unspecified } = date;
  const texts = [formatYear(date.year)];
  if (unspecified === "year-last-digit") texts[0] = `${texts[0]?.slice(0, -1)}X`;
  if (unspecified === "year-last-two-digits") texts[0] = `${texts[0]?.slice(0, -2)}XX`;
  if (precision !== "year") texts.push(date.month === undefined ? "XX" : two(date.month));
  if (precision === "day") texts.push(date.day === undefined ? "XX" : two(date.day));
  const marks = texts.map((_, index) => {
    const name = DATE_PARTS[index] as DatePart;
    return (date.uncertain?.[name] ? 1 : 0) | (date.approximate?.[name] ? 2 : 0);
  });
  const time = date.time === undefined ? "" : `T${date.time}`;
  return `${qualifyTexts(texts, marks).join("-")}${time}`;
}

function two(value: number): string {
  return String(value).padStart(2, "0");
}

// The canonical placement of qualifiers, as the EDTF specification's examples write them.
function qualifyTexts(texts: string[], marks: number[]): string[] {
  const first = marks[0] ?? 0;
  let shared = 0;
  while (shared < marks.length && first !== 0 && marks[shared] === first) shared += 1;
  if (shared > 0 && marks.slice(shared).every((m) => m === 0)) {
    return texts.map((t, i) => (i === shared - 1 ? `${t}${QUALIFIER_CHARS[first as 0 | 1 | 2 | 3]}` : t));
  }
  return texts.map((t, i) => `${QUALIFIER_CHARS[(marks[i] ?? 0) as 0 | 1 | 2 | 3]}${t}`);
}
