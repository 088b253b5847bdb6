// Waves for the tests of the deployment room.
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
