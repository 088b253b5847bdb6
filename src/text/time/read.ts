import { readMonth, readYearOrDay, readYearSpec } from "./dates.js";
import type { Reader } from "./reader.js";
import { readLetterGrouping, readOrdinalGrouping, readSeason } from "./seasons.js";
import { refuse } from "./tokens.js";
import type { Base, Ref } from "./types.js";
import { RELATIONS, THIRDS } from "./words.js";

// Reading one period of a phrase, before it is placed on the calendar.

/** Reads one period: `[the] [early|mid|late] [this|last|previous|next] base [of year]`. @internal */
export function readRef(reader: Reader): Ref {
  const start = reader.position;
  reader.accept("the");
  const thirdWord = reader.word();
  const third = THIRDS.get(thirdWord ?? "");
  if (third !== undefined) {
    reader.take();
    if (reader.peek()?.kind === "dash") reader.take();
    if (thirdWord === "middle" && !reader.accept("of")) reader.fail('"of" after "middle"');
    reader.accept("the");
  }
  const relationWord = reader.word();
  const relation = RELATIONS.get(relationWord ?? "");
  if (relation !== undefined) reader.take();
  const base = readBase(reader, relation !== undefined);
  const year = base.unit === "year" ? undefined : readYearSpec(reader);
  if (relation !== undefined && (year !== undefined || (base.unit === "year" && base.year !== undefined))) {
    refuse(`"${relationWord}" and a year cannot go together in "${reader.since(start)}"`);
  }
  return {
    base,
    words: reader.since(start),
    ...(relation === undefined ? {} : { relation }),
    ...(year === undefined ? {} : { year }),
    ...(third === undefined ? {} : { third }),
  };
}

/** The unit a period names: a year, day, month, season, quarter or half, or a unit word after a relation. */
function readBase(reader: Reader, relative: boolean): Base {
  const token = reader.peek();
  if (token === undefined || token.kind === "dash") return reader.fail("a month, season, quarter or year");
  if (token.kind === "number") {
    const base = readYearOrDay(reader, token) ?? readOrdinalGrouping(reader);
    return base ?? reader.fail("a four-digit year or a day before a month");
  }
  const word = token.text;
  return (
    readMonth(reader, word) ??
    readSeason(reader, word) ??
    readOrdinalGrouping(reader) ??
    readLetterGrouping(reader, word) ??
    readUnitWord(reader, word, relative) ??
    reader.fail("a month, season, quarter or year")
  );
}

/** "year", "month" or "quarter", which name no period without this, last or next. */
function readUnitWord(reader: Reader, word: string, relative: boolean): Base | undefined {
  if (word !== "year" && word !== "month" && word !== "quarter") return undefined;
  if (!relative) refuse(`"${word}" needs this, last, previous or next`);
  reader.take();
  if (word === "year") return { unit: "year" };
  if (word === "month") return { unit: "month" };
  return { unit: "subyear", grouping: "quarter" };
}
