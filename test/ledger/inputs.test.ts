// What the ledger room refuses, and how it says so: the function, the path and the value.
import { describe, expect, it } from "vitest";

import { magnitude } from "../../src/estimate/constructors.js";
import { balance, EMPTY_LEDGER_SUMMARY, flows, ledger, ledgerEntry, ledgerParty, ledgerValuation, mergeLedgers, mergeSummaries, summarizeLedger } from "../../src/ledger/index.js";
import type { Ledger, LedgerEntry, LedgerSummary } from "../../src/ledger/index.js";
import { deepFreeze, expectFogcountError } from "../helpers.js";
import { entry, exact, nis, PARTIES, shells, tiv, usd } from "./fixtures.js";

const build = (entries: unknown[], parties: unknown = PARTIES) => () => ledger({ parties, entries } as never);
const seed = ledger({ parties: PARTIES, entries: [shells("a", 1, 5), entry("n", { evidence: "none-observed" })] });

describe("ledger() refuses what is not a ledger, naming the place", () => {
  it.each<[string, unknown[], RegExp]>([
    ["a hole", [shells("a", 1), , shells("c", 1)], /init\.entries\[1\] must be a ledger entry object, got undefined/],
    ["null", [null], /init\.entries\[0\] must be a ledger entry object/],
    ["a spaced id", [entry("a b")], /entries\[0\]\.id must be non-empty text without whitespace/],
    ["a party that is not one", [entry("a", { to: "UA" })], /entries\[0\]\.to must be one of the ledger's parties \(KP, RU\), got "UA"/],
    ["a lowercase code", [entry("a", { to: "ru" })], /ISO 3166-1 alpha-2/],
    ["one party twice", [entry("a", { to: "KP" })], /entries\[0\]\.to must be the other party/],
    ["an unknown category", [entry("a", { category: "guns" as never })], /entries\[0\]\.category must be one of LEDGER_CATEGORIES/],
    ["an unknown stage", [entry("a", { stage: "sent" as never })], /entries\[0\]\.stage must be one of announced, committed/],
    ["an unknown evidence", [entry("a", { evidence: "none" as never })], /entries\[0\]\.evidence must be one of confirmed/],
    ["an empty item", [entry("a", { item: " " })], /entries\[0\]\.item must be non-empty text/],
    ["a quantity that is not an estimate", [entry("a", { quantity: { kind: "exact", value: "5", unit: "shell" } as never })], /entries\[0\]\.quantity is not an estimate/],
    ["a negative quantity", [entry("a", { quantity: exact(-5, "shell") })], /entries\[0\]\.quantity must not allow a value below zero/],
    ["a value without basis", [entry("a", { value: { estimate: exact(1, "USD") } as never })], /entries\[0\]\.value\.basis must be one of stated, price-list, index/],
    ["money in a unit that is no currency", [entry("a", { value: usd(exact(1, "dollars")) })], /value\.estimate\.unit must be an ISO 4217 currency code, current \(list one of 2026-01-01\) or withdrawn \(list three\)/],
    ["an index in a currency", [entry("a", { value: { estimate: exact(1, "USD"), basis: "index" } })], /must not be a currency code or "unknown": an index is not money/],
    ["an empty reference", [entry("a", { value: { ...tiv(1), reference: "" } })], /value\.reference must be non-empty text/],
    ["a period in words", [entry("a", { period: "last fall" })], /entries\[0\]\.period must be an EDTF date or interval/],
    ["an attribution that is not one", [entry("a", { attribution: { originator: { id: "x" } } as never })], /entries\[0\]\.attribution\.originator\.kind/],
    ["claims that are not ids", [entry("a", { claims: ["a b"] })], /entries\[0\]\.claims must be a list of claim ids/],
    ["a text that is not text", [entry("a", { text: 5 as never })], /entries\[0\]\.text must be text/],
  ])("%s", (_name, entries, message) => {
    expectFogcountError(build(entries), "invalid-ledger", message);
  });

  it("refuses parties that are not two different parties, and a kind that is not a ledger's", () => {
    expectFogcountError(build([], [PARTIES[0]]), "invalid-ledger", /init\.parties must be two parties/);
    expectFogcountError(build([], [PARTIES[0], PARTIES[0]]), "invalid-ledger", /init\.parties\[1\]\.code must differ/);
    expectFogcountError(build([], [PARTIES[0], { code: "RUS", name: "Russia" }]), "invalid-ledger", /parties\[1\]\.code must be an ISO 3166-1 alpha-2 code/);
    expectFogcountError(build([], "KP RU"), "invalid-ledger", /init\.parties must be an array/);
    expectFogcountError(() => ledger(null as never), "invalid-ledger", /ledger: init must be an object/);
    expectFogcountError(() => ledger({ kind: "book", parties: PARTIES, entries: [] } as never), "invalid-ledger", /init\.kind must be "ledger" or left out/);
    expectFogcountError(() => ledger({ parties: PARTIES, entries: [], valuations: {} } as never), "invalid-ledger", /init\.valuations must be an array/);
  });

  it("refuses an id used twice, across entries and valuations", () => {
    expectFogcountError(build([shells("a", 1), shells("a", 2)]), "duplicate-entry-id", /init\.entries\[1\]\.id repeats the id of init\.entries\[0\], got "a"/);
    const valuation = { id: "a", item: "all", value: usd(exact(1, "USD")), period: "2024", attribution: nis };
    expectFogcountError(() => ledger({ parties: PARTIES, entries: [shells("a", 1)], valuations: [valuation] }), "duplicate-entry-id");
  });

  it("refuses a valuation with one end only", () => {
    expectFogcountError(() => ledgerValuation({ id: "v", item: "all", from: "KP", value: usd(magnitude("billions", "unknown")), period: "2024", attribution: nis }), "invalid-ledger", /ledgerValuation "v": valuation\.to is missing: give both from and to, or neither/);
    expectFogcountError(() => ledgerValuation({ id: "v", item: "all", period: "2024", attribution: nis } as never), "invalid-ledger", /valuation\.value must be a value/);
  });

  it("names the entry an entry constructor refuses", () => {
    expectFogcountError(() => ledgerEntry(entry("kp-1", { stage: "gone" as never })), "invalid-ledger", /^ledgerEntry "kp-1": entry\.stage/);
    expectFogcountError(() => ledgerEntry([] as never), "invalid-ledger", /^ledgerEntry: entry must be a ledger entry object/);
    expectFogcountError(() => ledgerParty("kp", "North Korea"), "invalid-ledger", /ledgerParty: party\.code/);
    expectFogcountError(() => ledgerParty("KP", ""), "invalid-ledger", /ledgerParty: party\.name/);
  });
});

describe("the functions that take a ledger refuse what is not one", () => {
  const json = JSON.parse(JSON.stringify(seed)) as Ledger;
  it.each([
    ["summarizeLedger", (l: unknown) => summarizeLedger(l as Ledger)],
    ["flows", (l: unknown) => flows(l as Ledger)],
    ["balance", (l: unknown) => balance(l as Ledger)],
    ["mergeLedgers", (l: unknown) => mergeLedgers(l as Ledger, seed)],
  ])("%s", (name, fn) => {
    expectFogcountError(() => fn(null), "invalid-ledger", new RegExp(`^${name}: (ledger|a) must be a ledger object, got null`));
    expectFogcountError(() => fn({ ...json, kind: "ledgr" }), "invalid-ledger", /\.kind must be "ledger"/);
    expectFogcountError(() => fn({ ...json, entries: [{ ...json.entries[0], value: { estimate: exact(-1, "USD"), basis: "stated" } }] }), "invalid-ledger", /entries\[0\]\.value\.estimate must not allow a value below zero/);
    expectFogcountError(() => fn({ ...json, entries: [json.entries[0], json.entries[0]] }), "duplicate-entry-id");
  });

  it("reads a ledger from JSON as the one it was written from, without changing it", () => {
    const frozen = deepFreeze(JSON.parse(JSON.stringify(seed)) as Ledger);
    expect(summarizeLedger(frozen)).toEqual(summarizeLedger(seed));
    expect(flows(frozen)).toEqual(flows(seed));
  });
});

describe("options", () => {
  it("are an object, with names the function takes and values in their domain", () => {
    expectFogcountError(() => flows(seed, null as never), "invalid-option", /flows: options must be an object, got null/);
    expectFogcountError(() => flows(seed, { form: "KP" } as never), "invalid-option", /options\.form is not an option/);
    expectFogcountError(() => flows(seed, { from: "UA" }), "invalid-option", /options\.from must be a party of the ledger \(KP, RU\), got "UA"/);
    expectFogcountError(() => flows(seed, { stage: [] }), "invalid-option", /options\.stage must list one value or more/);
    expectFogcountError(() => flows(seed, { stage: ["delivered", "sent" as never] }), "invalid-option", /options\.stage\[1\] must be one of announced/);
    // eslint-disable-next-line no-sparse-arrays
    expectFogcountError(() => flows(seed, { evidence: ["reported", , "alleged"] as never }), "invalid-option", /options\.evidence\[1\]/);
    expectFogcountError(() => balance(seed, { category: "guns" as never }), "invalid-option", /options\.category must be one of LEDGER_CATEGORIES/);
    expectFogcountError(() => balance(seed, { from: "KP" } as never), "invalid-option", /options\.from is not an option \(category, stage, evidence, hedge\)/);
  });
});

describe("summaries from outside are checked before they are merged or read", () => {
  const summary = JSON.parse(JSON.stringify(summarizeLedger(seed))) as LedgerSummary;
  const group = summary.groups[0] as LedgerSummary["groups"][number];
  const sum = group.quantities[0] as LedgerSummary["groups"][number]["quantities"][number];
  const edit = (groups: unknown): unknown => ({ ...summary, groups });

  it.each<[string, unknown, RegExp]>([
    ["not an object", "summary", /a must be an object/],
    ["another kind", { ...summary, kind: "ledger" }, /a\.kind must be "ledger-summary"/],
    ["one party", { ...summary, parties: [summary.parties[0]] }, /a\.parties must be two parties/],
    ["parties out of order", { ...summary, parties: [...summary.parties].reverse() }, /a\.parties\[1\] must come after/],
    ["a group of another party", edit([{ ...group, to: "UA" }]), /a\.groups\[0\]\.to must be one of the summary's parties/],
    ["a group going nowhere", edit([{ ...group, to: "KP" }]), /a\.groups\[0\]\.to must be the other party/],
    ["a none-observed group", edit([{ ...group, evidence: "none-observed" }]), /a\.groups\[0\]\.evidence must be one of confirmed, reported, alleged/],
    ["a count that is no count", edit([{ ...group, entries: 1.5 }]), /a\.groups\[0\]\.entries must be a whole number from 0/],
    ["counts that do not add up", edit([{ ...group, entries: 2 }]), /must count each of its entries once/],
    ["an edited sum", edit([{ ...group, quantities: [{ ...sum, low: [1, 1] }] }]), /quantities\[0\]\.low must be an exact sum as summarizeLedger writes it/],
    ["a sum with Infinity", edit([{ ...group, quantities: [{ ...sum, high: [Infinity] }] }]), /quantities\[0\]\.high must be an exact sum/],
    ["a sum low above high", edit([{ ...group, quantities: [{ ...sum, low: [2], high: [1] }] }]), /quantities\[0\]\.low must not be above high \(1\), got \[2\]/],
    ["a flag that is no boolean", edit([{ ...group, quantities: [{ ...sum, approx: 1 }] }]), /quantities\[0\]\.approx must be a boolean/],
    ["more unbounded than entries", edit([{ ...group, quantities: [{ ...sum, unbounded: 2 }] }]), /quantities\[0\]\.unbounded must not exceed entries/],
    ["money in no currency", edit([{ ...group, money: [{ ...sum, unit: "dollars" }] }]), /money\[0\]\.unit must be an ISO 4217 currency code/],
    ["an index in a currency", edit([{ ...group, indices: [{ ...sum, unit: "USD" }] }]), /indices\[0\]\.unit must be an index unit/],
    ["groups out of order", edit([group, group]), /a\.groups\[1\] must come after the one before it/],
    ["a none-observed line without period", { ...summary, noneObserved: [{ ...summary.noneObserved[0], period: "" }] }, /a\.noneObserved\[0\]\.period must be non-empty text/],
    ["a valuation line with a bad value", { ...summary, valuations: [{ id: "v", item: "x", value: { estimate: exact(1, "USD"), basis: "index" }, period: "2024" }] }, /a\.valuations\[0\]\.value\.estimate\.unit/],
  ])("refuses %s", (_name, value, message) => {
    expectFogcountError(() => mergeSummaries(value as LedgerSummary, EMPTY_LEDGER_SUMMARY), "invalid-ledger", message);
  });

  it.each<[string, unknown, RegExp]>([
    ["a misspelt list", { ...summary, grups: summary.groups }, /a\.grups is not a field of a ledger summary \(did you mean groups\?\)/],
    ["a field of another program", { ...summary, exportedAt: "2026-01-01" }, /a\.exportedAt is not a field of a ledger summary \(kind, parties, hedge, groups, noneObserved, valuations, ids\)/],
    ["a field on a group", edit([{ ...group, evidnce: "reported" }]), /a\.groups\[0\]\.evidnce is not a field of a summary group \(did you mean evidence\?\)/],
    ["a field on a sum", edit([{ ...group, quantities: [{ ...sum, total: 5 }] }]), /a\.groups\[0\]\.quantities\[0\]\.total is not a field of a sum/],
    ["a field on the unknown counts", edit([{ ...group, unknown: { ...group.unknown, currencies: 0 } }]), /a\.groups\[0\]\.unknown\.currencies is not a field of the unknown counts of a summary group \(quantity, value, currency\)/],
    ["a field on a none-observed line", { ...summary, noneObserved: [{ ...summary.noneObserved[0], evidence: "none-observed" }] }, /a\.noneObserved\[0\]\.evidence is not a field of a none-observed line/],
  ])("refuses %s, naming the field meant, rather than drop it", (_name, value, message) => {
    expectFogcountError(() => mergeSummaries(value as LedgerSummary, EMPTY_LEDGER_SUMMARY), "invalid-ledger", message);
    expectFogcountError(() => balance(value as LedgerSummary), "invalid-ledger", new RegExp(`^balance: ledger${message.source.slice("a".length)}`));
  });

  it("still reads a summary with every field it has", () => {
    expect(mergeSummaries(summary, EMPTY_LEDGER_SUMMARY)).toEqual(summarizeLedger(seed));
    expect(balance(summary)).toEqual(balance(seed));
  });

  it("refuses to merge summaries between different parties, or parties named differently", () => {
    const other = summarizeLedger(ledger({ parties: [{ code: "IR", name: "Iran" }, PARTIES[1]], entries: [] }));
    expectFogcountError(() => mergeSummaries(summary, other), "party-mismatch", /mergeSummaries: a is between KP \(North Korea\) and RU \(Russia\), b between IR \(Iran\) and RU \(Russia\)/);
    const renamed = summarizeLedger(ledger({ parties: [{ code: "KP", name: "DPRK" }, PARTIES[1]], entries: [] }));
    expectFogcountError(() => mergeSummaries(summary, renamed), "party-mismatch");
  });

  it("refuses to balance the empty summary, which has no parties", () => {
    expectFogcountError(() => balance(EMPTY_LEDGER_SUMMARY), "invalid-argument", /balance: ledger has no parties/);
  });
});

describe("mergeLedgers", () => {
  it("refuses ledgers between different parties", () => {
    const other = ledger({ parties: [{ code: "IR", name: "Iran" }, PARTIES[1]], entries: [] });
    expectFogcountError(() => mergeLedgers(seed, other), "party-mismatch", /mergeLedgers: a is between KP and RU, b between IR and RU/);
  });
});

describe("sums past the largest number", () => {
  it("are overflow, never Infinity", () => {
    const huge = (id: string): LedgerEntry => entry(id, { quantity: exact(Number.MAX_VALUE, "shell") });
    const l = ledger({ parties: PARTIES, entries: [huge("a"), huge("b")] });
    expectFogcountError(() => summarizeLedger(l), "overflow", /^summarizeLedger: a sum is past the largest finite number/);
    const one = summarizeLedger(ledger({ parties: PARTIES, entries: [huge("a")] }));
    const other = summarizeLedger(ledger({ parties: PARTIES, entries: [huge("b")] }));
    expectFogcountError(() => mergeSummaries(one, other), "overflow", /^mergeSummaries:/);
  });

  it("as counts cannot be forged past the ids a summary lists", () => {
    const summary = JSON.parse(JSON.stringify(summarizeLedger(seed))) as LedgerSummary;
    const many = { ...summary, groups: summary.groups.map((g) => ({ ...g, entries: Number.MAX_SAFE_INTEGER, unknown: { ...g.unknown, quantity: Number.MAX_SAFE_INTEGER - 1, value: Number.MAX_SAFE_INTEGER - 1 } })) };
    expectFogcountError(() => mergeSummaries(many as LedgerSummary, many as LedgerSummary), "invalid-ledger", /a\.ids must list the id of each of the summary's \d+ entries and valuations/);
  });
});
