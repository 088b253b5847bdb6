// Values to call the public functions with: valid ones of every kind the
// library takes, the same mutated one path deep, and anything at all.
import fc from "fast-check";

import { approx, atLeast, exact, MAGNITUDE_ORDERS, range, STANDARD_MEASURES, SOURCE_KIND_NAMES } from "../../src/index.js";
import type { Claim, Estimate } from "../../src/index.js";
import { revisionHistory } from "../../src/revision/index.js";
import { hasUnspecifiedText } from "../../src/revision/clock.js";
import type { RevisionHistory } from "../../src/revision/index.js";
import { arbAttribution, arbClaim, arbCumulativeSeries, arbEdtf, arbEstimate, arbIsoDate, arbPeriod, arbSource } from "../../src/testing/index.js";
import { linksHold } from "../helpers.js";

/** The pools are data, drawn once from one seed; the runs explore by choosing from them and mutating. */
const POOL_SEED = 9;
const pool = <T>(arb: fc.Arbitrary<T>, size: number): readonly T[] => fc.sample(arb, { numRuns: size, seed: POOL_SEED });

export const UNITS = ["person", "USD", "1", "percent", "person/day", "shell", "day"] as const;

/** Numbers that break arithmetic and formatting that trusts its input. */
export const EDGE_NUMBERS: readonly unknown[] = [0, -0, 1, -1, 0.5, 600, 4700, 5e-324, 4.9e-21, 1e21, 1e308, Number.MAX_VALUE, 2 ** 53, NaN, Infinity, -Infinity, "5", 5n];

const unit = fc.constantFrom(...UNITS);
const number = fc.oneof(fc.constantFrom(...EDGE_NUMBERS), fc.double(), fc.integer({ min: -1e6, max: 1e9 }));
const estimate = arbEstimate({ units: ["person"], integers: false });
/** Estimates with a best anywhere inside them, and the NIS figures. */
const seedEstimates: readonly Estimate[] = [
  approx(600, "person", { hedge: "approximately" }),
  range(10_000, 12_000, "person", { best: 11_000 }),
  range(500, 700, "person", { best: 650 }),
  atLeast(3000, "person", { strict: true, best: 3500 }),
  exact(4700, "person"),
];
const estimates = fc.oneof(estimate, fc.constantFrom(...seedEstimates), arbEstimate({ units: [...UNITS], max: 1e12 }));

const claims: readonly Claim[] = pool(arbClaim(), 60);
const series: readonly Claim[][] = pool(arbCumulativeSeries({ maxLength: 12, maxRestatements: 3 }), 20);
const histories: readonly RevisionHistory[] = [...series, ...pool(fc.uniqueArray(arbClaim(), { selector: (c) => c.id, maxLength: 6 }).filter((l) => linksHold(l) && l.every((c) => !hasUnspecifiedText(c.validTime))), 20)]
  .flatMap((list) => revisionHistory(list))
  .flatMap((h) => [h, JSON.parse(JSON.stringify(h)) as RevisionHistory]);

const texts = fc.constantFrom(
  "about 4,700",
  "10,000–12,000 troops",
  "more than half",
  "billions of dollars",
  "an estimated 4,700 casualties, including approximately 600 deaths, in the previous fall",
  "between January and March",
  "early 2025",
  "last fall",
  "constructor 2024",
  "early constructor year",
  "",
  "x".repeat(5000),
);

const options = fc.oneof(
  fc.record({ hedge: fc.oneof(fc.constantFrom("as-stated", "rounding"), fc.record({ relative: fc.double({ min: 0, max: 2, noNaN: true }) })) }),
  fc.record(
    { style: fc.constantFrom("stated", "compact"), digits: fc.integer({ min: 1, max: 21 }), unit: fc.boolean(), locale: fc.constantFrom("en-US", "de-DE", "ja-JP") },
    { requiredKeys: [] },
  ),
  fc.record({ unit }, { requiredKeys: [] }),
  fc.record({ hemisphere: fc.constantFrom("north", "south"), qualifiers: fc.constantFrom("as-stated", "widen") }, { requiredKeys: [] }),
  fc.record({ valid: arbEdtf({ minYear: 2020, maxYear: 2030 }), known: arbEdtf({ minYear: 2020, maxYear: 2030 }) }, { requiredKeys: [] }),
  fc.record({ groupBy: fc.constantFrom("originator", "indicator"), cumulative: fc.boolean() }, { requiredKeys: [] }),
  fc.record({ reference: arbIsoDate(), unit, locale: fc.constantFrom("en", "en-GB") }, { requiredKeys: [] }),
  fc.record({ text: fc.string(), hedge: fc.constantFrom("about", "some"), approx: fc.boolean(), strict: fc.boolean(), best: number }, { requiredKeys: [] }),
  fc.record({ minYear: fc.integer({ min: -100, max: 3000 }), maxYear: fc.integer({ min: 1900, max: 12_000 }), units: fc.constant(["person"]), max: number }, { requiredKeys: [] }),
  fc.constant(undefined),
);

const records = fc.array(
  fc.record({ date: arbIsoDate({ minYear: 2022, maxYear: 2023 }), personnel: fc.oneof(fc.nat(), number), "personnel*": fc.constantFrom("about", "more", "roughly") }, { requiredKeys: ["date"] }),
  { maxLength: 6 },
);
const seriesOptions = fc.record({
  subject: fc.constantFrom("ru-forces", " "),
  attribution: arbAttribution(),
  fields: fc.constant([{ field: "personnel", measure: "ua-genstaff:personnel", unit: "person", hedgeField: "personnel*" }]),
  series: fc.constantFrom(...series),
});

/** One valid value of some kind the library takes. */
export const valid: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: estimates },
  { weight: 2, arbitrary: fc.array(estimates, { maxLength: 5 }) },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: unit },
  { weight: 2, arbitrary: arbPeriod({ minYear: 1900, maxYear: 2100 }) },
  { weight: 2, arbitrary: arbEdtf({ minYear: 1900, maxYear: 2100 }) },
  { weight: 2, arbitrary: texts },
  { weight: 3, arbitrary: options },
  { weight: 2, arbitrary: fc.constantFrom(...claims) },
  { weight: 2, arbitrary: fc.subarray([...claims], { maxLength: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom(...series) },
  { weight: 3, arbitrary: fc.constantFrom(...histories) },
  { weight: 1, arbitrary: arbSource() },
  { weight: 1, arbitrary: arbAttribution() },
  { weight: 1, arbitrary: fc.record({ low: number, high: number, lowOpen: fc.boolean(), highOpen: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constantFrom(...MAGNITUDE_ORDERS, ...STANDARD_MEASURES, ...SOURCE_KIND_NAMES, "oryx:tanks", "invalid-option") },
  { weight: 2, arbitrary: records },
  { weight: 2, arbitrary: seriesOptions },
);

/** Anything at all, as JavaScript or as JSON gives it. */
export const anything: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, undefined, ...EDGE_NUMBERS, Symbol("fuzz"), () => 1),
);

/** The paths of the nodes of a value, its own root first, at most 200 and 6 deep. */
function paths(value: unknown, prefix: readonly PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  out.push([...prefix]);
  if (out.length < 200 && prefix.length < 6 && typeof value === "object" && value !== null && !ArrayBuffer.isView(value)) {
    for (const key of Object.keys(value)) paths((value as Record<string, unknown>)[key], [...prefix, key], out);
  }
  return out;
}

/** A copy of `value` with the node at `path` replaced (or deleted); what is not on the path is shared. */
function replaceAt(value: unknown, path: readonly PropertyKey[], change: (node: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [key, ...rest] = path as [PropertyKey, ...PropertyKey[]];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<PropertyKey, unknown>;
  const next = replaceAt(copy[key], rest, change);
  if (next === DELETE) delete copy[key];
  else copy[key] = next;
  return copy;
}

const DELETE = Symbol("delete");

/** What a node is changed to: anything, nothing (deleted), or an edge number. */
const replacement = fc.oneof(anything, fc.constantFrom(DELETE, null, undefined, ...EDGE_NUMBERS));

/** `value` changed at one of its nodes, chosen by `at`. */
function mutate(value: unknown, at: number, to: unknown): unknown {
  const all = paths(value);
  return replaceAt(value, all[at % all.length] as PropertyKey[], () => to);
}

/** A valid value changed at one node. */
export const mutated: fc.Arbitrary<unknown> = fc.tuple(valid, fc.nat(), replacement).map(([value, at, to]) => mutate(value, at, to));

/** Valid arguments with one node of one of them changed (the argument itself, or a field deep inside it). */
export function mutatedArguments(args: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return fc.tuple(args, fc.nat(), replacement).map(([list, at, to]) => {
    const changed = mutate(list, at, to);
    return Array.isArray(changed) ? changed : [changed];
  });
}

/** One argument: valid, mutated, or anything. */
export const argument: fc.Arbitrary<unknown> = fc.oneof({ weight: 4, arbitrary: valid }, { weight: 3, arbitrary: mutated }, { weight: 3, arbitrary: anything });

/**
 * The arguments of one call with `arity` parameters: each position an
 * argument as above, and now and then one position `null` or `undefined`,
 * or the call one argument short or long.
 */
export function argumentsFor(arity: number): fc.Arbitrary<unknown[]> {
  const n = Math.max(arity, 1);
  return fc
    .tuple(fc.array(argument, { minLength: n, maxLength: n }), fc.nat(n), fc.constantFrom("keep", "null", "undefined", "short", "long"), argument)
    .map(([args, k, how, extra]) => {
      if (how === "null" || how === "undefined") args[k % n] = how === "null" ? null : undefined;
      if (how === "short") return args.slice(0, -1);
      if (how === "long") return [...args, extra];
      return args;
    });
}
