import { describe, expect, it } from "vitest";

import { extractEstimates } from "../../src/text/extract.js";
import { parseEstimate } from "../../src/text/parse.js";

const read = (s: string) => extractEstimates(s).map((e) => [e.text, e.estimate.kind, e.estimate.unit]);

describe("ISO 4217 codes in capitals", () => {
  it.each([
    ["NOK 10 billion", 1e10, "NOK"], ["SEK 7 billion", 7e9, "SEK"], ["DKK 5 billion", 5e9, "DKK"], ["CZK 3 billion", 3e9, "CZK"],
    ["HUF 2 billion", 2e9, "HUF"], ["NZD 1 million", 1e6, "NZD"], ["SGD 1 million", 1e6, "SGD"], ["ZAR 3 million", 3e6, "ZAR"],
    ["SAR 3 million", 3e6, "SAR"], ["AED 3 million", 3e6, "AED"], ["QAR 3 million", 3e6, "QAR"], ["PKR 3 billion", 3e9, "PKR"],
    ["KZT 3 billion", 3e9, "KZT"], ["GEL 3 million", 3e6, "GEL"], ["MDL 3 million", 3e6, "MDL"], ["10 billion NOK", 1e10, "NOK"],
    ["7 billion SEK", 7e9, "SEK"], ["PLN 4 billion", 4e9, "PLN"],
  ])("reads %s as a sum in its code", (text, value, unit) => {
    expect(parseEstimate(text)).toMatchObject({ ok: true, value: { kind: "exact", value, unit } });
  });

  it.each(["ALL 3 million", "PEN 3 million", "COP 28 million", "SDG 3 million", "nok 10 billion"])("does not read a capitalised word or a code in lower case as a currency: %s", (text) => {
    const r = parseEstimate(text);
    expect(r.ok && r.value.unit !== "unknown").toBe(false);
  });

  it.each(["Norwegian kroner", "Swedish kronor", "Danish kroner", "Hungarian forints", "Singapore dollars"])("reads the name %s after a number", (name) => {
    const r = parseEstimate(`5 million ${name}`);
    expect(r.ok && r.value.unit).toMatch(/^[A-Z]{3}$/);
  });

  it("reads the sum in its own currency, and the conversion after it as no figure of its own", () => {
    expect(read("Norway gave NOK 10 billion (roughly $1 billion) to Ukraine.")).toEqual([["NOK 10 billion (roughly $1 billion)", "exact", "NOK"]]);
    expect(read("Sweden gave SEK 7 billion – about $650 million – in aid.")).toEqual([["SEK 7 billion – about $650 million", "exact", "SEK"]]);
    expect(read("Denmark gave DKK 2.4 billion, or about $350 million, in aid.")).toEqual([["DKK 2.4 billion, or about $350 million", "exact", "DKK"]]);
    expect(read("Norway gave 10 billion NOK to Ukraine.")).toEqual([["10 billion NOK", "exact", "NOK"]]);
  });
});
