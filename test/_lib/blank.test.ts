// Blank text, read one way everywhere: the checks written by hand (isText, isId), the quick
// dataset reader and the zod schemas refuse the same texts, and show what they refuse.
import { describe, expect, it } from "vitest";

import { isId, isText } from "../../src/_lib/assert.js";
import { isBlank } from "../../src/_lib/blank.js";
import { quickClaim } from "../../src/dataset/quick.js";
import { DatasetClaimSchema } from "../../src/dataset/schema.js";
import { claim, exact } from "../../src/index.js";
import { ClaimSchema, DatasetMetadataSchema, IdSchema, LedgerPartySchema, PublicationSchema, SourceSchema, UnitSchema } from "../../src/schemas.js";
import { thrownCode } from "../helpers.js";

const BLANK = ["", " ", "\t\n", "\u200B", "\u2060", "\uFEFF", "\u200E", "\u00A0", " \u200B \u00A0", "\u3000", "\u2028\u2029", "\u180E", "\u3164", "\u{E0020}", "\uFE0F"];
/** Near misses: text with something a reader can see, invisible characters or not. */
const SEEN = ["a", " a ", "\u200Bperson", "person\u2060", "\u00A0x", "é", "e\u0301", "\u0301", "1", "\u{1F600}"];

describe("isBlank", () => {
  it.each(BLANK.map((t) => [JSON.stringify(t), t]))("finds %s blank", (_n, t) => {
    expect(isBlank(t)).toBe(true);
    expect(isText(t)).toBe(false);
  });
  it.each(SEEN.map((t) => [JSON.stringify(t), t]))("finds %s not blank", (_n, t) => {
    expect(isBlank(t)).toBe(false);
    expect(isText(t)).toBe(true);
  });
});

describe("the checks and the schemas agree", () => {
  it.each([...BLANK, ...SEEN].map((t) => [JSON.stringify(t), t]))("on the unit %s", (_n, t) => {
    const schema = UnitSchema.safeParse(t).success;
    expect(schema).toBe(isText(t));
    expect(thrownCode(() => exact(5, t)) === undefined).toBe(schema);
  });

  it.each(["\u200B", "\u2060\uFEFF", "\u200E", "a b", "", " "].map((t) => [JSON.stringify(t), t]))("on the id %s", (_n, t) => {
    expect(isId(t)).toBe(false);
    expect(IdSchema.safeParse(t).success).toBe(false);
  });

  it.each(["a\u200Bb", "kr-nis", "s\u00e3o", "\u200Bx"].map((t) => [JSON.stringify(t), t]))("keeps the id %s", (_n, t) => {
    expect(isId(t)).toBe(true);
    expect(IdSchema.safeParse(t).success).toBe(true);
  });
});

describe("what is refused is shown", () => {
  it("names a blank unit with its invisible characters as escapes", () => {
    expect(() => exact(5, "\u200B")).toThrow(/"\\u200b"/);
    const issue = UnitSchema.safeParse("\u200B\u00A0").error?.issues[0];
    expect(issue?.message).toBe('a unit is blank: only white space or characters a reader cannot see ("\\u200b")');
    expect(UnitSchema.safeParse("  ").error?.issues.map((i) => i.message)).toEqual(["unit must not be empty"]);
  });

  it.each([
    ["a source's name", () => SourceSchema.safeParse({ id: "kr-nis", kind: "ministry", name: "\u2060" }), /^a source name is blank.*"\\u2060"/],
    ["a source's id", () => SourceSchema.safeParse({ id: "\u200B", kind: "ministry", name: "x" }), /^an id is blank.*"\\u200b"/],
    ["an outlet", () => PublicationSchema.safeParse({ outlet: "\uFEFF\u200B" }), /^an outlet is blank.*"\\u200b"/],
    ["a party's name", () => LedgerPartySchema.safeParse({ code: "KP", name: "\u200E" }), /^a party's name is blank.*"\\u200e"/],
    ["a dataset's title", () => DatasetMetadataSchema.safeParse({ title: "\u200B", licence: "CC0", maintainer: "m", date: "2025-01-01" }), /^a title is blank/],
  ])("in the schema of %s", (_n, parse, message) => {
    const read = parse();
    expect(read.error?.issues.map((i) => i.message)).toEqual([expect.stringMatching(message)]);
  });
});

const CLAIM = {
  id: "c1",
  indicator: { subject: "kp-forces", measure: "deployed", unit: "person" },
  estimate: { kind: "exact", value: 5, unit: "person" },
  validTime: "2025-01-01",
  reportedAt: "2025-01-02",
  attribution: { originator: "kr-nis" },
};

describe("a claim with a blank subject, unit or originator", () => {
  it.each([
    ["subject", { ...CLAIM, indicator: { ...CLAIM.indicator, subject: "\u200B" } }],
    ["unit", { ...CLAIM, indicator: { ...CLAIM.indicator, unit: "\u2060" }, estimate: { ...CLAIM.estimate, unit: "\u2060" } }],
    ["originator", { ...CLAIM, attribution: { originator: "\uFEFF" } }],
    ["id", { ...CLAIM, id: "\u200E" }],
  ])("is refused by the quick reader and the schema (%s)", (_n, c) => {
    expect(quickClaim(c)).toBeUndefined();
    expect(DatasetClaimSchema.safeParse(c).success).toBe(false);
  });

  it("is read where the text has something to see", () => {
    const c = { ...CLAIM, indicator: { ...CLAIM.indicator, subject: " kp-forces\u00A0" } };
    expect(quickClaim(c)).toEqual(DatasetClaimSchema.parse(c));
  });

  it("is refused by claim() and ClaimSchema alike", () => {
    const whole = {
      ...CLAIM,
      indicator: { ...CLAIM.indicator, subject: " \u200B" },
      attribution: { originator: { id: "kr-nis", kind: "intelligence-agency", name: "NIS" } },
    };
    expect(ClaimSchema.safeParse(whole).success).toBe(false);
    expect(thrownCode(() => claim(whole as never))).toBe("invalid-claim");
  });
});
