// The claims a history is built from, each read once: kept (a deep, frozen
// copy, or the claim itself if it is deeply frozen), checked, and placed on
// both clocks, in arrays by the claim's place in the list given, so that
// building a history makes no object per claim. Not exported from the package.

import { fail } from "../_lib/assert.js";
import { LookAlikes, lookAlike, visible } from "../_lib/forms.js";
import { frozenCopy } from "../_lib/frozen.js";
import type { SharedCopies } from "../_lib/frozen.js";
import { checkClaim, PERIODS_KEPT } from "../claim/check.js";
import type { CheckedClaim, PeriodsRead } from "../claim/check.js";
import { claimParts, fastClaim } from "../claim/fast.js";
import type { ClaimParts } from "../claim/fast.js";
import { parsePeriod } from "../time/edtf.js";
import type { Period } from "../time/schema.js";
import { trimmedClaim } from "../claim/claim.js";
import { checkedBefore } from "../claim/checked.js";
import type { Claim } from "../claim/schema.js";
import type { FogcountErrorCode } from "../errors.js";
import { sameSource } from "../provenance/check.js";
import type { Source } from "../provenance/schema.js";
import { ClaimIds } from "./ids.js";
import type { ClaimsById } from "./links.js";
import { RANK } from "./order.js";
import { END_CLOCKS, hasUnspecifiedDigits, OPEN_END, OPEN_START, reportClock, UNSPECIFIED_VALID_TIME, validClock } from "./clock.js";
import type { ClaimClock, Clocks, ReportClock, ValidClock } from "./clock.js";

/** Per claim read, by its place in the list given: the claim kept and where it sits on both clocks. @internal */
export interface ReadClaims {
  readonly claims: Claim[];
  /** The day the claim sits at on the valid-time axis. */
  readonly validDay: Float64Array;
  readonly knownFrom: Float64Array;
  /** The first second its report may have come out (see `ClaimClock`). */
  readonly reportedFrom: Float64Array;
  readonly clocks: Clocks;
  /** Copies of the parts many claims share, made once (see `frozenCopy`). */
  readonly shared: SharedCopies;
  /** The times read so far, and where they sit on each clock, by their text: a list repeats its dates many times over. */
  readonly periods: PeriodsRead;
  /** The parts of the claims read by the fast check, shared by what they hold (see `fastClaim`). */
  readonly parts: ClaimParts | undefined;
  readonly valid: Map<string, ValidClock>;
  readonly reported: Map<string, ReportClock>;
  /** The place of each claim by its id (the last, where two share one). */
  readonly ids: ClaimIds;
  /** The first claim's originator of each id, and that claim's place. */
  readonly originators: Map<string, { readonly source: Source; readonly at: number }>;
  /** The claim ids and originator ids met that are not printable ASCII, by how they look (see `looks`), with the place of their first claim. */
  readonly alike: { readonly ids: LookAlikes<number>; readonly originators: LookAlikes<number> };
  /** Per claim: its status ranked as a tie ranks it (see `RANK`: 0 deprecated, 1 normal, 2 preferred). */
  readonly rank: Uint8Array;
  /** Per claim: the number of the history it joins, once the claims are gathered. */
  readonly series: Int32Array;
}

/** Room for `length` claims, read with `clocks`. @internal */
export function readClaims(length: number, clocks: Clocks = END_CLOCKS): ReadClaims {
  const periods: PeriodsRead = new Map();
  return {
    claims: new Array<Claim>(length),
    validDay: new Float64Array(length),
    knownFrom: new Float64Array(length),
    reportedFrom: new Float64Array(length),
    clocks,
    shared: new Map(),
    periods,
    parts: claimParts(periods),
    valid: new Map(),
    reported: new Map(),
    ids: new ClaimIds(length),
    originators: new Map(),
    alike: { ids: new LookAlikes(), originators: new LookAlikes() },
    rank: new Uint8Array(length),
    series: new Int32Array(length),
  };
}

/**
 * Reads the claim at `list[i]` into place `i` of `read` (its id not yet placed): a deep, frozen copy
 * of it (the claim itself if it is deeply frozen; the parts many claims share
 * copied once; its subject, unit and scope trimmed as `claim()` trims them),
 * checked for `where` (throwing `code`), with its clocks; a `validTime` with
 * unspecified digits (`20XX`) is refused, and with `knownFrom: "end"`, a
 * `reportedAt` with no end. The copy is what
 * is checked and kept: the caller's object may be edited later without
 * changing any answer. A claim built by `claim()` is kept as it is, neither
 * copied nor checked again. A claim of the usual shape is checked and copied in one pass (see
 * `fastClaim`), to the same copy; any other is copied, then checked. Returns the claim kept. @internal
 */
function readClaim(read: ReadClaims, i: number, where: string, list: string, given: unknown, code?: FogcountErrorCode): Claim {
  const before = checkedBefore(given);
  // a claim of the usual shape is checked and copied in one pass; any other is read in full
  const quick = before === undefined && read.parts !== undefined ? fastClaim(read.parts, given) : undefined;
  let claim: Claim;
  let checked: CheckedClaim | undefined = before;
  if (before !== undefined) claim = given as Claim;
  else if (quick !== undefined) claim = quick;
  else {
    const copy = frozenCopy(given, read.shared) as Claim;
    checked = checkClaim(where, `${list}[${i}]`, copy, code, read.periods);
    // subject, unit and scope trimmed as claim() trims them, so that a claim groups as the same claim built by claim()
    claim = trimmedClaim(copy, checked);
  }
  let valid = read.valid.get(claim.validTime);
  if (valid === undefined) {
    const period = checked?.validTime ?? periodOf(read.periods, claim.validTime);
    if (hasUnspecifiedDigits(period)) fail(where, `${list}[${i}].validTime`, UNSPECIFIED_VALID_TIME, claim.validTime, code ?? "invalid-claim");
    valid = kept(read.valid, claim.validTime, validClock(period, read.clocks));
  }
  let reported = read.reported.get(claim.reportedAt);
  if (reported === undefined) reported = kept(read.reported, claim.reportedAt, reportClock(checked?.reportedAt ?? periodOf(read.periods, claim.reportedAt), read.clocks));
  if (read.clocks.knownFrom === "end" && reported.reportedBy === OPEN_END) {
    fail(where, `${list}[${i}].reportedAt`, 'has no end, so with knownFrom "end" it is never known (give its last day, or use knownFrom "start")', claim.reportedAt, code ?? "invalid-claim");
  }
  if (read.clocks.knownFrom === "start" && reported.knownFrom === OPEN_START) {
    fail(where, `${list}[${i}].reportedAt`, 'has no start, so with knownFrom "start" it would be known at every time, the worst hindsight (give its first day, or use knownFrom "end")', claim.reportedAt, code ?? "invalid-claim");
  }
  placed(read, i, claim, valid.anchor, reported);
  sameOriginator(read, i, claim.attribution.originator, where, list, code);
  return claim;
}

/**
 * Refuses the claim at place `i` if its originator has the id of an earlier claim's but says
 * something else of itself (another name, kind or country): two sources with one id, such as
 * two ministries of defence both `"mod"`, would make one history of their figures. Refuses it
 * too if its originator's id is new but looks like an earlier one's (see `looks`: "café" and
 * "cafe\u0301", "x" and "x\u200b"), which would make two histories of what a reader takes for
 * one source. `source-conflict`, or `code` where given (a history read back from JSON).
 */
function sameOriginator(read: ReadClaims, i: number, source: Source, where: string, list: string, code: FogcountErrorCode | undefined): void {
  const first = read.originators.get(source.id);
  if (first === undefined) {
    // an id met for the first time: one that looks like another (see `looks`) is one source to a reader
    const other = read.alike.originators.met(source.id, i, (id) => read.originators.get(id)?.at);
    if (other !== undefined) {
      const why = `${lookAlike(source.id, other.text)}: ids are compared as written, so the two would make two histories of one source's figures`;
      fail(where, `${list}[${i}].attribution.originator`, `is the source ${visible(source.id)}, whose id looks like the id ${visible(other.text)} of ${list}[${other.at}].attribution.originator, ${why}`, source, code ?? "source-conflict");
    }
    read.originators.set(source.id, { source, at: i });
  } else if (first.source !== source && !sameSource(first.source, source)) {
    const message = `is the source ${JSON.stringify(source.id)} with other fields than ${list}[${first.at}].attribution.originator: two sources with one id would make one history of their figures`;
    fail(where, `${list}[${i}].attribution.originator`, message, source, code ?? "source-conflict");
  }
}

/**
 * {@link readClaim}, for a list whose ids must differ, the claim's id placed in `read.ids`: the
 * place of the earlier claim that has the id of the claim read, or -1. Throws `code`
 * (`duplicate-claim-id` if not given) for an id that looks like an earlier claim's (see
 * `looks`): the same text in another Unicode form, in compatibility characters or with
 * invisible characters. @internal
 */
export function readNewClaim(read: ReadClaims, i: number, where: string, list: string, given: unknown, code?: FogcountErrorCode): number {
  const c = readClaim(read, i, where, list, given, code);
  const before = read.ids.add(c.id, i);
  if (before >= 0) return before;
  const other = read.alike.ids.met(c.id, i, (id) => read.ids.get(id));
  if (other !== undefined) {
    const why = `${lookAlike(c.id, other.text)}: ids are compared as written, but no reader could tell the two apart`;
    fail(where, `${list}[${i}].id`, `${visible(c.id)} is the id ${visible(other.text)} of ${list}[${other.at}], ${why}`, c.id, code ?? "duplicate-claim-id");
  }
  return -1;
}

/** The period of a time the fast check found valid: read already, or read again if `periods` was full. */
function periodOf(periods: PeriodsRead, text: string): Period {
  const known = periods.get(text);
  if (known !== undefined) return known;
  // a time the check accepted always reads
  return (parsePeriod(text) as Extract<ReturnType<typeof parsePeriod>, { ok: true }>).value;
}

/** `clock`, kept in `clocks` by its time's text while they hold fewer than `PERIODS_KEPT`. */
function kept<T>(clocks: Map<string, T>, text: string, clock: T): T {
  if (clocks.size < PERIODS_KEPT) clocks.set(text, clock);
  return clock;
}

/** Puts `claim`, kept as it is, at place `i` of `read` with its clock. @internal */
export function place(read: ReadClaims, i: number, claim: Claim, clock: Pick<ClaimClock, "anchor" | "knownFrom" | "reportedFrom">): Claim {
  read.ids.add(claim.id, i);
  return placed(read, i, claim, clock.anchor, clock);
}

/** {@link place}, with the valid day and the report's clock apart (each kept by its time's text), its id not placed. */
function placed(read: ReadClaims, i: number, claim: Claim, anchor: number, reported: Pick<ReportClock, "knownFrom" | "reportedFrom">): Claim {
  read.claims[i] = claim;
  read.validDay[i] = anchor;
  read.knownFrom[i] = reported.knownFrom;
  read.reportedFrom[i] = reported.reportedFrom;
  read.rank[i] = RANK[claim.status?.kind ?? "normal"];
  return claim;
}

/** The claims of `read` by their ids, for following the links between them. @internal */
export function claimsById(read: ReadClaims): ClaimsById {
  return {
    get: (id) => {
      const i = read.ids.get(id);
      return i === undefined ? undefined : read.claims[i];
    },
    has: (id) => read.ids.get(id) !== undefined,
  };
}
