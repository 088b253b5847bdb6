// Each item of a dataset's later sections checked by its room's own schema,
// with its references in place: a rule of a room is written once, in the
// room, and a dataset gets it too. Not exported from the package.

import type { z } from "zod";

import { CasualtyBreakdownSchema } from "../casualty/schema.js";
import { DeploymentSchema } from "../deployment/schema.js";
import { LedgerEntrySchema, LedgerValuationSchema } from "../ledger/schema.js";
import { namedIn, resolveBreakdown, resolveDeployment, resolveItem } from "./resolve.js";
import type { Dataset } from "./schema.js";
import type { JsonPath } from "./sections.js";

/** What a room's schema says of an item: where (in the dataset) and what. @internal */
export type RoomProblem = readonly [path: JsonPath, message: string];

function issuesAt(at: JsonPath, result: { readonly success: boolean; readonly error?: z.ZodError }, out: RoomProblem[]): void {
  for (const issue of result.error?.issues ?? []) {
    const path = issue.path.map((k) => (typeof k === "symbol" ? String(k) : k));
    // a breakdown's claims are ids in a dataset: a problem with a claim is one with the reference
    const inner = path[0] === "claims" && at[0] === "casualtyBreakdowns" ? path.slice(0, 2) : path;
    out.push([[...at, ...inner], issue.message]);
  }
}

/**
 * The problems the rooms' schemas find in the breakdowns, waves and ledger
 * items of a dataset whose references resolve; the two parties of a ledger
 * must differ. Entries whose ends are not the ledger's parties are left to
 * `checkDataset` (`ledger-party-mismatch`). @internal
 */
export function roomProblems(dataset: Dataset): RoomProblem[] {
  const named = namedIn(dataset);
  const out: RoomProblem[] = [];
  dataset.casualtyBreakdowns.forEach((b, i) => issuesAt(["casualtyBreakdowns", i], CasualtyBreakdownSchema.safeParse(resolveBreakdown(b, named)), out));
  dataset.deployments.forEach((d, i) => issuesAt(["deployments", i], DeploymentSchema.safeParse(resolveDeployment(d, named)), out));
  dataset.ledgers.forEach((l, n) => {
    const [a, b] = l.parties.map((id) => named.parties.get(id)?.code);
    if (a === b)
      out.push([
        ["ledgers", n, "parties", 1],
        `names the party ${JSON.stringify(l.parties[1])}, of the same country (${a}) as the first: a ledger is between two parties`,
      ]);
    l.entries.forEach((e, i) => issuesAt(["ledgers", n, "entries", i], LedgerEntrySchema.safeParse(resolveItem(e, named)), out));
    l.valuations.forEach((v, i) => issuesAt(["ledgers", n, "valuations", i], LedgerValuationSchema.safeParse(resolveItem(v, named)), out));
  });
  return out;
}
