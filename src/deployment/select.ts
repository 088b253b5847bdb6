// The waves a total counts: the options read and checked, the waves of one
// category, route, unit and the modalities asked for, and the checks that
// need the whole selection. Not exported from the package.

import { fail, oneOf, optionsOf } from "../_lib/assert.js";
import { MODALITIES } from "../claim/kinds.js";
import type { ClaimModality } from "../claim/kinds.js";
import { FogcountError } from "../errors.js";
import { pluralNoun } from "../_lib/nouns.js";
import { isDeploymentCategory } from "./categories.js";
import type { DeploymentCategory } from "./categories.js";
import { alongChains } from "./chains.js";
import { checkWaves } from "./check.js";
import type { Wave } from "./check.js";
import { possibleDuplicates } from "./duplicates.js";
import { withClaimModalities } from "./on-claims.js";
import type { OnClaim } from "./on-claims.js";
import type { Claim } from "../claim/schema.js";

/** Options of `deploymentSeries`, and of `deploymentTotal` besides `asOf`. */
export interface DeploymentSelection {
  /** The category to count; may be left out when every wave counted is of one category. */
  readonly category?: DeploymentCategory;
  /**
   * The modalities to count: `"asserted"` by default, so that a plan or a
   * projection is never counted as sent. Ask for more with a list
   * (`["asserted", "planned"]`); the figure's label then says so.
   */
  readonly modality?: ClaimModality | readonly ClaimModality[];
  /**
   * The claims the waves rest on (each wave's `claim` names one; `datasetClaims` of
   * the dataset the waves came from). Given, a wave counted as sent whose claim is,
   * or restates, a plan, a projection or a possibility takes that modality, and so
   * is left out unless asked for, as `fogcount report` leaves it out; every
   * `claim` of a wave must be among them, and they, not a wave's `claimModality`,
   * say what its claim is. A wave whose claim is deprecated (retracted or
   * replaced), or restates a deprecated claim, is left out with a note, and so is
   * an increment to it, as `checkDataset` reports it (`rests-on-deprecated-claim`);
   * a wave that replaces one left out counts on its own. Left out: each wave's own modality, or, for a wave
   * counted as sent, its `claimModality` (which `datasetDeployments` copies from
   * its claim), so that the waves of a dataset are counted as the report counts them.
   */
  readonly claims?: readonly Claim[];
}

/** The waves a total counts, and what it needs to know about them. @internal */
export interface Selection {
  readonly counted: readonly Wave[];
  readonly byId: ReadonlyMap<string, Wave>;
  /** The ids of the counted waves. */
  readonly countedIds: ReadonlySet<string>;
  /** Counted waves by the id of the counted wave they replace, or of an increment to it (an increment is part of its base). */
  readonly replacedBy: ReadonlyMap<string, readonly Wave[]>;
  readonly unit: string;
  readonly label: string;
  /** The waves whose claims show them to be no assertion, by id (see `DeploymentSelection.claims`). */
  readonly onClaims: ReadonlyMap<string, OnClaim>;
  /** The waves of the category and modalities asked for that rest on a deprecated claim (or add to one that does), by id, with why: left out (see `DeploymentSelection.claims`). */
  readonly retired: ReadonlyMap<string, string>;
  /** Counted waves that may report a counted wave before them again (another originator, an overlapping period, no link), with that wave: each counts as an unstated share. */
  readonly doubtful: ReadonlyMap<string, Wave>;
}

function modalitiesOf(where: string, value: unknown): readonly ClaimModality[] {
  if (value === undefined) return ["asserted"];
  if (!Array.isArray(value)) return [oneOf(where, "options.modality", value, MODALITIES)];
  const list = Array.from(value as unknown[]);
  if (list.length === 0 || new Set(list).size !== list.length || !list.every((m) => (MODALITIES as readonly unknown[]).includes(m))) {
    fail(where, "options.modality", `must be one of ${MODALITIES.join(", ")}, or a list of distinct ones`, value, "invalid-option");
  }
  return list as ClaimModality[];
}

function mixed(where: string, what: string, a: Wave, b: Wave, hint: string): never {
  throw new FogcountError(
    "mixed-indicators",
    `${where}: deployments[${a.index}] and deployments[${b.index}] differ in ${what}${hint}`,
    { first: a.d.id, second: b.d.id },
  );
}

/**
 * An increment is part of the wave it adds to: once that wave is replaced,
 * so is the increment. Gives every counted increment the replacements of
 * its base, and of its base's base, and so on: its own first, then those of
 * its base's list it does not have, each once. A base's list is made before
 * its increments' and shared by an increment with no replacement of its own,
 * so that a chain of n increments costs O(n) and not O(n²). @internal
 */
function inheritReplacements(counted: readonly Wave[], byId: ReadonlyMap<string, Wave>, replacedBy: Map<string, Wave[]>): void {
  alongChains<Wave[] | undefined>(counted, byId, (w, inherited) => {
    const own = replacedBy.get(w.d.id);
    if (inherited === undefined) return own;
    if (own === undefined) {
      replacedBy.set(w.d.id, inherited);
      return inherited;
    }
    const mine = new Set(own);
    const more = inherited.filter((r) => !mine.has(r));
    const all = more.length === 0 ? own : [...own, ...more];
    replacedBy.set(w.d.id, all);
    return all;
  });
}

/**
 * Reads the waves and options given to `where` and selects the waves to
 * count: of the category, of a modality asked for; one category, one route
 * (from, to) and one unit among them; every counted increment's base counted. @internal
 */
export function selectWaves(where: string, deployments: unknown, options: DeploymentSelection & { readonly asOf?: string } | undefined, names: readonly string[]): Selection & { readonly asOf: unknown } {
  const o = optionsOf(where, options, "options", names as (keyof DeploymentSelection)[]) as Readonly<Record<string, unknown>>;
  const category = o["category"];
  if (category !== undefined && !isDeploymentCategory(category)) fail(where, "options.category", "is neither in DEPLOYMENT_CATEGORIES nor namespace:name", category, "invalid-option");
  const modalities = modalitiesOf(where, o["modality"]);
  const checked = checkWaves(where, deployments);
  const { waves, onClaims, retired: all } = withClaimModalities(where, checked.waves, checked.byId, o["claims"]);
  const byId = waves === checked.waves ? checked.byId : new Map(waves.map((w) => [w.d.id, w]));
  const asked = waves.filter((w) => (category === undefined || w.d.category === category) && modalities.includes(w.modality));
  const counted = all.size === 0 ? asked : asked.filter((w) => !all.has(w.d.id));
  const retired = new Map(asked.flatMap((w) => (all.has(w.d.id) ? [[w.d.id, all.get(w.d.id) as string] as const] : [])));
  const first = counted[0];
  if (first === undefined) {
    const what = `${category === undefined ? "" : `of category ${JSON.stringify(category)} `}with modality ${modalities.join(" or ")}`;
    // unknown is not zero: when every wave is left out, say why rather than give a total of none
    const why = retired.size === 0 ? "" : `: each is left out, as a deprecated claim is not an assertion (${[...retired.values()].join("; ")})`;
    throw new FogcountError("no-waves", `${where}: no wave ${what} to total${why}`, { category, modality: modalities });
  }
  for (const w of counted) {
    if (w.d.category !== first.d.category) mixed(where, "category", first, w, " (choose one with options.category)");
    if (w.d.from !== first.d.from || w.d.to !== first.d.to) mixed(where, "route (from, to)", first, w, "");
    if (w.d.size.unit !== first.d.size.unit) {
      throw new FogcountError("unit-mismatch", `${where}: deployments[${w.index}] is in "${w.d.size.unit}", not "${first.d.size.unit}"`, {
        left: first.d.size.unit,
        right: w.d.size.unit,
      });
    }
  }
  const countedIds = new Set(counted.map((w) => w.d.id));
  const replacedBy = new Map<string, Wave[]>();
  for (const w of counted) {
    const base = w.d.adds;
    if (base !== undefined && !countedIds.has(base)) {
      const b = byId.get(base) as Wave;
      throw new FogcountError(
        "increment-without-base",
        `${where}: deployments[${w.index}] adds to ${JSON.stringify(base)}, which is not counted (${b.d.category}, ${b.modality}): an increment with nothing to add to`,
        { wave: w.d.id, base },
      );
    }
    for (const id of w.replaces) {
      if (!countedIds.has(id)) continue;
      const list = replacedBy.get(id);
      if (list === undefined) replacedBy.set(id, [w]);
      else list.push(w);
    }
  }
  inheritReplacements(counted, byId, replacedBy);
  const only = modalities.length === 1 && modalities[0] === "asserted";
  const { doubtful } = possibleDuplicates(waves, byId, retired);
  // "12,000 troops", but "40 vehicles (acme:vehicles)": a unit other than people is named
  const unit = first.d.size.unit;
  const what = unit === "person" ? first.d.category : `${pluralNoun(unit)} (${first.d.category})`;
  const label = only ? what : `${what} (${modalities.join(", ")})`;
  return { counted, byId, countedIds, replacedBy, unit: first.d.size.unit, label, onClaims, retired, doubtful, asOf: o["asOf"] };
}
