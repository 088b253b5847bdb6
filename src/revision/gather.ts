// Claims gathered into the series their revision histories hold, without
// writing out each claim's key: by subject, then by originator, then by the
// rest of the key compared field by field. A series' key is written once.
// Not exported from the package.

import { LookAlikes } from "../_lib/forms.js";
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
  /** The subjects, units and scopes of the series, as written, with the place of their first claim. */
  readonly texts: Readonly<Record<TextField, Map<string, number>>>;
  /** The same, those not in printable ASCII by how they look (see `looks`). */
  readonly alike: Readonly<Record<TextField, LookAlikes<number>>>;
}

/** The fields of an indicator whose texts two series must not share in look only. @internal */
export type TextField = "subject" | "unit" | "scope";

/** A subject, unit or scope that looks like another series' but is not the same text: its field, its text, and the other text with the place of its first claim. @internal */
export interface LookAlikeText {
  readonly field: TextField;
  readonly text: string;
  readonly other: { readonly text: string; readonly at: number };
}

/** A gathering by indicator key (`byIndicator` false) or across originators. @internal */
export function gathering(byIndicator: boolean): Gathering {
  const texts = { subject: new Map(), unit: new Map(), scope: new Map() };
  return { byIndicator, bySubject: new Map(), texts, alike: { subject: new LookAlikes(), unit: new LookAlikes(), scope: new LookAlikes() } };
}

/** `text` of `field` met at place `i` as a new series begins: the text it looks like if another series has one (see `looks`), else undefined, and the text is kept. */
function lookAlikeText(into: Gathering, field: TextField, text: string | undefined, i: number): LookAlikeText | undefined {
  const met = into.texts[field];
  if (text === undefined || met.has(text)) return undefined;
  const other = into.alike[field].met(text, i, (t) => met.get(t));
  if (other !== undefined) return { field, text, other };
  met.set(text, i);
  return undefined;
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

/**
 * Adds place `i` to the series of `original` (the claim whose indicator key it takes). For a new
 * series whose subject, unit or scope looks like another series' but is not the same text
 * ("kp-forces" and "kp\u200b-forces"), returns the two texts, for a caller that refuses two
 * histories of what a reader takes for one series. @internal
 */
export function gather(into: Gathering, original: Claim, i: number): LookAlikeText | undefined {
  const x = original.indicator;
  let byOriginator = into.bySubject.get(x.subject);
  let alike: LookAlikeText | undefined;
  if (byOriginator === undefined) {
    alike = lookAlikeText(into, "subject", x.subject, i);
    into.bySubject.set(x.subject, (byOriginator = new Map()));
  }
  const originator = into.byIndicator ? "" : original.attribution.originator.id;
  let list = byOriginator.get(originator);
  if (list === undefined) byOriginator.set(originator, (list = []));
  for (const series of list) {
    if (sameSeries(series.first, original)) {
      series.members.push(i);
      return undefined;
    }
  }
  list.push({ first: original, members: [i] });
  return alike ?? lookAlikeText(into, "unit", x.unit, i) ?? lookAlikeText(into, "scope", x.scope, i);
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
