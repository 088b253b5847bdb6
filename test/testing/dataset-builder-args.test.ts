// aDataset's methods refuse what they cannot take when called, not at build().
import { describe, expect, it } from "vitest";

import { aDataset } from "../../src/testing/index.js";
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
