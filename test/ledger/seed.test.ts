// The exchange the NIS briefing of April 2025 describes, as a ledger: every
// sentence about what North Korea and Russia sent each other is an entry (or
// the valuation of the whole), and its balance says what is known and what is not.
import { describe, expect, it } from "vitest";

import { nisBriefing2025Claims } from "../../src/fixtures/nis-2025.js";
import { nisBriefing2025Ledger as seed } from "../../src/fixtures/nis-2025-ledger.js";
import { balance, flows, summarizeLedger } from "../../src/ledger/index.js";
import { LedgerSchema } from "../../src/ledger/schema.js";
import { deepFreeze } from "../helpers.js";

const entry = (id: string) => seed.entries.find((e) => e.id === id);

describe("the NIS briefing's exchange as a ledger", () => {
  it("passes its schema unchanged, survives JSON, and is frozen", () => {
    expect(LedgerSchema.parse(seed)).toEqual(seed);
    expect(LedgerSchema.parse(JSON.parse(JSON.stringify(seed)))).toEqual(seed);
    expect(Object.isFrozen(seed) && Object.isFrozen(seed.entries) && seed.entries.every((e) => Object.isFrozen(e) && Object.isFrozen(e.attribution))).toBe(true);
    expect(() => deepFreeze(seed)).not.toThrow();
  });

  it("has North Korea and Russia as its parties, by ISO 3166-1 alpha-2 code", () => {
    expect(seed.parties).toEqual([
      { code: "KP", name: "North Korea" },
      { code: "RU", name: "Russia" },
    ]);
  });

  it("writes every sentence of the exchange as an entry, each resting on the claims of the seed", () => {
    expect(seed.entries.map((e) => [e.from, e.to, e.category, e.item, e.stage, e.evidence])).toEqual([
      ["KP", "RU", "personnel", "troops", "delivered", "reported"],
      ["KP", "RU", "personnel", "troops", "delivered", "reported"],
      ["KP", "RU", "labor", "laborers", "delivered", "reported"],
      ["KP", "RU", "weapon-systems", "conventional weapons", "delivered", "alleged"],
      ["RU", "KP", "munitions", "air defense missiles", "delivered", "reported"],
      ["RU", "KP", "technology", "electronic warfare technology", "delivered", "reported"],
      ["RU", "KP", "weapon-systems", "drones", "delivered", "reported"],
      ["RU", "KP", "technology", "satellite launch technology", "delivered", "reported"],
      ["RU", "KP", "cash", "cash payments", "delivered", "none-observed"],
    ]);
    const claimIds = new Set(nisBriefing2025Claims.map((c) => c.id));
    const linked = [...seed.entries, ...seed.valuations].flatMap((e) => e.claims ?? []);
    expect(linked.filter((id) => !claimIds.has(id))).toEqual([]);
    expect(linked).toHaveLength(10);
  });

  it("keeps the stated forms of the figures, and the dates as the article gives them", () => {
    expect(entry("kp-ru-troops-2024-autumn")).toMatchObject({ quantity: { kind: "range", low: 10_000, high: 12_000, unit: "person" }, period: "2024-23" });
    expect(entry("kp-ru-troops-2023-early")).toMatchObject({ quantity: { kind: "approx", value: 3000, hedge: "approximately" }, period: "2023-01/2023-04" });
    expect(entry("kp-ru-laborers")?.quantity).toEqual({ kind: "approx", value: 15_000, unit: "person", hedge: "around", text: "around 15,000 North Korean laborers" });
  });

  it("leaves out the quantities the article does not give: unknown, not zero, and not 'at least 1'", () => {
    const unstated = ["kp-ru-conventional-weapons", "ru-kp-air-defense-missiles", "ru-kp-electronic-warfare-technology", "ru-kp-drones", "ru-kp-satellite-launch-technology"];
    for (const id of unstated) {
      expect(entry(id)).toBeDefined();
      expect(entry(id)?.quantity).toBeUndefined();
      expect(entry(id)?.value).toBeUndefined();
    }
  });

  it("says 'a range of conventional weapons' was alleged by U.S. and South Korean intelligence together", () => {
    expect(entry("kp-ru-conventional-weapons")?.attribution.originator).toMatchObject({ name: "U.S. and South Korean intelligence", countries: ["US", "KR"] });
  });

  it("records 'no indication of cash payments' as an entry with the evidence none-observed, with no figure", () => {
    const cash = entry("ru-kp-cash-payments");
    expect(cash).toMatchObject({ from: "RU", to: "KP", category: "cash", evidence: "none-observed" });
    expect(cash?.quantity).toBeUndefined();
    expect(cash?.value).toBeUndefined();
    expect(cash?.text).toMatch(/no indications .* cash payments/);
  });

  it("values the exchange as a whole 'in the billions', in no currency", () => {
    expect(seed.valuations).toHaveLength(1);
    expect(seed.valuations[0]).toMatchObject({
      id: "kp-ru-exchange-value",
      item: "military supplies exchanged",
      value: { estimate: { kind: "magnitude", order: "billions", unit: "unknown", text: "in the billions" }, basis: "stated" },
    });
    expect(seed.valuations[0]?.from).toBeUndefined();
  });
});

describe("the balance of the NIS briefing's exchange", () => {
  const b = balance(seed);
  const [kpToRu, ruToKp] = b.directions;

  it("sets both directions side by side, North Korea first", () => {
    expect(b.parties.map((p) => p.code)).toEqual(["KP", "RU"]);
    expect([kpToRu.from, kpToRu.to, kpToRu.entries, ruToKp.from, ruToKp.to, ruToKp.entries]).toEqual(["KP", "RU", 4, "RU", "KP", 4]);
  });

  it("totals North Korea's people: about 13,000–15,000 troops and about 15,000 laborers, apart", () => {
    expect(kpToRu.lines.map((l) => [l.category, l.stage, l.entries, l.evidence])).toEqual([
      ["labor", "delivered", 1, { confirmed: 0, reported: 1, alleged: 0 }],
      ["personnel", "delivered", 2, { confirmed: 0, reported: 2, alleged: 0 }],
      ["weapon-systems", "delivered", 1, { confirmed: 0, reported: 0, alleged: 1 }],
    ]);
    expect(kpToRu.lines[1]?.quantities).toEqual([{ unit: "person", entries: 2, total: { kind: "range", low: 13_000, high: 15_000, unit: "person", approx: true } }]);
    expect(kpToRu.lines[0]?.quantities).toEqual([{ unit: "person", entries: 1, total: { kind: "approx", value: 15_000, unit: "person" } }]);
  });

  it("counts what has no figure as unknown, never as zero", () => {
    expect(kpToRu.lines.map((l) => l.unknown)).toEqual([
      { quantity: 0, value: 1, currency: 0 },
      { quantity: 0, value: 2, currency: 0 },
      { quantity: 1, value: 1, currency: 0 },
    ]);
    expect(ruToKp.lines.map((l) => [l.category, l.entries, l.quantities, l.money, l.indices, l.unknown])).toEqual([
      ["munitions", 1, [], [], [], { quantity: 1, value: 1, currency: 0 }],
      ["technology", 2, [], [], [], { quantity: 2, value: 2, currency: 0 }],
      ["weapon-systems", 1, [], [], [], { quantity: 1, value: 1, currency: 0 }],
    ]);
  });

  it("gives no net value: neither direction is valued in a currency", () => {
    expect(b.net).toEqual([]);
  });

  it("lists the cash payments no one observed apart, and in no total", () => {
    expect(b.noneObserved).toEqual([{ id: "ru-kp-cash-payments", from: "RU", to: "KP", category: "cash", item: "cash payments", stage: "delivered", period: "../2025-04-30" }]);
    expect(ruToKp.lines.some((l) => l.category === "cash")).toBe(false);
  });

  it("lists the 'billions' apart, in no currency and in no total", () => {
    expect(b.valuations.map((v) => [v.id, v.value.estimate])).toEqual([["kp-ru-exchange-value", { kind: "magnitude", order: "billions", unit: "unknown", text: "in the billions" }]]);
    expect(b.directions.flatMap((d) => d.lines.flatMap((l) => l.money))).toEqual([]);
  });

  it("is the balance of its summary, and the balance of its JSON", () => {
    expect(balance(summarizeLedger(seed))).toEqual(b);
    expect(balance(JSON.parse(JSON.stringify(seed)))).toEqual(b);
    expect(balance(JSON.parse(JSON.stringify(summarizeLedger(seed))))).toEqual(b);
  });

  it("answers what Russia is reported to have sent, and what North Korea is alleged to have sent", () => {
    expect(flows(seed, { from: "RU", evidence: "reported" }).map((e) => e.item)).toEqual(["air defense missiles", "electronic warfare technology", "drones", "satellite launch technology"]);
    expect(flows(seed, { from: "KP", evidence: ["alleged", "confirmed"] }).map((e) => e.id)).toEqual(["kp-ru-conventional-weapons"]);
    expect(flows(seed, { category: "technology" })).toHaveLength(2);
  });
});
