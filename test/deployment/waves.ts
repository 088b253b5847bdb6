// Waves for the tests of the deployment room.
import fc from "fast-check";
import type { Deployment } from "../../src/deployment/index.js";
import { approx, range } from "../../src/index.js";
import type { Source } from "../../src/index.js";
import { deepFreeze } from "../helpers.js";

export const nis: Source = { id: "kr-nis", kind: "intelligence-agency", name: "National Intelligence Service", country: "KR" };
export const NIS = { names: { "kr-nis": "NIS" } };

/** A wave of troops from KP to RU, with the fields given changed. */
export function wave(id: string, change: Partial<Deployment> & Record<string, unknown> = {}): Deployment {
  return deepFreeze({
    id,
    from: "KP",
    to: "RU",
    category: "troops",
    size: range(10_000, 12_000, "person"),
    period: "2024-23",
    reportedAt: "2025-04-30",
    attribution: { originator: nis },
    ...change,
  } as Deployment);
}

/** The seed's waves with the slip corrected: the additional 3,000 in January–April 2025. */
export const corrected: readonly Deployment[] = deepFreeze([
  wave("autumn"),
  wave("additional", { size: approx(3000, "person", { hedge: "approximately" }), period: "2025-01/2025-04", adds: "autumn" }),
]);

const DAY = 86_400_000;

/** The ISO date `n` days after 1 January 2024. */
export const iso = (n: number): string => new Date(Date.UTC(2024, 0, 1) + n * DAY).toISOString().slice(0, 10);

/** A wave's period starting within `maxStart` days of 1 January 2024: a day, a span of up to `maxLength` days, or a span open at one end. */
export const arbPeriod = (maxStart: number, maxLength: number): fc.Arbitrary<string> =>
  fc
    .record({ start: fc.integer({ min: 0, max: maxStart }), length: fc.integer({ min: 0, max: maxLength }), shape: fc.constantFrom("day", "span", "span", "open-end", "open-start") })
    .map(({ start, length, shape }) => (shape === "day" || length === 0 ? iso(start) : shape === "open-end" ? `${iso(start)}/..` : shape === "open-start" ? `../${iso(start + length)}` : `${iso(start)}/${iso(start + length)}`));

/** What a drawn wave is made of: its size, period, whether it is planned, and what it links to. */
export interface DrawnWave {
  readonly size: Deployment["size"];
  readonly period: string;
  readonly planned: boolean;
}

/** Drawn wave `i` as a wave from KP to RU, adding to or replacing `targets` (ids of earlier waves) as `link` says. */
export function drawnWave(spec: DrawnWave, i: number, link: string, targets: readonly string[]): Deployment {
  return {
    id: `w${i}`,
    from: "KP",
    to: "RU",
    category: "troops",
    size: spec.size,
    period: spec.period,
    reportedAt: "2026-01-01",
    attribution: { originator: nis },
    ...(spec.planned && { modality: "planned" as const }),
    ...(targets.length > 0 && link === "adds" && { adds: targets[0] as string }),
    ...(targets.length > 0 && link === "replaces" && { replaces: targets.length === 1 ? (targets[0] as string) : [...targets] }),
  };
}
