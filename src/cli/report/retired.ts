// The casualty breakdowns, deployment waves and ledger items a report leaves
// out of its totals, breakdowns and balances because they rest on a
// deprecated claim (`rests-on-deprecated-claim`, whatever the rule is set to:
// a retracted or replaced figure is never counted), each named in its section
// with the finding.

import { ruleContext } from "../../dataset/rules/context.js";
import { restsOnDeprecatedClaim } from "../../dataset/rules/deprecated.js";
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

/** The items of a dataset that rest on a deprecated claim, by {@link itemKey}, each with the first finding about it. */
export function retiredItems(dataset: Dataset): ReadonlyMap<string, NotCounted> {
  const out = new Map<string, NotCounted>();
  for (const f of restsOnDeprecatedClaim.check(ruleContext(dataset, { cumulativeMeasures: [] }))) {
    const item = f.path.slice(0, f.path[0] === "ledgers" ? 4 : 2);
    const key = itemKey(item);
    if (!out.has(key)) out.set(key, { id: idAt(dataset, item), code: restsOnDeprecatedClaim.code, message: f.message });
  }
  return out;
}

/** The sentence that names the items left out of `what` ("the total", "the balance"), each with its finding, or nothing when none was. */
export function notCountedText(list: readonly NotCounted[], what: string): Block[] {
  if (list.length === 0) return [];
  return [{ kind: "paragraph", text: `Left out of ${what}: ${list.map((n) => `${n.id} (${n.code}: ${n.message})`).join("; ")}.` }];
}
