// The text the charts draw: names from the data cannot reorder it, and
// right-to-left names stay as written.
import { describe, expect, it } from "vitest";

import { ledger } from "../../src/ledger/index.js";
import { ledgerChart } from "../../src/render/index.js";
import { xml } from "../../src/render/svg.js";
import { entry } from "./data.js";
import { parseXml, textOf } from "./xml.js";

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

describe("names in the charts' text", () => {
  it("drops a bidi override from a party's name, so that it cannot reverse the title or the direction", () => {
    const l = ledger({ parties: [{ code: "KP", name: "\u202EAlpha" }, { code: "RU", name: "Beta\u2067" }], entries: [entry("a")] });
    const svg = ledgerChart(l);
    expect(svg).not.toMatch(BIDI_CONTROLS);
    expect(textOf(parseXml(svg))).toContain("Exchange between Alpha and Beta");
  });

  it("keeps an Arabic or Hebrew name as written, letter for letter", () => {
    const l = ledger({ parties: [{ code: "KP", name: "كوريا الشمالية" }, { code: "RU", name: "רוסיה" }], entries: [entry("a")] });
    const svg = ledgerChart(l);
    expect(svg).toContain("Exchange between كوريا الشمالية and רוסיה");
    expect(xml("\u2066שלום\u2069 \u202Bمرحبا\u202C")).toBe("שלום مرحبا");
  });
});
