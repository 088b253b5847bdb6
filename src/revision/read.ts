// The claims a history is built from, each read once: kept (a deep, frozen
// copy, or the claim itself if it is deeply frozen), checked, and placed on
// both clocks, in arrays by the claim's place in the list given, so that
// building a history makes no object per claim. Not exported from the package.

import { fail } from "../_lib/assert.js";
import { frozenCopy } from "../_lib/frozen.js";
import type { SharedCopies } from "../_lib/frozen.js";
import { checkClaim } from "../claim/check.js";
import { checkedBefore } from "../claim/checked.js";
import type { Claim } from "../claim/schema.js";
import type { FogcountErrorCode } from "../errors.js";
import { clockOf, END_CLOCKS, OPEN_END } from "./clock.js";
import type { ClaimClock, Clocks } from "./clock.js";

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
}

/** Room for `length` claims, read with `clocks`. @internal */
export function readClaims(length: number, clocks: Clocks = END_CLOCKS): ReadClaims {
  return {
    claims: new Array<Claim>(length),
    validDay: new Float64Array(length),
    knownFrom: new Float64Array(length),
    reportedFrom: new Float64Array(length),
    clocks,
    shared: new Map(),
  };
}

/**
 * Reads the claim at `root` into place `i` of `read`: a deep, frozen copy of
 * it (the claim itself if it is deeply frozen; the parts many claims share
 * copied once), checked for `where` (throwing `code`), with its clocks; with
 * `knownFrom: "end"`, a `reportedAt` with no end is refused. The copy is what
 * is checked and kept: the caller's object may be edited later without
 * changing any answer. Returns the claim kept. @internal
 */
export function readClaim(read: ReadClaims, i: number, where: string, root: string, given: unknown, code?: FogcountErrorCode): Claim {
  // a claim built by claim() is deeply frozen and was checked when it was built
  const before = checkedBefore(given);
  const claim = before === undefined ? (frozenCopy(given, read.shared) as Claim) : (given as Claim);
  const { validTime, reportedAt } = before ?? checkClaim(where, root, claim, code);
  const clock = clockOf(validTime, reportedAt, read.clocks);
  if (read.clocks.knownFrom === "end" && clock.reportedBy === OPEN_END) {
    fail(where, `${root}.reportedAt`, 'has no end, so with knownFrom "end" it is never known (give its last day, or use knownFrom "start")', claim.reportedAt, code ?? "invalid-claim");
  }
  return place(read, i, claim, clock);
}

/** Puts `claim`, kept as it is, at place `i` of `read` with its clock. @internal */
export function place(read: ReadClaims, i: number, claim: Claim, clock: Pick<ClaimClock, "anchor" | "knownFrom" | "reportedFrom">): Claim {
  read.claims[i] = claim;
  read.validDay[i] = clock.anchor;
  read.knownFrom[i] = clock.knownFrom;
  read.reportedFrom[i] = clock.reportedFrom;
  return claim;
}
