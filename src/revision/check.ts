// Checking a revision history from outside (read from JSON, or edited) before
// it is searched. Not exported from the package.

import { fail, isObject, show } from "../_lib/assert.js";
import { extraField, notAField } from "../_lib/fields.js";
import type { Claim } from "../claim/schema.js";
import { CLOCK_ENDS, START_CLOCKS } from "./clock.js";
import type { Clocks } from "./clock.js";
import { groupKey } from "./gather.js";
import { build, checkedHistories } from "./history.js";
import type { RevisionHistory } from "./history.js";
import { assertReplacementsEnd, linkedOriginal, originalOf } from "./links.js";
import type { ClaimsById } from "./links.js";
import { claimsById, readClaims, readNewClaim } from "./read.js";

/** The clocks a history was read with; a history written before they existed was read from the first days. */
function clocksOfHistory(where: string, clocks: unknown): Clocks {
  if (clocks === undefined) return START_CLOCKS;
  const c = (isObject(clocks) ? clocks : {}) as Readonly<Record<string, unknown>>;
  if (!CLOCK_ENDS.includes(c["knownFrom"] as "end") || !CLOCK_ENDS.includes(c["anchor"] as "end")) {
    fail(where, "history.clocks", 'must be { knownFrom: "start" | "end", anchor: "start" | "end" }', clocks, "invalid-history");
  }
  return { knownFrom: c["knownFrom"] as Clocks["knownFrom"], anchor: c["anchor"] as Clocks["anchor"] };
}

function same(a: readonly unknown[], b: unknown): boolean {
  return Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The fields of a revision history, and of its index. */
const HISTORY_FIELDS = ["kind", "key", "claims", "clocks", "index"];
const INDEX_FIELDS = ["validDay", "knownFrom", "retiredFrom", "groupStart", "groupDay", "tree"];

/** Throws `invalid-history` for a field of `value` (at `path`) that is not one of `fields`: a misspelt or foreign field is not dropped silently. */
function noExtraField(where: string, path: string, value: object, fields: readonly string[], what: string): void {
  const extra = extraField(value, fields);
  if (extra !== undefined) fail(where, `${path}.${extra}`, notAField(extra, fields, what), (value as Record<string, unknown>)[extra], "invalid-history");
}

/**
 * Throws `invalid-history` naming the key, or the first claim, that does not belong to a
 * history with `key` (grouped by originator or by indicator, as its first claim says): a key
 * or a claim edited after the history was written.
 */
function assertClaimsOfKey(where: string, key: string, claims: readonly Claim[], byId: ClaimsById): void {
  const first = claims[0];
  if (first === undefined) return;
  const [byOriginator, byIndicator] = [false, true].map((b) => groupKey(originalOf(first, byId), b)) as [string, string];
  if (key !== byOriginator && key !== byIndicator) {
    fail(where, "history.key", `is not the key of the history's claims (${show(byOriginator)}, or grouped by indicator ${show(byIndicator)})`, key, "invalid-history");
  }
  const grouped = key === byIndicator;
  for (let i = 1; i < claims.length; i++) {
    const own = groupKey(originalOf(claims[i] as Claim, byId), grouped);
    if (own !== key) fail(where, `history.claims[${i}]`, `belongs to the history ${show(own)}, not to ${show(key)} (build the histories again with revisionHistory)`, (claims[i] as Claim).id, "invalid-history");
  }
}

/**
 * Freezes a checked history in place, every plain object and array in it, so
 * that an edit after the check throws (in strict-mode code) or changes nothing,
 * and never leaves an answer that disagrees with what the history holds.
 */
function freezeChecked(history: object): void {
  const stack: object[] = [history];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    if (Object.isFrozen(at)) continue;
    Object.freeze(at);
    for (const value of Object.values(at)) if (typeof value === "object" && value !== null) stack.push(value as object);
  }
}

/**
 * The history to search for `where`: the frozen history `revisionHistory`
 * built, or, for a value it did not build (one read from JSON), its claims
 * checked and its index rebuilt and compared with the one it carries. The
 * value checked is then frozen in place (its claims and index included), so
 * that it cannot be edited afterwards, and the result is remembered: each
 * history object is checked once, and what it holds is what was checked. Throws
 * `invalid-history` for a value that is not a history, a claim that is not
 * one, or an index that does not match its claims. @internal
 */
export function checkHistory(where: string, history: RevisionHistory): RevisionHistory {
  const known = isObject(history) ? checkedHistories.get(history) : undefined;
  if (known !== undefined) return known;
  const h = history as unknown as Readonly<Record<string, unknown>>;
  const claims = isObject(h) ? h["claims"] : undefined;
  if (h?.["kind"] !== "revision-history" || typeof h["key"] !== "string" || !Array.isArray(claims) || !isObject(h["index"])) {
    fail(where, "history", "is not a revision history built by revisionHistory", history, "invalid-history");
  }
  const index0 = h["index"] as Readonly<Record<string, unknown>>;
  noExtraField(where, "history", h, HISTORY_FIELDS, "a revision history");
  noExtraField(where, "history.index", index0, INDEX_FIELDS, "a revision history's index");
  // The per-claim lists of the index have one item a claim: a mismatch is found before any claim is read.
  for (const name of ["validDay", "knownFrom", "retiredFrom"]) {
    const list = index0[name];
    if (!Array.isArray(list) || list.length !== claims.length) {
      fail(where, `history.index.${name}`, `must have one entry for each of the history's ${claims.length} claims (build the history again with revisionHistory)`, list, "invalid-history");
    }
  }
  const clocks = clocksOfHistory(where, h["clocks"]);
  // An index loop: a hole in the claims is a claim that is not one, not a claim to skip.
  const read = readClaims(claims.length, clocks);
  for (let i = 0; i < claims.length; i++) {
    const first = readNewClaim(read, i, where, "history.claims", claims[i], "invalid-history");
    if (first >= 0) {
      const id = (read.claims[i] as Claim).id;
      fail(where, `history.claims[${i}].id`, `is the id of history.claims[${first}] too: a history holds each claim once (build the history again with revisionHistory)`, id, "invalid-history");
    }
  }
  const key = h["key"] as string;
  const byId = claimsById(read);
  const found = new Map<string, Claim>(); // each chain of restatements followed once
  assertReplacementsEnd(where, "history.claims", read.claims, read.ids, "invalid-history");
  read.claims.forEach((c, i) => linkedOriginal(where, `history.claims[${i}]`, c, byId, "invalid-history", found));
  assertClaimsOfKey(where, key, read.claims, byId);
  const members = Array.from(read.claims, (_, i) => i);
  const rebuilt = build(key, members, read);
  const index = h["index"] as Readonly<Record<string, unknown>>;
  // build sorts the claims' places in place: the claims were in the history's order if each one stayed where it was
  if (!members.every((i, k) => i === k) || !Object.entries(rebuilt.index).every(([name, list]) => same(list, index[name]))) {
    fail(where, "history.index", "does not match the history's claims (build the history again with revisionHistory)", index, "invalid-history");
  }
  freezeChecked(history);
  checkedHistories.set(history, rebuilt);
  return rebuilt;
}
