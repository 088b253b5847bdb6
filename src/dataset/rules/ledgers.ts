// Rules on the ledgers of a dataset: entries between countries that are not
// the ledger's parties. Not exported from the package.

import type { DatasetLedger, DatasetParty } from "../parts.js";
import type { RawFinding } from "./context.js";
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
