import fc from "fast-check";

import { fail, optionsOf } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { isDeploymentCategory, waveUnitProblem } from "../deployment/categories.js";
import { checkWaves } from "../deployment/check.js";
import type { Wave } from "../deployment/check.js";
import type { DeploymentCategory } from "../deployment/categories.js";
import type { Deployment } from "../deployment/schema.js";
import type { Estimate } from "../estimate/schema.js";
import type { Source } from "../provenance/schema.js";
import { isCountryCode } from "./countries.js";
import { isoOf, windowOf } from "./days.js";
import { estimates } from "./estimate.js";
import { countUnit, finiteNumber, flag, sourceList, wholeNumber } from "./options.js";
import { arbSource } from "./provenance.js";

/** Options for {@link arbWaves}. */
export interface ArbWavesOptions {
  /** The fewest and most waves; 1 and 6 by default. */
  readonly minLength?: number;
  readonly maxLength?: number;
  /** Let some waves be planned (`modality: "planned"`); true by default. With false, every wave is asserted. */
  readonly planned?: boolean;
  /** The sending and receiving country (ISO 3166-1 alpha-2, two different ones); `["KP", "RU"]` by default. */
  readonly countries?: readonly [string, string];
  /** The categories to draw from; `["troops"]` by default. */
  readonly categories?: readonly DeploymentCategory[];
  /** The unit of the sizes (trimmed text); `"person"` by default. */
  readonly unit?: string;
  /** The largest number a size states; 50,000 by default. */
  readonly max?: number;
  /** The sources to draw each wave's originator from (distinct ids); one drawn source for all by default. */
  readonly originators?: readonly Source[];
  /** The first and last day (ISO `YYYY-MM-DD`) of the window the waves' dated ends and reports lie in; 2022 to 2025 by default. */
  readonly from?: string;
  readonly to?: string;
}

interface Spec {
  readonly start: number;
  readonly length: number;
  readonly shape: "day" | "interval" | "open-end" | "open-start";
  readonly size: Estimate;
  readonly planned: boolean;
  readonly link: "none" | "adds" | "replaces";
  readonly pick: number;
  readonly by: number;
}

interface WaveSettings {
  readonly window: readonly [number, number];
  readonly planned: boolean;
  readonly countries: readonly [string, string];
  readonly categories: readonly DeploymentCategory[];
  readonly size: fc.Arbitrary<Estimate>;
  readonly originators: fc.Arbitrary<readonly Source[]>;
  readonly lengths: readonly [number, number];
}

function periodOf(s: Spec): string {
  const end = s.start + s.length;
  if (s.shape === "day" || end === s.start) return isoOf(s.start);
  if (s.shape === "open-end") return `${isoOf(s.start)}/..`;
  if (s.shape === "open-start") return `../${isoOf(end)}`;
  return `${isoOf(s.start)}/${isoOf(end)}`;
}

/** The first day a spec's period allows, for ordering; an open start comes first. */
const first = (s: Spec): number => (s.shape === "open-start" && s.length > 0 ? -Infinity : s.start);

/**
 * Drops the link of an increment to a wave (or a base of it) that a wave
 * beginning no later than the increment replaces: the sources would not say
 * whether it adds to the replacement (`increment-on-replaced`).
 */
function unlinkOnReplaced(specs: readonly Spec[], waves: Deployment[]): Deployment[] {
  const byId = new Map(waves.map((w, i) => [w.id, i]));
  return waves.map((w, i) => {
    for (let base = w.adds; base !== undefined; base = waves[byId.get(base) as number]?.adds) {
      const replacedEarly = waves.some((r, k) => [r.replaces ?? []].flat().includes(base as string) && first(specs[k] as Spec) <= first(specs[i] as Spec));
      if (replacedEarly) {
        const { adds: _dropped, ...rest } = w;
        waves[i] = rest;
        return rest;
      }
    }
    return w;
  });
}

function settings(where: string, given: ArbWavesOptions | undefined): WaveSettings {
  return guarded(where, { options: given }, () => {
    const o = optionsOf(where, given, "options", ["minLength", "maxLength", "planned", "countries", "categories", "unit", "max", "originators", "from", "to"]);
    const min = wholeNumber(where, "minLength", o.minLength, 1, 1000, 1);
    const countries = o.countries ?? ["KP", "RU"];
    if (!(Array.isArray(countries) && countries.length === 2 && Array.from(countries).every(isCountryCode))) {
      fail(where, "options.countries", "must be two assigned ISO 3166-1 alpha-2 codes, the sending and the receiving country", countries, "invalid-option");
    }
    if (countries[0] === countries[1]) fail(where, "options.countries", "must be two different countries: a wave is sent from one country to another", countries, "invalid-option");
    const categories = o.categories ?? ["troops"];
    if (!(Array.isArray(categories) && categories.length > 0 && Array.from(categories).every(isDeploymentCategory))) {
      fail(where, "options.categories", "must be a non-empty list of categories (DEPLOYMENT_CATEGORIES, or namespace:name)", categories, "invalid-option");
    }
    const sources = sourceList(where, "originators", o.originators);
    const unit = countUnit(where, "unit", o.unit, "person");
    for (const category of categories as readonly string[]) {
      const problem = waveUnitProblem(category, unit);
      if (problem !== undefined) fail(where, "options.unit", `${problem}: draw it with namespaced categories only`, unit, "invalid-option");
    }
    return {
      window: windowOf(where, o.from, o.to),
      planned: flag(where, "planned", o.planned, true),
      countries: [countries[0], countries[1]] as const,
      categories: [...categories],
      size: estimates(where, { units: [unit], max: finiteNumber(where, "max", o.max, 0, 50_000) }),
      originators: sources === undefined ? arbSource().map((s) => [s]) : fc.constant(sources),
      lengths: [min, wholeNumber(where, "maxLength", o.maxLength, min, 1000, Math.max(min, 6))],
    };
  });
}

/**
 * A fast-check arbitrary for lists of deployment waves whose links agree with
 * their dates: each wave a day, a span of days, or a span open at one end;
 * a wave adds to or replaces only waves that begin no later than it does
 * (an asserted wave only asserted ones), a wave is replaced by one wave at
 * most, and an increment never adds to a wave already replaced when it begins. Ids are `w0`, `w1`, … in the order
 * the waves begin; each passes `DeploymentSchema`. `deploymentTotal` reads
 * every list with `planned: false`; with `planned` (the default) it reads a
 * list with at least one asserted wave (one with no `modality`), and reads
 * any list with `modality: ["asserted", "planned"]`, but throws `no-waves`
 * for a list of planned waves only unless asked for `modality: "planned"`.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-option` for options that are not an object or hold a name it does not take, lengths that are not whole numbers with 1 ≤ `minLength` ≤ `maxLength` ≤ 1000, a `planned` that is not a boolean, `countries` that are not two different country codes, `categories` that are not categories, a `unit` that is not trimmed non-empty text, is money, or cannot count people with a category of the vocabulary among `categories` (a unit of length, mass, time, a share, TIV), a bad `max`, `originators` that are not sources with distinct ids, or `from` and `to` that are not ISO dates in order; `invalid-argument` for options that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * fc.sample(arbWaves({ planned: false }), 100).every((waves) => deploymentTotal(waves).estimate.unit === "person");
 * //=> true
 */
export function arbWaves(options?: ArbWavesOptions): fc.Arbitrary<Deployment[]> {
  const s = settings("arbWaves", options);
  const [from, to] = s.window;
  const spec: fc.Arbitrary<Spec> = fc.record({
    start: fc.integer({ min: from, max: to }),
    length: fc.integer({ min: 0, max: 120 }),
    shape: fc.constantFrom("day", "interval", "interval", "open-end", "open-start"),
    size: s.size,
    planned: fc.boolean(),
    link: fc.constantFrom("none", "adds", "replaces"),
    pick: fc.nat(),
    by: fc.nat(),
  });
  return fc
    .record({ specs: fc.array(spec, { minLength: s.lengths[0], maxLength: s.lengths[1] }), category: fc.constantFrom(...s.categories), sources: s.originators })
    .map(({ specs, category, sources }) => {
      // a span ends in the window
      const sorted = specs.map((spec) => ({ ...spec, length: Math.min(spec.length, to - spec.start) })).sort((a, b) => first(a) - first(b));
      const replaced = new Set<number>(); // a wave is replaced once: two replacements of one wave are a finding (replaced-twice)
      const waves = sorted.map((spec, i): Deployment => {
        const planned = s.planned && spec.planned;
        const targets = sorted.map((t, j) => ({ t, j })).slice(0, i).filter(({ t, j }) => (planned || !(s.planned && t.planned)) && !(spec.link === "replaces" && replaced.has(j)));
        const target = targets.length === 0 || spec.shape === "open-start" ? undefined : targets[spec.pick % targets.length];
        if (target !== undefined && spec.link === "replaces") replaced.add(target.j);
        return {
          id: `w${i}`,
          from: s.countries[0],
          to: s.countries[1],
          category,
          size: spec.size,
          period: periodOf(spec),
          reportedAt: isoOf(to),
          attribution: { originator: sources[spec.by % sources.length] as Source },
          ...(planned && { modality: "planned" as const }),
          ...(target !== undefined && spec.link === "adds" && { adds: `w${target.j}` }),
          ...(target !== undefined && spec.link === "replaces" && { replaces: `w${target.j}` }),
        };
      });
      // one originator's twins (one period, one report date) may report one wave twice
      const kept = unlinkOnReplaced(sorted, waves);
      return withoutTwins(kept, checkWaves("arbWaves", kept).waves);
    });
}

/**
 * The waves with one originator for each run of overlapping waves of one
 * modality (the first wave's in the order the waves begin), so that no wave
 * may repeat another (`possible-duplicate-wave`), and without a wave of the
 * period and report date of one before it: for arbDataset, whose
 * datasets `checkDataset` finds nothing in. Waves of one route, category and
 * unit, as arbWaves draws them. @internal
 */
export function oneOriginatorPerRun(list: readonly Deployment[]): Deployment[] {
  const { waves } = checkWaves("arbDataset", list);
  const out = [...list];
  const ends = new Map<string, { end: number; originator: Source }>();
  for (const w of [...waves].sort((x, y) => x.start - y.start || x.index - y.index)) {
    const run = ends.get(w.modality);
    if (run === undefined || w.start > run.end) ends.set(w.modality, { end: w.end, originator: w.d.attribution.originator });
    else {
      run.end = Math.max(run.end, w.end);
      out[w.index] = { ...w.d, attribution: { ...w.d.attribution, originator: run.originator } };
    }
  }
  return withoutTwins(out, waves);
}

/**
 * The waves without each one that has the period, report date and modality of a wave
 * before it (one originator's twins, which may report one wave twice), and without
 * every wave that adds to or replaces a wave left out, directly or through others.
 */
function withoutTwins(list: readonly Deployment[], waves: readonly Wave[]): Deployment[] {
  const first = new Set<string>();
  const dropped = new Set<string>();
  for (const w of waves) {
    const key = JSON.stringify([w.modality, w.start, w.end, w.d.reportedAt]);
    if (first.has(key)) dropped.add(w.d.id);
    else first.add(key);
  }
  if (dropped.size === 0) return [...list];
  // a wave links only to waves before it in the list arbWaves draws
  for (const d of list) if ([d.adds ?? [], d.replaces ?? []].flat().some((id) => dropped.has(id))) dropped.add(d.id);
  return list.filter((d) => !dropped.has(d.id));
}
