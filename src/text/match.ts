/**
 * The quantity matcher: reads quantity phrases out of tokens, driven by a
 * phrase table. It tries a phrase at each token that can start one and looks
 * ahead a bounded number of tokens, so it is linear in the input.
 * @internal
 */
import type { MagnitudeOrder } from "../estimate/magnitude.js";
import type { PhraseTable } from "./phrases/types.js";
import type { Estimate } from "../estimate/schema.js";
import { matchTrie, trieOf } from "./trie.js";
import type { Trie, TrieMatch } from "./trie.js";
import type { ParseEstimateFailure } from "./parse.js";
import { singularNoun } from "../_lib/nouns.js";
import { tokenize } from "./tokenize.js";
import type { NumberMarks, Token } from "./tokenize.js";

/** Why a phrase is not a quantity, as the matcher finds it. @internal */
export type MatchFailure = Exclude<ParseEstimateFailure, "empty" | "trailing-text" | "unsupported-locale">;

interface Compiled {
  readonly marks: NumberMarks;
  readonly hedges: Trie<true>;
  readonly hedgesAfter: Trie<true>;
  readonly lower: Trie<boolean>;
  readonly upper: Trie<boolean>;
  readonly lowerAfter: Trie<boolean>;
  readonly upperAfter: Trie<boolean>;
  readonly openers: Trie<ReadonlySet<string>>;
  readonly connectors: ReadonlySet<string>;
  readonly fillers: Trie<true>;
  readonly proportion: Trie<true>;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly articles: ReadonlySet<string>;
  readonly multipliers: ReadonlyMap<string, number>;
  readonly suffixes: ReadonlyMap<string, { readonly value: number; readonly money?: boolean }>;
  readonly andHalf: Trie<true>;
  readonly magnitudes: Trie<{ readonly order: MagnitudeOrder; readonly currency?: string }>;
  readonly fractions: ReadonlyMap<string, number>;
  readonly bare: ReadonlySet<string>;
  readonly percent: Trie<true>;
  readonly units: Trie<string>;
  readonly strength: ReadonlySet<string>;
  readonly symbols: Trie<string>;
  readonly codes: ReadonlySet<string>;
  readonly names: Trie<string>;
  readonly rateWords: ReadonlySet<string>;
  readonly periods: ReadonlyMap<string, string>;
  readonly adverbs: ReadonlyMap<string, string>;
  readonly time: ReadonlySet<string>;
  readonly months: ReadonlySet<string>;
  readonly calibres: ReadonlySet<string>;
  readonly ordinalSuffixes: ReadonlySet<string>;
  readonly decades: ReadonlySet<string>;
  readonly clock: Trie<true>;
  readonly ordinalWords: ReadonlySet<string>;
  readonly labels: ReadonlySet<string>;
  readonly change: ReadonlySet<string>;
  readonly stop: ReadonlySet<string>;
  readonly best: Trie<true>;
  readonly starters: ReadonlySet<string>;
}

const cache = new WeakMap<PhraseTable, Compiled>();

function entries<T>(record: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(record);
}

function flags(list: readonly string[]): [string, true][] {
  return list.map((w) => [w, true]);
}

/** The table turned into tries and sets, once per table. @internal */
export function compile(table: PhraseTable): Compiled {
  const hit = cache.get(table);
  if (hit !== undefined) return hit;
  const marks: NumberMarks = table.numbers;
  const trie = <T>(e: Iterable<readonly [string, T]>): Trie<T> => trieOf(e, marks);
  const lower = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));
  const c: Compiled = {
    marks,
    hedges: trie(flags(table.hedges)),
    hedgesAfter: trie(flags(table.hedgesAfter)),
    lower: trie(entries(table.lowerBounds)),
    upper: trie(entries(table.upperBounds)),
    lowerAfter: trie(entries(table.lowerBoundsAfter)),
    upperAfter: trie(entries(table.upperBoundsAfter)),
    openers: trie(entries(table.rangeOpeners).map(([k, v]) => [k, new Set(v.map((w) => (w === "-" ? "-" : w.toLowerCase())))] as const)),
    connectors: lower(table.rangeConnectors),
    fillers: trie(flags(table.rangeFillers)),
    proportion: trie(flags(table.proportionConnectors)),
    numberWords: new Map(entries(table.numberWords)),
    articles: lower(table.articles),
    multipliers: new Map(entries(table.multipliers)),
    suffixes: new Map(entries(table.multiplierSuffixes)),
    andHalf: trie(flags(table.andAHalf)),
    magnitudes: trie(entries(table.magnitudes)),
    fractions: new Map(entries(table.fractions)),
    bare: lower(table.bareFractions),
    percent: trie(flags(table.percent)),
    units: trie(entries(table.units)),
    strength: lower(table.strength),
    symbols: trie(entries(table.currencySymbols)),
    codes: new Set(table.currencyCodes),
    names: trie(entries(table.currencyNames)),
    rateWords: lower(table.rateWords),
    periods: new Map(entries(table.ratePeriods)),
    adverbs: new Map(entries(table.rateAdverbs)),
    time: lower(table.timeNouns),
    months: new Set(table.months),
    calibres: lower(table.calibres),
    ordinalSuffixes: lower(table.ordinalSuffixes),
    decades: lower(table.decadeSuffixes),
    clock: trie(flags(table.clockWords)),
    ordinalWords: lower(table.ordinalWords),
    labels: lower(table.labelNouns),
    change: lower(table.changeVerbs),
    stop: lower(table.stopWords),
    best: trie(flags(table.best)),
    starters: new Set(),
  };
  const starters = c.starters as Set<string>;
  starters.add("#");
  for (const t of [c.hedges, c.lower, c.upper, c.openers, c.fillers, c.magnitudes, c.symbols] as Trie<unknown>[]) {
    for (const k of t.next.keys()) starters.add(k);
  }
  for (const k of [...c.numberWords.keys(), ...c.articles, ...c.bare]) starters.add(k);
  for (const k of c.codes) starters.add(k.toLowerCase());
  cache.set(table, c);
  return c;
}

interface Ctx {
  readonly toks: readonly Token[];
  readonly src: string;
  readonly t: Compiled;
  /** parseEstimate: the whole input is one phrase, so year-like numbers and bare small numbers count. */
  readonly phrase: boolean;
}

/** One end of a quantity. */
interface Val {
  readonly v: number;
  readonly end: number;
  readonly currency: string | undefined;
  readonly pct: boolean;
  readonly frac: boolean;
  readonly mult: number;
  readonly small: boolean;
  readonly yearLike: boolean;
  readonly strong: boolean;
  readonly plainInt: boolean;
}

/** A phrase that is not a quantity, and the token to resume at. */
interface Fail {
  readonly fail: MatchFailure;
  readonly skip: number;
}

/** A matched phrase: the estimate and its token span. @internal */
export interface Match {
  readonly estimate: Estimate;
  readonly first: number;
  readonly end: number;
}

const isFail = (x: unknown): x is Fail => typeof x === "object" && x !== null && "fail" in x;
const fail = (reason: MatchFailure, skip: number): Fail => ({ fail: reason, skip });

function tokAt(c: Ctx, i: number): Token | undefined {
  return c.toks[i];
}
function key(c: Ctx, i: number): string {
  return c.toks[i]?.key ?? "";
}
function trie<T>(c: Ctx, t: Trie<T>, i: number): TrieMatch<T> | undefined {
  return i < c.toks.length ? matchTrie(t, c.toks, i) : undefined;
}
/** The words of tokens [a, b) as written, lower case, single spaces. */
function words(c: Ctx, a: number, b: number): string {
  const first = c.toks[a] as Token;
  const last = c.toks[b - 1] as Token;
  return c.src.slice(first.start, last.end).toLowerCase().replace(/\s+/g, " ");
}
function glued(c: Ctx, i: number): boolean {
  return c.toks[i]?.glued === true;
}
/** Multiply without binary noise: 4.35 × 1e6 is 4,350,000. */
function times(v: number, m: number): number {
  return m === 1 ? v : Number((v * m).toPrecision(15));
}

const WORD_MULTIPLIER = /^[a-z]{3,}$/;

/** A number spelled out in words: "two thousand", "a dozen", "twenty-five", "two and a half million". */
function spelled(c: Ctx, i: number): { v: number; end: number; small: boolean; mult: number } | undefined {
  const { t } = c;
  let total = 0;
  let current = 0;
  let any = false;
  let last: "unit" | "tens" | "mult" | "none" = "none";
  let hasMult = false;
  let lastMult = 1;
  let j = i;
  const isMultWord = (k: number): boolean => {
    const tk = tokAt(c, k);
    return tk?.kind === "word" && t.multipliers.has(tk.key) && WORD_MULTIPLIER.test(tk.key);
  };
  if (t.articles.has(key(c, j)) && isMultWord(j + 1)) {
    current = 1;
    any = true;
    last = "unit";
    j++;
  }
  for (let steps = 0; steps < 16; steps++) {
    const tk = tokAt(c, j);
    if (tk === undefined) break;
    const w = tk.kind === "word" ? t.numberWords.get(tk.key) : undefined;
    if (w !== undefined) {
      const ok = last === "none" || last === "mult" || (last === "tens" && w < 10 && w > 0);
      if (!ok) break;
      current += w;
      any = true;
      last = w >= 20 && w % 10 === 0 ? "tens" : "unit";
      j++;
      continue;
    }
    if (any && isMultWord(j)) {
      const m = t.multipliers.get(tk.key) as number;
      if (m < 1000) current = (current === 0 ? 1 : current) * m;
      else {
        total += (current === 0 ? 1 : current) * m;
        current = 0;
      }
      hasMult = true;
      lastMult = m;
      last = "mult";
      j++;
      continue;
    }
    if (any && tk.kind === "dash" && glued(c, j) && glued(c, j + 1)) {
      const nx = key(c, j + 1);
      if (isMultWord(j + 1) || (last === "tens" && (t.numberWords.get(nx) ?? 99) < 10)) {
        j++;
        continue;
      }
      break;
    }
    if (any && tk.key === "and" && last === "mult" && t.numberWords.has(key(c, j + 1))) {
      j++;
      continue;
    }
    const half = any && (last === "unit" || last === "tens") ? trie(c, t.andHalf, j) : undefined;
    if (half !== undefined && isMultWord(half.end)) {
      current += 0.5;
      j = half.end;
      continue;
    }
    break;
  }
  if (!any) return undefined;
  const v = total + current;
  return { v, end: j, small: !hasMult && v < 100, mult: last === "mult" ? lastMult : 1 };
}

/** A fraction in words: "a third", "two-thirds", "half". */
function fraction(c: Ctx, i: number): { v: number; end: number } | undefined {
  const { t } = c;
  const k = key(c, i);
  if (t.bare.has(k)) {
    const prev = key(c, i - 1);
    if (t.ordinalWords.has(prev) && !c.phrase) return undefined;
    if (tokAt(c, i + 1)?.kind === "dash" && glued(c, i + 1)) return undefined;
    return { v: 1 / (t.fractions.get(k) ?? 2), end: i + 1 };
  }
  const n = t.articles.has(k) ? 1 : t.numberWords.get(k);
  if (n === undefined || n < 1 || n > 19) return undefined;
  let j = i + 1;
  if (tokAt(c, j)?.kind === "dash" && glued(c, j) && glued(c, j + 1)) j++;
  const den = tokAt(c, j)?.kind === "word" ? t.fractions.get(key(c, j)) : undefined;
  if (den === undefined) return undefined;
  return { v: n / den, end: j + 1 };
}

const DEGREE = new Set(["°", "º", "′", "″", "'", "\u2032"]);

/** An ASCII apostrophe after a number closes a quotation ('over 100') unless a number follows it (5'11"). */
function closingQuote(c: Ctx, i: number): boolean {
  const next = tokAt(c, i + 1);
  return tokAt(c, i)?.key === "'" && !(next?.kind === "num" && next.glued);
}

/** The number itself: digits, words, or a fraction. */
function amount(c: Ctx, i: number, money: boolean, second: boolean): Omit<Val, "currency" | "pct"> | Fail | undefined {
  const { t } = c;
  const tk = tokAt(c, i);
  if (tk === undefined) return undefined;
  if (tk.kind === "num") {
    const prev = tokAt(c, i - 1);
    const p2 = tokAt(c, i - 2);
    if (!money && !second && prev !== undefined && tk.glued) {
      if (prev.kind === "word") return fail("designation", i + 1);
      if (prev.kind === "dash" && prev.glued && p2?.kind === "word" && !t.numberWords.has(p2.key)) return fail("designation", i + 1);
      if (prev.kind === "dash" && prev.glued && p2?.kind === "num") return fail("no-quantity", i + 1);
      if (prev.key === "#" || prev.key === "№") return fail("designation", i + 1);
      if ((prev.key === "." || prev.key === ":" || prev.key === "/") && p2?.kind === "num" && prev.glued) {
        return fail(prev.key === ":" ? "clock-time" : prev.key === "/" ? "date" : "designation", i + 1);
      }
    }
    const labelAt = prev?.key === "." ? i - 2 : i - 1;
    const label = tokAt(c, labelAt);
    if (!money && label?.kind === "word" && t.labels.has(label.key) && /^\p{Lu}/u.test(label.text)) {
      return fail("designation", i + 1);
    }
    if (tk.leadingZero) return fail("designation", i + 1);
    if (!Number.isFinite(tk.value)) return fail("not-finite", i + 1);
    let end = i + 1;
    let mult = 1;
    let strong = false;
    const n1 = tokAt(c, i + 1);
    const n2 = tokAt(c, i + 2);
    if (n1 !== undefined && n1.glued) {
      if (n1.kind === "word") {
        const s = t.suffixes.get(n1.key);
        if (s !== undefined && (s.money !== true || money)) {
          mult = s.value;
          end = i + 2;
        } else if (t.calibres.has(n1.key)) return fail("calibre", i + 2);
        else if (t.ordinalSuffixes.has(n1.key)) return fail("ordinal", i + 2);
        else if (t.decades.has(n1.key) && (tk.digits === 2 || tk.digits === 4) && !(n2?.glued === true && n2.kind === "num")) {
          return fail("date", i + 2);
        }
        else if (trie(c, t.clock, i + 1) !== undefined) return fail("clock-time", i + 2);
        else return fail("designation", i + 2);
      } else if (n1.kind === "sym" && n2?.kind === "num" && n2.glued) {
        if (n1.key === ":") return fail("clock-time", i + 3);
        if (n1.key === "/") return fail("date", i + 3);
        if (n1.key === ".") return fail("designation", i + 3);
      } else if (n1.kind === "sym" && DEGREE.has(n1.key) && !closingQuote(c, i + 1)) {
        return fail("designation", i + 2);
      } else if (n1.kind === "dash" && n2 !== undefined && n2.glued) {
        if (n2.kind === "num" && tokAt(c, i + 3)?.kind === "dash" && glued(c, i + 3) && tokAt(c, i + 4)?.kind === "num" && glued(c, i + 4)) {
          return fail("date", i + 5);
        }
        if (n2.kind === "word") {
          const m = t.multipliers.get(n2.key);
          if (m !== undefined && WORD_MULTIPLIER.test(n2.key)) {
            mult = m;
            end = i + 3;
          } else if (t.calibres.has(n2.key)) return fail("calibre", i + 3);
          else if (t.time.has(n2.key)) return fail("duration", i + 3);
          else if (t.strength.has(n2.key)) {
            strong = true;
            end = i + 3;
          }
        }
      }
    }
    // "4 thousand", "1.2 million", "5 hundred thousand"
    for (let k = 0, most = end === i + 1 ? 2 : 0; k < most; k++) {
      const w = tokAt(c, end);
      const m = w?.kind === "word" && !w.glued ? t.multipliers.get(w.key) : undefined;
      if (m === undefined || (w !== undefined && t.suffixes.has(w.key) && !WORD_MULTIPLIER.test(w.key) && w.key !== "bn" && w.key !== "mn")) break;
      mult *= m;
      end++;
    }
    const spaced = tokAt(c, end);
    if (spaced?.kind === "word" && !spaced.glued) {
      if (t.calibres.has(spaced.key)) return fail("calibre", end + 1);
      if (trie(c, t.clock, end) !== undefined) return fail("clock-time", end + 1);
    }
    const yearLike = tk.plain && tk.digits === 4 && tk.value >= 1000 && tk.value < 2200 && mult === 1 && !money;
    const v = times(tk.value, mult);
    if (!Number.isFinite(v)) return fail("not-finite", end);
    return { v, end, frac: false, mult, small: false, yearLike, strong, plainInt: tk.plain && mult === 1 };
  }
  if (tk.kind !== "word") return undefined;
  const fr = fraction(c, i);
  if (fr !== undefined) {
    // "half a million", "a quarter of a million"
    let j = fr.end;
    if (key(c, j) === "of") j++;
    if (t.articles.has(key(c, j))) {
      const m = t.multipliers.get(key(c, j + 1));
      if (m !== undefined && WORD_MULTIPLIER.test(key(c, j + 1))) {
        return { v: times(fr.v, m), end: j + 2, frac: false, mult: m, small: false, yearLike: false, strong: false, plainInt: false };
      }
    }
    const nx = tokAt(c, fr.end);
    if (nx?.kind === "word") {
      const after = key(c, fr.end + 1);
      if (t.time.has(nx.key) || (t.articles.has(nx.key) && t.time.has(after))) return fail("duration", fr.end + 1);
      if (!c.phrase && !t.stop.has(nx.key)) return undefined;
    }
    return { v: fr.v, end: fr.end, frac: true, mult: 1, small: false, yearLike: false, strong: false, plainInt: false };
  }
  const sp = spelled(c, i);
  if (sp === undefined) return undefined;
  return { v: sp.v, end: sp.end, frac: false, mult: sp.mult, small: sp.small, yearLike: false, strong: false, plainInt: sp.small && Number.isInteger(sp.v) };
}

/** One end of a quantity with its currency and percent sign: "$5.5bn", "40%", "300 euros". */
function value(c: Ctx, i: number, second = false): Val | Fail | undefined {
  const { t } = c;
  let j = i;
  let currency: string | undefined;
  const sym = trie(c, t.symbols, j);
  const first = tokAt(c, j);
  if (sym !== undefined) {
    currency = sym.value;
    j = sym.end;
  } else if (first?.kind === "word" && t.codes.has(first.text) && tokAt(c, j + 1)?.kind === "num") {
    currency = first.text === "RMB" ? "CNY" : first.text;
    j++;
  }
  const a = amount(c, j, currency !== undefined, second);
  if (a === undefined || isFail(a)) return currency === undefined ? a : undefined;
  let end = a.end;
  if (currency === undefined && !a.frac) {
    const code = tokAt(c, end);
    if (code?.kind === "word" && t.codes.has(code.text)) {
      currency = code.text === "RMB" ? "CNY" : code.text;
      end++;
    } else {
      const dashed = code?.kind === "dash" && code.glued && glued(c, end + 1) ? end + 1 : end;
      const name = trie(c, t.names, dashed);
      if (name !== undefined && !(a.small && c.toks[dashed]?.key === "won")) {
        currency = name.value;
        end = name.end;
      }
    }
  }
  let pct = false;
  if (currency === undefined && !a.frac) {
    const p = trie(c, t.percent, end);
    if (p !== undefined) {
      pct = true;
      end = p.end;
    }
  }
  return { ...a, end, currency, pct };
}

interface Unit {
  readonly unit?: string;
  readonly currency?: string;
  readonly rate?: string;
  readonly end: number;
  readonly duration?: boolean;
}

const OF_DETERMINERS = new Set(["the", "its", "their", "these", "those", "all", "his", "her", "our"]);
const NOT_AFTER_RATE = new Set(["ago", "later", "earlier", "before", "after", "old", "long"]);

/** A rate after a quantity: "a day", "per month", "daily". */
function rate(c: Ctx, j: number): { rate: string; end: number } | undefined {
  const { t } = c;
  const k = key(c, j);
  if ((t.rateWords.has(k) || k === "/") && tokAt(c, j + 1)?.kind === "word") {
    const p = t.periods.get(key(c, j + 1));
    if (p !== undefined && !NOT_AFTER_RATE.has(key(c, j + 2))) return { rate: p, end: j + 2 };
  }
  const adv = tokAt(c, j)?.kind === "word" ? t.adverbs.get(k) : undefined;
  return adv === undefined ? undefined : { rate: adv, end: j + 1 };
}

/** The unit noun after a number, looking past at most three words ("4,700 North Korean soldiers"). */
function unitAfter(c: Ctx, j: number): Unit {
  const { t } = c;
  let k = j;
  let skipped = 0;
  let adverb: string | undefined;
  let lastWord = -1;
  for (let steps = 0; steps < 8; steps++) {
    const tk = tokAt(c, k);
    if (tk === undefined) break;
    if (tk.kind === "dash" && tk.glued && k > j && tokAt(c, k + 1)?.kind === "word" && glued(c, k + 1)) {
      k++;
      continue;
    }
    if (tk.kind !== "word") break;
    if (t.time.has(tk.key)) return { end: j, duration: true };
    const u = trie(c, t.units, k);
    if (u !== undefined) return { unit: u.value, end: u.end, ...(adverb === undefined ? {} : { rate: adverb }) };
    const n = trie(c, t.names, k);
    if (n !== undefined && skipped === 0) return { currency: n.value, end: n.end };
    const adv = t.adverbs.get(tk.key);
    if (adv !== undefined) adverb = adv;
    else if (t.stop.has(tk.key) || t.numberWords.has(tk.key) || t.multipliers.has(tk.key) || t.months.has(tk.text)) break;
    if (++skipped > 3) break;
    lastWord = k;
    k++;
  }
  // a single phrase may name a unit the table does not know: "12 howitzers" (a plural noun,
  // not "3,000 more" or "5,000 Russian")
  if (c.phrase && lastWord >= 0 && adverb === undefined && (k >= c.toks.length || rate(c, k) !== undefined)) {
    const word = (c.toks[lastWord] as Token).text;
    if (lastWord === k - 1) return singularNoun(word) !== word.toLowerCase() ? { unit: singularNoun(word), end: k } : { end: k };
  }
  return { end: j };
}

/** The range, proportion or single value at `i`, after the leading words. */
interface Core {
  readonly low: Val;
  readonly high?: Val;
  readonly end: number;
  readonly dash: boolean;
}

function rangeEnds(c: Ctx, a: Val, b: Val): [Val, Val] | undefined {
  let lo = a;
  let hi = b;
  if (lo.frac !== hi.frac) return undefined;
  if (hi.currency !== undefined && lo.currency === undefined) lo = { ...lo, currency: hi.currency };
  if (lo.currency !== undefined && hi.currency === undefined) hi = { ...hi, currency: lo.currency };
  if (lo.currency !== hi.currency) return undefined;
  if (hi.pct && !lo.pct) lo = { ...lo, pct: true };
  if (lo.pct && !hi.pct) hi = { ...hi, pct: true };
  // "10 to 12 thousand", "$1-2 billion": the multiplier of the high end is shared
  if (hi.mult > 1 && lo.mult === 1 && times(lo.v, hi.mult) <= hi.v) {
    lo = { ...lo, v: times(lo.v, hi.mult), mult: hi.mult, small: false, yearLike: false, plainInt: false };
  }
  void c;
  return [lo, hi];
}

function core(c: Ctx, i: number, changed: boolean): Core | Fail | undefined {
  const { t } = c;
  const a = value(c, i);
  if (a === undefined || isFail(a)) return a;
  const j = a.end;
  const conn = tokAt(c, j);
  if (conn !== undefined && !a.strong && (conn.kind === "dash" || (c.t.connectors.has(conn.key) && !(changed && conn.key === "to")))) {
    const notBound = trie(c, t.lowerAfter, j) === undefined && trie(c, t.upperAfter, j) === undefined && trie(c, t.hedgesAfter, j) === undefined;
    const b = notBound ? value(c, j + 1, true) : undefined;
    if (b !== undefined && !isFail(b)) {
      const ends = rangeEnds(c, a, b);
      if (ends !== undefined) {
        if (a.yearLike && b.plainInt && !c.phrase && conn.kind === "dash") return fail("date", b.end);
        if (ends[0].v > ends[1].v) {
          if (conn.kind === "dash") return fail("invalid-range", b.end);
          return { low: a, end: a.end, dash: false };
        }
        return { low: ends[0], high: ends[1], end: b.end, dash: conn.kind === "dash" };
      }
    } else if (isFail(b) && conn.kind === "dash" && conn.glued && glued(c, j + 1)) {
      return b;
    }
  }
  const prop = !a.frac && !a.pct && a.currency === undefined && a.plainInt ? trie(c, t.proportion, j) : undefined;
  if (prop !== undefined) {
    const b = value(c, prop.end, true);
    if (b !== undefined && !isFail(b) && b.plainInt && !b.yearLike && !b.pct && b.currency === undefined && b.v > 0 && a.v <= b.v) {
      const nx = unitAfter(c, b.end);
      if (nx.duration !== true) {
        const v = a.v / b.v;
        return { low: { ...b, v, frac: true, small: false, yearLike: false, mult: 1 }, end: b.end, dash: false };
      }
    }
  }
  return { low: a, end: a.end, dash: false };
}

interface Lead {
  hedges: string[];
  bound: { lower: boolean; strict: boolean; words: string } | undefined;
}

function leads(c: Ctx, i: number, lead: Lead): number {
  const { t } = c;
  let j = i;
  for (let k = 0; k < 4; k++) {
    const h = trie(c, t.hedges, j);
    const lo = lead.bound === undefined ? trie(c, t.lower, j) : undefined;
    const up = lead.bound === undefined ? trie(c, t.upper, j) : undefined;
    const fi = trie(c, t.fillers, j);
    const bestEnd = Math.max(h?.end ?? 0, lo?.end ?? 0, up?.end ?? 0, fi?.end ?? 0);
    if (bestEnd === 0) break;
    if (lo !== undefined && lo.end === bestEnd) lead.bound = { lower: true, strict: lo.value, words: words(c, j, lo.end) };
    else if (up !== undefined && up.end === bestEnd) lead.bound = { lower: false, strict: up.value, words: words(c, j, up.end) };
    else if (h !== undefined && h.end === bestEnd) lead.hedges.push(words(c, j, h.end));
    j = bestEnd;
  }
  return j;
}

function unitOf(base: string | undefined, rateWord: string | undefined, fallback: string): string {
  if (base !== undefined) return rateWord === undefined ? base : `${base}/${rateWord}`;
  if (rateWord === undefined) return fallback;
  return `${fallback.split("/")[0] ?? fallback}/${rateWord}`;
}

/** Options the matcher needs. @internal */
export interface MatchOptions {
  readonly unit: string;
}

/**
 * The quantity phrase that starts at token `i`, a reason it is not one, or
 * undefined when nothing quantity-like starts there.
 * @internal
 */
export function matchAt(c: Ctx, i: number, options: MatchOptions): Match | Fail | undefined {
  const { t } = c;
  const lead: Lead = { hedges: [], bound: undefined };
  let j = leads(c, i, lead);
  // a change is two figures: "rose from 300 to 4,700"
  const changed =
    t.change.has(key(c, i - 1)) || t.change.has(key(c, i - 2)) || (key(c, i - 1) === "from" && t.change.has(key(c, i - 3)));
  const op = trie(c, t.openers, j);
  let cr: Core | Fail | undefined;
  if (op !== undefined) {
    if (changed && key(c, j) === "from") return undefined;
    const a = value(c, op.end);
    if (a === undefined || isFail(a)) return a === undefined ? undefined : fail(a.fail, Math.max(a.skip, i + 1));
    const conn = tokAt(c, a.end);
    const b = conn !== undefined && op.value.has(conn.key) ? value(c, a.end + 1, true) : undefined;
    if (b === undefined || isFail(b)) return undefined;
    const ends = rangeEnds(c, a, b);
    if (ends === undefined) return undefined;
    if (ends[0].v > ends[1].v) return fail("invalid-range", b.end);
    cr = { low: ends[0], high: ends[1], end: b.end, dash: false };
  } else {
    // an order of magnitude: "tens of thousands of troops", "billions of dollars", "billion-dollar"
    const sym = trie(c, t.symbols, j);
    const mg = trie(c, t.magnitudes, sym?.end ?? j);
    if (mg !== undefined) return magnitudeAt(c, i, mg, sym?.value, options);
    cr = core(c, j, changed);
  }
  if (cr === undefined) return undefined;
  if (isFail(cr)) return cr;
  const { low, high } = cr;
  j = cr.end;
  // after the figure
  let bound = lead.bound;
  const after: string[] = [];
  let unit: Unit = { end: j };
  let unitDone = low.currency !== undefined || low.pct || low.frac;
  let rateWord: string | undefined;
  let best: number | undefined;
  const plus = tokAt(c, j);
  if (plus?.key === "+" && plus.glued && high === undefined) {
    bound ??= { lower: true, strict: false, words: "+" };
    j++;
  }
  for (let k = 0; k < 6; k++) {
    const startsValue = (at: number): boolean => {
      const v = value(c, at);
      return v !== undefined && !isFail(v);
    };
    const dashed = key(c, j) === "-" && glued(c, j) && glued(c, j + 1) ? j + 1 : j;
    const ha = trie(c, t.hedgesAfter, dashed);
    if (ha !== undefined && !startsValue(ha.end)) {
      after.push(words(c, dashed, ha.end));
      j = ha.end;
      continue;
    }
    const la = high === undefined ? trie(c, t.lowerAfter, j) : undefined;
    if (la !== undefined && !startsValue(la.end)) {
      bound ??= { lower: true, strict: la.value, words: words(c, j, la.end) };
      j = la.end;
      continue;
    }
    const ua = high === undefined ? trie(c, t.upperAfter, j) : undefined;
    if (ua !== undefined && !startsValue(ua.end)) {
      bound ??= { lower: false, strict: ua.value, words: words(c, j, ua.end) };
      j = ua.end;
      continue;
    }
    if (!unitDone || ((low.frac || low.pct) && key(c, j) === "of" && unit.end === cr.end)) {
      if (unitDone) {
        // "half of the troops", "40% of the workers": the whole is named; the unit stays a share
        const skip = OF_DETERMINERS.has(key(c, j + 1)) ? j + 2 : j + 1;
        const whole = unitAfter(c, skip);
        if (whole.unit !== undefined) {
          unit = { end: whole.end };
          j = whole.end;
          continue;
        }
        unit = { end: j + 1 };
        continue;
      }
      unitDone = true;
      const u = unitAfter(c, j);
      if (u.duration === true) return fail("duration", j + 1);
      if (u.end > j) {
        unit = u;
        if (u.rate !== undefined) rateWord = u.rate;
        j = u.end;
        continue;
      }
    }
    if (rateWord === undefined) {
      const r = rate(c, j);
      if (r !== undefined) {
        rateWord = r.rate;
        j = r.end;
        continue;
      }
    }
    if (best === undefined && key(c, j) === "(") {
      const b = trie(c, t.best, j + 1);
      const v = b === undefined ? undefined : value(c, b.end);
      if (v !== undefined && !isFail(v) && key(c, v.end) === ")") {
        best = v.v;
        j = v.end + 1;
        continue;
      }
    }
    break;
  }
  const currency = low.currency ?? unit.currency;
  const named = low.strong || high?.strong === true ? "person" : unit.unit;
  // what is not a quantity in running text
  if (!c.phrase && currency === undefined && !low.pct && !low.frac && named === undefined) {
    if (low.yearLike || high?.yearLike === true) return fail("date", j);
    if (low.small && (high === undefined || high.small)) return undefined;
  }
  if (isDateContext(c, i, j, low, high)) return fail("date", j);
  const base = currency ?? (low.pct ? "percent" : low.frac ? "1" : named);
  const u = unitOf(base, rateWord, options.unit);
  const hedgeWords = lead.hedges.length > 0 ? lead.hedges.join(" ") : after.length > 0 ? after.join(" ") : undefined;
  const hedged = hedgeWords !== undefined;
  const extras = (withHedge: string | undefined): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    // "about" is the hedge formatEstimate writes when none is kept, so it is not stored.
    if (withHedge !== undefined && withHedge !== "about") out["hedge"] = withHedge;
    if (best !== undefined) out["best"] = best;
    return out;
  };
  let estimate: Estimate;
  if (high !== undefined) {
    const lead2 = [bound?.words, hedgeWords].filter((w): w is string => w !== undefined).join(" ");
    estimate = {
      kind: "range",
      low: low.v,
      high: high.v,
      unit: u,
      ...(hedged || bound !== undefined ? { approx: true } : {}),
      ...extras(lead2 === "" ? undefined : lead2),
    } as Estimate;
  } else if (bound !== undefined) {
    // "fewer than 0" of a quantity that cannot be negative allows no value.
    if (!bound.lower && bound.strict && low.v === 0) return fail("invalid-range", j);
    estimate = {
      kind: bound.lower ? "atLeast" : "atMost",
      value: low.v,
      strict: bound.strict,
      unit: u,
      ...(hedged ? { approx: true } : {}),
      ...extras(hedgeWords),
    } as Estimate;
  } else if (hedged) {
    estimate = { kind: "approx", value: low.v, unit: u, ...extras(hedgeWords) } as Estimate;
  } else {
    estimate = { kind: "exact", value: low.v, unit: u, ...extras(undefined) } as Estimate;
  }
  return { estimate, first: i, end: j };
}

/** A day next to a month name: "January 5", "5 January". */
function isDateContext(c: Ctx, i: number, j: number, low: Val, high: Val | undefined): boolean {
  if (low.currency !== undefined || low.pct || low.frac || !low.plainInt || low.v > 31 || low.v < 1) return false;
  if (high !== undefined && (!high.plainInt || high.v > 31)) return false;
  const before = tokAt(c, i - 1)?.key === "." ? tokAt(c, i - 2) : tokAt(c, i - 1);
  if (before !== undefined && c.t.months.has(before.text)) return true;
  const after = tokAt(c, high === undefined ? low.end : j);
  const nx = after?.key === "of" ? tokAt(c, (high === undefined ? low.end : j) + 1) : after;
  return nx !== undefined && c.t.months.has(nx.text);
}

function magnitudeAt(
  c: Ctx,
  i: number,
  mg: TrieMatch<{ readonly order: MagnitudeOrder; readonly currency?: string }>,
  symbol: string | undefined,
  options: MatchOptions,
): Match | Fail | undefined {
  const { t } = c;
  let j = mg.end;
  let currency = symbol ?? mg.value.currency;
  let noun: string | undefined;
  if (currency === undefined) {
    const of = key(c, j) === "of" ? j + 1 : j;
    const name = trie(c, t.names, of);
    if (name !== undefined) {
      currency = name.value;
      j = name.end;
    } else if (of > j) {
      const u = unitAfter(c, of);
      if (u.duration === true) return fail("duration", of + 1);
      if (u.unit !== undefined || u.currency !== undefined) {
        noun = u.unit;
        currency = u.currency;
        j = u.end;
      }
    } else {
      const u = unitAfter(c, j);
      if (u.duration === true) return fail("duration", j + 1);
      if (u.unit !== undefined || u.currency !== undefined) {
        noun = u.unit;
        currency = u.currency;
        j = u.end;
      }
    }
  }
  const r = rate(c, j);
  if (r !== undefined) j = r.end;
  const unit = unitOf(currency ?? noun, r?.rate, options.unit);
  return { estimate: { kind: "magnitude", order: mg.value.order, unit }, first: i, end: j };
}

/** Tokens and context for one input. @internal */
export function context(src: string, table: PhraseTable, phrase: boolean): Ctx {
  const t = compile(table);
  return { toks: tokenize(src, t.marks), src, t, phrase };
}

/** Whether a phrase could start at token `i` (a cheap test before `matchAt`). @internal */
export function canStart(c: Ctx, i: number): boolean {
  const tk = c.toks[i] as Token;
  return c.t.starters.has(tk.key) || (tk.kind === "word" && c.t.codes.has(tk.text));
}

/** Attach the verbatim text of a match; `offset` is where `c.src` starts in the whole input. @internal */
export function withText(c: Ctx, m: Match, offset = 0): { estimate: Estimate; start: number; end: number; text: string } {
  const start = (c.toks[m.first] as Token).start;
  const end = (c.toks[m.end - 1] as Token).end;
  const text = c.src.slice(start, end);
  return { estimate: { ...m.estimate, text }, start: start + offset, end: end + offset, text };
}

export { isFail };
export type { Ctx, Fail };
