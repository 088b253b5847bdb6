// The items of a checked dataset as their rooms take them: sources, claims
// and parties in place of their ids. Not exported from the package.

import type { CasualtyBreakdown } from "../casualty/schema.js";
import type { BreakdownField } from "../casualty/vocabulary.js";
import type { Claim } from "../claim/schema.js";
import type { Deployment } from "../deployment/schema.js";
import type { Ledger, LedgerEntry, LedgerParty, LedgerValuation } from "../ledger/schema.js";
import type { Attribution, RelayStep, Source } from "../provenance/schema.js";
import type { DatasetAttribution } from "./attribution.js";
import type { DatasetCasualtyBreakdown, DatasetDeployment, DatasetLedger, DatasetParty } from "./parts.js";
import type { Dataset, DatasetClaim } from "./schema.js";

/** What the items of a dataset name, by id. @internal */
export interface Named {
  readonly sources: ReadonlyMap<string, Source>;
  readonly parties: ReadonlyMap<string, DatasetParty>;
  readonly claims: ReadonlyMap<string, Claim>;
}

/** An attribution with its sources in place of their ids. @internal */
export function resolveAttribution(a: DatasetAttribution, sources: ReadonlyMap<string, Source>): Attribution {
  const { originator, relay, ...rest } = a;
  const attribution: Attribution = {
    ...rest,
    originator: sources.get(originator) as Source,
  };
  if (relay !== undefined) {
    attribution.relay = relay.map((step): RelayStep => (step.kind === "intermediary" ? { ...step, source: sources.get(step.source) as Source } : step));
  }
  return attribution;
}

/** A claim of a checked dataset with its sources in place of their ids. @internal */
export function resolveClaim(claim: DatasetClaim, sources: ReadonlyMap<string, Source>): Claim {
  return {
    ...claim,
    attribution: resolveAttribution(claim.attribution, sources),
  };
}

/** The sources, parties and claims of a dataset whose references resolve, by id; the claims resolved when first asked for. @internal */
export function namedIn(dataset: Dataset): Named {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const parties = new Map(dataset.parties.map((p) => [p.id, p]));
  let claims: Map<string, Claim> | undefined;
  return {
    sources,
    parties,
    get claims() {
      return (claims ??= new Map(dataset.claims.map((c) => [c.id, resolveClaim(c, sources)])));
    },
  };
}

/** A breakdown with its claims in place of their ids (its id and party left out). @internal */
export function resolveBreakdown(b: DatasetCasualtyBreakdown, named: Named): CasualtyBreakdown {
  const { id: _id, party: _party, claims, ...rest } = b;
  const out: CasualtyBreakdown = { ...rest };
  if (claims !== undefined) {
    const kept: Partial<Record<BreakdownField, Claim>> = {};
    for (const [field, id] of Object.entries(claims)) if (id !== undefined) kept[field as BreakdownField] = named.claims.get(id) as Claim;
    out.claims = kept;
  }
  return out;
}

/** A wave with its sources in place of their ids. @internal */
export function resolveDeployment(d: DatasetDeployment, named: Named): Deployment {
  return {
    ...d,
    attribution: resolveAttribution(d.attribution, named.sources),
  };
}

function party(id: string, named: Named): LedgerParty {
  const p = named.parties.get(id) as DatasetParty;
  return { code: p.code, name: p.name };
}

/** A ledger entry or valuation with its sources in place of their ids. @internal */
export function resolveItem<T extends LedgerEntry | LedgerValuation>(
  item: Omit<T, "attribution"> & { readonly attribution: DatasetAttribution },
  named: Named
): T {
  return {
    ...item,
    attribution: resolveAttribution(item.attribution, named.sources),
  } as T;
}

/** A ledger with its parties and sources in place of their ids (its id left out). @internal */
export function resolveLedger(l: DatasetLedger, named: Named): Ledger {
  return {
    kind: "ledger",
    parties: [party(l.parties[0], named), party(l.parties[1], named)],
    entries: l.entries.map((e) => resolveItem<LedgerEntry>(e, named)),
    valuations: l.valuations.map((v) => resolveItem<LedgerValuation>(v, named)),
  };
}
