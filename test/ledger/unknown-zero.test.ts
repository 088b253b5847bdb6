// Unknown is not zero in a ledger: a quantity or value of 0 whose words say
// no figure was given ("n/a", "—") is counted as unknown, never summed as 0.
import { describe, expect, it } from "vitest";

import { balance, ledger } from "../../src/ledger/index.js";
import { entry, exact, PARTIES, shells, usd } from "./fixtures.js";

const kpToRu = (...entries: Parameters<typeof ledger>[0]["entries"]) => balance(ledger({ parties: [...PARTIES], entries })).directions.find((d) => d.from === "KP")?.lines[0];

describe("a 0 whose words say no figure was given", () => {
  it.each(["n/a", "—", "unknown", "not reported", "?"])("is a quantity unknown, not 0 shells, when written %j", (text) => {
    const line = kpToRu(shells("a", 12_345), entry("d", { quantity: { kind: "exact", value: 0, unit: "shell", text } }));
    expect(line?.unknown.quantity).toBe(1);
    expect(line?.quantities.map((q) => q.total)).toEqual([exact(12_345, "shell")]);
  });

  it("is a value unknown, not $0", () => {
    const line = kpToRu(shells("a", 10, 100), entry("d", { value: usd({ kind: "exact", value: 0, unit: "USD", text: "n/a" }) }));
    expect(line?.unknown.value).toBe(1);
  });

  it("leaves a 0 with no such words, or with a figure in its words, a count of 0", () => {
    const line = kpToRu(shells("a", 10), entry("z", { quantity: { kind: "exact", value: 0, unit: "shell", text: "none delivered: 0 shells" } }), entry("y", { quantity: exact(0, "shell") }));
    expect(line?.unknown.quantity).toBe(0);
  });
});
