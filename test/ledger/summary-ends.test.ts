// A sum of a summary read back from JSON holds what summarizeLedger writes: a best inside its
// interval, and open ends only where the estimates summed open one, never an interval of no number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { atMost, magnitude } from "../../src/estimate/constructors.js";
import type { Estimate } from "../../src/estimate/schema.js";
import { balance, EMPTY_LEDGER_SUMMARY, ledger, mergeSummaries, summarizeLedger } from "../../src/ledger/index.js";
import type { LedgerEntry, LedgerSummary } from "../../src/ledger/index.js";
import { ledgerChart } from "../../src/render/ledger.js";
import { arbEstimate } from "../../src/testing/index.js";
import { deepFreeze, expectFogcountError } from "../helpers.js";
import { atLeast, entry, exact, PARTIES, range, usd } from "./fixtures.js";

type Sum = Record<string, unknown>;
const e = (id: string, value: Estimate, from: "KP" | "RU" = "KP"): LedgerEntry => entry(id, { from, to: from === "KP" ? "RU" : "KP", value: usd(value) });
/** The summary of `entries`, as JSON reads it back. */
const written = (...entries: LedgerEntry[]): { groups: { money: Sum[] }[] } => JSON.parse(JSON.stringify(summarizeLedger(ledger({ parties: PARTIES, entries }))));
/** The summary of `entries` read back with the first sum of money edited. */
function edited(entries: LedgerEntry[], edit: Partial<Sum>): LedgerSummary {
  const s = written(...entries);
  Object.assign(s.groups[0]?.money[0] as Sum, edit);
  return deepFreeze(s) as unknown as LedgerSummary;
}
const PATH = "groups\\[0\\]\\.money\\[0\\]";

describe("a summary's sum read back from JSON", () => {
  const exchange = [e("a", exact(10, "USD")), e("b", exact(4, "USD"), "RU")];

  it("reads as written when left as it is", () => {
    const s = written(...exchange) as unknown as LedgerSummary;
    expect(balance(s).net[0]?.net).toEqual({ low: 6, high: 6, lowOpen: false, highOpen: false, best: 6 });
    expect(ledgerChart(s)).toBe(ledgerChart(ledger({ parties: PARTIES, entries: exchange })));
    expect(mergeSummaries(s, EMPTY_LEDGER_SUMMARY)).toEqual(summarizeLedger(ledger({ parties: PARTIES, entries: exchange })));
  });

  it("is refused with a best outside [low, high]: no net of 6 with a best of 996", () => {
    for (const best of [[1000], [5]]) {
      const s = edited(exchange, { best });
      expectFogcountError(() => balance(s), "invalid-ledger", new RegExp(`^balance: ledger\\.${PATH}\\.best must lie in the sum's interval \\[10, 10\\], got \\[${best[0]}\\]$`));
      expectFogcountError(() => mergeSummaries(s, EMPTY_LEDGER_SUMMARY), "invalid-ledger", new RegExp(`^mergeSummaries: a\\.${PATH}\\.best must lie`));
      expectFogcountError(() => ledgerChart(s), "invalid-ledger", new RegExp(`^ledgerChart: ledger\\.${PATH}\\.best must lie`));
    }
  });

  it("is refused with an open end on a sum whose low end is its high end: no empty interval", () => {
    expectFogcountError(() => balance(edited(exchange, { lowOpen: true })), "invalid-ledger", new RegExp(`ledger\\.${PATH}\\.lowOpen must be false: only a strict "at least", with no upper bound, opens a low end, got true$`));
    expectFogcountError(() => balance(edited(exchange, { highOpen: true })), "invalid-ledger", new RegExp(`ledger\\.${PATH}\\.highOpen must be false: no estimate summed opens a high end, and \\[10, 10\\) holds no number, got true$`));
  });

  it("is refused with a low end opened on a bounded range, or a high end opened where nothing is bounded", () => {
    expectFogcountError(() => balance(edited([e("a", range(1, 5, "USD"))], { lowOpen: true })), "invalid-ledger", /money\[0\]\.lowOpen must be false: only a strict "at least"/);
    expectFogcountError(() => balance(edited([e("a", atLeast(3, "USD"))], { highOpen: true })), "invalid-ledger", /money\[0\]\.highOpen must be false: no estimate summed opens a high end, got true$/);
  });

  it("is refused with a best on an open end", () => {
    const moreThan = [e("a", atLeast(5, "USD", { strict: true, best: 7 }))];
    expect(written(...moreThan).groups[0]?.money[0]).toMatchObject({ low: [5], high: [], best: [7], lowOpen: true, unbounded: 1 });
    expectFogcountError(() => balance(edited(moreThan, { best: [5] })), "invalid-ledger", /money\[0\]\.best must lie in the sum's interval \(5, Infinity\), got \[5\]$/);
    const fewerThan = [e("a", atMost(10, "USD", { strict: true, best: 4 }))];
    expectFogcountError(() => balance(edited(fewerThan, { best: [10] })), "invalid-ledger", /money\[0\]\.best must lie in the sum's interval \[0, 10\), got \[10\]$/);
  });

  it("is refused with a part of its best above high, where some estimates have no best", () => {
    const some = [e("a", range(1, 2, "USD")), e("b", exact(3, "USD"))];
    expect(written(...some).groups[0]?.money[0]).toMatchObject({ low: [4], high: [5], best: [3], withoutBest: 1 });
    expect(() => balance(edited(some, { best: [5] }))).not.toThrow();
    expectFogcountError(() => balance(edited(some, { best: [6] })), "invalid-ledger", /money\[0\]\.best must lie in the sum's interval \[0, 5\], got \[6\]$/);
    const open = [e("a", magnitude("thousands", "USD")), e("b", exact(3, "USD"))];
    expect(written(...open).groups[0]?.money[0]).toMatchObject({ low: [2003], high: [10003], best: [3], highOpen: true });
    expect(() => balance(edited(open, { best: [10002] }))).not.toThrow();
    expectFogcountError(() => balance(edited(open, { best: [10003] })), "invalid-ledger", /money\[0\]\.best must lie in the sum's interval \[0, 10003\), got \[10003\]$/);
  });

  it("is refused with a high end or a best where no estimate has one, or below 0", () => {
    expectFogcountError(() => balance(edited([e("a", atLeast(3, "USD"))], { high: [3] })), "invalid-ledger", /money\[0\]\.high must be \[\] \(0\): no estimate summed has a high end, got \[3\]$/);
    expectFogcountError(() => balance(edited([e("a", range(1, 5, "USD"))], { best: [3] })), "invalid-ledger", /money\[0\]\.best must be \[\] \(0\): no estimate summed has one, got \[3\]$/);
    expectFogcountError(() => balance(edited([e("a", range(0, 5, "USD"))], { high: [-1] })), "invalid-ledger", /money\[0\]\.high must not be below 0, got \[-1\]$/);
  });

  it.each([["as-stated"], ["rounding"], [{ relative: 0.25 }]] as const)("of any ledger, summarised under %j, reads back as written", (hedge) => {
    const estimates = (unit: string) => arbEstimate({ units: [unit], min: 0, max: 1e7, best: true });
    const arbEntries = fc.array(fc.tuple(fc.option(estimates("shell"), { nil: undefined }), fc.option(estimates("USD"), { nil: undefined }), fc.boolean()), { maxLength: 12 });
    fc.assert(
      fc.property(arbEntries, (drawn) => {
        const entries = drawn.map(([quantity, value, back], i) => entry(`e${i}`, { from: back ? "RU" : "KP", to: back ? "KP" : "RU", ...(quantity && { quantity }), ...(value && { value: usd(value) }) }));
        const summary = summarizeLedger(ledger({ parties: PARTIES, entries }), { hedge });
        const read = JSON.parse(JSON.stringify(summary)) as LedgerSummary;
        expect(mergeSummaries(read, EMPTY_LEDGER_SUMMARY)).toEqual(summary);
        expect(balance(read)).toEqual(balance(summary));
      }),
      { numRuns: 150 },
    );
  });
});
