// Rules on the ledgers of a dataset: entries between countries that are not
// the ledger's parties, entries delivered on the strength of a plan. Not
// exported from the package.

import type { Claim } from "../../claim/schema.js";
import { formatEstimate } from "../../estimate/format.js";
import type { DatasetLedger, DatasetParty } from "../parts.js";
import type { RawFinding, RuleContext } from "./context.js";
import { claimBehind } from "./resting.js";
import type { Rule } from "./rule.js";

/** A party as a message names it: "KP (North Korea)". */
const partyText = (p: DatasetParty): string => `${p.code} (${p.name})`;

/** The findings of one ledger: each `from` or `to` that is not one of its parties' codes. */
function mismatches(l: DatasetLedger, n: number, parties: readonly DatasetParty[]): RawFinding[] {
  const codes = parties.map((p) => p.code);
  const between = parties.map(partyText).join(" and ");
  const out: RawFinding[] = [];
  for (const list of ["entries", "valuations"] as const) {
    l[list].forEach((item, i) => {
      for (const end of ["from", "to"] as const) {
        const code = item[end];
        if (code === undefined || codes.includes(code)) continue;
        out.push({
          path: ["ledgers", n, list, i, end],
          message: `${item.id} goes from ${item.from} to ${item.to}, in the ledger ${l.id} between ${between}: ${code} is not one of its parties (a slipped country code, or an entry of another ledger?)`,
        });
      }
    });
  }
  return out;
}

/**
 * `ledger-party-mismatch`: a ledger entry or valuation whose `from` or `to`
 * is not the country code of one of the ledger's two parties; a ledger
 * counts what its two parties sent each other, and no more.
 */
export const ledgerPartyMismatch: Rule = {
  code: "ledger-party-mismatch",
  severity: "error",
  check(context) {
    return context.dataset.ledgers.flatMap((l, n) =>
      mismatches(
        l,
        n,
        l.parties.map((id) => context.named.parties.get(id) as DatasetParty)
      )
    );
  },
};

/** The stages at which an entry says the thing was sent: a plan, a projection or a possibility supports neither. @internal */
export const DONE_STAGES: ReadonlySet<string> = new Set(["delivered", "in-use"]);

/** What each modality other than asserted is, in a message. */
const NOT_DONE: ReadonlyMap<string, string> = new Map([
  ["planned", "a plan"],
  ["projected", "a projection"],
  ["potential", "a possibility"],
]);

/**
 * The ledger entries at a stage that says the thing was sent (`delivered`, `in-use`) every
 * claim of which is, or restates, a plan, a projection or a possibility: such an entry
 * counts what was only planned as delivered (`plan-counted-as-deployment`, at its stage).
 * An entry that names no claim, or one asserted claim, is not one, nor is one not observed
 * (`none-observed`), which no total counts. @internal
 */
export function plansCountedAsDelivered(context: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  context.dataset.ledgers.forEach((l, n) => {
    l.entries.forEach((e, i) => {
      const ids = e.claims ?? [];
      if (!DONE_STAGES.has(e.stage) || ids.length === 0 || e.evidence === "none-observed") return;
      const plans = ids.map((id) => claimBehind(id, context, (c) => (c.modality ?? "asserted") !== "asserted"));
      if (plans.some((p) => p === undefined)) return;
      const [first] = plans as { claim: Claim; via: Claim | undefined }[];
      if (first === undefined) return;
      const { claim, via } = first;
      const word = NOT_DONE.get(claim.modality ?? "") ?? "";
      const on = via === undefined ? "" : `${via.id}, which restates `;
      const what = e.quantity === undefined ? "" : ` ${formatEstimate(e.quantity, { unit: true })}`;
      out.push({
        path: ["ledgers", n, "entries", i, "stage"],
        message: `${e.id} (${e.item}) counts${what} as ${e.stage} from ${e.from} to ${e.to}, but rests on ${on}${claim.id}, ${word} (${claim.modality}), and ${word} is not a delivery: give the entry the stage its claim supports (announced or committed), or rest it on a claim of what was ${e.stage === "in-use" ? "seen in use" : "delivered"}`,
      });
    });
  });
  return out;
}
