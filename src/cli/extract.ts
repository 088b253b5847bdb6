// fogcount extract [FILE|-]: every figure in an article, with its place,
// what it reads as, what it is doing in its sentence, whether it adds to
// an earlier figure, and (where the text replaced any) whether a later figure replaced it.

import { formatEstimate } from "../estimate/format.js";
import { extractEstimates } from "../text/extract.js";
import { choice, readArgs } from "./args.js";
import type { OptionSpec } from "./args.js";
import { readBytes, readText } from "./files.js";
import type { Read } from "./files.js";
import { EXIT, UsageError } from "./io.js";
import type { Io } from "./io.js";
import { lineText, STDIN_NAME } from "./load.js";
import { tableLines } from "./table.js";
import { jsonText, visible } from "./visible.js";

export const EXTRACT_OPTIONS: OptionSpec = { format: { type: "string" } };

/** The start of each line of `text`, for offsets to lines and columns: a line ends at "\n", "\r\n" or a lone "\r", as the Language Server Protocol counts lines. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function place(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

/** Runs `fogcount extract`. */
export async function runExtract(io: Io, args: readonly string[]): Promise<number> {
  const { values, positionals } = readArgs(args, EXTRACT_OPTIONS);
  const format = choice(values, "format", ["text", "json"]);
  if (positionals.length > 1) throw new UsageError("reads one article at a time: give a FILE, or - for standard input");
  const file = positionals[0] ?? "-";
  if (file === "-" && io.stdinIsTTY) throw new UsageError("give an article FILE, or pipe one in (or give - and type it, ending with Ctrl-D)");
  const bytes: Read<Buffer> = file === "-" ? { ok: true, value: await io.readStdin() } : readBytes(io.cwd, file);
  const text = bytes.ok ? readText(bytes.value) : bytes;
  if (!text.ok) {
    io.err(`${lineText({ file: file === "-" ? STDIN_NAME : file, severity: "error", ...text.problem })}\n`);
    return EXIT.trouble;
  }
  const starts = lineStarts(text.value);
  const figures = extractEstimates(text.value).map((e) => ({ ...place(starts, e.start), ...e }));
  if (format === "json") {
    io.out(`${jsonText(figures)}\n`);
    return EXIT.ok;
  }
  if (figures.length === 0) {
    io.out("No figures found.\n");
    return EXIT.ok;
  }
  // a column for replaced figures only where the text replaced one, so that the table keeps its width otherwise
  const replaced = figures.some((f) => f.superseded);
  const rows = figures.map((f) => {
    const row = [`${f.line}:${f.column}`, visible(f.text, { lines: true }), f.estimate.kind, formatEstimate(f.estimate, { unit: true }), f.modality, f.increment ? "yes" : ""];
    return replaced ? [...row, f.superseded ? "yes" : ""] : row;
  });
  const head = ["at", "figure", "kind", "reads as", "modality", "adds", ...(replaced ? ["replaced"] : [])];
  const keep = [true, false, true, false, true, true, ...(replaced ? [true] : [])];
  io.out(`${tableLines({ head, rows, keep }).join("\n")}\n`);
  return EXIT.ok;
}
