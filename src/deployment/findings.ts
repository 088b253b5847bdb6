import { rethrow } from "../_lib/guard.js";
import type { DeploymentFindingCode } from "./codes.js";
import { alongChains } from "./chains.js";
import { checkWaves } from "./check.js";
import type { Wave } from "./check.js";
import { possibleDuplicates } from "./duplicates.js";
import type { Deployment } from "./schema.js";

/** A finding about waves: plain data with a stable code and the ids of the waves (or claims) involved. */
export interface DeploymentFinding {
  readonly code: DeploymentFindingCode;
  /** `warning`: the figures can be totalled, but a reader should look (on some dates a total is refused). */
  readonly severity: "warning";
  /** What was found, naming the waves and their periods. */
  readonly message: string;
  /** The ids involved: the later-dated wave's base or original last. */
  readonly waves: readonly string[];
}

/** The finding for a wave that begins before the wave it adds to or replaces. @internal */
export function beforeFinding(later: Deployment, earlier: Deployment): DeploymentFinding {
  const increment = later.adds === earlier.id;
  return {
    code: increment ? "increment-before-base" : "replacement-before-original",
    severity: "warning",
    message: `${JSON.stringify(later.id)} (${later.period}) ${increment ? "adds to" : "replaces"} ${JSON.stringify(earlier.id)} (${earlier.period}) but begins before it: correct whichever date is wrong, or${
      increment ? `, if ${JSON.stringify(later.id)} does not add to ${JSON.stringify(earlier.id)}, remove its adds` : `, if ${JSON.stringify(later.id)} does not replace ${JSON.stringify(earlier.id)}, remove ${JSON.stringify(earlier.id)} from its replaces`
    }; until then totals are refused for the days from the start of ${JSON.stringify(later.id)} to the start of ${JSON.stringify(earlier.id)}`,
    waves: [later.id, earlier.id],
  };
}

/** The finding for an increment whose base (or the base's base) a replacement had begun to replace before it. */
function onReplacedFinding(w: Wave, r: Wave): DeploymentFinding {
  return {
    code: "increment-on-replaced",
    severity: "warning",
    message: `${JSON.stringify(w.d.id)} (${w.d.period}) adds to ${JSON.stringify(w.d.adds)}, which ${JSON.stringify(r.d.id)} (${r.d.period}) had begun to replace before it: whether it adds to the replacement or went with what was replaced is not said; totals are refused from its start`,
    waves: [w.d.id, r.d.id],
  };
}

/** Two lists of waves in the order given, merged into one, each wave once. */
function mergedByIndex(a: readonly Wave[], b: readonly Wave[]): readonly Wave[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: Wave[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    const [x, y] = [a[i], b[j]];
    if (y === undefined || (x !== undefined && x.index < y.index)) out.push(a[i++] as Wave);
    else {
      if (x === y) i++;
      out.push(b[j++] as Wave);
    }
  }
  return out;
}

/** The waves that replace each wave, by its id, in the order given. */
function replacersOf(waves: readonly Wave[]): Map<string, Wave[]> {
  const replacers = new Map<string, Wave[]>();
  for (const r of waves) {
    for (const id of r.replaces) {
      const list = replacers.get(id);
      if (list === undefined) replacers.set(id, [r]);
      else list.push(r);
    }
  }
  return replacers;
}

/**
 * For each wave, the waves that replace it or a wave below it (the wave it
 * adds to, that wave's base, and so on), in the order given: made once along
 * each chain, a base's list shared by increments that nothing replaces, so
 * that a chain of n increments costs O(n) and not O(n²).
 */
function replacingChains(waves: readonly Wave[], byId: ReadonlyMap<string, Wave>, replacers: ReadonlyMap<string, readonly Wave[]>): Map<string, readonly Wave[]> {
  return alongChains<readonly Wave[]>(waves, byId, (w, below) => mergedByIndex(replacers.get(w.d.id) ?? [], below ?? []));
}

/** The findings of checked waves. @internal */
export function findingsOf(waves: readonly Wave[], byId: ReadonlyMap<string, Wave>): DeploymentFinding[] {
  const out: DeploymentFinding[] = [];
  const replacers = replacersOf(waves);
  const replacing = replacingChains(waves, byId, replacers);
  for (const w of waves) {
    const refs = w.d.adds === undefined ? w.replaces : [w.d.adds];
    for (const id of refs) {
      const other = byId.get(id) as Wave;
      if (other.start > w.start) out.push(beforeFinding(w.d, other.d));
    }
    if (w.d.adds === undefined) continue;
    // the replacements that had begun, by its start, to replace its base or a base of its base
    for (const r of replacing.get(w.d.adds) ?? []) if (r.start <= w.start && !r.replaces.includes(w.d.id)) out.push(onReplacedFinding(w, r));
  }
  out.push(...replacedTwice(waves, replacers), ...possibleDuplicates(waves, byId).findings);
  return out;
}

/**
 * Waves replaced by two waves of which neither replaces the other: each replacement takes the
 * whole place of what it replaces, so a total counts both (two waves of 10,000 in place of one
 * of 10,000 are 20,000). One finding for each such replacement after the first.
 */
function replacedTwice(waves: readonly Wave[], replacers: ReadonlyMap<string, readonly Wave[]>): DeploymentFinding[] {
  const out: DeploymentFinding[] = [];
  for (const r of waves) {
    for (const id of r.replaces) {
      const list = replacers.get(id) as readonly Wave[];
      const other = list.slice(0, list.indexOf(r)).find((e) => !e.replaces.includes(r.d.id) && !r.replaces.includes(e.d.id));
      if (other === undefined) continue;
      out.push({
        code: "replaced-twice",
        severity: "warning",
        message: `${JSON.stringify(other.d.id)} (${other.d.period}) and ${JSON.stringify(r.d.id)} (${r.d.period}) both replace ${JSON.stringify(id)}, but neither replaces the other, so a total counts both in place of ${JSON.stringify(id)}. If ${JSON.stringify(r.d.id)} also replaces ${JSON.stringify(other.d.id)}, add ${JSON.stringify(other.d.id)} to its replaces; if they report one wave, drop one of them`,
        waves: [r.d.id, other.d.id, id],
      });
    }
  }
  return out;
}

/**
 * What is wrong with a list of waves that does not stop it being read: a
 * wave that begins before the wave it adds to (`increment-before-base`) or
 * replaces (`replacement-before-original`), and an increment to a wave that
 * a replacement had begun to replace before it (`increment-on-replaced`:
 * does it add to the replacement, or went it with what was replaced?), and a
 * wave replaced by two waves of which neither replaces the other
 * (`replaced-twice`: a total counts both in its place), and waves of one
 * route, category, unit and modality from different originators whose
 * periods overlap, or from one originator for the same period and reported
 * on the same day, linked by neither `adds` nor `replaces`
 * (`possible-duplicate-wave`: the NIS's 10,000 in October 2024 and an
 * outlet's 10,000 in October 2024 may be one wave, and so may the NIS's
 * October figure as two outlets relay it; a total counts the later
 * in the list as an unstated share, none to all). Such
 * a list can be totalled on dates the finding does not touch; for the others,
 * {@link deploymentTotal} refuses. The seed's "approximately 3,000 additional troops … in early 2023"
 * is one: a slip for 2025, kept as stated.
 *
 * @category Deployment
 * @throws {FogcountError} `invalid-argument` if `deployments` is not an array; `invalid-deployment` for a wave that is not one; `duplicate-deployment-id`, `unknown-wave`, `wave-cycle` or `mixed-indicators` (a wave adding to or replacing one of another route, category or unit) for waves that do not refer to each other as they should.
 * @example
 * deploymentFindings(nisBriefing2025Deployments).map((f) => [f.code, f.waves]);
 * //=> [["increment-before-base", ["nis-2023-early-deployed", "nis-2024-autumn-deployed"]]]
 * const [autumn] = nisBriefing2025Deployments;
 * const told = { ...autumn, id: "outlet-2024-autumn", attribution: { originator: { id: "outlet", kind: "outlet", name: "An outlet" } } };
 * deploymentFindings([autumn, told]).map((f) => [f.code, f.waves]);
 * //=> [["possible-duplicate-wave", ["nis-2024-autumn-deployed", "outlet-2024-autumn"]]]
 */
export function deploymentFindings(deployments: readonly Deployment[]): DeploymentFinding[] {
  try {
    const { waves, byId } = checkWaves("deploymentFindings", deployments);
    return findingsOf(waves, byId);
  } catch (error) {
    rethrow("deploymentFindings", { deployments }, error);
  }
}
