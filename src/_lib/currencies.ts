// The alphabetic codes of ISO 4217, current and withdrawn: what a ledger counts money in, and
// what a measure of people is never counted in. Not exported from the package.

/**
 * The active alphabetic codes of ISO 4217:2015 ("Codes for the
 * representation of currencies"), Table A.1, the current currency and funds
 * code list ("list one"), as published by SIX, the standard's maintenance
 * agency, on 2026-01-01 (BGN withdrawn as Bulgaria adopted the euro; XCG in
 * ANG's place since 2025-03; ZWG, SLE, VED and XAD as added since 2021): 176 codes, funds
 * and precious metals included. Two codes of that list are left out: `XXX`,
 * "no currency is involved" (write `"unknown"` for a currency the source does
 * not name), and `XTS`, reserved for testing. One string, so that the check
 * stays small; a code is three capitals between spaces. @internal
 */
const ISO_4217 =
  " AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAD XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ";

/**
 * The withdrawn alphabetic codes of ISO 4217: Table A.3, the list of codes
 * for historic denominations of currencies and funds ("list three",
 * as published by SIX, the maintenance agency, at
 * https://www.six-group.com/dam/download/financial-information/data-center/iso-currrency/lists/list-three.xml;
 * read from a copy of its edition of 2023-01-01), with the codes that list
 * one of 2026-01-01 no longer holds and that copy lacks (CUC, SLL, ZWL, and
 * BGN, withdrawn on 2026-01-01 as Bulgaria adopted the euro; ANG was already
 * there for the Netherlands Antilles): 129 codes, from the euro's
 * predecessors (DEM, FRF, ITL, ESP, NLG, BEF, ATS, PTE, FIM, IEP, GRD, LUF,
 * and later SIT, CYP, MTL, SKK, EEK, LVL, LTL, HRK, BGN) to redenominations
 * (VEB, VEF, ZWD, ZWN, ZWR, ZWL, MRO, STD, BYR, ZMK, TRL, ROL, GHC). Codes
 * that list three names for a past use but that are current again or still
 * (TRY, RON, PEN, SDG, MWK, SZL, IDR, EUR) are in `ISO_4217`, not here.
 * Money reported in a withdrawn currency stays in it: it is summed with that
 * currency only, never converted. @internal
 */
const ISO_4217_HISTORIC =
  " ADP AFA ALK ANG AOK AON AOR ARA ARP ARY ATS AYM AZM BAD BEC BEF BEL BGJ BGK BGL BGN BOP BRB BRC BRE BRN BRR BUK BYB BYR CHC CSD CSJ CSK CUC CYP DDM DEM ECS ECV EEK ESA ESB ESP FIM FRF GEK GHC GHP GNE GNS GQE GRD GWE GWP HRD HRK IEP ILP ILR ISJ ITL LAJ LSM LTL LTT LUC LUF LUL LVL LVR MGF MLF MRO MTL MTP MVQ MXP MZE MZM NIC NLG PEH PEI PES PLZ PTE RHD ROK ROL RUR SDD SDP SIT SKK SLL SRG STD SUR TJR TMM TPE TRL UAK UGS UGW USS UYN UYP VEB VEF VNC XEU XFO XFU XRE YDD YUD YUM YUN ZAL ZMK ZRN ZRZ ZWC ZWD ZWL ZWN ZWR ";

/**
 * The codes of `ISO_4217` and `ISO_4217_HISTORIC` as a set, made at the first question: a summary
 * asks of every value's unit, so the answer is one lookup, not a search of the lists; and a
 * bundle that never asks leaves the lists out.
 */
let codes: ReadonlySet<string> | undefined;

/**
 * Whether a unit is an ISO 4217 alphabetic code, current (`ISO_4217`) or
 * withdrawn (`ISO_4217_HISTORIC`): `"USD"` and the withdrawn `"BGN"` or `"DEM"`,
 * not `"ABC"`, `"XXX"` nor `"XTS"`. @internal
 */
export function isCurrencyCode(unit: string): boolean {
  codes ??= new Set(`${ISO_4217}${ISO_4217_HISTORIC}`.trim().split(/ +/));
  return codes.has(unit);
}

/**
 * Currency words that name money wherever they stand in a unit: "US dollars", "Canadian
 * dollars", "pounds sterling", "million euros". The singular "euro", "pound", "won" and "rmb"
 * are left to {@link MONEY_WORD}, since "Euro-Atlantic" and "battles won" are no money.
 */
const SURE_WORD = /^(?:dollars?|euros|roubles?|rubles?|hryvnias?|hryvnyas?|renminbi|yuan|yen|rupees?|sterling)$/i;

/**
 * Words that name money in a unit of money words, scale words and qualifiers alone: the sure
 * words, "euro", "pound(s)", "won" ("billion won", "Korean won", "won", not "battles won"),
 * "rmb", and the codes most often written in lower case ("usd", "eur", ...). Other ISO 4217
 * codes are money only as written, in capitals: "all", "top", "cup" and "mad" are words.
 */
const MONEY_WORD = /^(?:euro|pounds?|won|rmb|usd|eur|gbp|rub|uah|cny|jpy|krw|kpw|inr)$/i;

/** Lower-case codes taken as written, as {@link MONEY_WORD} lists them. */
const LOWER_CODE = /^(?:usd|eur|gbp|rub|uah|cny|jpy|krw|kpw|inr)$/;

/** Scale words and their abbreviations, as money is written in tables: "USD million", "$bn", "mln USD", "Mio. EUR". */
const SCALE = /^(?:thousands?|k|millions?|mn|mln|mio|m|billions?|bn|bln|b|mrd|trillions?|tn|trn)$/i;

/** A scale written before or after a code, glued to it: "USDm", "USDbn", "EURmn", "kUSD", "MEUR", "TEUR". */
const GLUED = /^(?:k|m|mn|mln|bn|b|t|tn)$/i;

/** Words that qualify money without naming it: a year or "'000", "constant", "current", "prices", "Korean". */
const QUALIFIER = /^(?:\d+|constant|current|nominal|real|prices?|terms|equivalent|of|in|at|us|korean|south|north)$/i;

/** Whether a word is an ISO 4217 code as written (see {@link isCurrencyCode}), or one of the lower-case codes. */
const codeWord = (word: string): boolean => isCurrencyCode(word) || LOWER_CODE.test(word);

/** Whether a word names money: a money word, a code, or a code glued to a scale ("USDm", "kUSD"). */
function moneyWord(word: string): boolean {
  if (MONEY_WORD.test(word) || SURE_WORD.test(word) || codeWord(word)) return true;
  return (codeWord(word.slice(0, 3)) && GLUED.test(word.slice(3))) || (codeWord(word.slice(-3)) && GLUED.test(word.slice(0, -3)));
}

/**
 * Whether a unit (in compatibility form, without invisible characters) is money, at any scale:
 * one with a currency sign anywhere (Unicode's currency symbols: "$m", "£bn", "US$", "€"); one
 * with a sure currency word anywhere ("US dollars", "million euros", "renminbi"); or one whose
 * words are all money words, scale words or qualifiers, one at least naming money ("USD
 * million", "mln USD", "USDm", "m USD", "EUR billion", "RMB", "Korean won", "USD, constant 2022
 * prices"). An ISO 4217 code counts as written, in capitals, from the standard's lists (see
 * {@link isCurrencyCode}); words beside other words ("ROK troops", "battles won") are no money. @internal
 * @example
 * isMoneyUnit("USD million"); //=> true
 * isMoneyUnit("people per million"); //=> false
 */
export function isMoneyUnit(unit: string): boolean {
  if (/\p{Sc}/u.test(unit)) return true;
  const words = unit.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  if (words.some((w) => SURE_WORD.test(w))) return true;
  return words.some(moneyWord) && words.every((w) => moneyWord(w) || SCALE.test(w) || QUALIFIER.test(w));
}
