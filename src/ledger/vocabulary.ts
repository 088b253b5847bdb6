// The words of a ledger: categories, stages, evidence and how a value was
// reached. Plain lists, so that a check does not bundle a table of descriptions.

import { MEASURE_NAME_PATTERN, MEASURE_NAMESPACE_PATTERN } from "../claim/measures.js";

/**
 * The categories of what one party sends another. Any other category is
 * namespaced, `namespace:name` in lowercase (`"sipri:satellite"`), as measures are.
 *
 * @category Ledger
 * @example
 * LEDGER_CATEGORIES.includes("labor");
 * //=> true
 */
export const LEDGER_CATEGORIES = [
  "personnel",
  "labor",
  "munitions",
  "weapon-systems",
  "technology",
  "equipment",
  "energy",
  "food",
  "cash",
  "services",
] as const;

/** A category from {@link LEDGER_CATEGORIES}. */
export type StandardLedgerCategory = (typeof LEDGER_CATEGORIES)[number];

/** A category: one of {@link LEDGER_CATEGORIES}, or `namespace:name`. */
export type LedgerCategory = StandardLedgerCategory | `${string}:${string}`;

/**
 * How far a transfer has gone: `announced` (said it will happen),
 * `committed` (agreed), `ordered` (a contract), `delivered`, `in-use` (seen
 * in use by the receiving party). Totals never add one stage to another: a
 * delivery is part of an order, not more of it.
 *
 * @category Ledger
 * @example
 * LEDGER_STAGES;
 * //=> ["announced", "committed", "ordered", "delivered", "in-use"]
 */
export const LEDGER_STAGES = ["announced", "committed", "ordered", "delivered", "in-use"] as const;

/** A stage from {@link LEDGER_STAGES}. */
export type LedgerStage = (typeof LEDGER_STAGES)[number];

/**
 * What the source has for a transfer: `confirmed`, `reported`, `alleged`,
 * or `none-observed`: the source looked and saw no sign of it ("no
 * indication of cash payments"). A none-observed entry is absence as data:
 * never a zero, never in a total, listed apart, and it has neither a quantity
 * nor a value ("no sign of cash payments worth $5 million" contradicts itself).
 *
 * @category Ledger
 * @example
 * LEDGER_EVIDENCE;
 * //=> ["confirmed", "reported", "alleged", "none-observed"]
 */
export const LEDGER_EVIDENCE = ["confirmed", "reported", "alleged", "none-observed"] as const;

/** An evidence level from {@link LEDGER_EVIDENCE}. */
export type LedgerEvidence = (typeof LEDGER_EVIDENCE)[number];

/**
 * How a value was reached: `stated` (the source gave it, in money),
 * `price-list` (money from a price list: unit prices times quantities), or
 * `index` (a volume index that is not money, such as the SIPRI trend-indicator
 * value, TIV). Money is in an ISO 4217 currency code (`"USD"`), or `"unknown"`
 * when the source names no currency; an index is in its own unit
 * (`"SIPRI-TIV-million"`) and never adds up with money.
 *
 * @category Ledger
 * @example
 * LEDGER_VALUE_BASES;
 * //=> ["stated", "price-list", "index"]
 */
export const LEDGER_VALUE_BASES = ["stated", "price-list", "index"] as const;

/** A value basis from {@link LEDGER_VALUE_BASES}. */
export type LedgerValueBasis = (typeof LEDGER_VALUE_BASES)[number];

/** The unit of money whose currency the source does not name: never summed with any currency. @internal */
export const UNKNOWN_CURRENCY = "unknown";

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
 * The codes of `ISO_4217` and `ISO_4217_HISTORIC` as a set: a summary asks of every value's unit,
 * so the answer is one lookup, not a search of the lists.
 */
const CURRENCY_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(`${ISO_4217}${ISO_4217_HISTORIC}`.trim().split(/ +/));

/**
 * Whether a unit is an ISO 4217 alphabetic code, current (`ISO_4217`) or
 * withdrawn (`ISO_4217_HISTORIC`): `"USD"` and the withdrawn `"BGN"` or `"DEM"`,
 * not `"ABC"`, `"XXX"` nor `"XTS"`. @internal
 */
export function isCurrencyCode(unit: string): boolean {
  return CURRENCY_CODES.has(unit);
}

/** What a check says of a quantity or value of an entry with the evidence none-observed. @internal */
export const NONE_OBSERVED = "must be left out of an entry with evidence none-observed: the source saw no sign of the transfer, so it has no quantity or value (not even zero)";

/** What a check says of a unit that is not money. @internal */
export const NOT_MONEY = 'must be an ISO 4217 currency code, current (list one of 2026-01-01) or withdrawn (list three), or "unknown" where the source names none';

/** Whether `value` is a category: standard or `namespace:name`. @internal */
export function isLedgerCategory(value: unknown): value is LedgerCategory {
  if (typeof value !== "string") return false;
  if ((LEDGER_CATEGORIES as readonly string[]).includes(value)) return true;
  const colon = value.indexOf(":");
  return colon > 0 && MEASURE_NAMESPACE_PATTERN.test(value.slice(0, colon)) && MEASURE_NAME_PATTERN.test(value.slice(colon + 1));
}
