/**
 * One end of a quantity: the number with its currency and percent sign.
 * @internal
 */
import { fail, glued, hasRole, isFail, key, mayHave, tokAt, trie, val } from "./context.js";
import { AFTER_FIGURE, NOT_COUNT, STARTER, VALUE } from "./roles.js";
import type { Token } from "./tokenize.js";
import type { Amount, Ctx, Fail, Val } from "./context.js";
import { wordAmount } from "./number-words.js";
import { digitAmount, isSign } from "./numbers.js";
import { isPoundsOf, isWeight } from "./units.js";

/** The number itself: digits, words, or a fraction. */
function amount(c: Ctx, i: number, money: boolean, second: boolean): Amount | Fail | undefined {
  const tk = tokAt(c, i);
  if (tk?.kind === "num") return digitAmount(c, i, money, second);
  return tk?.kind === "word" ? wordAmount(c, i) : undefined;
}

/**
 * Whether a value may start at `i`: false only where `value` finds nothing,
 * so that the words around figures are passed over at the cost of a few look-ups.
 * A value starts with a number, a number word, a fraction, an article before a
 * multiplier or fraction ("a million", "a third"), a currency symbol, or a word
 * or mark right before a number ("RMB 5", "minus 5", "-5").
 * @internal
 */
export function mayValue(c: Ctx, i: number): boolean {
  const tk = c.toks[i];
  if (tk === undefined) return false;
  if (tk.kind === "num" || (i + 1 < c.toks.length && (c.toks[i + 1] as Token).kind === "num")) return true;
  // a number word, an article, a fraction or a currency symbol: see `keyRoles`
  return hasRole(c, i, VALUE);
}

/** Why a number after a currency sign is refused as such, rather than as no figure at all. */
const KEPT_AFTER_CURRENCY: ReadonlySet<string> = new Set(["not-finite", "malformed-number"]);

/** Whether a word is a currency code as written ("USD"); every one has the `STARTER` bit (see `remember`), tested first. */
function isCode(c: Ctx, w: Token): boolean {
  return (w.roles & STARTER) !== 0 && c.t.codes.has(w.text);
}

/** Marks that end a clause or a sentence. */
const ENDS: ReadonlySet<string> = new Set([".", ",", ";", ":", ")", "!", "?"]);

/** Whether token `k` is a mark that ends a clause, with nothing glued after it: the "." of "advanced 500 m.", not of "m.p.h.". */
function endsAfter(c: Ctx, k: number): boolean {
  return ENDS.has(key(c, k)) && !glued(c, k + 1);
}

/** One end of a quantity with its currency and percent sign: "$5.5bn", "40%", "300 euros". */
export function value(c: Ctx, i: number, second = false): Val | Fail | undefined {
  if (!mayValue(c, i)) return undefined;
  const { t } = c;
  if (isSign(c, i) || (tokAt(c, i + 1)?.kind === "num" && mayHave(c, i, NOT_COUNT) && t.negative.has(key(c, i)))) return fail("negative", i + 2);
  let j = i;
  let currency: string | undefined;
  const sym = trie(c, t.symbols, j);
  const first = tokAt(c, j);
  if (sym !== undefined) {
    // "NZ$5m", "S$5m": a prefix the table does not know makes another currency
    const before = tokAt(c, j - 1);
    if (before?.kind === "word" && tokAt(c, j)?.glued === true) return fail("unknown-currency", sym.end + 1);
    currency = sym.value;
    j = sym.end;
  } else if (first?.kind === "word" && isCode(c, first) && tokAt(c, j + 1)?.kind === "num") {
    currency = first.text === "RMB" ? "CNY" : first.text;
    j++;
  }
  if (currency !== undefined && isSign(c, j)) return fail("negative", j + 2);
  const a = amount(c, j, currency !== undefined, second);
  // after a currency, a number too long to hold or one whose marks cannot be read is still refused as
  // such: "$1.23456789012345678 billion", "₹307.869" (3.07869 or 307,869?)
  if (a === undefined || isFail(a)) return currency === undefined || (a !== undefined && KEPT_AFTER_CURRENCY.has(a.fail)) ? a : undefined;
  // a scale word the table cannot read never sits silently after a number: "5 quadrillion", "5 m"
  if (mayHave(c, a.end, AFTER_FIGURE)) {
    const next = key(c, a.end);
    const letter = t.suffixes.has(next) && !glued(c, a.end) && (!glued(c, a.end + 1) || endsAfter(c, a.end + 1));
    if (t.unknownMultipliers.has(next) || letter) return fail("unknown-multiplier", a.end + 1);
  }
  let end = a.end;
  if (currency === undefined && !a.frac) {
    const code = tokAt(c, end);
    if (code?.kind === "word" && isCode(c, code)) {
      currency = code.text === "RMB" ? "CNY" : code.text;
      end++;
    } else {
      const dashed = code?.kind === "dash" && code.glued && glued(c, end + 1) ? end + 1 : end;
      const name = trie(c, t.names, dashed);
      if (name !== undefined && isPoundsOf(c, dashed, name.end)) return fail("unknown-currency", name.end + 1);
      if (name !== undefined && !(a.small && key(c, dashed) === "won") && !isWeight(c, dashed)) {
        currency = name.value;
        end = name.end;
      }
    }
  } else if (currency !== undefined && !a.frac) {
    // "$5 billion Canadian dollars": the currency is said two ways
    const name = trie(c, t.names, end);
    if (name !== undefined && name.value !== currency) return fail("unknown-currency", name.end);
  }
  let pct = false;
  if (currency === undefined && !a.frac) {
    const p = trie(c, t.percent, end);
    if (p !== undefined) {
      pct = true;
      end = p.end;
    }
  }
  return val(a.v, end, currency, pct, a.frac, a.mult, a.small, a.yearLike, a.strong, a.plainInt);
}

