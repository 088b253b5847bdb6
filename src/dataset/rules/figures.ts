// Rules on the figures of claims: invalid intervals, units, and unknowns
// written as zero. Not exported from the package.

import { lookAlike, looks, visible } from "../../_lib/forms.js";
import { singularNoun } from "../../_lib/nouns.js";
import { includesPart } from "../../claim/indicator-key.js";
import { countsPeople } from "../../claim/measures.js";
import type { Claim } from "../../claim/schema.js";
import { formatEstimate } from "../../estimate/format.js";
import { isZero, noFigureWords } from "../../estimate/no-figure.js";
import { BREAKDOWN_FIELDS } from "../../casualty/vocabulary.js";
import { readInterval } from "../../estimate/read.js";
import { hasUnspecifiedText } from "../../revision/clock.js";
import type { Estimate } from "../../estimate/schema.js";
import type { DatasetDeployment, DatasetLedgerEntry } from "../parts.js";
import type { RawFinding, RuleContext } from "./context.js";
import { isCumulative, unknownEnd } from "./context.js";
import type { Rule } from "./rule.js";
import { reportTimesWithoutEnd } from "./times.js";

const stated = (e: Estimate): string => formatEstimate(e);

/** `invalid-interval`: a count of people below zero; a valid time with unspecified digits; a report time (a claim's or a wave's, or a ledger item's publication date) with no last day, or whose last day is not known. */
export const invalidInterval: Rule = {
  code: "invalid-interval",
  severity: "error",
  check(context) {
    const out: RawFinding[] = [];
    context.claims.forEach((c, i) => {
      if (countsPeople(c.indicator) && readInterval(c.estimate).low < 0) {
        out.push({
          path: ["claims", i, "estimate"],
          message: `${c.id} states ${formatEstimate(c.estimate, {
            unit: true,
          })} ${c.indicator.measure}: a count of people cannot go below zero`,
        });
      }
      if (hasUnspecifiedText(c.validTime)) {
        out.push({
          path: ["claims", i, "validTime"],
          message: `${c.id} is valid at ${c.validTime}, a date with unspecified digits: no history can place it, and it is left out of them (give the date, or the period the figure covers)`,
        });
      }
      if (context.days(i).reported[1] === Infinity) {
        out.push({
          path: ["claims", i, "reportedAt"],
          message:
            unknownEnd(c.reportedAt) === "end"
              ? `${c.id} is reported at ${c.reportedAt}, a time whose last day is not known (an unknown end): when it became known cannot be told, and it is left out of the histories (give the day it was reported by)`
              : `${c.id} is reported at ${c.reportedAt}, a time with no last day: it would never be known (give the day it was reported by)`,
        });
      }
    });
    return [...out, ...reportTimesWithoutEnd(context)];
  },
};

/**
 * A unit as a reader hears it: "Persons", "people" and "person" are one unit, and so are units
 * that look alike as ids do (see `looks`): "ｐｅｒｓｏｎ", "per\u200bson", "person\u200e".
 */
function spoken(unit: string): string {
  return singularNoun(looks(unit).trim().replace(/\s+/g, " "));
}

/** Two spellings of a unit, each as a reader can tell it apart (see `visible`), and why two that look alike differ. */
function twoSpellings(unit: string, other: string): [string, string, string] {
  const why = looks(unit) === looks(other) ? ` (${lookAlike(unit, other)})` : "";
  return [visible(unit), visible(other), why];
}

/** `unit-mismatch`: one indicator in two spellings of one unit; a restatement in another unit than its original; waves, or ledger entries of one item and stage, in two spellings of one unit. */
export const unitMismatch: Rule = {
  code: "unit-mismatch",
  severity: "error",
  check(context) {
    const out: RawFinding[] = [];
    const first = new Map<string, Claim>(); // subject|measure|scope|parts|spoken unit → first claim
    const heard = new Map<string, string>(); // unit → spoken unit: a dataset spells few units
    context.claims.forEach((c, i) => {
      const { subject, measure, scope, unit } = c.indicator;
      let said = heard.get(unit);
      if (said === undefined) heard.set(unit, (said = spoken(unit)));
      const key = JSON.stringify([subject, measure, scope ?? "", includesPart(c.indicator), said]);
      const before = first.get(key);
      if (before === undefined) first.set(key, c);
      else if (before.indicator.unit !== unit) {
        const [now, then, why] = twoSpellings(unit, before.indicator.unit);
        out.push({
          path: ["claims", i, "indicator", "unit"],
          message: `${c.id} counts ${subject} ${measure} in ${now}, ${before.id} in ${then}${why}: one unit spelled two ways splits one series in two`,
        });
      }
      const original = c.restates === undefined ? undefined : context.claims[context.indexOf.get(c.restates) as number];
      if (original !== undefined && original.estimate.unit !== c.estimate.unit) {
        out.push({
          path: ["claims", i, "estimate", "unit"],
          message: `${c.id} restates ${original.id} in ${visible(c.estimate.unit)}, not in its unit ${visible(original.estimate.unit)}`,
        });
      }
    });
    return [...out, ...waveSpellings(context, heard), ...entrySpellings(context, heard)];
  },
};

/** Waves of one route and category in two spellings of one unit ("person", "persons"): no total can hold them both. */
function waveSpellings(context: RuleContext, heard: Map<string, string>): RawFinding[] {
  const out: RawFinding[] = [];
  const first = new Map<string, DatasetDeployment>();
  context.dataset.deployments.forEach((w, i) => {
    const unit = w.size.unit;
    let said = heard.get(unit);
    if (said === undefined) heard.set(unit, (said = spoken(unit)));
    const key = JSON.stringify([w.from, w.to, w.category, said]);
    const before = first.get(key);
    if (before === undefined) first.set(key, w);
    else if (before.size.unit !== unit) {
      const [now, then, why] = twoSpellings(unit, before.size.unit);
      out.push({
        path: ["deployments", i, "size", "unit"],
        message: `${w.id} sends ${w.category} from ${w.from} to ${w.to} in ${now}, ${before.id} in ${then}${why}: one unit spelled two ways keeps the waves out of one total`,
      });
    }
  });
  return out;
}

/** Entries of one ledger, direction, category, item and stage whose quantities are in two spellings of one unit ("shell", "shells"): the balance cannot add them. */
function entrySpellings(context: RuleContext, heard: Map<string, string>): RawFinding[] {
  const out: RawFinding[] = [];
  context.dataset.ledgers.forEach((l, n) => {
    const first = new Map<string, DatasetLedgerEntry>();
    l.entries.forEach((e, i) => {
      const unit = e.quantity?.unit;
      if (unit === undefined) return;
      let said = heard.get(unit);
      if (said === undefined) heard.set(unit, (said = spoken(unit)));
      const key = JSON.stringify([e.from, e.to, e.category, e.item, e.stage, said]);
      const before = first.get(key);
      if (before === undefined) first.set(key, e);
      else if (before.quantity?.unit !== unit) {
        const [now, then, why] = twoSpellings(unit, before.quantity?.unit ?? "");
        out.push({
          path: ["ledgers", n, "entries", i, "quantity", "unit"],
          message: `${e.id} counts ${visible(e.item)} (${e.category}, ${e.stage}, ${e.from} to ${e.to}) in ${now}, ${before.id} in ${then}${why}: one unit spelled two ways keeps the entries out of one total in the balance`,
        });
      }
    });
  });
  return out;
}

/** Zeros in running totals after a figure certainly above zero, by indicator. */
function zerosAfterFigures(context: RuleContext): Map<number, Claim> {
  const found = new Map<number, Claim>();
  for (const h of context.histories()) {
    const originals = h.claims.filter((c) => c.restates === undefined);
    if (originals.length === 0 || !originals.every((c) => isCumulative(c, context.settings))) continue;
    let positive: Claim | undefined;
    for (const c of originals) {
      if (positive !== undefined && isZero(c.estimate) && c.status.kind !== "deprecated") found.set(context.indexOf.get(c.id) as number, positive);
      if (readInterval(c.estimate).low > 0) positive ??= c;
    }
  }
  return found;
}

/** The casualty breakdowns' figures, the waves' sizes, and the ledger entries' quantities and values and the valuations' values, that record 0 where their words say no figure was given. */
function sectionZeros(context: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  const zero = (path: RawFinding["path"], id: string, e: Estimate | undefined, fix = "leave the figure out, or state what was said"): void => {
    const words = e === undefined ? undefined : noFigureWords(e);
    if (words !== undefined) out.push({ path, message: `${id} records 0 where the source says ${JSON.stringify(words)}: unknown is not zero, and no total counts it as 0 (${fix})` });
  };
  context.dataset.casualtyBreakdowns.forEach((b, i) => {
    for (const field of BREAKDOWN_FIELDS) {
      const value = b[field];
      if (typeof value !== "string") zero(["casualtyBreakdowns", i, field], `${b.id}: its ${field}`, value, `give "unknown" or "not-reported" for a figure not given, or state what was said`);
    }
  });
  context.dataset.deployments.forEach((w, i) => zero(["deployments", i, "size"], w.id, w.size, "state the size that was said, or an open one such as at least 0"));
  context.dataset.ledgers.forEach((l, n) => {
    for (const list of ["entries", "valuations"] as const)
      l[list].forEach((e, i) => {
        if ("quantity" in e) zero(["ledgers", n, list, i, "quantity"], e.id, e.quantity);
        zero(["ledgers", n, list, i, "value", "estimate"], e.id, e.value?.estimate);
      });
  });
  return out;
}

/** `unknown-as-zero`: a zero whose words say there was no figure (in a claim, a casualty breakdown's figure, a wave's size, a ledger item's quantity or value); a running total back at zero after a figure above it. */
export const unknownAsZero: Rule = {
  code: "unknown-as-zero",
  severity: "warning",
  check(context) {
    const out: RawFinding[] = [];
    const afterFigures = zerosAfterFigures(context);
    context.claims.forEach((c, i) => {
      if (!isZero(c.estimate)) return;
      const words = noFigureWords(c.estimate, c.text);
      const before = afterFigures.get(i);
      if (words !== undefined) {
        out.push({
          path: ["claims", i, "estimate"],
          message: `${c.id} records 0 where the source says ${JSON.stringify(words)}: unknown is not zero (leave the figure out, or state what was said)`,
        });
      } else if (before !== undefined) {
        out.push({
          path: ["claims", i, "estimate"],
          message: `${c.id} puts the running total ${c.indicator.subject} ${c.indicator.measure} at 0, after ${stated(before.estimate)} (${
            before.id
          }): a figure not reported, recorded as zero?`,
        });
      }
    });
    return [...out, ...sectionZeros(context)];
  },
};
