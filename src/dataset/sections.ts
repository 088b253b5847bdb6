// The sections of a dataset and the references between them: one entry per
// section, so that a section added later is one entry here, one field in the
// schema and its rules. Not exported from the package.

import { loopsOf } from "../_lib/loops.js";
import { waveKind } from "../deployment/check.js";
import type { DatasetAttribution } from "./attribution.js";
import { lookAlike, looks, otherForm, visible } from "../_lib/forms.js";
import { alsoText, indexIds, namedCopies } from "./section-ids.js";
import type { DatasetCasualtyBreakdown, DatasetDeployment, DatasetLedger } from "./parts.js";
import type { Dataset, DatasetClaim } from "./schema.js";

/** A path into a dataset document, as zod and JSON Pointer spell it: `["claims", 7, "validTime"]`. */
export type JsonPath = readonly (string | number)[];

/** What is wrong, where, the code a checker prints for it, and the other places involved (each copy of a repeated id). @internal */
export type ReferenceProblem = readonly [path: JsonPath, message: string, code: ReferenceCode, others?: readonly JsonPath[]];

/** The codes of the problems {@link referenceProblems} finds. @internal */
export type ReferenceCode = "duplicate-id" | "dangling-reference" | "restatement-cycle" | "supersession-cycle" | "superseded-by-restatement" | "deployment-cycle" | "wave-mismatch";

/** A reference from an item to an item of a section: where it is written (below the item), the id, the section. */
interface Reference {
  readonly at: JsonPath;
  readonly id: string;
  readonly section: SectionKey;
}

/** The sections of a dataset that hold items with ids. */
export type SectionKey = "sources" | "parties" | "claims" | "casualtyBreakdowns" | "deployments" | "ledgers";

export interface Section {
  readonly key: SectionKey;
  /** What one item is called in a message. */
  readonly noun: string;
  readonly items: (dataset: Dataset) => readonly { readonly id: string }[];
  readonly references: (item: unknown) => readonly Reference[];
  /** Whether every reference of an item names an item that is there, without listing them: for a section of many items. */
  readonly resolves?: (item: unknown, ids: ReadonlyMap<SectionKey, ReadonlyMap<string, number>>) => boolean;
}

/** A section whose items are `T`. */
function section<T extends { readonly id: string }>(
  key: SectionKey,
  noun: string,
  items: (d: Dataset) => readonly T[],
  references: (item: T) => readonly Reference[],
  resolves?: (item: T, ids: ReadonlyMap<SectionKey, ReadonlyMap<string, number>>) => boolean
): Section {
  return {
    key,
    noun,
    items,
    references: references as (item: unknown) => readonly Reference[],
    ...(resolves !== undefined && { resolves: resolves as NonNullable<Section["resolves"]> }),
  };
}

/** The sources an attribution at `at` names. */
function attributionReferences(attribution: DatasetAttribution, at: JsonPath = ["attribution"]): Reference[] {
  const out: Reference[] = [
    {
      at: [...at, "originator"],
      id: attribution.originator,
      section: "sources",
    },
  ];
  const relay = attribution.relay ?? [];
  for (let k = 0; k < relay.length; k++) {
    const step = relay[k];
    if (step?.kind === "intermediary")
      out.push({
        at: [...at, "relay", k, "source"],
        id: step.source,
        section: "sources",
      });
  }
  return out;
}

function claimReferences(claim: DatasetClaim): Reference[] {
  const out = attributionReferences(claim.attribution);
  if (claim.restates !== undefined) out.push({ at: ["restates"], id: claim.restates, section: "claims" });
  const status = claim.status;
  if (status.kind === "deprecated" && status.supersededBy !== undefined)
    out.push({
      at: ["status", "supersededBy"],
      id: status.supersededBy,
      section: "claims",
    });
  return out;
}

/** Whether every reference {@link claimReferences} lists names an item that is there. */
function claimResolves(claim: DatasetClaim, ids: ReadonlyMap<SectionKey, ReadonlyMap<string, number>>): boolean {
  const [sources, claims] = [ids.get("sources"), ids.get("claims")];
  const a = claim.attribution;
  if (sources?.has(a.originator) !== true) return false;
  for (const step of a.relay ?? []) if (step.kind === "intermediary" && !sources.has(step.source)) return false;
  if (claim.restates !== undefined && claims?.has(claim.restates) !== true) return false;
  const status = claim.status;
  return !(status.kind === "deprecated" && status.supersededBy !== undefined && claims?.has(status.supersededBy) !== true);
}

function breakdownReferences(b: DatasetCasualtyBreakdown): Reference[] {
  const out: Reference[] = b.party === undefined ? [] : [{ at: ["party"], id: b.party, section: "parties" }];
  for (const [field, id] of Object.entries(b.claims ?? {})) if (id !== undefined) out.push({ at: ["claims", field], id, section: "claims" });
  return out;
}

function deploymentReferences(d: DatasetDeployment): Reference[] {
  const out = attributionReferences(d.attribution);
  if (d.adds !== undefined) out.push({ at: ["adds"], id: d.adds, section: "deployments" });
  if (typeof d.replaces === "string") out.push({ at: ["replaces"], id: d.replaces, section: "deployments" });
  else d.replaces?.forEach((id, k) => out.push({ at: ["replaces", k], id, section: "deployments" }));
  if (d.claim !== undefined) out.push({ at: ["claim"], id: d.claim, section: "claims" });
  return out;
}

function ledgerReferences(l: DatasetLedger): Reference[] {
  const out: Reference[] = l.parties.map((id, k) => ({
    at: ["parties", k],
    id,
    section: "parties",
  }));
  for (const list of ["entries", "valuations"] as const) {
    l[list].forEach((item, i) => {
      out.push(...attributionReferences(item.attribution, [list, i, "attribution"]));
      item.claims?.forEach((id, k) => out.push({ at: [list, i, "claims", k], id, section: "claims" }));
    });
  }
  return out;
}

/** Every section, in the order a dataset lists them. Add a section here. */
const SECTIONS: readonly Section[] = [
  section(
    "sources",
    "source",
    (d) => d.sources,
    () => []
  ),
  section(
    "parties",
    "party",
    (d) => d.parties,
    () => []
  ),
  section("claims", "claim", (d) => d.claims, claimReferences, claimResolves),
  section("casualtyBreakdowns", "casualty breakdown", (d) => d.casualtyBreakdowns, breakdownReferences),
  section("deployments", "deployment", (d) => d.deployments, deploymentReferences),
  section("ledgers", "ledger", (d) => d.ledgers, ledgerReferences),
];

/** The names of the sections, in order. @internal */
export function sectionNames(): SectionKey[] {
  return SECTIONS.map((s) => s.key);
}

/** The claim a claim links to through `field` (`restates`, or a deprecation's `supersededBy`), as a place, or -1. */
function linked(claims: readonly DatasetClaim[], index: ReadonlyMap<string, number>, field: "restates" | "supersededBy"): (i: number) => number {
  return (i) => {
    const c = claims[i] as DatasetClaim;
    const id = field === "restates" ? c.restates : c.status.kind === "deprecated" ? c.status.supersededBy : undefined;
    // a claim restating or superseded by itself is refused by its own schema
    return id === undefined || id === c.id ? -1 : (index.get(id) ?? -1);
  };
}

/** Restatement chains and replacements that loop (each loop reported once, at the first claim of it met), and replacements that are restatements. */
function claimLinks(claims: readonly DatasetClaim[], index: ReadonlyMap<string, number>, problems: ReferenceProblem[]): void {
  for (const { at } of loopsOf(claims.length, linked(claims, index, "restates"))) {
    problems.push([
      ["claims", at, "restates"],
      `runs into a cycle of restatements: ${JSON.stringify(claims[at]?.id)} restates a claim that, through restates, restates it, and a restatement repeats an original`,
      "restatement-cycle",
    ]);
  }
  for (const { at, round } of loopsOf(claims.length, linked(claims, index, "supersededBy"))) {
    problems.push([
      ["claims", at, "status", "supersededBy"],
      `runs into a cycle of replacements (${[...round, at].map((k) => claims[k]?.id).join(" → ")}): each is retired once the next is known, so none would be in force`,
      "supersession-cycle",
    ]);
  }
  const replacedBy = linked(claims, index, "supersededBy");
  for (let i = 0; i < claims.length; i++) {
    const by = replacedBy(i);
    if (by >= 0 && claims[by]?.restates !== undefined) {
      problems.push([
        ["claims", i, "status", "supersededBy"],
        `names ${claims[by]?.id}, a restatement: a correction supersedes with an original figure`,
        "superseded-by-restatement",
      ]);
    }
  }
}

/** An id of a ledger where it is written: its path, and the path as text ("ledgers[0].entries[3]"). */
interface LedgerPlace {
  readonly id: string;
  readonly path: JsonPath;
  readonly name: string;
}

/** The problem of an id written several times in one ledger, once, at its first repeat, naming the first copy and the others. */
function ledgerRepeat(id: string, at: readonly LedgerPlace[]): ReferenceProblem {
  const [first, second, ...more] = at as [LedgerPlace, LedgerPlace, ...LedgerPlace[]];
  const message = `repeats the id ${JSON.stringify(id)} of ${first.name}${alsoText(more.map((p) => p.name))}: ids are unique within a ledger (give each entry and valuation an id of its own, or keep just one if they are the same)`;
  return [second.path, message, "duplicate-id", namedCopies(at).map((p) => p.path)];
}

/** Ids repeated within a ledger, across its entries and valuations (one problem an id, naming every copy), or two that look alike (see `looks`). */
function ledgerIds(ledgers: readonly DatasetLedger[], problems: ReferenceProblem[]): void {
  ledgers.forEach((l, n) => {
    const seen = new Map<string, LedgerPlace>(); // by how each id looks
    const copies = new Map<string, { at: LedgerPlace[]; problem: number }>();
    for (const list of ["entries", "valuations"] as const) {
      l[list].forEach((item, i) => {
        const place: LedgerPlace = { id: item.id, path: ["ledgers", n, list, i, "id"], name: `ledgers[${n}].${list}[${i}]` };
        const first = seen.get(looks(item.id));
        if (first === undefined) seen.set(looks(item.id), place);
        else if (first.id === item.id) {
          const copy = copies.get(item.id);
          if (copy === undefined) copies.set(item.id, { at: [first, place], problem: problems.push(ledgerRepeat(item.id, [first, place])) - 1 });
          else copy.at.push(place);
        } else {
          const what = `${visible(item.id)} is the id ${visible(first.id)} of ${first.name}, ${lookAlike(item.id, first.id)}: ids are compared as written, but no reader could tell the two apart`;
          problems.push([place.path, what, "duplicate-id", [first.path]]);
        }
      });
    }
    for (const [id, copy] of copies) if (copy.at.length > 2) problems[copy.problem] = ledgerRepeat(id, copy.at);
  });
}

/** Waves that, through adds and replaces, come back to themselves: reported once, at the wave that closes the loop. */
function waveLinks(waves: readonly DatasetDeployment[], index: ReadonlyMap<string, number>, problems: ReferenceProblem[]): void {
  const state = new Map<number, "open" | "done">();
  const links = (w: DatasetDeployment): string[] => [w.adds ?? [], w.replaces ?? []].flat();
  const visit = (i: number): void => {
    state.set(i, "open");
    for (const id of links(waves[i] as DatasetDeployment)) {
      const j = index.get(id);
      if (j === undefined || state.get(j) === "done") continue;
      if (state.get(j) === "open")
        problems.push([
          ["deployments", i],
          `${waves[i]?.id} adds to or replaces ${id}, which through adds and replaces comes back to it: waves cannot go in a circle`,
          "deployment-cycle",
        ]);
      else visit(j);
    }
    state.set(i, "done");
  };
  for (let i = 0; i < waves.length; i++) if (!state.has(i)) visit(i);
}


/** Waves that add to or replace a wave of another route, category or unit: "another 3,000 troops" adds to troops sent the same way. */
function waveKinds(waves: readonly DatasetDeployment[], index: ReadonlyMap<string, number>, problems: ReferenceProblem[]): void {
  waves.forEach((w, i) => {
    const links: [string, string][] = [...(w.adds === undefined ? [] : [["adds", w.adds] as [string, string]]), ...[w.replaces ?? []].flat().map((id) => ["replaces", id] as [string, string])];
    for (const [field, id] of links) {
      const other = waves[index.get(id) ?? -1];
      if (other === undefined || waveKind(other) === waveKind(w)) continue;
      const verb = field === "adds" ? "adds to" : "replaces";
      problems.push([["deployments", i, field], `${w.id} (${waveKind(w)}) ${verb} ${id} (${waveKind(other)}): a wave adds to or replaces a wave of its own route, category and unit`, "wave-mismatch"]);
    }
  });
}

/**
 * The problems of a dataset's ids and references: repeated ids within a
 * section or a ledger, references to an id that is not there, restatements
 * and waves in a loop, and replacements that are restatements. Linear in the
 * size of the dataset. @internal
 */
export function referenceProblems(dataset: Dataset): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const ids = indexIds(SECTIONS, dataset, problems);
  for (const section of SECTIONS) {
    const items = section.items(dataset);
    for (let i = 0; i < items.length; i++) {
      if (section.resolves?.(items[i], ids) === true) continue;
      for (const ref of section.references(items[i])) {
        if (ids.get(ref.section)?.has(ref.id) === true) continue;
        const noun = SECTIONS.find((s) => s.key === ref.section)?.noun ?? ref.section;
        const hint = otherForm(ids.get(ref.section)?.keys(), ref.id);
        problems.push([[section.key, i, ...ref.at], `names the ${noun} ${visible(ref.id)}, which is not in ${ref.section}${hint}`, "dangling-reference"]);
      }
    }
  }
  claimLinks(dataset.claims, ids.get("claims") as Map<string, number>, problems);
  waveLinks(dataset.deployments, ids.get("deployments") as Map<string, number>, problems);
  waveKinds(dataset.deployments, ids.get("deployments") as Map<string, number>, problems);
  ledgerIds(dataset.ledgers, problems);
  return problems;
}
