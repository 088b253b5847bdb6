// fast-check arbitraries for lists of waves whose dates agree with their links.
import fc from "fast-check";

import type { Deployment } from "../../src/deployment/index.js";
import { arbEstimate } from "../../src/testing/index.js";
import { nis } from "./waves.js";

const DAY = 86_400_000;
const BASE = Date.UTC(2024, 0, 1);
const iso = (offset: number) => new Date(BASE + offset * DAY).toISOString().slice(0, 10);

interface Spec {
  readonly start: number;
  readonly length: number;
  readonly shape: "day" | "interval" | "open-end" | "open-start";
  readonly size: Deployment["size"];
  readonly planned: boolean;
  readonly link: "none" | "adds" | "replaces";
  readonly pick: number;
}

const spec: fc.Arbitrary<Spec> = fc.record({
  start: fc.integer({ min: 0, max: 700 }),
  length: fc.integer({ min: 0, max: 120 }),
  shape: fc.constantFrom("day", "interval", "interval", "open-end", "open-start"),
  size: arbEstimate({ units: ["person"], max: 50_000, kinds: ["exact", "approx", "range", "atLeast", "atMost", "magnitude"] }),
  planned: fc.boolean(),
  link: fc.constantFrom("none", "adds", "replaces"),
  pick: fc.nat(),
});

function periodOf(s: Spec): string {
  if (s.shape === "day" || s.length === 0) return iso(s.start);
  if (s.shape === "open-end") return `${iso(s.start)}/..`;
  if (s.shape === "open-start") return `../${iso(s.start + s.length)}`;
  return `${iso(s.start)}/${iso(s.start + s.length)}`;
}

/** The first day a spec's period allows, for ordering; an open start comes first. */
const first = (s: Spec) => (s.shape === "open-start" && s.length > 0 ? -Infinity : s.start);

/**
 * Waves of troops whose links agree with their dates: a wave adds to or
 * replaces only waves that begin no later than it does, and an asserted
 * wave only asserted ones. With `planned: false`, every wave is asserted.
 */
export function arbWaves(options: { readonly planned?: boolean; readonly maxLength?: number } = {}): fc.Arbitrary<Deployment[]> {
  return fc.array(spec, { minLength: 1, maxLength: options.maxLength ?? 6 }).map((specs) => {
    const sorted = [...specs].sort((a, b) => first(a) - first(b));
    return unlinkOnReplaced(sorted, sorted.map((s, i): Deployment => {
      const planned = options.planned !== false && s.planned;
      const linked = s.shape !== "open-start";
      const targets = sorted.slice(0, i).map((t, j) => ({ t, j })).filter(({ t }) => planned || !(options.planned !== false && t.planned));
      const target = targets.length === 0 || !linked ? undefined : targets[s.pick % targets.length];
      return waveOf(`w${i}`, s, {
        ...(planned && { modality: "planned" as const }),
        ...(target !== undefined && s.link === "adds" && { adds: `w${target.j}` }),
        ...(target !== undefined && s.link === "replaces" && { replaces: `w${target.j}` }),
      });
    }));
  });
}

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

/** Plans that nothing asserted rests on: planned waves, named `p0`, `p1`, …, that may add to or replace any wave of `base`. */
export function arbPlans(base: readonly Deployment[]): fc.Arbitrary<Deployment[]> {
  return fc.array(fc.tuple(spec, fc.constantFrom("none", "adds", "replaces")), { maxLength: 4 }).map((list) =>
    list.map(([s, link], i): Deployment => {
      const target = base[s.pick % base.length]?.id;
      return waveOf(`p${i}`, s, {
        modality: "planned",
        ...(target !== undefined && link === "adds" && { adds: target }),
        ...(target !== undefined && link === "replaces" && { replaces: target }),
      });
    }),
  );
}

/** A wave of troops from North Korea to Russia of the spec's size and period, with the links and modality given. */
function waveOf(id: string, s: Spec, extra: Pick<Deployment, "modality" | "adds" | "replaces">): Deployment {
  return { id, from: "KP", to: "RU", category: "troops", size: s.size, period: periodOf(s), reportedAt: "2026-01-01", attribution: { originator: nis }, ...extra };
}
