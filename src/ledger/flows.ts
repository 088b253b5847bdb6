import { rethrow } from "../_lib/guard.js";
import { fail, optionsOf } from "../_lib/assert.js";
import { checkLedger } from "./check.js";
import { entryFilters, kept } from "./filters.js";
import type { OneOrMore } from "./filters.js";
import type { Ledger, LedgerEntry } from "./schema.js";
import type { LedgerCategory, LedgerEvidence, LedgerStage } from "./vocabulary.js";

/** Options for {@link flows}: each left out keeps everything, and takes one value or a list of them. */
export interface FlowsOptions {
  /** The sending party's ISO 3166-1 alpha-2 code. */
  readonly from?: string;
  /** The receiving party's code. */
  readonly to?: string;
  readonly category?: OneOrMore<LedgerCategory>;
  readonly stage?: OneOrMore<LedgerStage>;
  /** Left out: `confirmed`, `reported` and `alleged`, the entries with evidence of a transfer. Name `none-observed` (alone or in a list) for what the source looked for and did not see. */
  readonly evidence?: OneOrMore<LedgerEvidence>;
}

/** The evidence levels of a transfer: what flows keeps when no evidence is asked for. */
const TRANSFERS: ReadonlySet<string> = /* @__PURE__ */ new Set(["confirmed", "reported", "alleged"]);

/**
 * The transfers of a ledger that match every option given, in ledger order:
 * one direction (`from`, `to`), categories, stages, evidence levels. An entry
 * with the evidence `none-observed` ("no indication of cash payments") is not
 * a transfer: it is returned only when `evidence` names `none-observed`.
 *
 * @category Ledger
 * @throws {FogcountError} `invalid-ledger` for a value that is not a ledger; `duplicate-entry-id` for an id used twice, or two ids that look alike (the same text in another Unicode form, in compatibility characters or with invisible characters); `invalid-option` for options that are not an object, an option it does not take, a `from` or `to` that is not a party of the ledger, or a category, stage or evidence level that is not one (or an empty list).
 * @example
 * flows(nisBriefing2025Ledger, { from: "RU" }).map((e) => e.item);
 * //=> ["air defense missiles", "electronic warfare technology", "drones", "satellite launch technology"]
 * flows(nisBriefing2025Ledger, { evidence: "none-observed" }).map((e) => e.item);
 * //=> ["cash payments"]
 */
export function flows(ledger: Ledger, options?: FlowsOptions): LedgerEntry[] {
  try {
    const where = "flows";
    const checked = checkLedger(where, "ledger", ledger);
    const o = optionsOf(where, options, "options", ["from", "to", "category", "stage", "evidence"]);
    const codes = checked.parties.map((p) => p.code);
    for (const end of ["from", "to"] as const) {
      if (o[end] !== undefined && !codes.includes(o[end])) fail(where, `options.${end}`, `must be a party of the ledger (${codes.join(", ")})`, o[end], "invalid-option");
    }
    const given = entryFilters(where, o);
    const filters = given.evidence === undefined ? { ...given, evidence: TRANSFERS } : given;
    return checked.entries.filter((e) => (o.from === undefined || e.from === o.from) && (o.to === undefined || e.to === o.to) && kept(filters, e));
  } catch (error) {
    rethrow("flows", { ledger, options }, error);
  }
}
