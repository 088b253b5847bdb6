// One text written in two Unicode forms is one text: "Obús" with its accent as one character
// (normal form C) or as "u" and a combining acute (form D) is one item, one unit, one party name.
import { describe, expect, it } from "vitest";

import { balance, ledger, mergeLedgers, mergeSummaries, summarizeLedger } from "../../src/ledger/index.js";
import type { LedgerEntry, LedgerSummary } from "../../src/ledger/index.js";
import { LedgerSchema } from "../../src/ledger/schema.js";
import { deepFreeze } from "../helpers.js";
import { entry, exact, nis, PARTIES } from "./fixtures.js";

const NFC = "Obús".normalize("NFC");
const NFD = "Obús".normalize("NFD");
const sh = (id: string, item: string, n = 5000): LedgerEntry => deepFreeze(entry(id, { item, quantity: exact(n, "shell") }));
const one = (...entries: LedgerEntry[]) => ledger(deepFreeze({ parties: PARTIES, entries }));

describe("an item written in two Unicode forms", () => {
  it("is one entry told twice, not two transfers: 5,000 shells, not 10,000", () => {
    expect(NFC).not.toBe(NFD);
    const merged = mergeLedgers(one(sh("a", NFC)), one(sh("b", NFD)));
    expect(merged.duplicates.map((d) => [d.code, d.kept, d.dropped])).toEqual([["duplicate-content", "a", "b"]]);
    expect(merged.ledger?.entries.map((e) => e.id)).toEqual(["a"]);
    expect(balance(merged.ledger!).directions[0].lines[0]?.quantities[0]?.total).toEqual({ kind: "exact", value: 5000, unit: "shell" });
  });

  it("with another count is a possible duplicate, as a trailing space or another case is", () => {
    const flagged = (item: string): readonly string[][] => mergeLedgers(one(sh("a", NFC)), one(sh("b", item, 7000))).possibleDuplicates.map((p) => [...p.ids]);
    expect(flagged(`${NFC} `)).toEqual([["a", "b"]]);
    expect(flagged(NFD)).toEqual([["a", "b"]]);
    expect(flagged("OBÚS".normalize("NFD"))).toEqual([["a", "b"]]);
    expect(flagged("Obus")).toEqual([]);
  });

  it("under one id in two ledgers is one entry, not a conflicting-entry", () => {
    const merged = mergeLedgers(one(sh("a", NFC)), one(sh("a", NFD)));
    expect(merged.conflicts).toEqual([]);
    expect(merged.duplicates.map((d) => [d.code, d.kept, d.dropped])).toEqual([["duplicate-id", "a", "a"]]);
    expect(merged.ledger?.entries).toHaveLength(1);
  });

  it("is stored in form C by ledger(), as LedgerSchema reads it", () => {
    const l = one(sh("a", ` ${NFD} `));
    expect(l.entries[0]?.item).toBe(NFC);
    expect(LedgerSchema.parse({ kind: "ledger", parties: PARTIES, entries: [sh("a", ` ${NFD} `)] }).entries[0]?.item).toBe(NFC);
  });

  it("is stored in form C however many items a ledger has", () => {
    const entries = Array.from({ length: 5000 }, (_, i) => sh(`e${i}`, `${NFD} ${i}`));
    expect(one(...entries).entries.every((e, i) => e.item === `${NFC} ${i}`)).toBe(true);
  });

  it("and two entries of one ledger alike but for it are still two transfers", () => {
    const l = one(sh("a", NFC), sh("b", NFD));
    expect(balance(l).directions[0].lines[0]?.quantities[0]?.total).toEqual({ kind: "exact", value: 10000, unit: "shell" });
  });
});

describe("a unit written in two Unicode forms", () => {
  const unit = "obús";
  const q = (id: string, form: "NFC" | "NFD", pad = ""): LedgerEntry => deepFreeze(entry(id, { quantity: exact(5, `${pad}${unit.normalize(form)}`) }));

  it("is one balance line of 10, not two lines that print alike", () => {
    const quantities = balance(one(q("a", "NFC"), q("b", "NFD"), q("c", "NFD", " "))).directions[0].lines[0]?.quantities;
    expect(quantities).toEqual([{ unit: unit.normalize("NFC"), entries: 3, total: { kind: "exact", value: 15, unit: unit.normalize("NFC") } }]);
  });

  it("is stored trimmed and in form C, in quantities and in values (index units and references too)", () => {
    const tiv = (form: "NFC" | "NFD") => ({ estimate: exact(1, "TIV-café".normalize(form)), basis: "index" as const, reference: ` Índice SIPRI`.normalize(form) });
    const l = one(q("a", "NFD", " "), entry("b", { value: tiv("NFD") }), entry("c", { value: tiv("NFC") }));
    expect(l.entries.map((e) => e.quantity?.unit ?? e.value?.estimate.unit)).toEqual([unit.normalize("NFC"), "TIV-café".normalize("NFC"), "TIV-café".normalize("NFC")]);
    expect(l.entries[1]?.value?.reference).toBe("Índice SIPRI".normalize("NFC"));
    expect(balance(l).directions[0].lines[0]?.indices.map((t) => [t.unit, t.entries])).toEqual([["TIV-café".normalize("NFC"), 2]]);
    expect(mergeLedgers(one(entry("b", { value: tiv("NFD") })), one(entry("b", { value: tiv("NFC") }))).conflicts).toEqual([]);
  });

  it("in a summary read back from JSON merges with the same unit in form C", () => {
    const written = JSON.parse(JSON.stringify(summarizeLedger(one(q("a", "NFC"))))) as { groups: { quantities: { unit: string }[] }[] };
    (written.groups[0]?.quantities[0] as { unit: string }).unit = unit.normalize("NFD");
    const merged = mergeSummaries(written as unknown as LedgerSummary, summarizeLedger(one(q("b", "NFC"))));
    expect(merged.groups[0]?.quantities.map((s) => [s.unit, s.entries])).toEqual([[unit.normalize("NFC"), 2]]);
  });
});

describe("a party or a source named in two Unicode forms", () => {
  const parties = (form: "NFC" | "NFD") => [PARTIES[0], { code: "RU", name: "Rossíya".normalize(form) }] as const;
  const source = (form: "NFC" | "NFD") => ({ originator: { ...nis.originator, name: "Agência".normalize(form) } });

  it("is one party: no party-name-conflict, and summaries merge", () => {
    const [a, b] = (["NFC", "NFD"] as const).map((form, k) => ledger(deepFreeze({ parties: parties(form), entries: [sh(`e${k}`, NFC)] })));
    expect(b?.parties[1].name).toBe("Rossíya".normalize("NFC"));
    expect(mergeLedgers(a!, b!).conflicts).toEqual([]);
    expect(mergeSummaries(summarizeLedger(a!), summarizeLedger(b!)).parties[1]?.name).toBe("Rossíya".normalize("NFC"));
  });

  it("is one source: an entry it attributes is no conflicting-entry", () => {
    const [a, b] = (["NFC", "NFD"] as const).map((form) => one(entry("a", { attribution: source(form) })));
    const merged = mergeLedgers(a!, b!);
    expect(merged.conflicts).toEqual([]);
    expect(merged.duplicates.map((d) => d.code)).toEqual(["duplicate-id"]);
  });
});
