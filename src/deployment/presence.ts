import { rethrow } from "../_lib/guard.js";
import { fail, isObject, isText, optionsOf } from "../_lib/assert.js";
import { addIntervals } from "../_lib/interval-math.js";
import { multiply } from "../estimate/arithmetic.js";
import { stateInterval } from "../estimate/interval.js";
import type { Interval } from "../estimate/interval.js";
import { isHedged, readInterval } from "../estimate/read.js";
import type { Estimate } from "../estimate/schema.js";
import { FogcountError } from "../errors.js";
import { derived } from "../explain/derive.js";
import { figureOf } from "../explain/figure.js";
import type { Figure, FigureInput } from "../explain/figure.js";

/**
 * The counts {@link netPresence} reads, each a figure, a claim or an estimate
 * in one unit. Only `deployed` is required; a count left out is unknown, not
 * zero: any number of those deployed may have left that way, so the answer
 * reaches down to zero unless killed, captured, missing and wounded are all
 * given (`exact(0, "person")` where a source says none).
 */
export interface PresenceCounts {
  /** All sent: a {@link deploymentTotal}, a claim, or an estimate. */
  readonly deployed: FigureInput;
  /** Dead: gone. */
  readonly killed?: FigureInput;
  /** Taken prisoner: gone. */
  readonly captured?: FigureInput;
  /** Missing: gone. */
  readonly missing?: FigureInput;
  /** Wounded and alive: some still there, some sent home; how many of each is not said. */
  readonly wounded?: FigureInput;
  /** Wounded sent home alive: gone, and among the `wounded` when both are given. */
  readonly repatriated?: FigureInput;
}

/** Options for {@link netPresence}. */
export interface NetPresenceOptions {
  /** What the result counts ("troops present"); the label of `deployed` when left out. */
  readonly label?: string;
}

/** The two answers of {@link netPresence}. */
export interface NetPresence {
  /** Every count subtracted as a separate group of people: the hand arithmetic, which counts the repatriated wounded twice. */
  readonly naive: Figure;
  /** The repatriated counted once, among the wounded, and the wounded not repatriated as anywhere from none to all gone. */
  readonly aware: Figure;
}

const COUNTS = ["deployed", "killed", "captured", "missing", "wounded", "repatriated"] as const;
type Count = (typeof COUNTS)[number];

const ZERO: Interval = { low: 0, high: 0, lowOpen: false, highOpen: false, best: 0 };
const SHARE: Estimate = { kind: "range", low: 0, high: 1, unit: "1" };

/**
 * `deployed − gone`, never below zero; `undefined` if the departures certainly exceed the deployed.
 * With `unknown`, some who may have left are not counted in `gone` (a count not given): any
 * number of the deployed may have gone with them, so the answer reaches down to zero.
 */
function presence(d: Interval, gone: Interval, unknown: boolean): Interval | undefined {
  const high = d.high - gone.low;
  const highOpen = d.highOpen || gone.lowOpen;
  if (high < 0 || (high === 0 && highOpen)) return undefined;
  if (unknown) return { low: 0, high, lowOpen: false, highOpen };
  const raw = d.low - gone.high;
  const best = d.best !== undefined && gone.best !== undefined ? { best: d.best - gone.best } : {};
  return raw < 0 ? { low: 0, high, lowOpen: false, highOpen, ...best } : { low: raw, high, lowOpen: d.lowOpen || gone.highOpen, highOpen, ...best };
}

/** The measures a claim given for each count may have: what it counts must be what the count is. */
const MEASURES: readonly (readonly [Count, readonly string[]])[] = [
  ["deployed", ["deployed", "present", "laborers"]],
  ["killed", ["killed"]],
  ["captured", ["captured"]],
  ["missing", ["missing"]],
  ["wounded", ["wounded"]],
  ["repatriated", ["repatriated"]],
];

/**
 * Checks a count given as a claim (or as a figure that is one): its measure
 * fits the count, and it asserts the figure (a plan is not people sent, a
 * restatement is read through the claim it restates). A bare estimate, or a
 * figure derived from others, says nothing of what it counts and is taken as given.
 */
function checkRole(where: string, key: Count, value: unknown, f: Figure): void {
  if (f.derivation.op !== "claim") return;
  const c = f.derivation.claim;
  const at = isObject(value) && "indicator" in value ? `counts.${key}` : `counts.${key}.derivation.claim`;
  const measures = (MEASURES.find(([k]) => k === key) as readonly [Count, readonly string[]])[1];
  if (!measures.includes(c.indicator.measure)) fail(where, `${at}.indicator.measure`, `must be ${measures.join(" or ")} for the ${key}`, c.indicator.measure);
  if ((c.modality ?? "asserted") !== "asserted") fail(where, `${at}.modality`, "must be asserted: a plan or projection is not people sent or gone", c.modality);
  if (c.restates !== undefined) fail(where, `${at}.restates`, "must be left out: use the claim it restates", c.restates);
}

function readCounts(where: string, counts: PresenceCounts): Map<Count, Figure> {
  if (!isObject(counts) || Array.isArray(counts)) fail(where, "counts", "must be an object of counts", counts);
  for (const key of Object.keys(counts)) {
    if (!(COUNTS as readonly string[]).includes(key)) fail(where, `counts.${key}`, `is not a count netPresence reads (${COUNTS.join(", ")})`, (counts as unknown as Record<string, unknown>)[key]);
  }
  if (counts.deployed === undefined) fail(where, "counts.deployed", "is required", undefined);
  const figures = new Map<Count, Figure>();
  for (const key of COUNTS) {
    const value = counts[key];
    if (value === undefined) continue;
    const f = figureOf(where, `counts.${key}`, value);
    checkRole(where, key, value, f);
    if (readInterval(f.estimate, where, `counts.${key}`).low < 0) fail(where, `counts.${key}`, "must not go below zero", f.estimate);
    const unit = (figures.get("deployed") ?? f).estimate.unit;
    if (f.estimate.unit !== unit) throw new FogcountError("unit-mismatch", `${where}: counts.${key} is in "${f.estimate.unit}", not "${unit}"`, { left: unit, right: f.estimate.unit });
    figures.set(key, key === "deployed" || f.label !== undefined ? f : { ...f, label: key });
  }
  return figures;
}

function sum(list: readonly (Interval | undefined)[]): Interval {
  return list.reduce<Interval>((total, i) => (i === undefined ? total : addIntervals(total, i)), ZERO);
}

/** The wounded who may have left besides the repatriated, as a figure: (wounded − repatriated) × a share from none to all. */
function woundedGone(wounded: Figure, repatriated: Figure | undefined, w: Interval, r: Interval | undefined): Figure {
  const approx = isHedged(wounded.estimate) || (repatriated !== undefined && isHedged(repatriated.estimate));
  const rest =
    repatriated === undefined || r === undefined
      ? wounded
      : derived(stateInterval({ low: Math.max(0, w.low - r.high), high: w.high - r.low, lowOpen: false, highOpen: w.highOpen }, wounded.estimate.unit, approx), "difference", [wounded, repatriated], {
          label: "wounded not repatriated",
          note: "the repatriated are among the wounded: a part never exceeds its whole, and the rest is never below zero",
        });
  const share: Figure = { estimate: SHARE, label: "share who left, not said", derivation: { op: "given" } };
  return derived(multiply(rest.estimate, SHARE), "product", [rest, share], { label: "wounded who may have left" });
}

/**
 * The counts of people who may have left that were not given: killed, captured, missing, and
 * wounded (which holds the repatriated, so that a count of the wounded alone covers both).
 */
function notGiven(figures: ReadonlyMap<Count, Figure>): Count[] {
  return (["killed", "captured", "missing", "wounded"] as const).filter((k) => !figures.has(k));
}

/** The notes of the two answers: what each did, and which counts were not given, so that the low end reaches zero. */
function notesOf(figures: ReadonlyMap<Count, Figure>, over: boolean): { naiveNote: string; awareNote: string } {
  const [w, r] = [figures.has("wounded"), figures.has("repatriated")];
  const missing = notGiven(figures);
  const names = missing.length < 2 ? missing.join("") : `${missing.slice(0, -1).join(", ")} and ${missing.at(-1) as string}`;
  const left = missing.length === 0 ? "" : `; ${names} not given: how many of them left is not said (not zero), so as few as none may remain`;
  const naiveNote = `every count subtracted as a separate group${w && r ? ": the repatriated, who are among the wounded, are subtracted twice" : w ? ", as if every wounded had left" : ""}; never below zero${over ? " (so taken, the counts outnumber those deployed)" : ""}${left}`;
  const awareNote = `${w ? `of the wounded, ${r ? "at least the repatriated and at most all" : "none to all"} have left` : "every count a separate group of people who left"}; never below zero${left}`;
  return { naiveNote, awareNote };
}

/**
 * How many of those deployed are still there: deployed minus those who left
 * (killed, captured, missing, repatriated), as an interval never below zero,
 * given twice, as plain arithmetic would and as the overlap requires.
 *
 * **The dependency problem.** Counts that overlap cannot be subtracted as
 * if they were separate groups. The repatriated wounded are among the
 * wounded: the seed's about 2,000 repatriated in January–March 2025 are part
 * of the about 4,100 wounded (4,700 casualties less about 600 killed).
 * Had a source said none were captured or missing, subtracting both from
 * 13,000–15,000 deployed, with the 600 killed, would count the 2,000 twice
 * and give 6,300–8,300, a narrow and confidently wrong answer (`naive`). Of
 * the wounded, at least the repatriated have left and at most all of them:
 * who of the other 2,100 is still there is not said. So 8,300–12,400 remain
 * (`aware`): wider, because the sources say less than the naive sum
 * assumes, and true under every reading of them. The same problem widens
 * any interval sum in which one count appears twice (wounded derived as
 * casualties − killed, then killed subtracted again): keep each count once.
 *
 * **Unknown is not zero.** A count left out is not subtracted, and not read
 * as zero either: any number may have left that way, so unless killed,
 * captured, missing and wounded are all given, both answers reach down to
 * zero ("up to 12,400" for the seed, which gives no captured or missing),
 * and their notes name the counts not given. With no `wounded`, the two
 * answers are the same numbers. Departures that certainly exceed the
 * deployed are refused.
 *
 * A count given as a claim (or a figure that is one) must assert a figure of
 * its own measure: `deployed` a claim of `deployed`, `present` or
 * `laborers`, each other count a claim of the measure of its name. A plan
 * given as `deployed` would be subtracted from as if sent, and a casualties
 * claim given as `killed` would count the wounded as dead. A bare estimate,
 * or a figure derived from others (the sum of `deploymentTotal`, wounded as
 * casualties less killed), cannot be checked so: make sure it counts what
 * its name says.
 *
 * @category Deployment
 * @throws {FogcountError} `invalid-argument` for counts that are not an object, a count that is not a figure, a claim or an estimate, a count name it does not read, a claim of another measure than its count's, a plan, projection or restatement, a count below zero, or no `deployed`; `invalid-option` for options that are not an object, an unknown option or a `label` that is not non-empty text; `unit-mismatch` for counts in different units; `part-exceeds-whole` for repatriated certainly more than the wounded; `departures-exceed-deployed` if those who left certainly outnumber those sent; `overflow` for a sum past the largest finite number.
 * @example
 * const seed = {
 *   deployed: range(13_000, 15_000, "person"),
 *   killed: approx(600, "person"),
 *   wounded: approx(4100, "person"),
 *   repatriated: approx(2000, "person"),
 * };
 * netPresence(seed).aware.estimate;
 * //=> { kind: "atMost", value: 12400, strict: false, unit: "person", approx: true }
 * const { naive, aware } = netPresence({ ...seed, captured: exact(0, "person"), missing: exact(0, "person") });
 * [naive.estimate, aware.estimate];
 * //=> [{ kind: "range", low: 6300, high: 8300, unit: "person", approx: true }, { kind: "range", low: 8300, high: 12400, unit: "person", approx: true }]
 */
export function netPresence(counts: PresenceCounts, options?: NetPresenceOptions): NetPresence {
  try {
    const where = "netPresence";
    const { label: given } = optionsOf(where, options, "options", ["label"]);
    if (given !== undefined && !isText(given)) fail(where, "options.label", "must be non-empty text", given, "invalid-option");
    const figures = readCounts(where, counts);
    const at = (k: Count) => figures.get(k);
    const iv = (k: Count) => {
      const f = at(k);
      return f === undefined ? undefined : readInterval(f.estimate, where, `counts.${k}`);
    };
    const [d, w, r] = [iv("deployed") as Interval, iv("wounded"), iv("repatriated")];
    if (w !== undefined && r !== undefined && (r.low > w.high || (r.low === w.high && (r.lowOpen || w.highOpen)))) {
      throw new FogcountError("part-exceeds-whole", `${where}: the repatriated (at least ${r.low}) exceed the wounded they are among (at most ${w.high})`, { part: r.low, whole: w.high });
    }
    const gone = sum([iv("killed"), iv("captured"), iv("missing")]);
    const woundedLeft = w === undefined ? (r ?? ZERO) : { low: r?.low ?? 0, high: w.high, lowOpen: r?.lowOpen ?? false, highOpen: w.highOpen };
    const unknown = notGiven(figures).length > 0;
    const aware = presence(d, addIntervals(gone, woundedLeft), unknown);
    if (aware === undefined) {
      throw new FogcountError("departures-exceed-deployed", `${where}: those who left (at least ${gone.low + woundedLeft.low}) outnumber those deployed (at most ${d.high})`, { deployed: d.high });
    }
    const naive = presence(d, sum([gone, w, r]), unknown);
    const unit = (at("deployed") as Figure).estimate.unit;
    const hedged = [...figures.values()].some((f) => isHedged(f.estimate));
    const label = given ?? (at("deployed") as Figure).label;
    const named = (keys: readonly Count[]) => keys.flatMap((k) => (at(k) === undefined ? [] : [at(k) as Figure]));
    const { naiveNote, awareNote } = notesOf(figures, naive === undefined);
    const awareInputs = [...named(["deployed", "killed", "captured", "missing", "repatriated"]), ...(w === undefined ? [] : [woundedGone(at("wounded") as Figure, at("repatriated"), w, r)])];
    return {
      naive: derived(stateInterval(naive ?? ZERO, unit, hedged), "difference", named(COUNTS), { ...(label !== undefined && { label }), note: naiveNote }),
      aware: derived(stateInterval(aware, unit, hedged), "difference", awareInputs, { ...(label !== undefined && { label }), note: awareNote }),
    };
  } catch (error) {
    rethrow("netPresence", { counts, options }, error);
  }
}
