// fogcount check FILE...: each file read as a dataset and linted; a line per
// problem and finding, with its position in the file.

import { isMeasure, STANDARD_MEASURES } from "../claim/measures.js";
import { DATASET_RULES, lintDataset, readCheckOptions } from "../dataset/check.js";
import type { CheckDatasetOptions } from "../dataset/check.js";
import type { DatasetRuleSetting } from "../dataset/codes.js";
import { choice, many, readArgs, suggest } from "./args.js";
import type { OptionSpec, Parsed } from "./args.js";
import { EXIT, paint, severityText, UsageError } from "./io.js";
import type { Io } from "./io.js";
import { lineText, loadInput, notShownText } from "./load.js";
import type { Line } from "./load.js";
import { locate } from "./positions.js";
import { append } from "./table.js";
import { jsonText } from "./visible.js";

export const CHECK_OPTIONS: OptionSpec = {
  format: { type: "string" },
  rule: { type: "string", multiple: true },
  cumulative: { type: "string", multiple: true },
};

/** The lint options of a command line: `--rule CODE=SETTING`, `--cumulative MEASURE`. */
export function lintOptions(values: Parsed["values"]): ReturnType<typeof readCheckOptions> {
  const codes = DATASET_RULES.map((r) => r.code);
  const rules: Record<string, DatasetRuleSetting> = {};
  for (const rule of many(values, "rule")) {
    const [code = "", setting, ...rest] = rule.split("=");
    if (setting === undefined || rest.length > 0) throw new UsageError(`--rule takes CODE=SETTING, such as unknown-as-zero=error, not ${JSON.stringify(rule)}`);
    if (!(codes as string[]).includes(code)) throw new UsageError(`--rule ${code}: there is no such rule${suggest(code, codes)}; the rules are ${codes.join(", ")}`);
    if (!["error", "warning", "off"].includes(setting)) throw new UsageError(`--rule ${code}=${setting}: the setting must be error, warning or off`);
    rules[code] = setting as DatasetRuleSetting;
  }
  const measures = many(values, "cumulative");
  for (const m of measures) if (!isMeasure(m)) throw new UsageError(`--cumulative ${JSON.stringify(m)} is not a measure: one of ${STANDARD_MEASURES.join(", ")}, or namespace:name`);
  const options: CheckDatasetOptions = { rules, ...(measures.length > 0 && { cumulativeMeasures: measures }) };
  return readCheckOptions("fogcount", options);
}

/** The lines of one file: its problems, or its findings placed in its text. */
async function checkFile(io: Io, file: string, lint: ReturnType<typeof readCheckOptions>): Promise<{ lines: Line[]; readable: boolean; notShown?: string; more?: number }> {
  const loaded = await loadInput(io, file);
  if (!loaded.ok) {
    const notShown = notShownText(loaded.lines[0]?.file ?? file, loaded.notShown);
    return { lines: [...loaded.lines], readable: false, ...(notShown !== undefined && { notShown, more: loaded.notShown }) };
  }
  const findings = lintDataset(loaded.dataset, ...lint);
  const at = locate(loaded.text, findings.map((f) => f.path));
  return { lines: findings.map((f, i) => ({ file: loaded.file, ...(at[i] as { line: number; column: number }), ...f })), readable: true };
}

/** Runs `fogcount check`. */
export async function runCheck(io: Io, args: readonly string[]): Promise<number> {
  const { values, positionals } = readArgs(args, CHECK_OPTIONS);
  const format = choice(values, "format", ["text", "json"]);
  const lint = lintOptions(values);
  if (positionals.length === 0) throw new UsageError("give one or more dataset files to check");
  if (positionals.filter((f) => f === "-").length > 1) throw new UsageError("standard input (-) can be read once: give - once");
  const lines: Line[] = [];
  // after the lines of each file, the line that says how many of its problems were not shown
  const trailers = new Map<number, string>();
  let unreadable = 0;
  let notShown = 0;
  for (const file of positionals) {
    const result = await checkFile(io, file, lint);
    append(lines, result.lines);
    if (!result.readable) unreadable++;
    if (result.notShown !== undefined) trailers.set(lines.length, result.notShown);
    notShown += result.more ?? 0;
  }
  // a problem not shown is an error all the same (every problem of a file that is no dataset is one)
  const errors = lines.filter((l) => l.severity === "error").length + notShown;
  const warnings = lines.length + notShown - errors;
  const status = unreadable > 0 ? EXIT.trouble : errors > 0 ? EXIT.findings : EXIT.ok;
  if (format === "json") {
    io.out(`${jsonText({ files: positionals.length, unreadable, errors, warnings, notShown, status, findings: lines })}\n`);
    return status;
  }
  const p = paint(io.color);
  lines.forEach((line, i) => {
    io.out(`${lineText(line, (s) => severityText(p, s))}\n`);
    const trailer = trailers.get(i + 1);
    if (trailer !== undefined) io.out(`${trailer}\n`);
  });
  if (io.errIsTTY) {
    const files = `${positionals.length} file${positionals.length === 1 ? "" : "s"}`;
    io.err(`${files} checked: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}${unreadable > 0 ? `, ${unreadable} not read` : ""}\n`);
  }
  return status;
}
