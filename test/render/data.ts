// Figures for the tests of the render room: the seed's revision histories and
// small claims, waves and ledger entries to change one thing at a time.
import { claim } from "../../src/claim/claim.js";
import type { Claim, ClaimInput } from "../../src/claim/schema.js";
import { exact } from "../../src/estimate/constructors.js";
import type { Estimate } from "../../src/estimate/schema.js";
import type { LedgerEntry } from "../../src/ledger/schema.js";
import type { Source } from "../../src/provenance/schema.js";
import { revisionHistory } from "../../src/revision/index.js";
import type { RevisionHistory } from "../../src/revision/index.js";
import { deepFreeze } from "../helpers.js";
import { casualtiesApril, casualtiesJanuary, casualtiesMarch } from "../revision/seed.js";

export { casualtiesApril, casualtiesJanuary, casualtiesMarch };

/** The NIS casualty figures of January, March and April 2025 as one history. */
export const seedHistory: RevisionHistory = revisionHistory([casualtiesApril, casualtiesMarch, casualtiesJanuary])[0] as RevisionHistory;

export const gur: Source = { id: "ua-gur", kind: "intelligence-agency", name: "Ukrainian military intelligence", country: "UA" };
export const outlet: Source = { id: "acme-news", kind: "outlet", name: "Acme News" };

/** A claim on the seed's casualty indicator, with whatever `over` changes. */
export function casualtyClaim(id: string, estimate: Estimate, validTime: string, reportedAt: string, over: Partial<ClaimInput> = {}): Claim {
  return deepFreeze(
    claim({
      id,
      indicator: casualtiesApril.indicator,
      estimate,
      validTime,
      reportedAt,
      attribution: { originator: gur },
      ...over,
    } as never),
  );
}

export const PARTIES = [
  { code: "KP", name: "North Korea" },
  { code: "RU", name: "Russia" },
] as const;

/** A ledger entry from KP to RU, delivered and reported, with whatever `over` changes. */
export function entry(id: string, over: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    id,
    from: "KP",
    to: "RU",
    category: "munitions",
    item: "artillery shells",
    stage: "delivered",
    evidence: "reported",
    period: "2024",
    attribution: { originator: gur },
    ...over,
  };
}

export { exact };
