// What the lint rules read: the dataset, its claims with their sources in
// place, the days of their times, and the revision histories and their
// contradictions, each computed once, when a rule first asks. Not exported
// from the package.

import type { Claim } from "../../claim/schema.js";
import type { Finding } from "../../revision/contradictions.js";
import { findContradictions } from "../../revision/contradictions.js";
import { revisionHistory } from "../../revision/history.js";
import type { RevisionHistory } from "../../revision/history.js";
import { boundsOf } from "../../time/bounds.js";
import { parsePeriod } from "../../time/edtf.js";
import { namedIn } from "../resolve.js";
import type { Named } from "../resolve.js";
import type { Dataset } from "../schema.js";
import type { JsonPath } from "../sections.js";

/** What a rule found: where, and what, in words that name the figures. @internal */
export interface RawFinding {
  readonly path: JsonPath;
  readonly message: string;
}

/** The first and last day a time allows, as sortable numbers (`year·10⁴ + month·100 + day`); ±Infinity for an open or unknown end. @internal */
export type Days = readonly [first: number, last: number];

/** A sortable number for an ISO date `YYYY-MM-DD` (a minus sign allowed). */
function dayKey(iso: string): number {
  const [, sign, y, m, d] = /^(-?)(\d+)-(\d\d)-(\d\d)$/.exec(iso) ?? [];
  return (sign === "-" ? -1 : 1) * Number(y) * 10_000 + Number(m) * 100 + Number(d);
}

/** The days of an EDTF time that a parsed dataset holds. @internal */
export function daysOf(edtf: string): Days {
  const read = parsePeriod(edtf);
  if (!read.ok) return [-Infinity, Infinity]; // a parsed dataset holds only times that read
  const { earliest, latest } = boundsOf(read.value);
  return [earliest === null ? -Infinity : dayKey(earliest), latest === null ? Infinity : dayKey(latest)];
}

/** The options every rule reads. @internal */
export interface RuleSettings {
  /** The measures whose stocks are running totals. */
  readonly cumulativeMeasures: readonly string[];
}

/** What the rules read; everything past the dataset is computed once, on first use. @internal */
export interface RuleContext {
  readonly dataset: Dataset;
  readonly settings: RuleSettings;
  /** The sources, parties and claims of the dataset by id. */
  readonly named: Named;
  /** The claims with their sources in place, in the dataset's order. */
  readonly claims: readonly Claim[];
  /** Claim ids to their index. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** The days of each claim's valid time and report time. */
  days(i: number): { readonly valid: Days; readonly reported: Days };
  /** The revision histories of the claims that can be placed on both clocks. */
  histories(): readonly RevisionHistory[];
  /** The contradictions of every history, cumulative ones for the running totals. */
  contradictions(): readonly Finding[];
}

/** Whether a claim is one of a running total: a stock of a cumulative measure. @internal */
export function isCumulative(c: Claim, settings: RuleSettings): boolean {
  return (c.indicator.aggregation ?? "stock") === "stock" && settings.cumulativeMeasures.includes(c.indicator.measure);
}

/** The context of the rules over a checked dataset. @internal */
export function ruleContext(dataset: Dataset, settings: RuleSettings): RuleContext {
  const named = namedIn(dataset);
  const claims = dataset.claims.map((c) => named.claims.get(c.id) as Claim);
  const indexOf = new Map(claims.map((c, i) => [c.id, i]));
  const dayCache = new Map<number, { valid: Days; reported: Days }>();
  let histories: RevisionHistory[] | undefined;
  let contradictions: Finding[] | undefined;
  const context: RuleContext = {
    dataset,
    settings,
    named,
    claims,
    indexOf,
    days(i) {
      let d = dayCache.get(i);
      if (d === undefined)
        dayCache.set(
          i,
          (d = {
            valid: daysOf((claims[i] as Claim).validTime),
            reported: daysOf((claims[i] as Claim).reportedAt),
          })
        );
      return d;
    },
    histories() {
      // a report time with no last day is never known: invalid-interval reports it, and no history can place it
      histories ??= revisionHistory(claims.filter((_c, i) => context.days(i).reported[1] !== Infinity));
      return histories;
    },
    contradictions() {
      contradictions ??= context.histories().flatMap((h) => {
        const originals = h.claims.filter((c) => c.restates === undefined);
        const cumulative = originals.length > 0 && originals.every((c) => isCumulative(c, settings));
        return findContradictions(h, { cumulative });
      });
      return contradictions;
    },
  };
  return context;
}
