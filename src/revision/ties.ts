// Figures tied with the one in force: claims of one originator for the same valid day that
// became known at the same moment (or whose order cannot be told) with certainly different
// figures. `asOf` returns one of them by a rule (a preferred claim, else the lowest id); a total
// or a report that states one figure must not, so it asks here. Not exported from the package.

import type { Claim } from "../claim/schema.js";
import { findContradictions } from "./contradictions.js";
import type { RevisionHistory } from "./history.js";

/**
 * The claims `findContradictions` reports as a `simultaneous-conflict` with `inForce` (the
 * claim `asOf` took), as known at `known`: the figures that could as well be in force. Empty
 * when there are none. @internal
 */
export function rivalsOf(history: RevisionHistory, inForce: Claim, known?: string): readonly Claim[] {
  const findings = findContradictions(history, known === undefined ? undefined : { known });
  const ids = new Set<string>();
  for (const f of findings) {
    if (f.code !== "simultaneous-conflict" || !f.claims.includes(inForce.id)) continue;
    for (const id of f.claims) if (id !== inForce.id) ids.add(id);
  }
  return history.claims.filter((c) => ids.has(c.id));
}
