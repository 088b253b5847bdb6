// Summaries carry the ids of what they count, so that merging the same shard
// twice (or shards that share an entry) is refused instead of doubling every
// total; the laws of the merge still hold (see properties.test.ts).
import { describe, expect, it } from "vitest";

import { EMPTY_LEDGER_SUMMARY, ledger, mergeSummaries, summarizeLedger } from "../../src/ledger/index.js";
import type { LedgerEntry, LedgerSummary } from "../../src/ledger/index.js";
import { expectFogcountError } from "../helpers.js";
import { entry, exact, nis, PARTIES, shells, usd } from "./fixtures.js";

const summaryOf = (entries: LedgerEntry[], valuations = [] as { id: string }[]): LedgerSummary =>
  summarizeLedger(ledger({ parties: PARTIES, entries, valuations: valuations.map((v) => ({ id: v.id, item: "all", value: usd(exact(1, "USD")), period: "2024", attribution: nis })) }));

describe("mergeSummaries", () => {
  const shard = summaryOf([shells("b", 1), shells("a", 2), entry("cash", { evidence: "none-observed" })], [{ id: "v" }]);

  it("refuses the same shard summarised twice, which would double every total", () => {
    expectFogcountError(() => mergeSummaries(shard, shard), "duplicate-entry-id", /mergeSummaries: a and b both count "a": a shard summarised twice, or shards that share an entry, would count it twice/);
    expectFogcountError(() => mergeSummaries(shard, JSON.parse(JSON.stringify(shard)) as LedgerSummary), "duplicate-entry-id");
  });

  it("refuses shards that share one entry, a none-observed one or a valuation, however they are grouped", () => {
    const [x, y, z] = [summaryOf([shells("x", 1)]), summaryOf([shells("y", 1)]), summaryOf([shells("z", 1), shells("x", 1)])];
    expectFogcountError(() => mergeSummaries(mergeSummaries(x, y), z), "duplicate-entry-id", /both count "x"/);
    expectFogcountError(() => mergeSummaries(x, mergeSummaries(y, z)), "duplicate-entry-id", /both count "x"/);
    expectFogcountError(() => mergeSummaries(shard, summaryOf([entry("cash", { evidence: "none-observed" })])), "duplicate-entry-id", /"cash"/);
    expectFogcountError(() => mergeSummaries(shard, summaryOf([], [{ id: "v" }])), "duplicate-entry-id", /"v"/);
  });

  it("reads a summary's own fields only, never one inherited from a prototype", () => {
    const plain = JSON.parse(JSON.stringify(shard)) as { groups: Record<string, unknown>[] };
    const group = plain.groups[0] as Record<string, unknown>;
    const { quantities, ...rest } = group;
    const inherited = { ...plain, groups: [Object.assign(Object.create({ quantities }) as Record<string, unknown>, rest), ...plain.groups.slice(1)] };
    expectFogcountError(() => mergeSummaries(inherited as unknown as LedgerSummary, EMPTY_LEDGER_SUMMARY), "invalid-ledger", /mergeSummaries: a\.groups\[0\]\.quantities must be an array, got undefined/);
    expect(mergeSummaries(plain as unknown as LedgerSummary, EMPTY_LEDGER_SUMMARY)).toEqual(shard);
  });

  it("merges shards that share nothing, and keeps every id once, in order", () => {
    const merged = mergeSummaries(summaryOf([shells("c", 1)], [{ id: "w" }]), shard);
    expect(merged.ids).toEqual(["a", "b", "c", "cash", "v", "w"]);
    expect(mergeSummaries(EMPTY_LEDGER_SUMMARY, merged)).toBe(merged);
    expect(EMPTY_LEDGER_SUMMARY.ids).toEqual([]);
  });
});

describe("a summary", () => {
  const shard = summaryOf([shells("b", 1), shells("a", 2), entry("cash", { evidence: "none-observed" })], [{ id: "v" }]);
  const json = JSON.parse(JSON.stringify(shard)) as LedgerSummary;

  it("lists the ids of its entries and valuations, sorted", () => {
    expect(shard.ids).toEqual(["a", "b", "cash", "v"]);
  });

  it.each<[string, unknown, RegExp]>([
    ["no ids", { ...json, ids: undefined }, /a\.ids must be an array/],
    ["an id too few", { ...json, ids: ["a", "cash", "v"] }, /a\.ids must list the id of each of the summary's 4 entries and valuations/],
    ["ids out of order", { ...json, ids: ["b", "a", "cash", "v"] }, /a\.ids\[1\] must come after the one before it, and differ from it/],
    ["an id twice", { ...json, ids: ["a", "a", "cash", "v"] }, /a\.ids\[1\] must come after the one before it, and differ from it/],
    ["an id that is no id", { ...json, ids: ["a", "b", "ca sh", "v"] }, /a\.ids\[2\] must be an entry or valuation id/],
    ["a listed entry without its id", { ...json, ids: ["a", "b", "c", "v"] }, /a\.noneObserved\[0\]\.id must be one of the summary's ids/],
  ])("read back from JSON is refused with %s", (_name, value, message) => {
    expectFogcountError(() => mergeSummaries(value as LedgerSummary, EMPTY_LEDGER_SUMMARY), "invalid-ledger", message);
  });
});
