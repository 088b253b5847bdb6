// fast-check explores new cases on every run. In CI (CI=true) or with FC_SEED set, every
// property runs from one fixed seed instead, so that a run is repeatable; set FC_SEED to
// replay a failure that a random run reported.
import fc from "fast-check";

const fixed = process.env["FC_SEED"] ?? (process.env["CI"] === "true" ? "20261126" : undefined);
if (fixed !== undefined) fc.configureGlobal({ seed: Number(fixed) });
