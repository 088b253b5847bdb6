// sumEstimates of 1,000,000 estimates in one unit (exact, approximate and ranges), against a
// plain loop over the same estimates adding up their low and high ends and best values.
import type { Estimate } from "../../src/estimate/schema.js";
import { sumEstimates } from "../../src/estimate/arithmetic.js";
import { compare, ms, report, size, times } from "../_lib/harness.js";

const N = size(1_000_000, 10_000);

let seed = 11;
const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
const list: Estimate[] = [];
for (let i = 0; i < N; i++) {
  const n = Math.floor(random() * 10_000);
  const r = random();
  if (r < 0.5) list.push({ kind: "exact", value: n, unit: "person" });
  else if (r < 0.8) list.push({ kind: "approx", value: n, unit: "person" });
  else list.push({ kind: "range", low: n, high: n + 500, unit: "person" });
}

/** The baseline: one pass, plain float sums of the low and high ends and of the best values. */
function baseline(estimates: readonly Estimate[]): [number, number, number] {
  let low = 0;
  let high = 0;
  let best = 0;
  for (let i = 0; i < estimates.length; i++) {
    const e = estimates[i] as Estimate;
    if (e.kind === "range") {
      low += e.low;
      high += e.high;
    } else if (e.kind === "exact" || e.kind === "approx") {
      low += e.value;
      high += e.value;
      best += e.value;
    }
  }
  return [low, high, best];
}

// They agree (the sums of whole numbers are exact either way); a range has no best, so neither has the sum.
const ours = sumEstimates(list);
const [low, high] = baseline(list);
if (ours.kind !== "range" || ours.low !== low || ours.high !== high || ours.best !== undefined) {
  throw new Error(`sumEstimates and the baseline disagree: ${JSON.stringify(ours)} against [${low}, ${high}]`);
}
const t = compare(() => sumEstimates(list), () => baseline(list), { warmup: 5, rounds: size(21, 3) });
report({
  rows: [
    {
      what: `sumEstimates of ${N.toLocaleString("en")} estimates`,
      library: ms(t.library),
      baseline: `${ms(t.baseline)} (plain loop)`,
      ratio: times(t.ratio),
      aim: "≤ 3×",
      within: t.ratio <= 3,
    },
  ],
});
