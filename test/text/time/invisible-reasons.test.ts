// A reason names a character a reader cannot see or tell apart as an escape, as every message does.
import { describe, expect, it } from "vitest";

import { resolveTimePhrase } from "../../../src/text/index.js";

describe("resolveTimePhrase names characters a reader cannot see", () => {
  it.each([
    ["Ap\u200bril 2024", '"Ap\\u200bril 2024": unexpected character "\\u200b"'],
    ["last Mon\u00adday", '"last Mon\\u00adday": unexpected character "\\u00ad"'],
    ["\uff4cast year", '"\\uff4cast year": unexpected character "\\uff4c"'],
    ["in 2024!", '"in 2024!": unexpected character "!"'],
  ])("%j", (phrase, reason) => {
    expect(resolveTimePhrase(phrase, { reference: "2025-01-01" })).toEqual({ ok: false, reason });
  });
});
