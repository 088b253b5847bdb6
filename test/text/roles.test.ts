import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { compile } from "../../src/text/compile.js";
import { EN_PHRASES } from "../../src/text/phrases/en.js";
import { hashOf, rolesFor, rolesOf, STARTER } from "../../src/text/roles.js";
import { tokenize } from "../../src/text/tokenize.js";
import type { Token } from "../../src/text/tokenize.js";

const t = compile(EN_PHRASES);

/** A fresh set of roles for the English table, so that every word is new to it. */
function freshRoles() {
  return { ...rolesFor({}, t.starters, t.codes, t.roles.keyRoles), tries: t.roles.tries };
}

describe("the words a table has seen", () => {
  const words = fc.oneof(fc.stringMatching(/^[A-Za-z’'éÉ\u0301𝐀ß-]{1,12}( [A-Za-z’'éÉ𝐀ß]{1,12}){0,6}$/), fc.constantFrom("USD 5", "usd RMB Rmb", "the EUR"));

  it("give the same tokens and roles as words read for the first time", () => {
    fc.assert(
      fc.property(words, (text) => {
        const r = freshRoles();
        const plain = tokenize(text, EN_PHRASES.numbers);
        const first = tokenize(text, EN_PHRASES.numbers, r);
        const second = tokenize(text, EN_PHRASES.numbers, r);
        // the same tokens, each with its roles and the bits of the word lists its key is in
        const withoutRoles = (toks: readonly Token[]) => toks.map((tk) => ({ ...tk, roles: 0, lex: 0 }));
        expect(withoutRoles(first)).toEqual(plain);
        expect(second).toEqual(first);
        expect(first.map((tk) => tk.roles)).toEqual(plain.map((tk) => rolesOf(r, tk.key) | (tk.kind === "word" && t.codes.has(tk.text) ? STARTER : 0)));
      }),
      { numRuns: 500 },
    );
  });

  it("are found again by the hash the tokenizer computes as it reads them", () => {
    const r = freshRoles();
    const text = "The NIS’s country's o'clock Ünter 𝐀b über about";
    tokenize(text, EN_PHRASES.numbers, r);
    expect(r.words.map((w) => w.text)).toEqual(["The", "NIS’s", "country's", "o'clock", "Ünter", "𝐀b", "über", "about"]);
    // a second read finds each word kept, so that nothing more is added
    const again = tokenize(text, EN_PHRASES.numbers, r);
    expect(r.words).toHaveLength(8);
    for (const tk of again) expect(r.words.some((w) => w.text === tk.text && w.key === tk.key)).toBe(true);
    expect(hashOf("about", 0, 5)).toBe(hashOf("x about", 2, 7));
  });

  it("grow their table as more words are seen", () => {
    const r = freshRoles();
    const text = Array.from({ length: 3000 }, (_, n) => `w${n.toString(36).replace(/[0-9]/g, "q")}x`).join(" ");
    const toks = tokenize(text, EN_PHRASES.numbers, r);
    expect(r.slots.length).toBeGreaterThanOrEqual(2 * r.words.length);
    expect(tokenize(text, EN_PHRASES.numbers, r)).toEqual(toks);
    expect(r.words.length).toBe(new Set(toks.map((t) => t.text)).size);
  });
});
