import { isMoneyUnit } from "../_lib/currencies.js";
import { table } from "../_lib/table.js";

/**
 * The measures that conflict reporting uses, each with its meaning. Every
 * measure counts in the indicator's unit (people, as `"person"`, for all of
 * these); `claim()` and `ClaimSchema` refuse one in a unit of money (`"USD"`,
 * `"USD/day"`, `"$"`, `"USD million"`, `"$bn"`, `"mln USD"`), of measurement (`"km"`, `"t"`, `"days"`, SIPRI's `"TIV"`) or a
 * share (`"%"`). Anything else is a namespaced measure, `namespace:name`, such as
 * `"oryx:tanks-destroyed"`.
 *
 * | measure | meaning |
 * | --- | --- |
 * | killed | people killed, including those who died of wounds |
 * | wounded | people wounded or injured and alive |
 * | missing | people missing, whereabouts unknown |
 * | captured | people taken prisoner |
 * | casualties | killed + wounded + missing + captured, unless the indicator's `includes` says otherwise |
 * | deployed | people sent to a theatre or country: a wave during a period, or all sent as of a date |
 * | repatriated | people returned to their home country: evacuated wounded, exchanged prisoners |
 * | laborers | workers sent abroad to work, not to fight |
 * | present | people present in a place at a time: a stock, as of a date |
 *
 * @category Claim
 * @example
 * MEASURES.find((m) => m.measure === "casualties")?.meaning;
 * //=> "People killed, wounded, missing or captured: the sum of the four, unless the indicator's includes says otherwise."
 */
export const MEASURES = /* @__PURE__ */ table([
  { measure: "killed", meaning: "People killed, including those who died of wounds." },
  { measure: "wounded", meaning: "People wounded or injured and alive." },
  { measure: "missing", meaning: "People missing, whereabouts unknown." },
  { measure: "captured", meaning: "People taken prisoner." },
  {
    measure: "casualties",
    meaning: "People killed, wounded, missing or captured: the sum of the four, unless the indicator's includes says otherwise.",
  },
  {
    measure: "deployed",
    meaning: "People sent to a theatre or country: a wave during a period, or all sent as of a date.",
  },
  { measure: "repatriated", meaning: "People returned to their home country, such as evacuated wounded or exchanged prisoners." },
  { measure: "laborers", meaning: "Workers sent abroad to work, not to fight." },
  { measure: "present", meaning: "People present in a place at a time: a stock, as of a date." },
] as const);

/** A measure from the vocabulary; see {@link MEASURES}. */
export type StandardMeasure = (typeof MEASURES)[number]["measure"];

/** A free-form measure with a namespace: `"oryx:tanks-destroyed"`. */
export type NamespacedMeasure = `${string}:${string}`;

/** A measure: one from {@link MEASURES}, or a namespaced one. */
export type Measure = StandardMeasure | NamespacedMeasure;

/**
 * The measures of the vocabulary alone; the schema's enum.
 *
 * @category Claim
 * @example
 * STANDARD_MEASURES.includes("repatriated");
 * //=> true
 */
export const STANDARD_MEASURES: readonly StandardMeasure[] = /* @__PURE__ */ table([
  "killed",
  "wounded",
  "missing",
  "captured",
  "casualties",
  "deployed",
  "repatriated",
  "laborers",
  "present",
]);

/**
 * The namespace of a free-form measure: a lowercase letter, then lowercase letters, digits or hyphens.
 *
 * @category Claim
 * @example
 * MEASURE_NAMESPACE_PATTERN.test("oryx");
 * //=> true
 */
export const MEASURE_NAMESPACE_PATTERN = /* @__PURE__ */ table(/^[a-z][a-z0-9-]*$/);

/**
 * The name of a free-form measure: lowercase letters, digits, and `.`, `_` or `-` after the first character.
 *
 * @category Claim
 * @example
 * MEASURE_NAME_PATTERN.test("tanks-destroyed");
 * //=> true
 */
export const MEASURE_NAME_PATTERN = /* @__PURE__ */ table(/^[a-z0-9][a-z0-9._-]*$/);

/**
 * The parts a casualty figure adds up, in order. A `casualties` indicator
 * counts all four unless its `includes` lists fewer.
 *
 * @category Claim
 * @example
 * CASUALTY_PARTS;
 * //=> ["killed", "wounded", "missing", "captured"]
 */
export const CASUALTY_PARTS = /* @__PURE__ */ table(["killed", "wounded", "missing", "captured"] as const);

/** One part of a casualty figure; see {@link CASUALTY_PARTS}. */
export type CasualtyPart = (typeof CASUALTY_PARTS)[number];

/**
 * Whether `value` is a measure: one from {@link MEASURES}, or `namespace:name`
 * with a lowercase namespace and name.
 *
 * @category Claim
 * @example
 * isMeasure("killed");
 * //=> true
 * isMeasure("oryx:tanks-destroyed");
 * //=> true
 * isMeasure("kia");
 * //=> false
 */
export function isMeasure(value: unknown): value is Measure {
  if (typeof value !== "string") return false;
  if ((STANDARD_MEASURES as readonly string[]).includes(value)) return true;
  const colon = value.indexOf(":");
  if (colon < 0) return false;
  return MEASURE_NAMESPACE_PATTERN.test(value.slice(0, colon)) && MEASURE_NAME_PATTERN.test(value.slice(colon + 1));
}


/**
 * Units that never count people, by what they measure, their names written in lower case: SI
 * and customary units of length, area, mass, volume, time, energy and power (as the SI Brochure
 * and NIST SP 811 write their symbols, and as they are spelled out), shares (`"1"`, the unit of
 * a fraction), SIPRI's trend-indicator values, and money written as a sign, a word or a
 * lower-case ISO 4217 code (an upper-case code is read from the ISO 4217 lists themselves, so
 * that "KIA" or "POW" may count people).
 */
const NOT_PEOPLE: ReadonlyMap<string, string> = /* @__PURE__ */ (() => {
  const kinds: Record<string, string> = {
    "a unit of length": "m km cm mm mi nmi ft yd in metre metres meter meters kilometre kilometres kilometer kilometers mile miles foot feet inch inches yard yards",
    "a unit of area": "m2 m² km2 km² km^2 mi2 mi² mile2 ha hectare hectares acre acres sq-km sq_km sqkm sq-mi sq_mi sqmi",
    "a unit of mass": "g kg t kt mt tonne tonnes ton tons lb lbs kilogram kilograms kilotonne kilotonnes megatonne megatonnes",
    "a unit of volume": "l litre litres liter liters m3 m³ bbl barrel barrels",
    "a unit of time": "s sec secs second seconds min mins minute minutes h hr hrs hour hours d day days wk week weeks mo month months y yr yrs year years",
    "a unit of energy or power": "j kj mj wh kwh mwh gwh twh cal kcal w kw mw gw tw",
    "a share": "1 % percent per_cent percentage pct pct. share ratio fraction",
    "a SIPRI trend-indicator value": "tiv sipri-tiv sipri-tiv-million",
    money: "$ € £ ¥ ₽ ₴ ₩ ₹ us$ a$ c$ hk$ usd eur gbp rub uah cny jpy krw kpw inr dollar dollars euro euros pound pounds rouble roubles ruble rubles hryvnia hryvnias yuan yen",
  };
  return new Map(Object.entries(kinds).flatMap(([kind, names]) => names.split(" ").map((n): [string, string] => [n, kind])));
})();

/** The units {@link notPeople} has read, with its answer ("" for a unit that may count people), kept up to 1,024. */
const UNITS_READ = /* @__PURE__ */ new Map<string, string>();

/** Format characters (zero-width spaces and joiners, marks of direction), which a unit may hide. */
const INVISIBLE = /\p{Cf}/gu;

/**
 * Why a unit cannot count people, as a message says it ("money", "a unit of length", "a share",
 * "a SIPRI trend-indicator value"), or undefined for a unit that may ("person", "soldier", a
 * unit of one's own). A rate is read by what it counts ("km/day" is a unit of length, "people
 * per million" counts people), and a unit is compared in compatibility form, in lower case and
 * without invisible characters ("ｋｍ", "KM" and "km\u200b" are all km). Money at a scale is
 * money ("USD million", "$bn", "mln USD", "USDm", "billion dollars": see `isMoneyUnit`); "m"
 * alone is a metre. @internal
 */
export function notPeople(unit: string): string | undefined {
  // a list of claims names few units: each is read once ("" for one that may count people)
  let why = UNITS_READ.get(unit);
  if (why === undefined) {
    // a rate by what it counts: "km/day", "USD per day"
    const counted = unit.split(/\/|\s+per\s+(?=\S)/)[0] as string;
    const key = counted.normalize("NFKC").replace(INVISIBLE, "").trim().toLowerCase();
    // "sq km", "sq. km", "per cent": written with a space or a stop, looked up as "sq_km", "per_cent"
    const joined = key.replace(/^(sq|per)[.\s]*/, "$1_");
    // money at any scale, by its sign, its words or its code as written: "USD million", "$bn", "mln USD"
    const form = counted.normalize("NFKC").replace(INVISIBLE, "").trim();
    why = NOT_PEOPLE.get(key) ?? NOT_PEOPLE.get(joined) ?? (isMoneyUnit(form) ? "money" : "");
    if (UNITS_READ.size < 1024) UNITS_READ.set(unit, why);
  }
  return why === "" ? undefined : why;
}

/**
 * Whether a unit is money or a rate of money, as {@link notPeople} reads it: an ISO 4217 code
 * from the standard's lists ("USD", not "KIA"), a currency sign or word, money at a scale
 * ("USD million", "$bn", "USDm"), or a rate of one ("USD/day", "dollars per month"). @internal
 */
export function isMoney(unit: string): boolean {
  return notPeople(unit) === "money";
}

/** Whether a measure is one of the vocabulary's, {@link MEASURES}. @internal */
export function isStandardMeasure(measure: string): measure is StandardMeasure {
  return (STANDARD_MEASURES as readonly string[]).includes(measure);
}

/** Whether an indicator counts people: a unit of people, or a measure of the vocabulary (every one counts people). @internal */
export function countsPeople(indicator: { readonly measure: string; readonly unit: string }): boolean {
  return indicator.unit === "person" || isStandardMeasure(indicator.measure);
}
