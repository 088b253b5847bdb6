// fogcount report [FILE]: a dataset (the bundled NIS 2025 briefing without a
// file) as a report a reader can trust, in text, Markdown or JSON.

import { lintDataset } from "../../dataset/check.js";
import { isFogcountError } from "../../errors.js";
import { validQueryDay } from "../../revision/clock.js";
import type { Dataset } from "../../dataset/schema.js";
import { nisBriefing2025Dataset } from "../../fixtures/nis-2025-dataset.js";
import { boundsOf } from "../../time/bounds.js";
import { parsePeriod } from "../../time/edtf.js";
import { choice, readArgs } from "../args.js";
import type { OptionSpec, Parsed } from "../args.js";
import { lintOptions } from "../check.js";
import { EXIT, paint, UsageError } from "../io.js";
import type { Io } from "../io.js";
import { lineText, loadInput, notShownText } from "../load.js";
import { inWords, reportContext } from "./context.js";
import { reportJson, reportMarkdown, reportText } from "./document.js";
import type { ReportDocument } from "./document.js";
import { reportSections } from "./sections.js";

export const REPORT_OPTIONS: OptionSpec = {
  format: { type: "string" },
  valid: { type: "string" },
  known: { type: "string" },
  rule: { type: "string", multiple: true },
  cumulative: { type: "string", multiple: true },
};

/** A `--valid` or `--known` time: EDTF with a last day. */
function clock(values: Parsed["values"], name: "valid" | "known"): string | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  const read = parsePeriod(String(value));
  if (!read.ok) throw new UsageError(`--${name} must be an EDTF date or period such as 2025-04-30 or 2025-03, not ${JSON.stringify(value)}`);
  // a time asked about is a day (a period stands for its last day): a qualifier or a start that is not a date has no place in one
  if (/[?~%]/.test(String(value))) throw new UsageError(`--${name} ${String(value)} is marked uncertain or approximate: give the date or period itself`);
  if (read.value.kind === "interval" && (read.value.start.kind === "open" || read.value.start.kind === "unknown")) {
    throw new UsageError(`--${name} ${String(value)} has no first day (an open or unknown start): give a date or a closed period, which stands for its last day`);
  }
  if (boundsOf(read.value).latest === null) {
    const unknown = read.value.kind === "interval" && read.value.end.kind === "unknown";
    throw new UsageError(`--${name} ${String(value)} ${unknown ? "ends on a day not known (an unknown end)" : "has no last day"}: give a date or a closed period`);
  }
  // the rule the searches themselves ask by ("2025-XX" is one date whose month is not known, no time to ask about)
  try {
    validQueryDay("report", String(value), `--${name} ${String(value)}`);
  } catch (error) {
    if (!isFogcountError(error)) throw error;
    throw new UsageError(error.message.replace(/^report: /, "").replace(/, got .*$/, ""));
  }
  return String(value);
}

/** The claims read as they stood on the knowledge time asked about, though deprecated since, in a sentence; none when there are none. */
function pendingText(pending: readonly string[], known: string | undefined): string[] {
  if (pending.length === 0 || known === undefined) return [];
  const one = pending.length === 1;
  return [`${pending.join(", ")} ${one ? "is" : "are"} deprecated in the dataset, but what replaces ${one ? "it" : "them"} was not yet public on ${inWords(known)}: ${one ? "it is" : "they are"} counted as ${one ? "it" : "they"} stood then.`];
}

function header(dataset: Dataset, origin: string, valid: string | undefined, known: string | undefined): string[] {
  const { metadata } = dataset;
  const clocks =
    valid === undefined && known === undefined
      ? "Figures as known now, for every time they describe."
      : `Figures ${known === undefined ? "as known now" : `as known on ${inWords(known)}`}, ${valid === undefined ? "for every time they describe" : `for times up to ${inWords(valid)}`}.`;
  return [
    `${dataset.format} · dated ${inWords(metadata.date)} · licence ${metadata.licence} · maintained by ${metadata.maintainer}`,
    ...(metadata.description === undefined ? [] : [metadata.description]),
    origin,
    clocks,
  ];
}

/** Runs `fogcount report`. */
export async function runReport(io: Io, args: readonly string[]): Promise<number> {
  const { values, positionals } = readArgs(args, REPORT_OPTIONS);
  const format = choice(values, "format", ["text", "markdown", "json"]);
  const valid = clock(values, "valid");
  const known = clock(values, "known");
  const lint = lintOptions(values);
  if (positionals.length > 1) throw new UsageError("reports on one dataset file at a time");
  const file = positionals[0];
  let dataset = nisBriefing2025Dataset;
  if (file !== undefined) {
    const loaded = await loadInput(io, file);
    if (!loaded.ok) {
      for (const line of loaded.lines) io.err(`${lineText(line)}\n`);
      const more = notShownText(loaded.lines[0]?.file ?? file, loaded.notShown);
      if (more !== undefined) io.err(`${more}\n`);
      return EXIT.trouble;
    }
    dataset = loaded.dataset;
  }
  const origin = file === undefined ? "The NIS 2025 briefing bundled with fogcount (fogcount/fixtures); give a dataset file to report on it." : file === "-" ? "From standard input." : `From ${file}.`;
  const context = reportContext(dataset, origin, lintDataset(dataset, ...lint), valid, known);
  const report: ReportDocument = {
    title: dataset.metadata.title,
    lines: [...header(dataset, origin, valid, known), ...pendingText(context.pending, known)],
    sections: reportSections(context),
    data: { title: dataset.metadata.title, format: dataset.format, metadata: dataset.metadata, origin: file ?? null, clocks: { valid: valid ?? null, known: known ?? null }, deprecatedLater: context.pending },
  };
  io.out(format === "json" ? reportJson(report) : format === "markdown" ? reportMarkdown(report) : reportText(report, paint(io.color)));
  return EXIT.ok;
}
