// The casualty breakdowns, deployment waves and ledger items a report leaves
// out of its totals, breakdowns and balances, whatever the rules are set to:
// those that rest on a deprecated claim (`rests-on-deprecated-claim`: a
// retracted or replaced figure is never counted), entries delivered on the
// strength of a plan (`plan-counted-as-deployment`), waves and items resting
// on a claim of another measure (`claim-figure-mismatch`: the killed are not
// sent), waves reported before they were sent (`reported-before-valid`); each
// named in its section with the finding.

import { measureMismatches } from "../../dataset/rules/claim-figures.js";
import { ruleContext } from "../../dataset/rules/context.js";
import type { RawFinding } from "../../dataset/rules/context.js";
import { restsOnDeprecatedClaim } from "../../dataset/rules/deprecated.js";
import { plansCountedAsDelivered } from "../../dataset/rules/ledgers.js";
import { wavesReportedBeforeSent } from "../../dataset/rules/times.js";
import type { Dataset } from "../../dataset/schema.js";
import type { JsonPath } from "../../dataset/sections.js";
import type { Block } from "./document.js";

/** An item left out of a total, and the finding that says why. */
export interface NotCounted {
  readonly id: string;
  readonly code: string;
  readonly message: string;
}

/** The key of an item by its path in the dataset: `deployments.0`, `ledgers.0.entries.2`. */
export const itemKey = (path: JsonPath): string => path.join(".");

/** The id of the item at `path` (a breakdown, a wave, or a ledger's entry or valuation). */
function idAt(dataset: Dataset, path: JsonPath): string {
  const [section, i, list, k] = path;
  if (section === "ledgers") return dataset.ledgers[i as number]?.[list as "entries" | "valuations"][k as number]?.id ?? "";
  if (section === "deployments") return dataset.deployments[i as number]?.id ?? "";
  return dataset.casualtyBreakdowns[i as number]?.id ?? "";
}

/**
 * The items of a dataset no total counts, by {@link itemKey}, each with the first finding
 * about it: those that rest on a deprecated claim, ledger entries delivered on the strength
 * of a plan, waves and ledger items that rest on a claim of another measure, and waves
 * reported before they were sent.
 */
export function retiredItems(dataset: Dataset): ReadonlyMap<string, NotCounted> {
  const context = ruleContext(dataset, { cumulativeMeasures: [] });
  const found: [string, readonly RawFinding[]][] = [
    [restsOnDeprecatedClaim.code, restsOnDeprecatedClaim.check(context)],
    ["plan-counted-as-deployment", plansCountedAsDelivered(context)],
    ["claim-figure-mismatch", measureMismatches(context)],
    ["reported-before-valid", wavesReportedBeforeSent(context, new Set())],
  ];
  const out = new Map<string, NotCounted>();
  for (const [code, list] of found)
    for (const f of list) {
      const item = f.path.slice(0, f.path[0] === "ledgers" ? 4 : 2);
      const key = itemKey(item);
      if (!out.has(key)) out.set(key, { id: idAt(dataset, item), code, message: f.message });
    }
  return out;
}

/** The sentence that names the items left out of `what` ("the total", "the balance"), each with its finding, or nothing when none was. */
export function notCountedText(list: readonly NotCounted[], what: string): Block[] {
  if (list.length === 0) return [];
  return [{ kind: "paragraph", text: `Left out of ${what}: ${list.map((n) => `${n.id} (${n.code}: ${n.message})`).join("; ")}.` }];
}
