// Reading a SIPRI trade-register export into rows: decoding (Latin-1 by
// default), the preamble before the header, the header itself, and records
// broken by a line break inside an unquoted comment. Not exported from the package.

import { parse } from "csv-parse/sync";

import { fail, show } from "../_lib/assert.js";
import type { RecordIssue } from "./error.js";
import { throwIssues } from "./error.js";

/** The columns of the classic trade-register layout, in order; a `?` column marks the figure before it uncertain. @internal */
export const SIPRI_COLUMNS = [
  "Recipient",
  "Supplier",
  "Year of order",
  "?",
  "Number ordered",
  "?",
  "Weapon designation",
  "Weapon description",
  "Number delivered",
  "?",
  "Year(s) of delivery",
  "status",
  "Comments",
  "SIPRI TIV per unit",
  "SIPRI TIV for total order",
  "SIPRI TIV of delivered weapons",
] as const;

/** One record of the register, with the line of the file it starts on. @internal */
export interface SipriRow {
  readonly line: number;
  readonly fields: readonly string[];
}

/** What the reader found: the rows, and the day the export was generated (ISO), when the preamble says. @internal */
export interface SipriTable {
  readonly rows: readonly SipriRow[];
  readonly generated: string | undefined;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The text of the file: bytes decoded as ISO-8859-1 (each byte one character) or UTF-8; a string as it is. @internal */
export function decode(where: string, input: unknown, encoding: "latin1" | "utf-8"): string {
  if (typeof input === "string") {
    if (input.includes("\uFFFD")) {
      fail(where, "csv", "holds U+FFFD replacement characters: it was decoded with the wrong encoding (pass the file's bytes; SIPRI exports are Latin-1)", input.slice(Math.max(0, input.indexOf("\uFFFD") - 40), input.indexOf("\uFFFD") + 10));
    }
    return input;
  }
  if (!(input instanceof Uint8Array)) fail(where, "csv", "must be the file's text or its bytes (a Uint8Array or Buffer)", input);
  if (encoding === "utf-8") {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      fail(where, "csv", 'is not UTF-8 (SIPRI exports are Latin-1: leave encoding out, or pass "latin1")', input.subarray(0, 40));
    }
  }
  // ISO-8859-1 maps each byte to the code point of its value. The WHATWG "latin1" decoder is windows-1252,
  // which differs from it only in 0x80–0x9F: used where no byte falls there.
  let c1 = false;
  for (let i = 0; i < input.length && !c1; i++) c1 = input[i] as number >= 0x80 && (input[i] as number) < 0xa0;
  if (!c1) return new TextDecoder("latin1").decode(input);
  let text = "";
  for (let i = 0; i < input.length; i += 8192) text += String.fromCharCode(...input.subarray(i, i + 8192));
  return text;
}

/** The day the preamble's "Data generated: 13 Mar 2025 10:02:49 AM" names, as ISO. */
function generatedOn(preamble: readonly string[]): string | undefined {
  for (const line of preamble) {
    const m = /^Data generated: (\d{1,2}) ([A-Z][a-z]{2}) (\d{4})\b/.exec(line.trim());
    const month = m === null ? -1 : MONTHS.indexOf(m[2] as string);
    if (m !== null && month >= 0) return `${m[3]}-${String(month + 1).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}`;
  }
  return undefined;
}

/** The header's problem, if it is not the trade-register layout. */
function headerIssue(line: string, at: number): RecordIssue | undefined {
  const names = line.replace(/\r$/, "").split(",").map((n) => n.trim());
  for (let k = 0; k < SIPRI_COLUMNS.length || k < names.length; k++) {
    const want = SIPRI_COLUMNS[k] === "?" ? "" : SIPRI_COLUMNS[k];
    if (names[k] !== want) {
      const path = `line ${at}, column ${k + 1}`;
      return { path, message: `${path}: the header must be the trade-register layout (${SIPRI_COLUMNS.map((c) => (c === "?" ? "(blank)" : c)).join(", ")}): expected ${show(want ?? "no column")}, got ${show(names[k] ?? "no column")}` };
    }
  }
  return undefined;
}

/**
 * A record cut in two by a line break inside its unquoted comment (four such
 * in the 2025 export), joined again: the first part ends in the comment, the
 * second starts with the rest of it. @internal
 */
function joinBroken(records: readonly { record: string[]; line: number }[], issues: RecordIssue[]): SipriRow[] {
  const rows: SipriRow[] = [];
  const width = SIPRI_COLUMNS.length;
  for (let i = 0; i < records.length && issues.length < 100; i++) {
    const { record, line } = records[i] as { record: string[]; line: number };
    const next = records[i + 1]?.record;
    if (record.length < width && next !== undefined && record.length + next.length - 1 === width) {
      const cut = record.length - 1;
      rows.push({ line, fields: [...record.slice(0, cut), `${(record[cut] as string).replace(/\r$/, "")}\n${next[0]}`, ...next.slice(1)] });
      i++;
    } else if (record.length !== width) {
      const path = `line ${line}`;
      issues.push({ path, message: `${path}: expected ${width} fields, got ${record.length}: ${show(record.join(","))}` });
    } else rows.push({ line, fields: record });
  }
  return rows;
}

/** The rows of a trade-register export, or `invalid-record` naming the line that cannot be read. @internal */
export function readTable(where: string, text: string): SipriTable {
  const lines = text.replace(/^\uFEFF/, "").split("\n", 60);
  const header = lines.findIndex((l) => l.startsWith("Recipient,Supplier,"));
  if (header < 0) throwIssues(where, [{ path: "header", message: 'header: no "Recipient,Supplier,…" row in the first 60 lines: not a SIPRI trade-register export' }]);
  const issue = headerIssue(lines[header] as string, header + 1);
  if (issue !== undefined) throwIssues(where, [issue]);
  let start = 0;
  for (let k = 0; k <= header; k++) start = text.indexOf("\n", start) + 1;
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // csv-parse counts a carriage return as a line of its own: "\r\n" is made one line break, so that lines are counted right.
    parsed = parse(text.slice(start).replaceAll("\r\n", "\n"), { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true }) as unknown as typeof parsed;
  } catch (e) {
    const line = header + 1 + Number((e as { lines?: unknown }).lines ?? 0);
    return throwIssues(where, [{ path: `line ${line}`, message: `line ${line}: ${(e as Error).message}` }]) as never;
  }
  const issues: RecordIssue[] = [];
  const rows = joinBroken(parsed.map((p) => ({ record: p.record.map((f) => f.replace(/\r$/, "")), line: header + 1 + p.info.lines })), issues);
  throwIssues(where, issues);
  return { rows, generated: generatedOn(lines.slice(0, header)) };
}
