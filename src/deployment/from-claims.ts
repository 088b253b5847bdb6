import { rethrow } from "../_lib/guard.js";
import { fail, optionsOf } from "../_lib/assert.js";
import { checkClaim } from "../claim/check.js";
import type { Claim } from "../claim/schema.js";
import { FogcountError } from "../errors.js";
import { OPEN_END, OPEN_START, periodDays } from "../revision/clock.js";
import type { Period } from "../time/schema.js";
import { isDeploymentCategory } from "./categories.js";
import type { DeploymentCategory } from "./categories.js";
import { checkWaves } from "./check.js";
import { findingsOf } from "./findings.js";
import type { DeploymentFinding } from "./findings.js";
import { latestFlows } from "./revised.js";
import type { Deployment } from "./schema.js";

/** Options for {@link deploymentsFromClaims}: what claims do not say. */
export interface FromClaimsOptions {
  /** The sending country, ISO 3166-1 alpha-2. Required. */
  readonly from: string;
  /** The receiving country, ISO 3166-1 alpha-2. Required. */
  readonly to: string;
  /** The category of every wave; `"laborers"` for a `laborers` measure, `"troops"` otherwise, when left out. */
  readonly category?: DeploymentCategory;
}

/** What {@link deploymentsFromClaims} returns: the waves, and what it found on the way. */
export interface FromClaims {
  readonly deployments: Deployment[];
  readonly findings: DeploymentFinding[];
}

/** A claim read for the wave it makes: its kind and modality, and its days on the clocks' axis. @internal */
export interface Read {
  readonly c: Claim;
  readonly i: number;
  readonly kind: "stock" | "flow" | "increment";
  readonly modality: string;
  readonly start: number;
  readonly end: number;
  readonly reported: number;
}

function readClaim(c: Claim, i: number, validTime: Period, reportedAt: Period): Read {
  // days on the clocks' axis: a time of day on its day in UTC
  const valid = periodDays(validTime);
  return {
    c,
    i,
    kind: c.indicator.aggregation ?? "stock",
    modality: c.modality ?? "asserted",
    start: valid.first ?? OPEN_START,
    end: valid.last ?? OPEN_END,
    reported: periodDays(reportedAt).last ?? OPEN_END,
  };
}

function byValidTime(a: Read, b: Read): number {
  return a.end - b.end || a.start - b.start || a.reported - b.reported || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0);
}

function mixed(where: string, i: number, what: string, value: unknown, first: unknown): never {
  throw new FogcountError("mixed-indicators", `${where}: claims[${i}] has ${what} ${JSON.stringify(value)}, not ${JSON.stringify(first)}: waves are read from one originator's claims about one subject`, { value, first });
}

/** Checks the claims and reads those that make waves, with a finding for each that does not. */
function readClaims(where: string, claims: readonly Claim[], findings: DeploymentFinding[]): Read[] {
  if (!Array.isArray(claims)) fail(where, "claims", "must be an array of claims", claims);
  const kept: Read[] = [];
  const ids = new Map<string, number>();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i] as Claim;
    const { indicator, status, validTime, reportedAt } = checkClaim(where, `claims[${i}]`, c);
    const f = claims[0] as Claim;
    if (indicator.measure !== "deployed" && indicator.measure !== "laborers") fail(where, `claims[${i}].indicator.measure`, 'must be "deployed" or "laborers" for a wave', indicator.measure);
    if (indicator.subject !== f.indicator.subject.trim()) mixed(where, i, "subject", indicator.subject, f.indicator.subject);
    if (indicator.measure !== f.indicator.measure) mixed(where, i, "measure", indicator.measure, f.indicator.measure);
    if ((indicator.scope ?? "") !== (f.indicator.scope?.trim() ?? "")) mixed(where, i, "scope", indicator.scope, f.indicator.scope);
    if (c.attribution.originator.id !== f.attribution.originator.id) mixed(where, i, "originator", c.attribution.originator.id, f.attribution.originator.id);
    if (c.estimate.unit !== f.estimate.unit) {
      throw new FogcountError("unit-mismatch", `${where}: claims[${i}] is in "${c.estimate.unit}", not "${f.estimate.unit}"`, { left: f.estimate.unit, right: c.estimate.unit });
    }
    const seen = ids.get(c.id);
    if (seen !== undefined) throw new FogcountError("duplicate-claim-id", `${where}: claims[${i}] has the id ${JSON.stringify(c.id)} of claims[${seen}]`, { id: c.id });
    ids.set(c.id, i);
    const why = status.kind === "deprecated" ? `deprecated (${status.reason})` : c.restates !== undefined ? `a restatement of ${JSON.stringify(c.restates)}` : undefined;
    if (why === undefined) kept.push(readClaim(c, i, validTime, reportedAt));
    else findings.push({ code: "skipped-claim", severity: "warning", message: `${JSON.stringify(c.id)} makes no wave: it is ${why}`, waves: [c.id] });
  }
  return kept;
}

/** For each increment, the stock or flow it adds to: the latest before it of its modality (or asserted), else the first after it. */
function basesOf(where: string, sorted: readonly Read[]): Map<Read, Read> {
  const bases = new Map<Read, Read>();
  const pass = (list: readonly Read[]) => {
    const latest = new Map<string, Read>();
    for (const r of list) {
      if (r.kind !== "increment") latest.set(r.modality, r);
      else if (!bases.has(r)) {
        const base = latest.get(r.modality) ?? latest.get("asserted");
        if (base !== undefined) bases.set(r, base);
      }
    }
  };
  pass(sorted);
  pass([...sorted].reverse());
  for (const r of sorted) {
    if (r.kind === "increment" && !bases.has(r)) {
      throw new FogcountError("increment-without-base", `${where}: claims[${r.i}] (${JSON.stringify(r.c.id)}) is an increment with nothing to add to: no stock or flow of its modality, or asserted, among the claims`, { claim: r.c.id });
    }
  }
  return bases;
}

/**
 * For each stock, the waves before it that it replaces: every one, of any
 * modality, but the increments that add to it. A stock is a total: a planned
 * new total takes the place of the asserted one before it (when plans are
 * counted; an asserted total never counts a plan), and an asserted total the
 * place of a plan before it. Two totals are never added.
 */
function stockReplacements(sorted: readonly Read[], bases: ReadonlyMap<Read, Read>): Map<Read, string[]> {
  const replaces = new Map<Read, string[]>();
  let open: Read[] = [];
  for (const r of sorted) {
    if (r.kind !== "stock") {
      open.push(r);
      continue;
    }
    replaces.set(r, open.filter((w) => bases.get(w) !== r).map((w) => w.c.id));
    // a wave is done with once a stock of its own modality replaces it: whatever counts it counts that stock
    open = [...open.filter((w) => bases.get(w) === r || w.modality !== r.modality), r];
  }
  return replaces;
}

/**
 * The waves that one originator's claims about one subject describe, read
 * from claims of the `deployed` or `laborers` measure by their aggregation
 * (see `AGGREGATIONS`), each keeping its modality, estimate, valid time
 * (as the wave's `period`), report time and attribution, with the claim's id
 * as its own and in `claim`:
 *
 * - a **flow** ("10,000 sent in the fall") is a wave of its own;
 * - an **increment** ("another 3,000") `adds` to the latest stock or flow
 *   before it of its modality (or, for a plan, the latest asserted one); with
 *   none before it, to the first after it, with the finding
 *   `increment-before-base`; with none at all, it is refused: an increment is
 *   never read as a total;
 * - a **stock** ("15,000 in all as of April") is a total: it `replaces` the
 *   waves before it, of any modality, but the increments that add to it; a
 *   planned new total replaces the asserted one before it, so that counting
 *   plans never adds two totals.
 *
 * Claims are ordered on valid time (by its last day, then first day, then
 * report day, then id); the waves are returned in the order of the claims.
 * Deprecated claims and restatements make no wave (finding `skipped-claim`),
 * nor does a flow or an increment revised by a later report of the same
 * modality for the same valid time ("10,000 sent in October", then "12,000
 * sent in October"): one wave, counted once, at its latest figure. Of such
 * claims reported at one time with different figures, a preferred one is
 * taken, else the lowest id, as `asOf` takes it.
 *
 * @category Deployment
 * @throws {FogcountError} `invalid-argument` if `claims` is not an array, or for a claim whose measure is neither deployed nor laborers; `invalid-claim` (or `invalid-measure`, `estimate-unit-mismatch`) for a claim that is not one; `mixed-indicators` for claims of different subjects, measures, scopes or originators; `unit-mismatch` for claims in different units; `duplicate-claim-id` for a repeated id; `increment-without-base` for an increment with no stock or flow to add to; `invalid-option` for options that are not an object, an unknown option, a `from` or `to` that is not an ISO 3166-1 alpha-2 code, the same country as `from` and `to`, or a category that is not one.
 * @example
 * const increment = { ...nisBriefing2025Claims[7], indicator: { ...nisBriefing2025Claims[7].indicator, aggregation: "increment" } };
 * const { deployments, findings } = deploymentsFromClaims([nisBriefing2025Claims[6], increment], { from: "KP", to: "RU" });
 * deployments[1].adds;
 * //=> "nis-2024-autumn-deployed"
 * findings.map((f) => f.code);
 * //=> ["increment-before-base"]
 */
export function deploymentsFromClaims(claims: readonly Claim[], options: FromClaimsOptions): FromClaims {
  try {
    const where = "deploymentsFromClaims";
    const { from, to, category } = optionsOf(where, options, "options", ["from", "to", "category"]);
    for (const [name, code] of [["from", from], ["to", to]] as const) {
      if (!(typeof code === "string" && /^[A-Z]{2}$/.test(code))) fail(where, `options.${name}`, "must be two uppercase letters (ISO 3166-1 alpha-2)", code, "invalid-option");
    }
    if (from === to) fail(where, "options.to", "must be another country than options.from (a wave is sent from one country to another)", to, "invalid-option");
    if (category !== undefined && !isDeploymentCategory(category)) fail(where, "options.category", "is neither in DEPLOYMENT_CATEGORIES nor namespace:name", category, "invalid-option");
    const findings: DeploymentFinding[] = [];
    const kept = latestFlows(readClaims(where, claims, findings), findings);
    const sorted = [...kept].sort(byValidTime);
    const bases = basesOf(where, sorted);
    const replaces = stockReplacements(sorted, bases);
    const deployments = kept.map((r): Deployment => {
      const { c } = r;
      const base = bases.get(r);
      const gone = replaces.get(r) ?? [];
      return {
        id: c.id,
        from: from as string,
        to: to as string,
        category: category ?? (c.indicator.measure === "laborers" ? "laborers" : "troops"),
        size: c.estimate,
        period: c.validTime,
        reportedAt: c.reportedAt,
        attribution: c.attribution,
        ...(c.modality !== undefined && { modality: c.modality }),
        ...(base !== undefined && { adds: base.c.id }),
        ...(gone.length > 0 && { replaces: gone.length === 1 ? (gone[0] as string) : gone }),
        claim: c.id,
      };
    });
    const { waves, byId } = checkWaves(where, deployments);
    return { deployments, findings: [...findings, ...findingsOf(waves, byId)] };
  } catch (error) {
    rethrow("deploymentsFromClaims", { claims, options }, error);
  }
}
