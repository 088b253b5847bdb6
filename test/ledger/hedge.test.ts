// Approximate values stay approximate: a total or a net of "about $1 billion"
// and "about $400 million" carries the hedge, and the hedge policy of the
// estimate room (`hedge: "rounding"`) widens them as applyHedge does.
import { describe, expect, it } from "vitest";

import { applyHedge } from "../../src/estimate/hedge.js";
import { balance, ledger, mergeSummaries, summarizeLedger } from "../../src/ledger/index.js";
import type { LedgerSummary } from "../../src/ledger/index.js";
import { expectFogcountError } from "../helpers.js";
import { approx, entry, exact, PARTIES, range, usd } from "./fixtures.js";

const billion = entry("kp-shells", { quantity: approx(3000, "shell"), value: usd(approx(1e9, "USD")) });
const millions = entry("ru-missiles", { from: "RU", to: "KP", value: usd(approx(4e8, "USD")) });
const l = ledger({ parties: PARTIES, entries: [billion, millions] });

describe("a net of approximate values", () => {
  it("is approximate, never a bare point", () => {
    expect(balance(l).net).toEqual([
      { stage: "delivered", unit: "USD", basis: "money", from: "KP", to: "RU", net: { low: 6e8, high: 6e8, lowOpen: false, highOpen: false, best: 6e8, approx: true }, unvalued: [0, 0], noneObserved: [0, 0], evidence: [{ confirmed: 0, reported: 1, alleged: 0 }, { confirmed: 0, reported: 1, alleged: 0 }] },
    ]);
  });

  it("is widened by the hedge policy: about $1 billion less about $400 million is $50 million to $1.15 billion under rounding", () => {
    expect(balance(l, { hedge: "rounding" }).net[0]?.net).toEqual({ low: 5e7, high: 1.15e9, lowOpen: false, highOpen: false, best: 6e8, approx: true });
    expect(balance(l, { hedge: { relative: 0.1 } }).net[0]?.net).toEqual({ low: 9e8 - 4.4e8, high: 1.1e9 - 3.6e8, lowOpen: false, highOpen: false, best: 6e8, approx: true });
  });

  it("of exact values is exact, and says nothing of a hedge", () => {
    const exactly = ledger({ parties: PARTIES, entries: [entry("a", { value: usd(exact(100, "USD")) }), entry("b", { from: "RU", to: "KP", value: usd(range(30, 50, "USD")) })] });
    expect(balance(exactly, { hedge: "rounding" }).net[0]?.net).toEqual({ low: 50, high: 70, lowOpen: false, highOpen: false });
  });

  it("is approximate when one side only is hedged", () => {
    const half = ledger({ parties: PARTIES, entries: [entry("a", { value: usd(exact(100, "USD")) }), millions] });
    expect(balance(half).net[0]?.net.approx).toBe(true);
  });
});

describe("totals of approximate figures", () => {
  it("carry the hedge, and are widened as applyHedge widens each figure", () => {
    const [line] = balance(l).directions[0].lines;
    expect(line?.money[0]?.total).toEqual({ kind: "approx", value: 1e9, unit: "USD" });
    const [wide] = balance(l, { hedge: "rounding" }).directions[0].lines;
    expect(wide?.money[0]?.total).toEqual(applyHedge(approx(1e9, "USD"), "rounding"));
    expect(wide?.quantities[0]?.total).toEqual({ kind: "range", low: 2500, high: 3500, unit: "shell", approx: true, best: 3000 });
  });

  it("say the policy they were read under", () => {
    expect(balance(l).hedge).toBe("as-stated");
    expect(balance(l, { hedge: { relative: 0.1 } }).hedge).toEqual({ relative: 0.1 });
  });
});

describe("summaries keep the hedge policy they were made under", () => {
  const wide = summarizeLedger(l, { hedge: "rounding" });

  it("and balance reads them under it", () => {
    expect(wide.hedge).toBe("rounding");
    expect(summarizeLedger(l).hedge).toBe("as-stated");
    expect(balance(wide)).toEqual(balance(l, { hedge: "rounding" }));
    expect(balance(wide, { hedge: "rounding" })).toEqual(balance(l, { hedge: "rounding" }));
    expect(balance(JSON.parse(JSON.stringify(summarizeLedger(l, { hedge: { relative: 0.1 } }))) as LedgerSummary)).toEqual(balance(l, { hedge: { relative: 0.1 } }));
  });

  it("refuse to be read under another", () => {
    expectFogcountError(() => balance(wide, { hedge: "as-stated" }), "invalid-option", /balance: options\.hedge must be the hedge policy the summary was made under \("rounding"\): summarize the ledger again/);
  });

  it("merge only with summaries made under the same policy", () => {
    const other = summarizeLedger(ledger({ parties: PARTIES, entries: [] }));
    expectFogcountError(() => mergeSummaries(wide, other), "hedge-mismatch", /mergeSummaries: a was made under the hedge policy "rounding", b under "as-stated"/);
    expect(mergeSummaries(wide, summarizeLedger(ledger({ parties: PARTIES, entries: [] }), { hedge: "rounding" })).hedge).toBe("rounding");
  });

  it("refuse a policy that is not one, as the estimate room does", () => {
    expectFogcountError(() => balance(l, { hedge: "wide" as never }), "invalid-option", /balance: options\.hedge must be "as-stated", "rounding" or \{ relative: r \}/);
    expectFogcountError(() => summarizeLedger(l, { hedge: { relative: -1 } }), "invalid-option", /summarizeLedger: options\.hedge/);
    expectFogcountError(() => summarizeLedger(l, { hedge: "rounding", stage: "delivered" } as never), "invalid-option", /options\.stage is not an option \(hedge\)/);
    const json = JSON.parse(JSON.stringify(wide)) as LedgerSummary;
    expectFogcountError(() => balance({ ...json, hedge: "about" } as never), "invalid-ledger", /balance: ledger\.hedge must be "as-stated", "rounding" or \{ relative: r \}/);
  });
});
