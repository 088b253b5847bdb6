/**
 * Scores extractEstimates against hand-annotated real sentences: how many
 * figures it reads right, reads wrong (a span over the figure with other
 * numbers: the costly error), misses, and what it reads that is no figure.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import type { Estimate } from "../../../../src/estimate/schema.js";
import { extractEstimates } from "../../../../src/text/extract.js";
import type { ExtractedEstimate } from "../../../../src/text/extract.js";

/** One annotated figure, as a careful reader takes the sentence to state it. */
export interface RealFigure {
  readonly text: string;
  readonly kind: string;
  readonly value?: number;
  readonly low?: number;
  readonly high?: number;
  readonly order?: string;
  readonly strict?: boolean;
  readonly unit: string;
  readonly modality: string;
  readonly increment?: boolean;
  /** The reader cannot say what the figure is: declining to read it is right. */
  readonly refuse?: boolean;
}

/** One annotated sentence with where it was published. */
export interface RealSentence {
  readonly sentence: string;
  readonly source: string;
  readonly figures: readonly RealFigure[];
}

/** The counts of one scored set. */
export interface Score {
  figures: number;
  right: number;
  wrong: number;
  missed: number;
  spans: number;
  spurious: number;
  refusals: number;
  refusalsKept: number;
  unitConflicts: number;
  modalityRight: number;
  incrementRight: number;
  /** One line a problem, for the failure message. */
  problems: string[];
}

/** Reads a set from this folder. */
export function loadSet(name: "dev" | "holdout"): readonly RealSentence[] {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`./${name}.json`, import.meta.url)), "utf8")) as RealSentence[];
}

const near = (a: number | undefined, b: number | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

/** Whether an estimate says what the figure says: its kind, its numbers and, for bounds, its strictness. */
export function sameReading(e: Estimate, f: RealFigure): boolean {
  if (e.kind !== f.kind) return false;
  if (e.kind === "range") return near(e.low, f.low) && near(e.high, f.high);
  if (e.kind === "magnitude") return e.order === f.order;
  if ((e.kind === "atLeast" || e.kind === "atMost") && f.strict !== undefined && e.strict !== f.strict) return false;
  return near(e.value, f.value);
}

function scoreFigure(s: Score, f: RealFigure, over: readonly ExtractedEstimate[], sentence: string): void {
  if (f.refuse === true) {
    s.refusals++;
    if (over.length === 0) s.refusalsKept++;
    return;
  }
  s.figures++;
  const hit = over.find((o) => sameReading(o.estimate, f));
  if (hit === undefined) {
    if (over.length > 0) s.wrong++;
    else s.missed++;
    const got = over.map((o) => `${o.text} = ${JSON.stringify({ ...o.estimate, text: undefined })}`).join(" | ");
    s.problems.push(`${over.length > 0 ? "wrong" : "missed"}: ${JSON.stringify(f.text)} ${got} in ${JSON.stringify(sentence)}`);
    return;
  }
  s.right++;
  if (hit.estimate.unit !== "unknown" && f.unit !== "unknown" && hit.estimate.unit !== f.unit) s.unitConflicts++;
  if (hit.modality === f.modality) s.modalityRight++;
  if (hit.increment === (f.increment === true)) s.incrementRight++;
}

/** Scores every sentence of a set. */
export function scoreSet(set: readonly RealSentence[]): Score {
  const s: Score = { figures: 0, right: 0, wrong: 0, missed: 0, spans: 0, spurious: 0, refusals: 0, refusalsKept: 0, unitConflicts: 0, modalityRight: 0, incrementRight: 0, problems: [] };
  for (const { sentence, figures } of set) {
    const spans = extractEstimates(sentence);
    s.spans += spans.length;
    const used = new Set<ExtractedEstimate>();
    for (const f of figures) {
      const at = sentence.indexOf(f.text);
      const over = spans.filter((o) => o.start < at + f.text.length && o.end > at);
      for (const o of over) used.add(o);
      scoreFigure(s, f, over, sentence);
    }
    for (const o of spans) if (!used.has(o)) s.problems.push(`spurious: ${o.text} in ${JSON.stringify(sentence)}`);
    s.spurious += spans.filter((o) => !used.has(o)).length;
  }
  return s;
}

/** The score as one line. */
export function describeScore(name: string, s: Score): string {
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  return (
    `${name}: ${s.figures} figures, ${s.right} read right (${pct(s.right, s.figures)}), ${s.wrong} read wrong, ${s.missed} missed; ` +
    `${s.spans} spans, ${s.spurious} not a figure; ${s.refusalsKept}/${s.refusals} ambiguous figures left unread; ` +
    `${s.unitConflicts} unit conflicts; modality ${pct(s.modalityRight, s.right)}, increment ${pct(s.incrementRight, s.right)}`
  );
}
