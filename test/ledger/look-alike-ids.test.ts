// Ids of a ledger that look alike but differ as text ("café" in two Unicode forms, "a" and
// "a" with a zero-width space, a full-width letter): one id to a reader, refused by ledger()
// as a repeated id is, and never counted twice by a merge.
import { describe, expect, it } from "vitest";

import { balance, ledger, mergeLedgers, mergeSummaries, summarizeLedger } from "../../src/ledger/index.js";
import type { Ledger, LedgerEntry } from "../../src/ledger/index.js";
import { deepFreeze, expectFogcountError, thrown } from "../helpers.js";
import { entry, exact, PARTIES, shells, usd } from "./fixtures.js";

const NFC = "caf\u00e9";
const NFD = "cafe\u0301";
/** The NFD id as messages write it: its combining mark as an escape. */
const NFD_SHOWN = "cafe\\u0301";
const one = (...entries: LedgerEntry[]): Ledger => ledger(deepFreeze({ parties: PARTIES, entries }));

describe("ledger() with two ids that look alike", () => {
  it("refuses them as a repeated id, naming both and why", () => {
    expect(thrown(() => one(shells(NFC, 1), shells(NFD, 2)))).toMatchObject({
      code: "duplicate-entry-id",
      message: `ledger: init.entries[1].id "${NFD_SHOWN}" is the id "${NFC}" of init.entries[0], the same text in another Unicode form: ids are compared as written, but no reader could tell the two apart, got "${NFD_SHOWN}"`,
    });
    expect(thrown(() => one(shells("a", 1), shells("a\u200b", 2)))).toMatchObject({
      code: "duplicate-entry-id",
      message: 'ledger: init.entries[1].id "a\\u200b" is the id "a" of init.entries[0], the same text but for invisible characters: ids are compared as written, but no reader could tell the two apart, got "a\\u200b"',
    });
    expectFogcountError(() => one(shells("a\u200b", 1), shells("a", 2)), "duplicate-entry-id", /"a" is the id "a\\u200b" of init\.entries\[0\], the same text but for invisible characters/);
    expectFogcountError(() => one(shells("a", 1), shells("\uff41", 2)), "duplicate-entry-id", /"\\uff41" is the id "a" of init\.entries\[0\], the same text in compatibility characters/);
    expectFogcountError(() => one(shells("fi", 1), shells("\ufb01", 2)), "duplicate-entry-id", /compatibility characters/);
    expectFogcountError(() => one(shells("ab", 1), shells("a\u00adb", 2)), "duplicate-entry-id", /"a\\u00adb" is the id "ab"/);
    expectFogcountError(() => one(shells("x", 1), shells("x\u{e0061}", 2)), "duplicate-entry-id", /"x\\u\{e0061\}" is the id "x"/);
  });

  it("refuses an entry and a valuation whose ids look alike, as ids are unique across both", () => {
    const valuation = { id: `${NFD}-value`, from: "KP", to: "RU", item: "artillery shells", period: "2024", value: usd(exact(5, "USD")), attribution: shells("x", 1).attribution };
    expectFogcountError(() => ledger(deepFreeze({ parties: PARTIES, entries: [shells(NFC, 1), shells(`${NFC}-value`, 2)], valuations: [valuation] })), "duplicate-entry-id", /init\.valuations\[0\]\.id .* is the id .* of init\.entries\[1\], the same text in another Unicode form/);
  });

  it("refuses them in a plain ledger object given to balance", () => {
    const plain = deepFreeze({ kind: "ledger", parties: PARTIES, entries: [shells(NFC, 1), shells(NFD, 2)], valuations: [] }) as unknown as Ledger;
    expectFogcountError(() => balance(plain), "duplicate-entry-id", /another Unicode form/);
  });

  it("keeps ids a reader tells apart: with and without an accent, in another case, in another script", () => {
    expect(one(shells("cafe", 1), shells(NFC, 2)).entries.map((e) => e.id)).toEqual(["cafe", NFC]);
    expect(one(shells("A", 1), shells("a", 2)).entries.map((e) => e.id)).toEqual(["A", "a"]);
    // a Cyrillic а looks like a Latin a, but confusables of other scripts are not compared
    expect(one(shells("a", 1), shells("\u0430", 2)).entries).toHaveLength(2);
    const l = one(shells("cafe", 1), shells(NFC, 2));
    expect(balance(l).directions[0].lines[0]?.quantities[0]?.total).toEqual({ kind: "exact", value: 3, unit: "shell" });
  });
});

describe("mergeLedgers with ids that look alike in two ledgers", () => {
  it("keeps one entry once when both say the same", () => {
    const merged = mergeLedgers(one(shells(NFC, 5)), one(shells(NFD, 5)));
    expect(merged.conflicts).toEqual([]);
    expect(merged.duplicates.map((d) => [d.code, d.kept, d.dropped])).toEqual([["duplicate-content", NFD, NFC]]);
    expect(merged.ledger?.entries.map((e) => e.id)).toEqual([NFD]);
  });

  it("gives no ledger while they say different things: a conflict naming both", () => {
    const merged = mergeLedgers(one(shells(NFC, 1)), one(shells(NFD, 2)));
    expect(merged.ledger).toBeNull();
    expect(merged.conflicts.map((c) => [c.code, c.versions.map((v) => (v as LedgerEntry).id)])).toEqual([["conflicting-entry", [NFC, NFD]]]);
    expect(merged.conflicts[0]?.message).toBe(
      `entry "${NFC}" of one ledger and entry "${NFD_SHOWN}" of another have ids that look alike, the same text in another Unicode form: ids are compared as written, but no reader could tell the two apart: settle which is meant and merge again; until then there is no merged ledger`,
    );
    const zw = mergeLedgers(one(shells("a", 1)), one(entry("a\u200b", { item: "rockets", quantity: exact(2, "rocket") })));
    expect(zw.ledger).toBeNull();
    expect(zw.conflicts[0]?.message).toMatch(/^entry "a" of one ledger and entry "a\\u200b" of another have ids that look alike, the same text but for invisible characters/);
  });

  it("merges ids a reader tells apart as two entries", () => {
    const merged = mergeLedgers(one(shells("cafe", 1)), one(entry(NFC, { item: "rockets", quantity: exact(2, "rocket") })));
    expect(merged.conflicts).toEqual([]);
    expect(merged.ledger?.entries.map((e) => e.id)).toEqual(["cafe", NFC]);
  });
});

describe("mergeSummaries with ids that look alike in two summaries", () => {
  it("refuses them as an id both count, naming both and why", () => {
    expect(thrown(() => mergeSummaries(summarizeLedger(one(shells(NFC, 1))), summarizeLedger(one(shells(NFD, 2)))))).toMatchObject({
      code: "duplicate-entry-id",
      message: `mergeSummaries: b counts "${NFD_SHOWN}" and a counts "${NFC}", the same text in another Unicode form: ids are compared as written, so an entry summarised under both would count twice`,
    });
    expectFogcountError(() => mergeSummaries(summarizeLedger(one(shells("a\u200b", 1))), summarizeLedger(one(shells("a", 2)))), "duplicate-entry-id", /b counts "a" and a counts "a\\u200b", the same text but for invisible characters/);
    expectFogcountError(() => mergeSummaries(summarizeLedger(one(shells("a", 1))), summarizeLedger(one(shells("\uff41", 2)))), "duplicate-entry-id", /compatibility characters/);
  });

  it("merges ids a reader tells apart", () => {
    const merged = mergeSummaries(summarizeLedger(one(shells("A", 1), shells("cafe", 4))), summarizeLedger(one(shells("a", 2), shells(NFC, 8))));
    expect(merged.ids).toEqual(["A", "a", "cafe", NFC]);
    expect(balance(merged).directions[0].lines[0]?.quantities[0]?.total).toEqual({ kind: "exact", value: 15, unit: "shell" });
  });
});
