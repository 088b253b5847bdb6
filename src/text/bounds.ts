/**
 * The words before a figure: hedges ("about"), bounds ("more than"), bounds
 * that are also hedges ("just over"), increments ("another"), framing ("the",
 * "a total of") and range fillers ("a range of").
 * @internal
 */
import { LEAD_FILLER, LEAD_FRAME, LEAD_HEDGE, LEAD_HEDGED, LEAD_INCREMENT, LEAD_LOWER, LEAD_UPPER } from "./compile.js";
import { hasRole, key, tokAt, words } from "./context.js";
import { NEGATION, VALUE } from "./roles.js";
import type { Ctx } from "./context.js";
import { matchUnion } from "./trie.js";
import type { TrieMatch } from "./trie.js";
import { closeShortfall, delayedShortfall, isShortfall, levelSubject } from "./modality-shortfall.js";

/** A bound a figure is read with: lower or upper, strict or not, and the words that said so. */
export interface Bound {
  readonly lower: boolean;
  readonly strict: boolean;
  readonly words: string;
}

/** The words read before a figure. */
export interface Lead {
  /** The hedges read, in order; `NO_HEDGES` until one is read, replaced (never changed) as each is added. */
  hedges: readonly string[];
  bound: Bound | undefined;
  /** A bound that is also a hedge ("just over"): the figure is approximate. */
  approx: boolean;
  /** An increment word ("another", "a further"). */
  increment: boolean;
  /**
   * "the" after a bound ("passed the 500,000 mark") or after a hedge that may be a preposition
   * ("around the 3,000 mark"): the figure is read only before a noun of a threshold.
   */
  framed: boolean;
  /** The first token of the bound's words, or -1. */
  boundAt: number;
}

/** The hedges of a figure with none, shared by every lead and trailing read without one; frozen, so none adds to it. @internal */
export const NO_HEDGES: readonly string[] = Object.freeze([]);

/** An empty lead. */
export function noLead(): Lead {
  return { hedges: NO_HEDGES, bound: undefined, approx: false, increment: false, framed: false, boundAt: -1 };
}

/**
 * Words that, right before a bound, qualify it so that it no longer bounds: "little less than
 * 300", "hardly more than 300". Bounds that read clearly with such a word ("nothing less
 * than", "none fewer than", "nothing more than") are phrases of the table and start at it.
 */
const QUALIFIERS = new Set(["nothing", "none", "little", "hardly", "scarcely", "nowhere"]);
/** Words between a negation and a bound that make it a matter of degree: "not much less than", "not far short of". */
const DEGREES = new Set(["much", "far", "that", "any", "a", "lot", "so", "very", "quite"]);

/**
 * Whether a bound at `i` is qualified by the words right before it, so that it reads as no
 * bound: "little less than 300", "hardly more than 300", "not much less than 300", "isn't
 * that far short of 300". A bare negation right before the bound ("not over 300") is left to
 * the figure's modality, which reads the bound as denied; "not less than" and "no more than"
 * are phrases of their own.
 */
export function qualifiedBound(c: Ctx, i: number): boolean {
  if (QUALIFIERS.has(key(c, i - 1))) return true;
  let k = i - 1;
  while (k > i - 4 && DEGREES.has(key(c, k))) k--;
  return k < i - 1 && (QUALIFIERS.has(key(c, k)) || hasRole(c, k, NEGATION));
}

/** Quotation marks that may stand between the words before a figure and the figure. */
const QUOTES = new Set(['"', "'", "“", "‘", "«"]);

type Kind = "hedge" | "lower" | "upper" | "hedged" | "frame" | "increment";

/** The longest phrase of each lead trie at a token, by its LEAD_ index (see `matchUnion`): kept between calls. */
const ENDS = new Int32Array(LEAD_FILLER + 1);
const VALUES: unknown[] = Array.from({ length: LEAD_FILLER + 1 }, () => undefined);
/** The kind of phrase of each lead trie, by its LEAD_ index. */
const KINDS: readonly Kind[] = ["lower", "upper", "hedged", "hedge", "increment", "frame", "frame"];

/** Whether lead trie `n` has a phrase in `found` (the bits `matchUnion` returns) longer than that of trie `best` (-1 for none); the first on equal length. */
function longer(found: number, best: number, n: number): boolean {
  return (found & (1 << n)) !== 0 && (best < 0 || (ENDS[n] as number) > (ENDS[best] as number));
}

/**
 * The longest lead phrase at `j` of any kind, preferring bounds on equal length. One walk of
 * the union of the lead tries finds the longest phrase of each; framing comes before fillers.
 */
function longest(c: Ctx, j: number, lead: Lead): { kind: Kind; m: TrieMatch<unknown> } | undefined {
  const { t } = c;
  // one test of the token's roles where no lead phrase starts, as after the words before most figures
  if (t.leadBits !== 0 && ((tokAt(c, j)?.roles ?? 0) & t.leadBits) === 0) return undefined;
  const found = matchUnion(t.leads, c.toks, j, ENDS, VALUES);
  if (found === 0) return undefined;
  let best = -1;
  if (lead.bound === undefined) {
    if (longer(found, best, LEAD_LOWER)) best = LEAD_LOWER;
    if (longer(found, best, LEAD_UPPER)) best = LEAD_UPPER;
    if (longer(found, best, LEAD_HEDGED)) best = LEAD_HEDGED;
  }
  if (longer(found, best, LEAD_HEDGE)) best = LEAD_HEDGE;
  if (longer(found, best, LEAD_INCREMENT)) best = LEAD_INCREMENT;
  const frame = (found & (1 << LEAD_FRAME)) !== 0 ? LEAD_FRAME : LEAD_FILLER;
  if (longer(found, best, frame)) best = frame;
  return best < 0 ? undefined : { kind: KINDS[best] as Kind, m: { value: VALUES[best], end: ENDS[best] as number } };
}

/** "over" after a verb it belongs to is a particle: "handed over two prisoners", "took over 3 villages". */
function isParticle(c: Ctx, j: number, end: number): boolean {
  return end === j + 1 && c.t.particleVerbs.has(key(c, j - 1));
}

/** Records one lead phrase in `lead`. */
function record(c: Ctx, lead: Lead, kind: Kind, j: number, m: TrieMatch<unknown>): void {
  if (kind === "lower" || kind === "upper" || kind === "hedged") lead.boundAt = j;
  if (kind === "lower" || kind === "upper") lead.bound = { lower: kind === "lower", strict: m.value as boolean, words: words(c, j, m.end) };
  else if (kind === "hedged") {
    const b = m.value as { lower: boolean; strict: boolean };
    lead.bound = { lower: b.lower, strict: b.strict, words: words(c, j, m.end) };
    // "did not reach 1,000" is a plain bound; "did not quite reach 1,000" says it came close
    lead.approx = !isShortfall(c, j, m.end) || closeShortfall(c, j, m.end);
  } else if (kind === "hedge") lead.hedges = [...lead.hedges, words(c, j, m.end)];
  else if (kind === "increment") lead.increment = true;
}

/**
 * Whether the mark at `j` closes an HTML tag glued to the word before it ("<sup>1</sup>",
 * "</b>300"): the ">" of markup, no bound.
 */
function isTagEnd(c: Ctx, j: number): boolean {
  const tk = tokAt(c, j);
  if (tk?.key !== ">" || !tk.glued) return false;
  const name = tokAt(c, j - 1);
  if (name?.kind !== "word" || !name.glued) return false;
  const open = key(c, j - 2);
  return open === "<" || (open === "/" && key(c, j - 3) === "<");
}

/** Hedges that are also prepositions: before "the" they take the phrase as their object ("about the 3,000 troops"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(["about", "around", "round"]);

/**
 * Whether a number at `k` comes before a noun of a threshold: "3,000 mark", "3,000-mark", "3
 * million mark".
 */
function beforeThreshold(c: Ctx, k: number): boolean {
  if (tokAt(c, k)?.kind !== "num") return false;
  const j = c.t.multipliers.has(key(c, k + 1)) ? k + 2 : k + 1;
  return c.t.thresholdNouns.has(key(c, key(c, j) === "-" ? j + 1 : j));
}

/**
 * Reads the words before a figure into `lead`; returns the token after them,
 * or -1 where they are no lead of a figure: a bound before "the" ("under the
 * $15.6bn programme") bounds nothing.
 */
export function leads(c: Ctx, i: number, lead: Lead): number {
  let j = i;
  for (let k = 0; k < 5; k++) {
    const found = longest(c, j, lead);
    if (found === undefined) break;
    if ((found.kind === "lower" || found.kind === "upper") && (isParticle(c, j, found.m.end) || isTagEnd(c, j))) break;
    if (found.kind === "frame" && key(c, j) === "the" && lead.bound === undefined && lead.hedges.length > 0) {
      const threshold = beforeThreshold(c, j + 1);
      // "talked about the 3,000 troops": a hedge that is also a preposition, before "the", is the preposition
      if (!threshold && PREPOSITIONS.has(lead.hedges[lead.hedges.length - 1] as string)) return -1;
      // "around the 3,000 mark", "roughly the 3,000 threshold": a hedge of a threshold, which ends past its noun (see `thresholdEnd`)
      lead.framed = threshold;
    }
    // "under the $15.6bn programme" bounds nothing; "passed the 500,000 mark" does (see `thresholdEnd`)
    if (found.kind === "frame" && lead.bound !== undefined) {
      if (lead.framed || key(c, j) !== "the") return -1;
      lead.framed = true;
      j = found.m.end;
      // "passed the grim 40,000 benchmark": one adjective between "the" and the figure
      const adj = tokAt(c, j);
      if (adj?.kind === "word" && !hasRole(c, j, VALUE) && !c.t.stop.has(adj.key) && tokAt(c, j + 1)?.kind === "num") j++;
      continue;
    }
    // "Aid did not reach 300 villages" denies an arrival: only a level's shortfall bounds its figure
    // "Casualties did not reach 1,000 until March" reached it later: a delay, read as the figure's modality says
    if (found.kind === "hedged" && isShortfall(c, j, found.m.end) && (!levelSubject(c, i) || delayedShortfall(c, found.m.end))) return -1;
    record(c, lead, found.kind, j, found.m);
    j = found.m.end;
  }
  // a quotation mark between the words and the figure: at least "3,000 soldiers"
  if (j > i && tokAt(c, j)?.kind === "sym" && QUOTES.has(tokAt(c, j)?.key ?? "")) j++;
  // a bound set off by a comma: "At most, 300 died", "at the very least, 300"; not "it was over, 300 died"
  else if (lead.bound?.words.startsWith("at ") === true && tokAt(c, j)?.key === "," && tokAt(c, j + 1)?.kind === "num") j++;
  return j;
}
