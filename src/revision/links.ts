// The links between claims: \`restates\` and \`supersededBy\`. Not exported from the package.

import { fail, show } from "../_lib/assert.js";
import { loopsOf } from "../_lib/loops.js";
import type { Claim } from "../claim/schema.js";
import type { FogcountErrorCode } from "../errors.js";

/** Claims by their ids: a `Map`, or any lookup that answers as one. @internal */
export type ClaimsById = Pick<ReadonlyMap<string, Claim>, "get" | "has">;

/**
 * The original a restatement repeats, following \`restates\` through \`byId\` to a
 * claim that restates nothing; the last claim of the chain in \`byId\` when the
 * chain leaves it, and the claim itself when the chain runs into a cycle. A
 * restatement belongs to its original's history, whatever indicator it
 * states, so that \`renderings\` and the drift findings see both. With \`found\`,
 * the originals found are remembered by the ids of the claims on their chains,
 * so that many claims on one long chain are each followed once. @internal
 */
export function originalOf(c: Claim, byId: ClaimsById, found?: Map<string, Claim>): Claim {
  let at = c;
  let seen: Set<string> | undefined; // made for a claim that restates another, not for every claim
  while (at.restates !== undefined) {
    const known = found?.get(at.id);
    if (known !== undefined) {
      at = known;
      break;
    }
    if (seen?.has(at.id)) return c;
    (seen ??= new Set()).add(at.id);
    const next = byId.get(at.restates);
    if (next === undefined) break;
    at = next;
  }
  // every claim on the chain repeats the same original
  if (found !== undefined && seen !== undefined) for (const id of seen) found.set(id, at);
  return at;
}

/**
 * {@link originalOf}, for links a history can hold: throws \`code\` naming the
 * claims when the chain of \`restates\` from \`c\` (at \`path\`) runs into a
 * cycle (each chain must end at a figure someone stated), or when \`c\`'s
 * \`supersededBy\` names a restatement (a figure is replaced by a figure, not
 * by an outlet repeating one). Links to claims not in \`byId\` are left alone. @internal
 */
export function linkedOriginal(where: string, path: string, c: Claim, byId: ClaimsById, code: FogcountErrorCode = "invalid-claim", found?: Map<string, Claim>): Claim {
  const original = originalOf(c, byId, found);
  if (original.restates !== undefined && byId.has(original.restates)) {
    const ids: string[] = [];
    for (let at = c; !ids.includes(at.id); at = byId.get(at.restates as string) as Claim) ids.push(at.id);
    const round = [...ids, byId.get(ids[ids.length - 1] as string)?.restates].map(show).join(" → ");
    fail(where, `${path}.restates`, `runs into a cycle of restatements (${round})`, c.restates, code);
  }
  const s = c.status;
  const by = s?.kind === "deprecated" && s.supersededBy !== undefined ? byId.get(s.supersededBy) : undefined;
  if (by?.restates !== undefined) fail(where, `${path}.status.supersededBy`, `names ${show(by.id)}, which restates ${show(by.restates)}: a restatement replaces no figure`, by.id, code);
  return original;
}

/**
 * Throws `code` when the replacements named by `supersededBy` among `claims`
 * (placed by id in `ids`) run in a circle: each claim of the circle is
 * retired once the next one is known, so none would ever be in force and the
 * answers would fall back silently to an older figure. Reported once, at the
 * first claim of the circle met (`${list}[i].status.supersededBy`). @internal
 */
export function assertReplacementsEnd(where: string, list: string, claims: readonly Claim[], ids: Pick<ReadonlyMap<string, number>, "get">, code: FogcountErrorCode = "invalid-claim"): void {
  const next = (i: number): number => {
    const s = (claims[i] as Claim).status;
    return s?.kind === "deprecated" && s.supersededBy !== undefined ? (ids.get(s.supersededBy) ?? -1) : -1;
  };
  // walks begin at the claims that name a replacement: a loop holds only such claims
  const starts: number[] = [];
  for (let i = 0; i < claims.length; i++) if (next(i) >= 0) starts.push(i);
  const [loop] = starts.length < 2 ? [] : loopsOf(claims.length, next, starts);
  if (loop === undefined) return;
  const names = [...loop.round, loop.at].map((k) => show((claims[k] as Claim).id));
  const by = ((claims[loop.at] as Claim).status as { supersededBy: string }).supersededBy;
  fail(where, `${list}[${loop.at}].status.supersededBy`, `runs into a cycle of replacements (${names.join(" → ")}): each is retired once the next is known, so none would be in force`, by, code);
}

/** Per history checked: the places of its deprecated claims whose `supersededBy` names no claim of it. */
const DANGLING = /* @__PURE__ */ new WeakMap<readonly Claim[], readonly number[]>();

/**
 * The places in `claims` (one history's) of the deprecated claims whose `supersededBy` names an id
 * that is not in the list: a link no search can follow. Found once per list, O(n). @internal
 */
export function danglingReplacements(claims: readonly Claim[]): readonly number[] {
  let found = DANGLING.get(claims);
  if (found === undefined) {
    const ids = new Set<string>();
    for (const c of claims) ids.add(c.id);
    const out: number[] = [];
    for (let i = 0; i < claims.length; i++) {
      const s = (claims[i] as Claim).status;
      if (s?.kind === "deprecated" && s.supersededBy !== undefined && !ids.has(s.supersededBy)) out.push(i);
    }
    DANGLING.set(claims, (found = out));
  }
  return found;
}

/**
 * Refuses (`invalid-history`) to answer from a history whose claim at a valid day on or before
 * `day`, known by `second`, is deprecated with a `supersededBy` naming no claim of the history:
 * when it was retired cannot be told (the replacement's report date is not there), so an answer
 * would silently leave it out. `validDay` and `knownFrom` are the history's index. @internal
 */
export function assertReplacementsHeld(
  where: string,
  claims: readonly Claim[],
  index: { readonly validDay: readonly number[]; readonly knownFrom: readonly number[] },
  day: number,
  second: number,
  pathOf: (c: Claim, i: number) => string = (_c, i) => `history.claims[${i}]`,
): void {
  for (const i of danglingReplacements(claims)) {
    if ((index.validDay[i] as number) > day || (index.knownFrom[i] as number) > second) continue;
    const c = claims[i] as Claim;
    const by = (c.status as { supersededBy: string }).supersededBy;
    const why = `names ${show(by)}, which is not in its history: when ${show(c.id)} stopped being believed cannot be told, and an answer would silently leave it out; put its replacement in the history, or leave out supersededBy to retire it at once`;
    fail(where, `${pathOf(c, i)}.status.supersededBy`, why, by, "invalid-history");
  }
}
