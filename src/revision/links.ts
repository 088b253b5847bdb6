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
