import { rethrow } from "../_lib/guard.js";
import { fail, isObject, oneOf, optionsOf } from "../_lib/assert.js";
import type { Claim } from "../claim/schema.js";
import { formatEstimate, isLocale } from "../estimate/format.js";
import { readInterval } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { originatorOf } from "../provenance/chain.js";
import { describePeriod } from "../time/describe.js";
import { period } from "../time/edtf.js";
import { checkFigure } from "./figure.js";
import type { Figure, Operation } from "./figure.js";

/** Options for {@link explain}. */
export interface ExplainOptions {
  /** `"text"` (the default): lines a reader understands. `"json"`: the same as an {@link Explanation} tree. */
  readonly format?: "text" | "json";
  /** A BCP 47 locale for the numbers, as in `formatEstimate`; `"en-US"` by default. */
  readonly locale?: string;
  /** Short names for sources by id (`{ "kr-nis": "NIS" }`); a source not listed is named by its `name`. */
  readonly names?: Readonly<Record<string, string>>;
}

/** Where a stated figure comes from, as an {@link Explanation} gives it. */
export interface ExplainedClaim {
  readonly id: string;
  readonly source: string;
  readonly sourceId: string;
  /** The valid time as EDTF, and in words. */
  readonly validTime: string;
  readonly valid: string;
  /** The report time as EDTF, and in words. */
  readonly reportedAt: string;
  readonly reported: string;
  readonly text?: string;
}

/** One node of a figure's working, written out. */
export interface Explanation {
  /** The figure as a reader reads it: "13,000–15,000 troops". */
  readonly text: string;
  readonly estimate: Estimate;
  readonly op: Operation | "claim" | "given";
  readonly claim?: ExplainedClaim;
  readonly factor?: number;
  readonly note?: string;
  readonly inputs?: readonly Explanation[];
}

const SIGNS: Readonly<Record<Operation, string>> = { sum: "+", difference: "−", product: "×", quotient: "÷", ratio: "÷", scale: "×" };

interface Writer {
  readonly locale: string;
  readonly names: Readonly<Record<string, string>>;
}

function settingsOf(options: ExplainOptions | undefined): Writer & { format: "text" | "json" } {
  const where = "explain";
  const { format = "text", locale = "en-US", names = {} } = optionsOf(where, options, "options", ["format", "locale", "names"]);
  oneOf(where, "options.format", format, ["text", "json"]);
  if (!isObject(names) || Array.isArray(names) || !Object.values(names).every((n) => typeof n === "string" && n.trim() !== "")) {
    fail(where, "options.names", "must map source ids to non-empty names", names, "invalid-option");
  }
  if (!isLocale(locale)) fail(where, "options.locale", "must be a BCP 47 language tag", locale, "invalid-option");
  return { format, locale, names };
}

function claimOf(claim: Claim, w: Writer): ExplainedClaim {
  const source = originatorOf(claim.attribution);
  return {
    id: claim.id,
    source: Object.hasOwn(w.names, source.id) ? (w.names[source.id] as string) : source.name,
    sourceId: source.id,
    validTime: claim.validTime,
    valid: describePeriod(period(claim.validTime)),
    reportedAt: claim.reportedAt,
    reported: describePeriod(period(claim.reportedAt)),
    ...(claim.text !== undefined && { text: claim.text }),
  };
}

/** Whether a number has more digits than anyone writes: the noise of a computation. */
const noisy = (x: number): boolean => Number.isFinite(x) && Number(x.toPrecision(6)) !== x;

/** How a figure's estimate is written in its working. */
function written(f: Figure, locale: string): string {
  // a share (unit "1") reads as a percentage: "about 31–37% of the force";
  // a quotient of two separate counts is a rate, not a share: "about 6.8 wounded per killed",
  // the noise of the division written, as the percent style writes it, to 2 significant digits
  if (f.estimate.unit !== "1") return formatEstimate(f.estimate, { locale });
  if (f.derivation.op !== "quotient") return formatEstimate(f.estimate, { locale, style: "percent" });
  const { low, high, best } = readInterval(f.estimate);
  return formatEstimate(f.estimate, { locale, ...([low, high, best ?? 0].some(noisy) && { digits: 2 }) });
}

function tree(f: Figure, w: Writer): Explanation {
  // an order of magnitude counts its label as formatEstimate names a unit: "thousands of troops"
  const of = f.estimate.kind === "magnitude" && f.estimate.order.endsWith("s") ? " of" : "";
  const text = written(f, w.locale) + (f.label === undefined ? "" : `${of} ${f.label}`);
  const d = f.derivation;
  if (d.op === "claim") return { text, estimate: f.estimate, op: "claim", claim: claimOf(d.claim, w) };
  if (d.op === "given") return { text, estimate: f.estimate, op: "given" };
  return {
    text,
    estimate: f.estimate,
    op: d.op,
    ...(d.factor !== undefined && { factor: d.factor }),
    ...(d.note !== undefined && { note: d.note }),
    inputs: d.inputs.map((input) => tree(input, w)),
  };
}

function term(node: Explanation): string {
  return node.claim === undefined ? node.text : `${node.text} (${node.claim.source}, ${node.claim.valid})`;
}

function lines(node: Explanation, depth: number, out: string[]): string[] {
  const inputs = node.inputs ?? [];
  if (node.op === "sum" && inputs.length === 0) {
    out.push(`${"  ".repeat(depth)}${depth === 0 ? "" : "where "}${node.text} = nothing to add (an empty sum)`);
    return out;
  }
  if (inputs.length === 0) {
    if (depth === 0) out.push(node.op === "claim" ? `${term(node)}, as stated` : `${node.text}, as given`);
    return out;
  }
  const sign = SIGNS[node.op as Operation];
  const right = node.op === "scale" ? `${term(inputs[0] as Explanation)} × ${node.factor}` : inputs.map(term).join(` ${sign} `);
  out.push(`${"  ".repeat(depth)}${depth === 0 ? "" : "where "}${node.text} = ${right}${node.note === undefined ? "" : ` (${node.note})`}`);
  for (const input of inputs) if (input.inputs !== undefined) lines(input, depth + 1, out);
  return out;
}

/**
 * A figure's working, written out: as lines a reader understands (each
 * stated figure with its source and valid time, each computed one with its
 * operation) or as the same tree in JSON. Explaining never changes a value:
 * every number shown is the figure's own estimate, formatted; a share (unit
 * `"1"`) is written as a percentage ("about 31–37%"), and a quotient of two
 * separate counts in one unit as a number ("about 6.8 wounded per killed").
 *
 * @category Figures
 * @throws {FogcountError} `invalid-argument` for a value that is not a figure; `invalid-option` for an unknown option, a `format` other than "text" or "json", a locale that is not a BCP 47 tag, or `names` that are not text; `overflow` for a share too large to write as a percentage.
 * @example
 * explain(derive.sum([range(10_000, 12_000, "person"), approx(3000, "person")], { label: "troops" }));
 * //=> "13,000–15,000 troops = 10,000–12,000 + about 3,000"
 */
export function explain(figure: Figure, options: ExplainOptions & { readonly format: "json" }): Explanation;
export function explain(figure: Figure, options?: ExplainOptions & { readonly format?: "text" }): string;
export function explain(figure: Figure, options?: ExplainOptions): string | Explanation;
export function explain(figure: Figure, options?: ExplainOptions): string | Explanation {
  try {
    const settings = settingsOf(options);
    checkFigure("explain", "figure", figure);
    const root = tree(figure, settings);
    return settings.format === "json" ? root : lines(root, 0, []).join("\n");
  } catch (error) {
    rethrow("explain", { figure, options }, error);
  }
}
