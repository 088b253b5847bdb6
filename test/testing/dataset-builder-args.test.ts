// aDataset's methods refuse what they cannot take when called, not at build().
import { describe, expect, it } from "vitest";

import { approx } from "../../src/index.js";
import { aBreakdown, aClaim, aDataset, aWave } from "../../src/testing/index.js";
import { thrown } from "../helpers.js";

const kp = { code: "KP", name: "North Korea" };
const ru = { code: "RU", name: "Russia" };

describe("aDataset checks its arguments when a method is called", () => {
  it.each([
    [() => aDataset().withParties({ code: "kp", name: "North Korea" }), 'aDataset.withParties: parties[0].code must be an ISO 3166-1 alpha-2 code: two uppercase letters, got "kp"'],
    [() => aDataset().withParties(kp, { code: "RU" } as never), "aDataset.withParties: parties[1].name must be non-empty text, got undefined"],
    [() => aDataset().withParties({ id: "", code: "RU", name: "Russia" }), /^aDataset\.withParties: parties\[0\]\.id /],
    [() => aDataset().withLedger("l", { foo: 1 } as never), /^aDataset\.withLedger: ledger\.foo is not a field of a ledger/],
    [() => aDataset().withLedger("l", { parties: [kp, { ...ru, code: "KP" }], entries: [] }), 'aDataset.withLedger: ledger.parties[1].code must differ from the other party\'s, got "KP"'],
    [() => aDataset().withLedger("l", { kind: "list" as "ledger", parties: [kp, ru], entries: [] }), 'aDataset.withLedger: ledger.kind must be "ledger" or left out, got "list"'],
  ])("refuses a bad argument (%#)", (call, message) => {
    const e = thrown(call);
    expect(e.code).toBe("invalid-argument");
    if (typeof message === "string") expect(e.message).toBe(message);
    else expect(e.message).toMatch(message);
  });

  it("takes parties and ledgers it can build", () => {
    const d = aDataset().withParties(kp, { id: "russia", ...ru }).withLedger("kp-ru", { parties: [kp, ru], entries: [] }).dated("2025-04-30").build();
    expect(d.parties?.map((p) => p.id)).toEqual(["kp", "russia"]);
  });
});

describe("aDataset refuses a builder given where what it builds is wanted, and parts no room would read", () => {
  const claim = aClaim().by("NIS").saying(approx(1, "person")).asOf("2025-01-01");
  it.each([
    ["withClaims", () => aDataset().withClaims(claim.build(), claim as never), "aDataset.withClaims: claims[1] is a builder, not what it builds: call .build() on it"],
    ["withBreakdown", () => aDataset().withBreakdown("b1", aBreakdown().killed(approx(1, "person")) as never), "aDataset.withBreakdown: breakdown is a builder, not what it builds: call .build() on it"],
    ["withWaves", () => aDataset().withWaves(aWave("w1") as never), "aDataset.withWaves: waves[0] is a builder, not what it builds: call .build() on it"],
    ["aBreakdown.killed", () => aBreakdown().killed(claim as never), "aBreakdown.killed: figure is a builder, not what it builds: call .build() on it"],
    ["aClaim.saying", () => aClaim().saying(claim as never), "aClaim.saying: estimate is a builder, not what it builds: call .build() on it"],
  ])("%s", (_, call, message) => {
    expect(thrown(call)).toMatchObject({ code: "invalid-argument", message });
  });

  it.each([
    ["a claim", () => aDataset().withClaims({ id: "x" } as never), "invalid-claim", "aDataset.withClaims: claims[0].indicator must be an object, got undefined"],
    ["a breakdown", () => aDataset().withBreakdown("b1", { killed: 3 } as never), "invalid-breakdown", "aDataset.withBreakdown: breakdown.killed is not an estimate, got 3"],
    ["a wave", () => aDataset().withWaves({ id: "w" } as never), "invalid-deployment", "aDataset.withWaves: waves[0].from must be two uppercase letters (ISO 3166-1 alpha-2), got undefined"],
  ])("checks %s when it is given, not at build()", (_, call, code, message) => {
    expect(thrown(call)).toMatchObject({ code, message });
  });
});
