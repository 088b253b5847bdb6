// Small ledgers for the tests of the ledger room.
import { approx, atLeast, exact, range } from "../../src/estimate/constructors.js";
import type { Estimate } from "../../src/estimate/schema.js";
import type { LedgerEntry, LedgerValue } from "../../src/ledger/schema.js";
import type { Attribution } from "../../src/provenance/schema.js";

export const nis: Attribution = { originator: { id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR" } };

export const PARTIES = [
  { code: "KP", name: "North Korea" },
  { code: "RU", name: "Russia" },
] as const;

export const usd = (estimate: Estimate): LedgerValue => ({ estimate, basis: "stated" });
export const tiv = (value: number): LedgerValue => ({ estimate: exact(value, "SIPRI-TIV-million"), basis: "index", reference: "SIPRI TIV" });

/** An entry from KP to RU, delivered and reported, with whatever `over` changes. */
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
    attribution: nis,
    ...over,
  };
}

export const shells = (id: string, n: number, dollars?: number): LedgerEntry =>
  entry(id, { quantity: exact(n, "shell"), ...(dollars !== undefined && { value: usd(exact(dollars, "USD")) }) });

export { approx, atLeast, exact, range };
