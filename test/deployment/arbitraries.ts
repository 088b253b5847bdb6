// fast-check arbitraries for lists of waves whose dates agree with their links,
// and for plans laid on them.
import fc from "fast-check";

import type { Deployment } from "../../src/deployment/index.js";
import { arbEstimate, arbWaves as kitWaves } from "../../src/testing/index.js";
import { nis } from "./waves.js";

const DAY = 86_400_000;
const BASE = Date.UTC(2024, 0, 1);
const iso = (offset: number) => new Date(BASE + offset * DAY).toISOString().slice(0, 10);

interface Spec {
  readonly start: number;
  readonly length: number;
  readonly shape: "day" | "interval" | "open-end" | "open-start";
  readonly size: Deployment["size"];
  readonly pick: number;
}

const spec: fc.Arbitrary<Spec> = fc.record({
  start: fc.integer({ min: 0, max: 700 }),
  length: fc.integer({ min: 0, max: 120 }),
  shape: fc.constantFrom("day", "interval", "interval", "open-end", "open-start"),
  size: arbEstimate({ units: ["person"], max: 50_000, kinds: ["exact", "approx", "range", "atLeast", "atMost", "magnitude"] }),
  pick: fc.nat(),
});

function periodOf(s: Spec): string {
  if (s.shape === "day" || s.length === 0) return iso(s.start);
  if (s.shape === "open-end") return `${iso(s.start)}/..`;
  if (s.shape === "open-start") return `../${iso(s.start + s.length)}`;
  return `${iso(s.start)}/${iso(s.start + s.length)}`;
}

/**
 * Waves of troops from North Korea to Russia by the NIS, from the test kit:
 * a wave adds to or replaces only waves that begin no later than it does,
 * and an asserted wave only asserted ones. With `planned: false`, every wave
 * is asserted.
 */
export function arbWaves(options: { readonly planned?: boolean; readonly maxLength?: number } = {}): fc.Arbitrary<Deployment[]> {
  return kitWaves({ ...options, countries: ["KP", "RU"], categories: ["troops"], max: 50_000, originators: [nis], from: "2024-01-01", to: "2026-03-31" });
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
