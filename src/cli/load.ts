// A dataset file read for a command: the file's problems with their
// positions, or the dataset and its text.

import { show } from "../_lib/assert.js";
import type { DatasetSeverity } from "../dataset/codes.js";
import { pathText, problemOf, valueAt } from "../dataset/issues.js";
import { safeParseDataset } from "../dataset/parse.js";
import type { Dataset } from "../dataset/schema.js";
import type { JsonPath } from "../dataset/sections.js";
import { readBytes, readJson, readText } from "./files.js";
import type { Read } from "./files.js";
import type { Io } from "./io.js";
import { locate } from "./positions.js";
import { visible } from "./visible.js";

/** One line of what a command reports about a file: `FILE:LINE:COL  severity  code  message`. */
export interface Line {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly severity: DatasetSeverity;
  readonly code: string;
  /** Where in the document, for a problem or finding inside it. */
  readonly path?: JsonPath;
  readonly message: string;
}

/** A file read: its dataset, or the problems shown (a hundred at most) and how many more were found but not shown. */
export type Loaded = { readonly ok: true; readonly file: string; readonly text: string; readonly dataset: Dataset } | { readonly ok: false; readonly lines: readonly Line[]; readonly notShown: number };

/** The most problems reported for one file that is no dataset. */
const MOST = 100;

/**
 * Whether a message about unknown keys begins with the key its path ends
 * with (`"x" is not a part of a dataset`, `party is spelled parties; …`), so
 * that the path before it would name the key twice.
 */
export function namesItsKey(path: JsonPath, message: string): boolean {
  const key = path[path.length - 1];
  return typeof key === "string" && (message.startsWith(`${JSON.stringify(key)} `) || message.startsWith(`${JSON.stringify(key)},`) || message.startsWith(`${key} `));
}

/**
 * A message with the position of each other place it involves written after the place
 * ("claims[1]" becomes "claims[1] (at 55:13)"; the item, where the message names it without its
 * `.id`), or listed at its end when the message does not name it.
 */
function withPlaces(message: string, others: readonly JsonPath[], at: readonly { line: number; column: number }[]): string {
  let out = message;
  const unnamed: string[] = [];
  others.forEach((path, k) => {
    const where = `${at[k]?.line ?? 1}:${at[k]?.column ?? 1}`;
    const names = [pathText(path), pathText(path.at(-1) === "id" ? path.slice(0, -1) : path)];
    const name = names.find((n) => out.includes(n));
    if (name === undefined) unnamed.push(`${pathText(path)} at ${where}`);
    else out = out.replace(name, `${name} (at ${where})`);
  });
  return unnamed.length === 0 ? out : `${out} (${unnamed.join(", ")})`;
}

/** The problems of a JSON document that is no dataset, placed in its text. */
function shapeLines(file: string, text: string, json: unknown, issues: Parameters<typeof problemOf>[0][]): Line[] {
  // the problems past the hundredth are counted (see notShownText), never shown as a line with a place
  const found = issues.slice(0, MOST).map((issue) => problemOf(issue, json));
  const others = found.map((p) => p.others ?? []);
  const placed = locate(text, others.flat());
  let next = 0;
  const problems = found.map((p, i) => {
    const list = others[i] as JsonPath[];
    const at = placed.slice(next, (next += list.length));
    return list.length === 0 ? p : { ...p, message: withPlaces(p.message, list, at) };
  });
  const at = locate(text, problems.map((p) => p.path));
  const lines = problems.map((p, i): Line => {
    const value = valueAt(json, p.path);
    const got = p.code === "invalid-dataset" && value !== undefined && p.message.startsWith("must") ? `, got ${show(value)}` : "";
    const named = issues[i]?.code === "unrecognized_keys" && namesItsKey(p.path, p.message);
    const where = named ? "" : `${p.path.length === 0 ? "the file" : pathText(p.path)} `;
    return { file, ...(at[i] as { line: number; column: number }), severity: "error", code: p.code, path: p.path, message: `${where}${p.message}${got}` };
  });
  return lines;
}

/** The line after a file's problems that says how many more were found but not shown, with no place: none when all were shown. */
export function notShownText(file: string, notShown: number): string | undefined {
  return notShown === 0 ? undefined : `${visible(file)}: and ${notShown.toLocaleString("en-US")} more problem${notShown === 1 ? "" : "s"}, not shown`;
}

/** What positions name standard input by (`-` on the command line). */
export const STDIN_NAME = "<stdin>";

/** A dataset file (or standard input, for `-`), read: its dataset, or each problem that keeps it from being one. */
export async function loadInput(io: Io, file: string): Promise<Loaded> {
  return file === "-" ? loadDataset(io.cwd, STDIN_NAME, { ok: true, value: await io.readStdin() }) : loadDataset(io.cwd, file);
}

/** A dataset file, read (or its bytes, given): its dataset, or each problem that keeps it from being one. */
export function loadDataset(cwd: string, file: string, given?: Read<Buffer>): Loaded {
  const bytes = given ?? readBytes(cwd, file);
  if (!bytes.ok) return { ok: false, lines: [{ file, severity: "error", ...bytes.problem }], notShown: 0 };
  const text = readText(bytes.value);
  if (!text.ok) return { ok: false, lines: [{ file, severity: "error", ...text.problem }], notShown: 0 };
  const json = readJson(text.value);
  if (!json.ok) return { ok: false, lines: [{ file, severity: "error", ...json.problem }], notShown: 0 };
  const parsed = safeParseDataset(json.value);
  if (!parsed.success) {
    const { issues } = parsed.error;
    return { ok: false, lines: shapeLines(file, text.value, json.value, issues), notShown: Math.max(0, issues.length - MOST) };
  }
  return { ok: true, file, text: text.value, dataset: parsed.data };
}

/** A line as `fogcount check` prints it: one line, the file's name and the message with their control characters shown as escapes. */
export function lineText(line: Line, severity: (s: string) => string = (s) => s): string {
  return `${visible(line.file)}:${line.line}:${line.column}  ${severity(line.severity)}  ${visible(line.code)}  ${visible(line.message)}`;
}
