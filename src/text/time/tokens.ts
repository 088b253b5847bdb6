// The tokenizer of time phrases: lower-cased words, numbers (with an ordinal
// suffix: 3rd, 30th) and dashes; commas, full stops, apostrophes and white
// space separate tokens; any other character refuses the phrase.

import { visible } from "../../_lib/forms.js";

/** A word, a number or a dash of a time phrase. @internal */
export type Token =
  | { readonly kind: "word"; readonly text: string }
  | { readonly kind: "number"; readonly text: string; readonly value: number; readonly ordinal: boolean }
  | { readonly kind: "dash"; readonly text: string };

/** Why a phrase is not read, thrown inside the reader and caught by `resolveTimePhrase`. @internal */
export class PhraseReject {
  constructor(readonly message: string) {}
}

/** Refuses the phrase with a reason. @internal */
export function refuse(message: string): never {
  throw new PhraseReject(message);
}

const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);

function isLetter(c: string): boolean {
  return c >= "a" && c <= "z";
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

/** The tokens of a phrase, in one pass over its characters. @internal */
export function tokenize(text: string): Token[] {
  const lower = text.toLowerCase();
  const tokens: Token[] = [];
  let i = 0;
  while (i < lower.length) {
    const c = lower[i] as string;
    if (isLetter(c)) {
      let j = i + 1;
      while (j < lower.length && isLetter(lower[j] as string)) j += 1;
      tokens.push({ kind: "word", text: lower.slice(i, j) });
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < lower.length && isDigit(lower[j] as string)) j += 1;
      const digits = lower.slice(i, j);
      let ordinal = false;
      const suffix = lower.slice(j, j + 2);
      if (ORDINAL_SUFFIXES.has(suffix) && !isLetter(lower[j + 2] ?? " ")) {
        ordinal = true;
        j += 2;
      }
      tokens.push({ kind: "number", text: digits, value: digits.length > 6 ? NaN : Number(digits), ordinal });
      i = j;
    } else if (c === "-" || c === "\u2013" || c === "\u2014" || c === "\u2012") {
      tokens.push({ kind: "dash", text: c });
      i += 1;
    } else if (c === "," || c === "." || c === "'" || c === "\u2019" || /\s/.test(c)) {
      i += 1;
    } else {
      refuse(`unexpected character ${visible(c)}`);
    }
  }
  return tokens;
}
