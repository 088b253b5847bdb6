// The reference pages of words and forms (docs/reference/magnitudes.md, docs/reference/edtf.md)
// are compared with the tables the code reads with, both ways: every word on a page is in the
// code with the same value, and every word in the code is on the page.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { magnitudeInterval, MAGNITUDE_ORDERS } from "../../src/estimate/magnitude.js";
import { EN_PHRASES, parseEstimate } from "../../src/text/index.js";
import { formatPeriod, parsePeriod } from "../../src/time/edtf.js";
import { readSubyearCode, SEASON_NAMES } from "../../src/time/seasons.js";
import { root } from "./doc-blocks.js";

type Table = { readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

/** Every Markdown table of a page, its cells trimmed. */
function tables(page: string): Table[] {
  const out: Table[] = [];
  let current: string[][] = [];
  const flush = (): void => {
    if (current.length >= 2) out.push({ header: current[0] ?? [], rows: current.slice(2) });
    current = [];
  };
  for (const line of readFileSync(join(root, page), "utf8").split("\n")) {
    if (line.startsWith("|")) current.push(line.slice(1, line.trimEnd().endsWith("|") ? line.trimEnd().length - 1 : undefined).split("|").map((c) => c.trim()));
    else flush();
  }
  flush();
  return out;
}

/** The rows of the page's table with this header. */
function rowsOf(page: string, header: readonly string[]): (readonly string[])[] {
  const found = tables(page).filter((t) => t.header.join("|") === header.join("|"));
  expect(found, `${page}: one table headed ${header.join(" | ")}`).toHaveLength(1);
  return [...(found[0]?.rows ?? [])];
}

const plain = (cell: string): string => cell.replace(/`/g, "");
const words = (cell: string): string[] => plain(cell).split(", ").filter((w) => w !== "");
const number = (cell: string): number => Number(cell.replace(/,/g, ""));
const fraction = (cell: string): number => {
  const [a = "", b = ""] = cell.split("/");
  return Number(a) / Number(b);
};
/** A record with its keys in order, to compare two word tables whatever order they list the words in. */
const sorted = <T>(record: Readonly<Record<string, T>>): Record<string, T> => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));

describe("docs/reference/magnitudes.md", () => {
  const page = "docs/reference/magnitudes.md";

  it("lists every order of magnitude with its interval, and no other", () => {
    const rows = rowsOf(page, ["order", "from (included)", "below (excluded)"]);
    expect(rows.map((r) => plain(r[0] ?? ""))).toEqual([...MAGNITUDE_ORDERS]);
    for (const [order = "", low = "", high = ""] of rows) {
      expect({ low: number(low), high: number(high) }, order).toEqual(magnitudeInterval(plain(order) as (typeof MAGNITUDE_ORDERS)[number]));
    }
  });

  it("lists every word for an order, with its order and currency, and no other", () => {
    const onPage: Record<string, { order: string; currency?: string }> = {};
    // each order is read in its own words, hyphens as spaces
    for (const order of MAGNITUDE_ORDERS) onPage[order.replaceAll("-", " ")] = { order };
    for (const [cell = "", order = "", currency = ""] of rowsOf(page, ["words", "order", "currency"])) {
      for (const w of words(cell)) onPage[w] = { order: plain(order), ...(currency === "" ? {} : { currency }) };
    }
    expect(sorted(onPage)).toEqual(sorted(EN_PHRASES.magnitudes));
  });

  it("lists every multiplier word with its value, and no other", () => {
    const onPage: Record<string, number> = {};
    for (const [cell = "", value = ""] of rowsOf(page, ["words", "value"])) for (const w of words(cell)) onPage[w] = number(value);
    expect(sorted(onPage)).toEqual(sorted(EN_PHRASES.multipliers));
  });

  it("lists every multiplier glued to digits with its value, and no other", () => {
    const onPage: Record<string, { value: number; money: boolean }> = {};
    for (const [cell = "", value = "", read = ""] of rowsOf(page, ["letters", "value", "read"])) {
      expect(["always", "after a currency"]).toContain(read);
      for (const w of words(cell)) onPage[w] = { value: number(value), money: read === "after a currency" };
    }
    const inCode = Object.fromEntries(Object.entries(EN_PHRASES.multiplierSuffixes).map(([w, s]) => [w, { value: s.value, money: s.money === true }]));
    expect(sorted(onPage)).toEqual(sorted(inCode));
  });

  it("lists every fraction word with its part, and no other", () => {
    const onPage: Record<string, number> = {};
    for (const [cell = "", part = ""] of rowsOf(page, ["words", "one part"])) {
      const [one, denominator] = part.split("/");
      expect(one, part).toBe("1");
      for (const w of words(cell)) onPage[w] = Number(denominator);
    }
    expect(sorted(onPage)).toEqual(sorted(EN_PHRASES.fractions));
    // the page says only "half" stands alone, and "and a half" adds one
    expect(EN_PHRASES.bareFractions).toEqual(["half"]);
    expect(EN_PHRASES.andAHalf).toEqual(["and a half"]);
  });

  it("lists every vulgar fraction character the reader reads, with its value, and no other", () => {
    const onPage = Object.fromEntries(rowsOf(page, ["character", "value"]).map(([c = "", v = ""]) => [c, fraction(v)]));
    // the vulgar fractions of Unicode: Latin-1's three and the Number Forms block
    const candidates = [0xbc, 0xbd, 0xbe, ...Array.from({ length: 16 }, (_, k) => 0x2150 + k), 0x2189].map((cp) => String.fromCodePoint(cp));
    const read: Record<string, number> = {};
    for (const c of candidates) {
      const r = parseEstimate(c);
      if (r.ok && r.value.kind === "exact") read[c] = r.value.value;
    }
    expect(Object.keys(read).length).toBeGreaterThan(0);
    expect(sorted(onPage)).toEqual(sorted(read));
  });
});

describe("docs/reference/edtf.md", () => {
  const page = "docs/reference/edtf.md";
  const examples = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? "");

  it("reads every form it says it reads and writes it back unchanged, and refuses every form it says it refuses", () => {
    const rows = rowsOf(page, ["level", "form", "examples", "read"]);
    expect(rows.length).toBeGreaterThan(10);
    for (const [, form = "", cell = "", read = ""] of rows) {
      expect(["read", "refused"], form).toContain(read);
      for (const edtf of examples(cell)) {
        const r = parsePeriod(edtf);
        if (read === "read") expect(r.ok ? formatPeriod(r.value) : r.reason, `${form}: ${edtf}`).toBe(edtf);
        else expect(r.ok, `${form}: ${edtf} is refused`).toBe(false);
      }
    }
  });

  it("refuses every example of the rules it adds", () => {
    const rows = rowsOf(page, ["rule", "refused"]);
    expect(rows.length).toBeGreaterThan(5);
    for (const [rule = "", cell = ""] of rows) {
      expect(examples(cell).length, rule).toBeGreaterThan(0);
      for (const edtf of examples(cell)) expect(parsePeriod(edtf).ok, `${rule}: ${edtf}`).toBe(false);
    }
  });

  it("lists every sub-year code with what it names, and no other", () => {
    const onPage = new Map<number, ReturnType<typeof readSubyearCode>>();
    for (const [cell = "", names = ""] of rowsOf(page, ["code", "names"])) {
      const codes = cell.split(", ").map(Number);
      codes.forEach((code, k) => {
        const unit = /quarters/.test(names) ? "quarter" : /quadrimesters/.test(names) ? "quadrimester" : /semesters/.test(names) ? "semester" : undefined;
        const hemisphere = /northern hemisphere/.test(names) ? "north" : /southern hemisphere/.test(names) ? "south" : undefined;
        if (unit !== undefined) onPage.set(code, { kind: "subyear", unit, index: k + 1 });
        else onPage.set(code, { kind: "season", season: SEASON_NAMES[k] ?? "spring", ...(hemisphere === undefined ? {} : { hemisphere }) });
      });
    }
    const inCode = new Map<number, ReturnType<typeof readSubyearCode>>();
    for (let code = 0; code < 100; code++) {
      const reading = readSubyearCode(code);
      if (reading !== undefined) inCode.set(code, reading);
    }
    expect(inCode.size).toBeGreaterThan(0);
    expect(onPage).toEqual(inCode);
  });
});
