// Claims gathered into the series their revision histories hold, without
// writing out each claim's key: by subject, then by originator, then by the
// rest of the key compared field by field. A series' key is written once.
// Not exported from the package.

import { includesPart, keyOf } from "../claim/indicator-key.js";
import type { Claim } from "../claim/schema.js";

/** One series being gathered: the claim whose key it has, and the places of its claims. */
interface Series {
  readonly first: Claim;
  readonly members: number[];
}

/** The series gathered so far, by subject, then by originator id (`""` across originators). @internal */
export interface Gathering {
  readonly byIndicator: boolean;
  readonly bySubject: Map<string, Map<string, Series[]>>;
}

/** A gathering by indicator key (`byIndicator` false) or across originators. @internal */
export function gathering(byIndicator: boolean): Gathering {
  return { byIndicator, bySubject: new Map() };
}

/**
 * Whether two claims of one subject and originator share an indicator key:
 * the same measure, unit, scope, casualty parts, aggregation and modality, as
 * `keyOf` writes them (a left-out aggregation is a stock, a left-out modality
 * asserted, listing all four casualty parts is leaving them out).
 */
function sameSeries(a: Claim, b: Claim): boolean {
  const x = a.indicator;
  const y = b.indicator;
  return (
    x.measure === y.measure &&
    x.unit === y.unit &&
    (x.scope ?? "") === (y.scope ?? "") &&
    (x.aggregation ?? "stock") === (y.aggregation ?? "stock") &&
    (a.modality ?? "asserted") === (b.modality ?? "asserted") &&
    (x.includes === y.includes || includesPart(x) === includesPart(y))
  );
}

/** Adds place `i` to the series of `original` (the claim whose indicator key it takes). @internal */
export function gather(into: Gathering, original: Claim, i: number): void {
  const subject = original.indicator.subject;
  let byOriginator = into.bySubject.get(subject);
  if (byOriginator === undefined) into.bySubject.set(subject, (byOriginator = new Map()));
  const originator = into.byIndicator ? "" : original.attribution.originator.id;
  let list = byOriginator.get(originator);
  if (list === undefined) byOriginator.set(originator, (list = []));
  for (const series of list) {
    if (sameSeries(series.first, original)) {
      series.members.push(i);
      return;
    }
  }
  list.push({ first: original, members: [i] });
}

/**
 * The series gathered, each as its key (the {@link keyOf} of its claims; with
 * `byIndicator`, with an empty originator) and the places of its claims, in
 * the order of their keys. @internal
 */
export function gathered(from: Gathering): [key: string, members: number[]][] {
  const out: [string, number[]][] = [];
  for (const byOriginator of from.bySubject.values()) {
    for (const list of byOriginator.values()) for (const { first, members } of list) out.push([groupKey(first, from.byIndicator), members]);
  }
  // no two series share a key
  return out.sort(([a], [b]) => (a < b ? -1 : 1));
}

/** The key of the history a claim belongs to, grouped by originator or across originators. @internal */
export function groupKey(c: Claim, byIndicator: boolean): string {
  return byIndicator ? keyOf({ indicator: c.indicator, attribution: { originator: { id: "" } }, modality: c.modality }) : keyOf(c);
}
