// The links between claims of one list: `restates` and `supersededBy`.
// Not exported from the package.

import { fail, show } from "../_lib/assert.js";
import type { Claim } from "../claim/schema.js";
import type { FogcountErrorCode } from "../errors.js";

/**
 * Throws `code` (`invalid-claim` by default) naming the claims, for links no
 * history can hold: restatements that restate one another round in a cycle
 * (each chain of `restates` must end at a figure someone stated), and a
 * deprecation whose `supersededBy` names a restatement (a figure is replaced
 * by a figure, not by an outlet repeating one). `root` is the path of the
 * list, such as `claims`. Links to claims not in the list are left alone.
 * O(n): each claim is walked once. @internal
 */
export function checkLinks(where: string, root: string, claims: readonly Claim[], code: FogcountErrorCode = "invalid-claim"): void {
  const at = new Map<string, number>();
  for (let i = 0; i < claims.length; i++) at.set((claims[i] as Claim).id, i);
  // 0 or missing: not seen; 1: on the chain being walked; 2: leads to an original or out of the list
  const state = new Map<string, number>();
  for (let i = 0; i < claims.length; i++) {
    const chain: Claim[] = [];
    for (let c = claims[i] as Claim | undefined; c !== undefined && state.get(c.id) === undefined; ) {
      state.set(c.id, 1);
      chain.push(c);
      const next: Claim | undefined = c.restates === undefined ? undefined : claims[at.get(c.restates) ?? -1];
      if (next !== undefined && state.get(next.id) === 1) {
        const loop = chain.slice(chain.indexOf(next));
        const ids = [...loop, next].map((x) => show(x.id)).join(" → ");
        fail(where, `${root}[${at.get(c.id)}].restates`, `closes a cycle of restatements (${ids}): each chain of restates must end at a figure that restates nothing`, c.restates, code);
      }
      c = next;
    }
    for (const c of chain) state.set(c.id, 2);
  }
  for (let i = 0; i < claims.length; i++) {
    const status = (claims[i] as Claim).status;
    if (status?.kind !== "deprecated" || status.supersededBy === undefined) continue;
    const by = claims[at.get(status.supersededBy) ?? -1];
    if (by?.restates !== undefined) {
      const why = `names ${show(by.id)}, a restatement of ${show(by.restates)}: a figure is replaced by another figure, not by an outlet repeating one`;
      fail(where, `${root}[${i}].status.supersededBy`, why, status.supersededBy, code);
    }
  }
}
