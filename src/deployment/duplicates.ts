// Waves that may report one wave twice: of one route, category, unit and
// modality, from different originators, in overlapping periods, or from one
// originator, for one period, reported on one day (one agency's figure
// reaching the desk through two outlets); and not linked to each other (by
// adds or replaces, directly or through other waves). Not exported from the package.

import { periodDays } from "../revision/clock.js";
import { parsePeriod } from "../time/edtf.js";
import type { Wave } from "./check.js";
import { referencesOf, waveKind } from "./check.js";
import type { DeploymentFinding } from "./findings.js";

/** What the waves of a list may report twice. @internal */
export interface Duplicates {
  /** One finding for each run of overlapping waves that holds a possible duplicate. */
  readonly findings: readonly DeploymentFinding[];
  /** Each wave that may report a wave before it in the list, by id, with that earlier wave. */
  readonly doubtful: ReadonlyMap<string, Wave>;
}

/** The linked group of each wave, by place: waves joined by adds or replaces, directly or through others. */
function groupsOf(waves: readonly Wave[], byId: ReadonlyMap<string, Wave>): number[] {
  const parent = waves.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  for (const w of waves) for (const id of referencesOf(w)) parent[root((byId.get(id) as Wave).index)] = root(w.index);
  return waves.map((w) => root(w.index));
}

/** The runs of a group whose periods overlap: sorted by start, a run goes on while the next starts by its latest end. */
function runsOf(group: Wave[]): Wave[][] {
  group.sort((x, y) => x.start - y.start || x.index - y.index);
  const runs: Wave[][] = [];
  let run: Wave[] = [];
  let end = -Infinity;
  for (const w of group) {
    if (run.length > 0 && w.start > end) (runs.push(run), (run = []), (end = -Infinity));
    run.push(w);
    end = Math.max(end, w.end);
  }
  runs.push(run);
  return runs;
}

const originatorOf = (w: Wave): string => w.d.attribution.originator.id;

/** Whether two waves' periods overlap (a run holds waves that overlap only through a third). */
const overlap = (x: Wave, y: Wave): boolean => x.start <= y.end && y.start <= x.end;

/** The first and last day a wave was reported on, as day numbers, for comparing report dates ("2024-11-01" and "2024-11-01T09:00Z" are one day). */
function reportDays(w: Wave): string {
  const read = parsePeriod(w.d.reportedAt);
  if (!read.ok) return w.d.reportedAt;
  const { first, last } = periodDays(read.value);
  return `${first}/${last}`;
}

/**
 * Whether two waves are one originator's twins: the same originator, the same first and
 * last day, reported on the same day. Unlinked, they are most likely one figure entered
 * twice (relayed by two outlets) or a restatement, not two waves.
 */
const twins = (x: Wave, y: Wave): boolean => originatorOf(x) === originatorOf(y) && x.start === y.start && x.end === y.end && reportDays(x) === reportDays(y);

/** Whether `w` may repeat `e`: another originator in an overlapping period, or one originator's twin. */
const mayRepeat = (e: Wave, w: Wave): boolean => (originatorOf(e) !== originatorOf(w) && overlap(e, w)) || twins(e, w);

/**
 * The waves of a run, in the order given, that come after an overlapping wave of another
 * originator and another linked group, each with the first such wave; not a wave of a group
 * that wave is already counted as a possible repeat of (one doubt between two groups is
 * enough: the later wave of the group it doubts is not made doubtful of it in turn). For each
 * originator, the waves of up to two linked groups are kept: one of them differs from any
 * wave's own.
 */
function laterOfRun(run: readonly Wave[], group: readonly number[], out: Map<string, Wave>): void {
  const seen = new Map<string, Wave[]>();
  const kept = new Map<string, Set<number>>();
  for (const w of [...run].sort((x, y) => x.index - y.index)) {
    const g = group[w.index] as number;
    for (const list of seen.values()) {
      if (out.has(w.d.id)) continue;
      const other = list.find((e) => group[e.index] !== g && mayRepeat(e, w) && group[out.get(e.d.id)?.index ?? -1] !== g);
      if (other !== undefined) out.set(w.d.id, other);
    }
    const list = seen.get(originatorOf(w)) ?? [];
    const groups = kept.get(originatorOf(w)) ?? new Set<number>();
    if (groups.has(g) || groups.size < 2) {
      groups.add(g);
      kept.set(originatorOf(w), groups);
      seen.set(originatorOf(w), [...list, w]);
    }
  }
}

/** Names in a list: "a", "a and b", "a, b and c". */
const listed = (names: readonly string[]): string => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1) as string}`);

/** The finding for a run that may report one wave twice, whose waves in `doubtful` a total counts as an unstated share. */
function finding(run: readonly Wave[], doubtful: ReadonlyMap<string, Wave>, group: readonly number[]): DeploymentFinding {
  // the waves a doubt is about: each doubtful wave, and each wave it overlaps of another originator and group; not the whole run
  const doubted = run.filter((w) => doubtful.has(w.d.id));
  const about = (w: Wave, x: Wave): boolean => x !== w && group[x.index] !== group[w.index] && mayRepeat(x, w);
  const involved = new Set(run.filter((x) => doubtful.has(x.d.id) || doubted.some((w) => about(w, x))).map((w) => w.d.id));
  const list = run.filter((w) => involved.has(w.d.id)).sort((x, y) => x.index - y.index);
  const apart = new Set(list.map((w) => group[w.index])).size === list.length;
  const links = apart ? "none adds to or replaces another" : "no link (adds or replaces) joins a wave of one originator to the other's it may repeat";
  const named = listed(list.map((w) => `${JSON.stringify(w.d.id)} (${originatorOf(w)}, ${w.d.period})`));
  const later = list.filter((w) => doubtful.has(w.d.id));
  const kind = waveKind((list[0] as Wave).d).replace(/ in "[^"]*"$/, "");
  const origins = new Set(list.map(originatorOf)).size;
  const from =
    origins === list.length
      ? "they come from different originators, their periods overlap"
      : origins === 1
        ? "they come from one originator, for one period, reported the same day"
        : "they come from different originators in overlapping periods, or from one originator for one period, reported the same day";
  const share = `a total counts ${later.length === 1 ? "" : "each of "}${listed(later.map((w) => JSON.stringify(w.d.id)))} as anywhere from none to all of its size`;
  return {
    code: "possible-duplicate-wave",
    severity: "warning",
    message: `${named} may report one wave of ${kind} ${list.length === 2 ? "twice" : "more than once"}: ${from}, and ${links}, so ${share}. If they are different waves, link them (adds or replaces); if they are one wave, keep one and drop the ${list.length === 2 ? "other" : "others"}`,
    waves: list.map((w) => w.d.id),
  };
}

/**
 * The waves that may report one wave twice: of one route, category, unit and
 * modality, from different originators with overlapping periods, or from one
 * originator with the same period and report day, and not linked by adds or replaces. One finding per run of overlapping waves; and
 * each wave that comes after such a wave in the list. The waves of `leftOut`
 * (by id: waves a total does not count) neither are nor cause one. O(n log n). @internal
 */
export function possibleDuplicates(waves: readonly Wave[], byId: ReadonlyMap<string, Wave>, leftOut?: ReadonlyMap<string, unknown>): Duplicates {
  const kinds = new Map<string, Wave[]>();
  for (const w of waves) {
    if (leftOut?.has(w.d.id) === true) continue;
    const key = `${waveKind(w.d)} ${w.modality}`;
    const list = kinds.get(key);
    if (list === undefined) kinds.set(key, [w]);
    else list.push(w);
  }
  const findings: DeploymentFinding[] = [];
  const doubtful = new Map<string, Wave>();
  let group: number[] | undefined;
  for (const list of kinds.values()) {
    if (list.length < 2) continue;
    group ??= groupsOf(waves, byId);
    for (const run of runsOf([...list])) {
      const before = doubtful.size;
      if (run.length > 1) laterOfRun(run, group, doubtful);
      if (doubtful.size > before) findings.push(finding(run, doubtful, group));
    }
  }
  return { findings, doubtful };
}
