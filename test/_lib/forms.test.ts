// Ids that look alike but are not the same text: how a reader sees a text, why two texts look
// alike, and how a text is written so that a reader sees every character in it.
import { describe, expect, it } from "vitest";

import { LookAlikes, lookAlike, looks, otherForm, visible } from "../../src/_lib/forms.js";

const CAFE = "caf\u00e9";

describe("looks", () => {
  it("leaves printable ASCII as it is", () => {
    expect(looks("cafe")).toBe("cafe");
    expect(looks("A b")).toBe("A b");
  });

  it("reads another Unicode form, compatibility characters and invisible characters as the plain text", () => {
    for (const alike of [
      "cafe\u0301", // normal form D
      "\uff43af\u00e9", // a full-width c
      `${CAFE}\u200b`, // a zero-width space
      `caf\u00ad\u00e9`, // a soft hyphen
      `${CAFE}\u{e0061}`, // a tag character
      `${CAFE}\u3164`, // Hangul fillers, which print as blanks
      `${CAFE}\u115f`,
      `${CAFE}\u1160`,
      `${CAFE}\uffa0`,
      `${CAFE}\u0000`, // control characters
      `${CAFE}\u007f`,
      `caf\u0085\u00e9`,
    ]) {
      expect(looks(alike), JSON.stringify(alike)).toBe(CAFE);
    }
    expect(looks("\ufb01le")).toBe("file"); // a ligature
    expect(looks("\uff41")).toBe("a"); // a full-width a looks like the ASCII a
    expect(looks("e\u200b\u0301")).toBe("\u00e9"); // an invisible character between a letter and its accent
  });

  it("keeps apart texts a reader tells apart: case, accents, other letters, and other scripts", () => {
    expect(looks("A")).not.toBe(looks("a"));
    expect(looks("cafe")).not.toBe(looks(CAFE));
    expect(looks("caf\u00e8")).not.toBe(looks(CAFE));
    // confusable letters of other scripts are left alone: a Cyrillic с is not a Latin c
    expect(looks("\u0441af\u00e9")).not.toBe(looks(CAFE));
  });
});

describe("lookAlike", () => {
  it("says why two texts look alike", () => {
    expect(lookAlike("cafe\u0301", CAFE)).toBe("the same text in another Unicode form");
    expect(lookAlike(`${CAFE}\u200b`, CAFE)).toBe("the same text but for invisible characters");
    expect(lookAlike(`${CAFE}\u3164`, CAFE)).toBe("the same text but for invisible characters");
    expect(lookAlike(`${CAFE}\u0000`, CAFE)).toBe("the same text but for invisible characters");
    expect(lookAlike(`cafe\u200b\u0301`, CAFE)).toBe("the same text but for invisible characters");
    expect(lookAlike("\uff43af\u00e9", CAFE)).toBe("the same text in compatibility characters (full-width letters, ligatures)");
    expect(lookAlike("\ufb01", "fi")).toBe("the same text in compatibility characters (full-width letters, ligatures)");
    expect(lookAlike("\uff43af\u00e9\u200b", CAFE)).toBe("the same text in compatibility characters (full-width letters, ligatures) and with invisible characters");
  });
});

describe("visible", () => {
  it("writes invisible characters as escapes, and those past U+FFFF with braces", () => {
    expect(visible("a\u200bb")).toBe('"a\\u200bb"');
    expect(visible(`${CAFE}\u{e0061}`)).toBe(`"${CAFE}\\u{e0061}"`);
    expect(visible(`x\u{e0100}`)).toBe('"x\\u{e0100}"');
    expect(visible("a\u3164\u0000\u007f\u0085")).toBe('"a\\u3164\\u0000\\u007f\\u0085"');
    // letters of other scripts and accented letters are left as they are, astral letters included
    expect(visible("\u{10330}\u0441af\u00e9")).toBe('"\u{10330}\u0441af\u00e9"');
  });

  it("writes as escapes the characters normal form KC changes, in text not in normal form KC", () => {
    // a Kelvin sign, an Ohm sign and an Angstrom sign look like the letters they normalize to
    expect(visible("\u212a")).toBe('"\\u212a"');
    expect(visible("\u2126 and \u212b")).toBe('"\\u2126 and \\u212b"');
    // full-width and mathematical letters, ligatures; the plain letters beside them kept
    expect(visible("\u{1d400}\uff41")).toBe('"\\u{1d400}\\uff41"');
    expect(visible("\ufb01le caf\u00e9")).toBe('"\\ufb01le caf\u00e9"');
    expect(visible("\uff43af\u00e9")).toBe('"\\uff43af\u00e9"');
    // text in normal form KC is left as it is
    expect(visible("K caf\u00e9")).toBe('"K caf\u00e9"');
  });

  it("writes what reads back as the same text", () => {
    for (const text of ["a\u200bb", `${CAFE}\u{e0061}`, "a\u3164\u007f", "\u212a", "\u{1d400}\uff41", "cafe\u0301", "\ufb01 \u2126"]) {
      const json = visible(text).replace(/\\u\{([0-9a-f]+)\}/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
      expect(JSON.parse(json)).toBe(text);
    }
  });
});

describe("otherForm", () => {
  it("names the id that looks like the one not found", () => {
    expect(otherForm(["x", "\uff43af\u00e9"], CAFE)).toBe(' (it has "\\uff43af\u00e9", the same text in compatibility characters (full-width letters, ligatures): ids are compared as written)');
    expect(otherForm(["cafe"], CAFE)).toBe("");
  });
});

describe("LookAlikes", () => {
  const first = (ids: readonly string[]): [string, string] | undefined => {
    const alike = new LookAlikes<number>();
    const seen = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as string;
      const other = alike.met(id, i, (text) => seen.get(text));
      if (other !== undefined) return [id, other.text];
      seen.set(id, i);
    }
    return undefined;
  };

  it("finds an id that looks like one met before, in either order", () => {
    expect(first(["a", "b", "a\u200b"])).toEqual(["a\u200b", "a"]);
    expect(first(["a\u200b", "b", "a"])).toEqual(["a", "a\u200b"]);
    expect(first([CAFE, "cafe\u0301"])).toEqual(["cafe\u0301", CAFE]);
    expect(first(["cafe\u0301", CAFE])).toEqual([CAFE, "cafe\u0301"]);
    expect(first(["fi", "\ufb01"])).toEqual(["\ufb01", "fi"]);
    expect(first(["\uff41", "a"])).toEqual(["a", "\uff41"]);
  });

  it("lets pass ids a reader tells apart, and an id met again (the caller's own check)", () => {
    expect(first(["A", "a", "cafe", CAFE, "\u0441af\u00e9", "caf\u00e8"])).toBeUndefined();
    expect(first([CAFE, CAFE])).toBeUndefined();
  });
});
