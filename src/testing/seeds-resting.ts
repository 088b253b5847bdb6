// The seeds of the lint rules on what breakdowns, waves and ledger items rest
// on: a deprecated claim, or a claim whose figure is not theirs. Each is a
// wave, a breakdown or a ledger of the seed's own with the claims it rests
// on. Not exported from the package.

import type { Claim, ClaimStatus } from "../claim/schema.js";
import type { DatasetRuleCode } from "../dataset/codes.js";
import type { Estimate } from "../estimate/schema.js";
import type { LedgerValuation } from "../ledger/schema.js";
import { about, dayIn, person, seedClaim } from "./seed.js";
import type { Maker, Seed, SeedPlace } from "./seed.js";
import { breakdownSeed, entry, ledgerSeed, usd, wave } from "./seeds-sections.js";

const REASONS = ["retracted by the source", "counted twice", "corrected in a later briefing"];

/** "About n" of a unit. */
const aboutIn = (value: number, unit: string): Estimate => ({ kind: "approx", value, unit });

/** A claim of deployed people sent over days 10 to 20, reported on day 21. */
const sentClaim = (p: SeedPlace, n: string, estimate: Estimate, extra: Partial<Claim> = {}): Claim =>
  seedClaim(p, n, { measure: "deployed", aggregation: "flow" }, estimate, `${dayIn(p, 10)}/${dayIn(p, 20)}`, 21, extra);

/** A valuation of all the first party sent the second, in dollars, resting on `claims`. */
function valuation(p: SeedPlace, value: number, claims: readonly string[]): LedgerValuation {
  const [a, b] = p.parties as [SeedPlace["parties"][0], SeedPlace["parties"][0]];
  return { id: "v1", item: `all ${a.name} sent`, from: a.code, to: b.code, value: { estimate: usd(value), basis: "stated" }, period: dayIn(p, 5), attribution: { originator: p.originator }, claims: [...claims] };
}

/**
 * `rests-on-deprecated-claim`: a wave on a deprecated claim (retracted, or
 * superseded by a later one, or so superseded and restated by the outlet
 * before, the wave resting on the restatement),
 * a breakdown whose killed is a deprecated claim's, or a ledger entry or
 * valuation on a deprecated claim of shells supplied.
 */
function onDeprecated(p: SeedPlace, v: number, pick: number): Seed {
  const reason = REASONS[(pick >> 2) % REASONS.length] as string;
  const status = (supersededBy?: string): ClaimStatus => ({ kind: "deprecated", reason, ...(supersededBy !== undefined && { supersededBy }) });
  const place = pick % 4;
  if (place === 0) {
    // a restatement published before its original was superseded, which is not stale
    const how = (pick >> 4) % 3;
    const old = sentClaim(p, "1", about(v), { status: status(how === 0 ? undefined : `${p.subject}.2`) });
    const later = how === 0 ? [] : [sentClaim(p, "2", about(v + 1 + (v >> 2)), { reportedAt: dayIn(p, 30) })];
    const restated = how === 2 ? [sentClaim(p, "3", about(v), { reportedAt: dayIn(p, 22), restates: old.id, attribution: { originator: p.outlet } })] : [];
    const claim = restated[0] ?? old;
    return { claims: [old, ...later, ...restated], deployments: [wave(p, "w1", about(v), 10, 20, { claim: claim.id })] };
  }
  if (place === 1) {
    const killed = seedClaim(p, "1", {}, person(v), 1, 2, { status: status() });
    return breakdownSeed(p, { killed: killed.estimate }, ["killed", "wounded"], [killed]);
  }
  const supplied = seedClaim(p, "1", { measure: "ledger:supplied" }, aboutIn(v, "shell"), 1, 2, { status: status() });
  const rests = { ...entry(p, "e1"), claims: [supplied.id] };
  const ledger = place === 2 ? ledgerSeed(p, [rests]) : ledgerSeed(p, [entry(p, "e1")], [valuation(p, v, [supplied.id])]);
  return { ...ledger, claims: [supplied] };
}

/**
 * `claim-figure-mismatch`: a figure ten times and more its claim's "about n":
 * a wave's size, a ledger entry's quantity of shells or value in dollars, or
 * a valuation's value in dollars.
 */
function offClaim(p: SeedPlace, v: number, pick: number): Seed {
  const far = 10 * v + 1000;
  const place = pick % 4;
  if (place === 0) {
    const claim = sentClaim(p, "1", about(v));
    return { claims: [claim], deployments: [wave(p, "w1", person(far), 10, 20, { claim: claim.id })] };
  }
  const unit = place === 1 ? "shell" : "USD";
  const claim = seedClaim(p, "1", { measure: place === 1 ? "ledger:supplied" : "ledger:value" }, aboutIn(v, unit), 1, 2);
  const rests = [claim.id];
  if (place === 1) return { ...ledgerSeed(p, [{ ...entry(p, "e1"), quantity: { kind: "exact", value: far, unit }, claims: rests }]), claims: [claim] };
  if (place === 2) return { ...ledgerSeed(p, [{ ...entry(p, "e1", { estimate: usd(far), basis: "stated" }), claims: rests }]), claims: [claim] };
  return { ...ledgerSeed(p, [entry(p, "e1")], [valuation(p, far, rests)]), claims: [claim] };
}

/** The seed of each rule on what breakdowns, waves and ledger items rest on, in the order of the rules. @internal */
export const RESTING_SEEDS = {
  "rests-on-deprecated-claim": onDeprecated,
  "claim-figure-mismatch": offClaim,
} satisfies Partial<Record<DatasetRuleCode, Maker>>;
