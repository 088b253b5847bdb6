// Half of a UTF-16 surrogate pair in a string of a file is refused at its place: JSON.parse reads
// it into a string no character is, and writing the text out again would put U+FFFD there.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { readJson } from "../../src/cli/files.js";
import { loneSurrogate } from "../../src/cli/surrogates.js";

const HALF = "is half of a UTF-16 surrogate pair with no other half: no character, and a file written from the text would hold U+FFFD in its place";

describe("readJson refuses a lone surrogate in a string", () => {
  it.each([
    [String.raw`{"title": "NIS \ud800"}`, 1, 16, String.raw`\ud800`],
    [String.raw`{"title": "NIS \uDBFF x"}`, 1, 16, String.raw`\uDBFF`],
    [String.raw`{"title": "\udc00 after"}`, 1, 12, String.raw`\udc00`],
    [String.raw`{"title": "\ude00\ud83d"}`, 1, 12, String.raw`\ude00`],
    [String.raw`{"title": "\ud83d\ud83d"}`, 1, 12, String.raw`\ud83d`],
    [String.raw`{"title": "\ud83d\n\ude00"}`, 1, 12, String.raw`\ud83d`],
    [String.raw`{"a": 1,` + "\n" + String.raw`  "key \ud800": 2}`, 2, 8, String.raw`\ud800`],
    [String.raw`["ok", "\ud83d\ude00", "\ud800"]`, 1, 25, String.raw`\ud800`],
    ['{"title": "raw \ud800 half"}', 1, 16, String.raw`\ud800`],
  ])("%s", (text, line, column, shown) => {
    expect(readJson(text)).toEqual({ ok: false, problem: { code: "not-text", line, column, message: `${shown} ${HALF}` } });
  });
});

describe("pairs, escaped backslashes and other escapes pass", () => {
  it.each([
    String.raw`{"title": "NIS \ud83d\ude00"}`,
    String.raw`{"title": "NIS \uD83D\uDE00 and \u00e9"}`,
    '{"title": "NIS 😀 raw"}',
    String.raw`{"title": "a backslash and text: \\ud800"}`,
    String.raw`{"title": "\"\ud800\" in quotes is text"}`.replace(String.raw`\ud800`, String.raw`\\ud800`),
    String.raw`{"t": "\\\"", "u": "\ud83d\ude00"}`,
  ])("%s", (text) => {
    expect(readJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it("finds a lone surrogate exactly when JSON.parse makes a string that is not well formed", () => {
    const units = fc.constantFrom("a", "\\ud83d", "\\ude00", "\\ud800", "\\\\", '\\"', "\\u00e9", "😀", "\ud800", "\udfff");
    fc.assert(
      fc.property(fc.array(fc.array(units, { maxLength: 6 }).map((u) => `"${u.join("")}"`), { maxLength: 4 }), (strings) => {
        const text = `[${strings.join(", ")}]`;
        const values = JSON.parse(text) as string[];
        const broken = values.some((v) => /[\uD800-\uDFFF]/u.test(v) && !/^(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\uD800-\uDFFF])*$/.test(v));
        expect(loneSurrogate(text) !== -1).toBe(broken);
      }),
    );
  });
});
