import { rethrow } from "../_lib/guard.js";
import { noHemisphere } from "./seasons.js";
import { fail, oneOf, optionsOf } from "../_lib/assert.js";
import type { indicatorKey } from "../claim/indicator-key.js";
import type { Claim, ClaimStatus } from "../claim/schema.js";
import { FogcountError } from "../errors.js";
import { CLOCK_ENDS, END_CLOCKS, OPEN_END } from "./clock.js";
import type { Clocks } from "./clock.js";
import { lookAlike as lookAlikeWhy, visible } from "../_lib/forms.js";
import { gather, gathered, gathering } from "./gather.js";
import type { LookAlikeText } from "./gather.js";
import { assertReplacementsEnd, linkedOriginal } from "./links.js";
import { claimsById, readClaims, readNewClaim } from "./read.js";
import type { ReadClaims } from "./read.js";
import { byTie, RANK, setOrder } from "./order.js";
import { numberList, tagged } from "./numbers.js";

/**
 * The sorted index that makes {@link asOf} a binary search. Every array is
 * plain numbers (or `null`), so a history survives `JSON.stringify` and
 * `JSON.parse` unchanged. It is derived by {@link revisionHistory}; do not
 * build or edit it by hand.
 *
 * Valid time is counted in days since 1970-01-01, knowledge time in seconds
 * since 1970-01-01T00:00:00 UTC (a time of day's offset applied; a time with
 * none, and a date, read as UTC). An open start is `-Number.MAX_SAFE_INTEGER`, an open end
 * `Number.MAX_SAFE_INTEGER`.
 */
export interface RevisionIndex {
  /** Per claim, in the order of `claims`: the day it sits at on the valid-time axis, the last (or, with `anchor: "start"`, the first) day of its valid time. */
  readonly validDay: readonly number[];
  /** Per claim: the second it became known: the time of day `reportedAt` gives, else the last second of its last day (or, with `knownFrom: "start"`, the first second of its first day). */
  readonly knownFrom: readonly number[];
  /**
   * Per claim: the second from which a deprecation retires it (the time its
   * replacement became known), or `null` if nothing retires it. A deprecated
   * claim with no replacement in the history is retired from the moment it is
   * known, so it is never returned.
   */
  readonly retiredFrom: readonly (number | null)[];
  /** Per valid day (a group of claims at the same valid day, oldest knowledge first): the index of its first claim, then `claims.length`. */
  readonly groupStart: readonly number[];
  /** Per group: its valid day, ascending. */
  readonly groupDay: readonly number[];
  /**
   * A minimum tree over the groups (leaves at `[size, 2·size)`): the first
   * second at which each group has a believed claim, `Number.MAX_SAFE_INTEGER`
   * if never. It finds the latest group known by a given time in O(log n).
   */
  readonly tree: readonly number[];
}

/**
 * The claims on one indicator from one originator, ordered on both clocks:
 * by their valid day, then by when they became known, then by status
 * (preferred last, so that it is the one in force) and id; never by the
 * order they were given in. Claims are never dropped: a correction is another claim, and a
 * deprecated claim stays, marked. Plain, frozen, JSON-serialisable data:
 * a history read back from JSON is checked before it is searched.
 */
export interface RevisionHistory {
  readonly kind: "revision-history";
  /** The {@link indicatorKey} shared by the claims; with `groupBy: "indicator"`, the key with an empty originator field. */
  readonly key: string;
  /**
   * Every claim, in the order of the index: deep, frozen copies of the claims
   * given, so that editing those objects afterwards changes no answer. The
   * searches return these copies, equal to the claims given, with subject, unit
   * and scope trimmed as `claim()` and `ClaimSchema` read them (so that
   * `" kp-forces"` and `"kp-forces"` are one series). A claim given
   * deeply frozen (frozen all the way down, with no getters: the claims of
   * another history, or claims frozen by their caller) cannot be edited, and
   * is kept as it is, the same object, if it needs no trimming; so is a deeply frozen part of a claim.
   * A source or other part held two or more levels down in many claims is
   * copied once, and the copies share it; so are the parts that many claims
   * hold alike (an indicator, a source, an attribution, a status), which are
   * checked once too.
   */
  readonly claims: readonly Claim[];
  /** How imprecise times were read (see {@link Clocks}); a history without it was read from the first days. */
  readonly clocks: Clocks;
  /** The derived index; see {@link RevisionIndex}. */
  readonly index: RevisionIndex;
}

/** Options for {@link revisionHistory}. */
export interface RevisionHistoryOptions {
  /**
   * `"originator"` (the default) groups by {@link indicatorKey}, so one
   * originator's revisions are never mixed with another's; `"indicator"`
   * groups across originators (and `findContradictions` reports
   * `mixed-originators` for such a history).
   */
  readonly groupBy?: "originator" | "indicator";
  /**
   * When a claim becomes known: from the end of the last day its `reportedAt`
   * allows (`"end"`, the default: a figure reported "2025-01" is not known on
   * 5 January, and one reported "2025-04-30" not at noon that day, which would
   * be hindsight) or from the start of the first (`"start"`). A `reportedAt`
   * with a time of day is known from that time either way. With `"end"`, a
   * `reportedAt` with no end ("2025-04/..") is refused: it would never be known; with
   * `"start"`, one with no start ("../2025-04-30") is refused: it would be known at every time.
   */
  readonly knownFrom?: "start" | "end";
  /**
   * Where a claim sits on the valid-time axis: the last day of its valid time
   * (`"end"`, the default: a level "as of January" is the level at the end of
   * January, so a month is never sorted before a day inside it) or the first (`"start"`).
   */
  readonly anchor?: "start" | "end";
}

/**
 * When each claim of a history (`members`, sorted) is retired, if it is deprecated: when its replacement
 * became known (if it is in the history), else at once; `null` for the others.
 */
function retirements(members: readonly number[], read: ReadClaims): (number | null)[] {
  const out = numberList(members.length) as (number | null)[];
  for (let k = 0; k < members.length; k++) {
    const i = members[k] as number;
    if (read.rank[i] !== RANK.deprecated) {
      out[k] = null;
      continue;
    }
    const status = (read.claims[i] as Claim).status as Extract<ClaimStatus, { kind: "deprecated" }>;
    const by = status.supersededBy === undefined ? undefined : read.ids.get(status.supersededBy);
    const known = read.knownFrom[i] as number;
    out[k] = tagged(by === undefined || read.series[by] !== read.series[i] ? known : Math.max(read.knownFrom[by] as number, known));
  }
  return out;
}

/**
 * The histories this module built or checked, each mapped to the frozen
 * history the searches read, so that a history is checked once, and one
 * edited after it was checked cannot send a search astray. @internal
 */
export const checkedHistories = /* @__PURE__ */ new WeakMap<object, RevisionHistory>();

/** Freezes the containers of a history this module made (its claims are deeply frozen already: copies, or claims given deeply frozen). */
function frozen(history: RevisionHistory): RevisionHistory {
  Object.values(history.index).forEach((list) => Object.freeze(list));
  Object.freeze(history.index);
  Object.freeze(history.claims);
  Object.freeze(history.clocks);
  Object.freeze(history);
  checkedHistories.set(history, history);
  return history;
}

/**
 * The groups of a history's claims (runs of one valid day in `validDay`, sorted) as its index
 * holds them: where each starts (then the number of claims), its day, and the minimum tree of the
 * first second each has a believed claim (a claim not retired when it became known). Each array
 * is made at its size, the groups counted first: a history of a million claims makes no garbage here.
 */
function groups(validDay: readonly number[], knownFrom: readonly number[], retiredFrom: readonly (number | null)[]): Pick<RevisionIndex, "groupStart" | "groupDay" | "tree"> {
  const n = validDay.length;
  let count = 0;
  for (let k = 0; k < n; k++) if (k === 0 || validDay[k] !== validDay[k - 1]) count++;
  let size = 1;
  while (size < count) size *= 2;
  const groupStart = numberList(count + 1);
  const groupDay = numberList(count);
  // one boxed OPEN_END shared by every slot without a claim
  const tree = numberList(2 * size).fill(OPEN_END);
  for (let k = 0, g = -1; k < n; k++) {
    const d = validDay[k] as number;
    if (k === 0 || d !== validDay[k - 1]) {
      groupStart[++g] = k;
      groupDay[g] = d;
    }
    const retired = retiredFrom[k];
    const kf = knownFrom[k] as number;
    if ((retired === null || retired === undefined || retired > kf) && kf < (tree[size + g] as number)) tree[size + g] = tagged(kf);
  }
  groupStart[count] = n;
  for (let t = size - 1; t >= 1; t--) {
    const least = Math.min(tree[2 * t] as number, tree[2 * t + 1] as number);
    tree[t] = least === OPEN_END ? OPEN_END : tagged(least); // the one boxed OPEN_END, not a new one: see numberList
  }
  return { groupStart, groupDay, tree };
}

/**
 * The history of the claims of `read` at `members` (their places in it), sorted on both clocks: by
 * valid day, then knowledge time, then a tie (see {@link byTie}), then the order given; with its
 * index; frozen. `members` is sorted in place. @internal
 */
export function build(key: string, members: number[], read: ReadClaims = readClaims(0)): RevisionHistory {
  const { claims: all, validDay: day, knownFrom: known } = read;
  members.sort((i, j) => (day[i] as number) - (day[j] as number) || (known[i] as number) - (known[j] as number) || byTie(all[i] as Claim, all[j] as Claim) || i - j);
  const n = members.length;
  const claims = new Array<Claim>(n);
  const validDay = numberList(n);
  const knownFrom = numberList(n);
  const reportedFrom = numberList(n);
  for (let k = 0; k < n; k++) {
    const i = members[k] as number;
    claims[k] = all[i] as Claim;
    validDay[k] = tagged(day[i] as number);
    knownFrom[k] = tagged(known[i] as number);
    reportedFrom[k] = tagged(read.reportedFrom[i] as number);
  }
  const retiredFrom = retirements(members, read);
  const { groupStart, groupDay, tree } = groups(validDay, knownFrom, retiredFrom);
  const { knownFrom: knownClock, anchor } = read.clocks;
  const history = frozen({
    kind: "revision-history",
    key,
    claims,
    clocks: { knownFrom: knownClock, anchor },
    index: { validDay, knownFrom, retiredFrom, groupStart, groupDay, tree },
  });
  setOrder(history.index, claims, reportedFrom);
  return history;
}

/**
 * The revision histories in a list of claims: one per {@link indicatorKey},
 * so one originator's revisions are never mixed with another's, ordered by
 * key. Each history orders its claims by valid time (the last day of the
 * period, or the first with `anchor: "start"`), then by knowledge time (the
 * time of day `reportedAt` gives, else the end of its last day, or the start
 * of its first with `knownFrom: "start"`), then preferred claims last and by id, and keeps
 * every claim; see {@link RevisionHistory} for the index it derives. A
 * claim that `restates` another in the list joins its original's history.
 * Each time is read once, through the time room. The claims kept are deep,
 * frozen copies: editing the objects given afterwards changes no answer (a
 * claim given deeply frozen is kept as it is, as nothing can edit it).
 *
 * @category Revision
 * @throws {FogcountError} `invalid-argument` if `claims` is not an array; `invalid-claim` (or `invalid-measure`, `estimate-unit-mismatch`) for a claim that is not one (a count of people below zero among them, as `claim()` refuses it), naming `claims[i]`, and `invalid-claim` for a `validTime` with unspecified digits ("20XX", "2025-XX", which a history cannot place on the valid-time axis), a `reportedAt` with no end ("2025-04/..") with `knownFrom: "end"` or no start ("../2025-04-30") with `knownFrom: "start"`, claims that restate one another in a cycle, a `supersededBy` that names a restatement, replacements that run in a circle (a superseded by b, b by a), or a subject, unit or scope that looks like another claim's but is not the same text (with invisible characters, or in compatibility characters such as full-width letters), which would make two histories of one series; `duplicate-claim-id` if two claims share an id, or have ids that look alike (the same text in another Unicode form, in compatibility characters or with invisible characters); `source-conflict` if two originators share an id but not their name, kind, country or grade (two sources with one id would make one history of their figures), or two originators whose ids look alike; `invalid-option` for options that are not an object, an option it does not take, or an unknown `groupBy`, `knownFrom` or `anchor`.
 * @example
 * revisionHistory([nisCasualtiesApril, nisCasualtiesMarch]).map((h) => h.claims.map((c) => c.id));
 * //=> [["nis-2025-03-casualties", "nis-2025-04-casualties"]]
 * revisionHistory([nisCasualtiesApril], { knownFrom: "start" })[0]?.clocks;
 * //=> { knownFrom: "start", anchor: "end" }
 */
export function revisionHistory(claims: readonly Claim[], options?: RevisionHistoryOptions): RevisionHistory[] {
  try {
    const where = "revisionHistory";
    noHemisphere(where, options, "options");
    const o = optionsOf(where, options, "options", ["groupBy", "knownFrom", "anchor"]);
    const groupBy = oneOf(where, "options.groupBy", o.groupBy ?? "originator", ["originator", "indicator"]);
    return historiesOf(where, claims, groupBy === "indicator", clocksOf(where, o));
  } catch (error) {
    rethrow("revisionHistory", { claims, options }, error);
  }
}

/** The {@link Clocks} of options that may name them, `invalid-option` for a value neither "start" nor "end". @internal */
export function clocksOf(where: string, options: Partial<Clocks>): Clocks {
  return {
    knownFrom: oneOf(where, "options.knownFrom", options.knownFrom ?? "end", CLOCK_ENDS),
    anchor: oneOf(where, "options.anchor", options.anchor ?? "end", CLOCK_ENDS),
  };
}

/** {@link revisionHistory} for `where`, with the options read. @internal */
export function historiesOf(where: string, claims: readonly Claim[], byIndicator: boolean, clocks: Clocks = END_CLOCKS): RevisionHistory[] {
  if (!Array.isArray(claims)) fail(where, "claims", "must be an array of claims", claims);
  const read = readClaims(claims.length, clocks);
  const series = gathering(byIndicator);
  const linked: number[] = []; // the claims that restate or are superseded, gathered once every id is read
  // An index loop: a hole in a sparse array is an error, not a skipped claim.
  for (let i = 0; i < claims.length; i++) {
    const before = readNewClaim(read, i, where, "claims", claims[i]);
    const c = read.claims[i] as Claim;
    if (before >= 0) throw new FogcountError("duplicate-claim-id", `${where}: claims[${i}] has the id ${JSON.stringify(c.id)} of claims[${before}]`, { id: c.id, index: i, first: before });
    // a claim that neither restates nor is superseded has no link to follow or check: gathered while it is at hand
    if (c.restates === undefined && read.rank[i] !== RANK.deprecated) lookAlike(where, i, gather(series, c, i));
    else linked.push(i);
  }
  assertReplacementsEnd(where, "claims", read.claims, read.ids);
  const byId = claimsById(read);
  const found = new Map<string, Claim>(); // the originals of restatements, each chain followed once
  for (const i of linked) lookAlike(where, i, gather(series, linkedOriginal(where, `claims[${i}]`, read.claims[i] as Claim, byId, "invalid-claim", found), i));
  return buildAll(gathered(series), read);
}

/** Refuses the claim at place `i` whose subject, unit or scope looks like another series' (`alike`, see `gather`): two histories of what a reader takes for one series. */
function lookAlike(where: string, i: number, alike: LookAlikeText | undefined): void {
  if (alike === undefined) return;
  const { field, text, other } = alike;
  const why = `${lookAlikeWhy(text, other.text)}: ${field}s are compared as written, so the two would make two histories of one series`;
  fail(where, `claims[${i}].indicator.${field}`, `${visible(text)} looks like the ${field} ${visible(other.text)} of claims[${other.at}], ${why}`, text, "invalid-claim");
}

/** The histories of the series gathered from `read` (keys and places, in the order of their keys). @internal */
export function buildAll(series: readonly [key: string, members: number[]][], read: ReadClaims): RevisionHistory[] {
  series.forEach(([, members], k) => {
    for (const i of members) read.series[i] = k;
  });
  return series.map(([key, members]) => build(key, members, read));
}
