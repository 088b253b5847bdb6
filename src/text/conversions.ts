/**
 * A sum of money said again in other currencies in brackets: "$1.5bn (€1.4bn)", "£300m
 * ($380m)", "1.5 billion euros (about $1.6 billion)", "$1.5bn (€1.4bn; £1.2bn)", or set off by a
 * dash or after ", or" or a comma and a hedge: "$1.5bn – about €1.4bn –", "$1.5bn, or €1.4bn,", "500
 * billion yen, roughly $3.4 billion.". The conversion restates the one sum, and is no figure of its
 * own. An exchange rate ("($1 = 0.92 euros)") is no sum at all.
 * @internal
 */
import { leads, noLead } from "./bounds.js";
import { fail, isFail, key, tokAt } from "./context.js";
import type { Ctx, Fail, Val } from "./context.js";
import type { Core } from "./ranges.js";
import { value } from "./value.js";

/** Words before an amount in the bracket that give it as the same sum: "(or €1.4bn)", "(equivalent to €1.4bn)", "(worth €1.4bn)". */
const SAME_SUM: ReadonlySet<string> = new Set(["or", "equivalent", "equal", "to", "worth", "i.e.", "ie", "the", "of"]);
/** Marks and words between the amounts of one bracket: "(€1.4bn; £1.2bn)", "(€1.4bn, £1.2bn)", "(€1.4bn / £1.2bn)", "(€1.4bn or £1.2bn)". */
const BETWEEN: ReadonlySet<string> = new Set([";", ",", "/", "or", "and"]);
/** Words that end the rate an amount was converted at: "(€1.4bn at current exchange rates)", "(at today's rate)", "(at 2024 prices)". */
const RATE_WORDS: ReadonlySet<string> = new Set(["rate", "rates", "prices", "values"]);
/** How many words may stand before an amount, and how many tokens a rate may take after "at". */
const REACH = 4;
/** How many amounts one bracket may hold. */
const AMOUNTS = 4;

/** The first token of an amount in a bracket from `k`: past words that give it as the same sum and past a hedge or a bound ("about", "some", "more than"). */
function amountStart(c: Ctx, k: number): number {
  let j = k;
  while (j < k + REACH && SAME_SUM.has(key(c, j))) j++;
  const v = leads(c, j, noLead());
  return v < 0 ? j : v;
}

/**
 * The token after the rate an amount was converted at, from `k` ("at current exchange rates",
 * "at the rate of $1 = €0.92", "at 90 roubles/$", "at 90 roubles to the dollar"), or `k` where
 * none stands there.
 */
function pastRate(c: Ctx, k: number): number {
  if (key(c, k) !== "at") return k;
  const quoted = rateAt(c, k + 1);
  if (quoted >= 0) return quoted;
  for (let j = k + 1; j <= k + REACH + 1; j++) {
    const w = key(c, j);
    if (RATE_WORDS.has(w)) return key(c, j + 1) === "of" && rateAt(c, j + 2) >= 0 ? rateAt(c, j + 2) : j + 1;
    if (w === ")" || w === "(" || w === "") return k;
  }
  return k;
}

/** The token after an exchange rate that starts at `k` ("$1 = €0.92", "90 roubles/$", "90 roubles to the dollar"), or -1. */
function rateAt(c: Ctx, k: number): number {
  const a = value(c, k, true);
  if (a === undefined || isFail(a)) return -1;
  const eq = exchangeRateEnd(c, a);
  return eq >= 0 ? eq : quotedRateEnd(c, a, a.end);
}

/** Currencies a rate is quoted against after "to the", "per", "a" or "/": "90 roubles to the dollar", "90 roubles/$". */
const RATE_CURRENCIES: ReadonlySet<string> = new Set([
  "dollar", "euro", "pound", "rouble", "ruble", "hryvnia", "yuan", "yen", "franc", "greenback", "$", "€", "£", "usd", "eur", "gbp",
]);
/** Words between a sum and the currency it is quoted against. */
const RATE_JOINS: ReadonlySet<string> = new Set(["to", "per", "a", "against", "/"]);
/** Words that may follow the currency of a rate; any other word makes it a noun ("$500 to the euro fund"). */
const AFTER_RATE: ReadonlySet<string> = new Set(["and", "or", "in", "on", "at", "by", "rate", "exchange", "then", "now", "last", "this"]);

/**
 * The token after an exchange rate that the sum `a` opens at `k` by naming the currency it is
 * quoted against: "90 roubles to the dollar", "90 roubles/$", "40 hryvnias per euro"; -1 for none.
 * A rate is no sum given or spent. @internal
 */
export function quotedRateEnd(c: Ctx, a: Val, k: number): number {
  if (a.currency === undefined || !RATE_JOINS.has(key(c, k))) return -1;
  const j = key(c, k + 1) === "the" || key(c, k + 1) === "one" ? k + 2 : k + 1;
  if (!RATE_CURRENCIES.has(key(c, j))) return -1;
  const after = tokAt(c, j + 1);
  // "$1.5bn (€1.4bn) to $1bn": a symbol before a number is the currency of another sum
  if (after !== undefined && (after.kind === "num" || (after.kind === "word" && !AFTER_RATE.has(after.key)))) return -1;
  return j + 1;
}

/**
 * The token after the ")" of a conversion of the sum `a` in the brackets that open at `at`:
 * one amount or more in other currencies, each with an optional hedge and the rate it was
 * converted at ("(about $1.6 billion)", "(€1.4bn; £1.2bn)", "(€1.4bn at current exchange
 * rates)"). A second amount in the sum's own currency that disagrees with it ("$1.5bn (€1.4bn;
 * $1.6bn)") is a failure that skips both, as the text gives two sums and does not settle
 * them. -1 where the bracket is no conversion: its first amount is in the same currency (see
 * `restated`), or in none, or words that are no rate follow an amount ("(€500m of it from
 * Germany)"). @internal
 */
export function converted(c: Ctx, a: Val, at: number): number | Fail {
  let k = at + 1;
  let disagrees = false;
  for (let n = 0; n < AMOUNTS; n++) {
    const b = value(c, amountStart(c, k), true);
    if (b === undefined || isFail(b) || b.currency === undefined || (n === 0 && b.currency === a.currency)) {
      // "(€1.4bn; £1,2bn)": an amount that cannot be read leaves the sum unsettled
      return n > 0 && b !== undefined && isFail(b) ? fail("malformed-number", b.skip) : -1;
    }
    if (b.currency === a.currency && b.v !== a.v) disagrees = true;
    k = pastRate(c, pastTop(c, b));
    const w = key(c, k);
    if (w === ")") return disagrees ? fail("malformed-number", k + 1) : k + 1;
    if (!BETWEEN.has(w)) return disagrees ? fail("malformed-number", k) : -1;
    k++;
  }
  return -1;
}

/** Words of possibility before the top of a converted range: "(€0.9bn to perhaps €1.8bn)". */
const POSSIBLY: ReadonlySet<string> = new Set(["perhaps", "possibly", "maybe"]);

/**
 * The token after the top of a range that an amount `b` of a conversion opens ("€0.9bn to
 * €1.8bn", "€0.9-1.8bn", "€1.3bn to perhaps €1.4bn"), or after `b` where no such top follows: a
 * range of sums converts a range, and is one restatement.
 */
function pastTop(c: Ctx, b: Val): number {
  const conn = tokAt(c, b.end);
  if (conn === undefined || (conn.key !== "to" && conn.kind !== "dash")) return b.end;
  const k = POSSIBLY.has(key(c, b.end + 1)) ? b.end + 2 : b.end + 1;
  const top = value(c, k, true);
  if (top === undefined || isFail(top) || (top.currency !== undefined && top.currency !== b.currency) || top.pct || top.v < b.v) return b.end;
  return top.end;
}

/** Connectors of a range whose first end is followed by its conversion: "$1.1 billion (€813 million) to $1.2 billion". */
const CONNECTORS: ReadonlySet<string> = new Set(["to", "-"]);

/**
 * The figure whose first end `a` ends with a conversion at token `after` (past its ")"): the
 * range to a second end after a connector ("$1.1 billion (€813 million) to $1.2 billion"), as
 * "between $1.1 billion (€813 million) and $1.2 billion" is, or `a` alone. After a verb of
 * change (`changed`), "to" joins the level a change ends at, no range. @internal
 */
export function afterConversion(c: Ctx, a: Val, after: number, changed: boolean): Core {
  const w = key(c, after);
  const single: Core = { low: a, end: after, dash: false };
  if (!CONNECTORS.has(w) || (changed && w === "to")) return single;
  const b = value(c, after + 1, true);
  // "$1.5bn (€1.4bn) to 3 countries": the second end names the sum's currency again, or is no end of it
  if (b === undefined || isFail(b) || b.currency !== a.currency) return single;
  return b.v > a.v ? { low: a, high: b, end: b.end, dash: w === "-" } : single;
}

/** Marks that close a conversion set off by a dash or after ", or": "$1.5bn – about €1.4bn –", "$1.5bn, or €1.4bn,". */
const CLOSERS: ReadonlySet<string> = new Set([",", ".", ";", ":", ")", "-", "—", "–"]);

/**
 * The token after a sum `a` said again in other currencies right after it, set off by a dash
 * ("$1.5bn – about €1.4bn –", "$1.5bn – about €1.3-1.4bn –") or after ", or" ("$1.5bn, or
 * €1.4bn,", "€500m, or $540m, or £430m"), as in brackets (see `converted`): the token after the
 * last amount (or range of amounts) and the rate it was converted at, where a mark or the end of
 * the text closes it. -1 where none stands there, or words go on after the amount ("$300m –
 * €200m went to Kyiv"). @internal
 */
export function setOffConversion(c: Ctx, a: Val, at: number): number {
  const open = tokAt(c, at);
  const comma = open?.key === "," && key(c, at + 1) === "or";
  // "500 billion yen, roughly $3.4 billion.": a hedge or a word of the same sum after a bare comma
  const hedged = !comma && open?.key === "," && a.currency !== undefined && sameSumAt(c, at + 1);
  if (hedged) return setOffAmountEnd(c, a, at + 1);
  if (a.currency === undefined || !(comma || (open?.kind === "dash" && !open.glued))) return -1;
  const end = setOffAmountEnd(c, a, comma ? at + 2 : at + 1);
  if (end < 0 || !comma) return end;
  // "€500m, or $540m, or £430m": further conversions, each after ", or"
  let last = end;
  for (let n = 1; n < AMOUNTS && key(c, last) === "," && key(c, last + 1) === "or"; n++) {
    const next = setOffAmountEnd(c, a, last + 2);
    if (next < 0) break;
    last = next;
  }
  return last;
}

/** Words after a bare comma that give an amount as the same sum: "roughly", "about", "equivalent to", "worth". */
const SAME_SUM_AFTER_COMMA: ReadonlySet<string> = new Set(["equivalent", "equal", "worth", "i.e.", "ie"]);

/** Whether a hedge ("roughly", "about", "some") or a word of the same sum ("equivalent to", "the equivalent of") starts at `k`. */
function sameSumAt(c: Ctx, k: number): boolean {
  if (SAME_SUM_AFTER_COMMA.has(key(c, k)) || (key(c, k) === "the" && key(c, k + 1) === "equivalent")) return true;
  const lead = noLead();
  return leads(c, k, lead) > k && lead.bound === undefined && (lead.hedges.length > 0 || lead.approx);
}

/**
 * The token after an exchange rate that the amount `a` opens: "=" and an amount, one of them in a
 * currency ("$1 = 0.92 euros", "(€1 = $1.08)", "1 USD = 0.92 EUR"); -1 for none. A rate is no sum
 * given or spent, and neither amount is read. @internal
 */
export function exchangeRateEnd(c: Ctx, a: Val): number {
  if (key(c, a.end) !== "=") return -1;
  const b = value(c, a.end + 1, true);
  if (b === undefined || isFail(b) || (a.currency === undefined && b.currency === undefined)) return -1;
  return b.end;
}

/** The token after one amount of a set-off conversion of `a` at `k` and its rate, where a mark closes it; -1 for none. */
function setOffAmountEnd(c: Ctx, a: Val, k: number): number {
  const b = value(c, amountStart(c, k), true);
  if (b === undefined || isFail(b) || b.currency === undefined || b.currency === a.currency) return -1;
  const end = pastRate(c, pastTop(c, b));
  const close = tokAt(c, end);
  return close === undefined || CLOSERS.has(close.key) || close.kind === "dash" ? end : -1;
}
