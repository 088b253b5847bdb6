// Rules on the casualty breakdowns of a dataset: what the casualty room finds
// of each breakdown's figures (compositionFindings, definitionFindings),
// placed on the breakdown. Not exported from the package.

import { readBreakdown } from "../../casualty/check.js";
import type { ReadBreakdown } from "../../casualty/check.js";
import type { CasualtyFindingCode } from "../../casualty/codes.js";
import { compositionFindings, definitionFindings } from "../../casualty/findings.js";
import { countsOnly } from "../../casualty/reconcile.js";
import type { CasualtyFinding } from "../../casualty/findings.js";
import { isFogcountError } from "../../errors.js";
import type { DatasetRuleCode, DatasetSeverity } from "../codes.js";
import { resolveBreakdown } from "../resolve.js";
import { claimPartSums, partClaimsAboveTotals } from "./claim-parts.js";
import type { RawFinding, RuleContext } from "./context.js";
import type { Rule } from "./rule.js";

/**
 * The composition findings of a breakdown; none when its parts sum past the
 * largest number, which no figure can be compared with (a lint finds, it
 * does not throw).
 */
function composition(read: ReadBreakdown): CasualtyFinding[] {
  try {
    return compositionFindings(read);
  } catch (error) {
    if (isFogcountError(error, "overflow")) return [];
    throw error;
  }
}

/** The casualty room's findings of each breakdown, by index; computed once per context. */
const found = new WeakMap<RuleContext, readonly CasualtyFinding[][]>();

function findingsOf(context: RuleContext): readonly CasualtyFinding[][] {
  let out = found.get(context);
  if (out === undefined) {
    out = context.dataset.casualtyBreakdowns.map((b, i) => {
      // a checked dataset's breakdowns pass the room's schema: this never throws
      // read as reconcileCasualties reads it: a 0 whose words say no figure was given, or a figure resting on a plan, is of unknown size
      const read = countsOnly(readBreakdown("checkDataset", `casualtyBreakdowns[${i}]`, resolveBreakdown(b, context.named)));
      return [...composition(read), ...definitionFindings(read)];
    });
    found.set(context, out);
  }
  return out;
}

/**
 * A rule reporting the casualty room's findings of `codes`, each at the
 * breakdown's `total` or at the part it is about (the first field the
 * finding names), with the breakdown's id before the room's message.
 */
function breakdownRule(code: DatasetRuleCode, severity: DatasetSeverity, codes: readonly CasualtyFindingCode[], at: (f: CasualtyFinding) => string): Rule {
  return {
    code,
    severity,
    check(context) {
      const out: RawFinding[] = [];
      findingsOf(context).forEach((list, i) => {
        const id = context.dataset.casualtyBreakdowns[i]?.id;
        for (const f of list)
          if (codes.includes(f.code))
            out.push({
              path: ["casualtyBreakdowns", i, at(f)],
              message: `${id}: ${f.message}`,
            });
      });
      return out;
    },
  };
}

const part = (f: CasualtyFinding): string => f.fields[0] ?? "total";

const inBreakdowns = breakdownRule("parts-exceed-total", "error", ["part-exceeds-total", "parts-exceed-total"], (f) => (f.code === "part-exceeds-total" ? part(f) : "total"));

/**
 * `parts-exceed-total`: in a breakdown, a part the total counts certainly above the total (at
 * the part), or the parts it counts certainly summing above it (at the total); among claims, a
 * part certainly above a total of casualties that counts it, from one originator at one time
 * (at the part's claim), or the parts it counts certainly summing above it (at the total's claim).
 */
export const partsExceedTotal: Rule = {
  ...inBreakdowns,
  check: (context) => [...inBreakdowns.check(context), ...partClaimsAboveTotals(context), ...claimPartSums(context, "parts-exceed-total")],
};

const shortInBreakdowns = breakdownRule("parts-fall-short", "warning", ["parts-fall-short"], () => "total");

/**
 * `parts-fall-short`: every part the total counts given, and certainly summing below it (at
 * the total); among claims, the same of one originator's parts and total of one time (at the
 * total's claim). A 0 whose words say no figure was given is of unknown size, not a part given.
 */
export const partsFallShort: Rule = {
  ...shortInBreakdowns,
  check: (context) => [...shortInBreakdowns.check(context), ...claimPartSums(context, "parts-fall-short")],
};

/** `definition-mismatch`: a part given, or said to exist, that the total does not count (at the part). */
export const definitionMismatch: Rule = breakdownRule("definition-mismatch", "warning", ["definition-mismatch"], part);

/** What makes a claim of a breakdown one source's figure at one time: its originator, subject and valid time. */
function voice(context: RuleContext, id: string): string | undefined {
  const c = context.named.claims.get(id);
  return c === undefined ? undefined : `${c.attribution.originator.id} about ${c.indicator.subject}, valid ${c.validTime}`;
}

/**
 * `mixed-breakdown`: a breakdown whose figures come from claims of different
 * originators, subjects or valid times. A breakdown is one source's figures
 * at one time: killed of March beside wounded of June, or one source's killed
 * beside another's total, make a sum or a difference that no one stated.
 * Reported at the first claim that differs from the first one kept.
 */
export const mixedBreakdown: Rule = {
  code: "mixed-breakdown",
  severity: "error",
  check(context) {
    const out: RawFinding[] = [];
    context.dataset.casualtyBreakdowns.forEach((b, i) => {
      const kept = Object.entries(b.claims ?? {}).filter((e): e is [string, string] => e[1] !== undefined);
      const [first, ...rest] = kept.map(([field, id]) => ({ field, id, voice: voice(context, id) }));
      const other = rest.find((k) => k.voice !== first?.voice);
      if (first === undefined || other === undefined) return;
      out.push({
        path: ["casualtyBreakdowns", i, "claims", other.field],
        message: `${b.id}: its ${first.field} is ${first.id} (${first.voice}), but its ${other.field} is ${other.id} (${other.voice}): a breakdown is one source's figures at one time, and figures of two add up to a figure no one stated`,
      });
    });
    return out;
  },
};
