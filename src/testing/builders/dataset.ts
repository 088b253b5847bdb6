import { fail, isObject } from "../../_lib/assert.js";
import { frozenCopy } from "../../_lib/frozen.js";
import { guarded } from "../../_lib/guard.js";
import { readBreakdown } from "../../casualty/check.js";
import type { CasualtyBreakdown } from "../../casualty/schema.js";
import { checkClaim } from "../../claim/check.js";
import type { Claim } from "../../claim/schema.js";
import { datasetFromClaims } from "../../dataset/from-claims.js";
import type { DatasetParts } from "../../dataset/from-parts.js";
import type { DatasetParty } from "../../dataset/parts.js";
import type { Dataset } from "../../dataset/schema.js";
import { checkWave } from "../../deployment/check.js";
import type { Deployment } from "../../deployment/schema.js";
import type { LedgerInit } from "../../ledger/constructors.js";
import type { Ledger, LedgerParty } from "../../ledger/schema.js";
import { buildLedger, placeFor } from "../../ledger/check.js";
import { countryArg, idArg, lastDayOf, missing, notBuilder, renamed, textArg } from "./common.js";
import { isIsoDay } from "../../time/calendar.js";

/**
 * A dataset in the making: each method returns a new builder with more in
 * it, and `build()` returns the dataset, built by `datasetFromClaims` and
 * checked. What a method is given is kept as a deep frozen copy: editing it
 * afterwards changes neither the builder nor the datasets it builds.
 */
export interface DatasetBuilder {
  /** The title; `"Test dataset"` by default. */
  titled(title: string): DatasetBuilder;
  /** The licence; `"CC0-1.0"` by default. */
  licensed(licence: string): DatasetBuilder;
  /** The maintainer; `"Test suite"` by default. */
  maintainedBy(maintainer: string): DatasetBuilder;
  /** The dataset's own date, `YYYY-MM-DD`; by default the last day any claim or wave is reported or recorded on. */
  dated(date: string): DatasetBuilder;
  /** Claims, after those before; their sources become the dataset's. */
  withClaims(...claims: Claim[]): DatasetBuilder;
  /** Parties, `{ code, name }` (named by their code in lowercase) or `{ id, code, name }`; each checked when given: an ISO 3166-1 alpha-2 code, a name, an id. */
  withParties(...parties: (LedgerParty | DatasetParty)[]): DatasetBuilder;
  /** A casualty breakdown, with its id and the id of its party. */
  withBreakdown(id: string, breakdown: CasualtyBreakdown, party?: string): DatasetBuilder;
  /** Deployment waves, after those before. */
  withWaves(...waves: Deployment[]): DatasetBuilder;
  /** A ledger, with its id; checked when given, as `ledger()` checks one. */
  withLedger(id: string, ledger: Ledger | LedgerInit): DatasetBuilder;
  /** The dataset, as `datasetFromClaims` builds and checks it: a new plain object of its own, not frozen: editing what was given, before or after, changes nothing in it. */
  build(): Dataset;
}

interface State {
  readonly title: string;
  readonly licence: string;
  readonly maintainer: string;
  readonly date?: string | undefined;
  readonly claims: readonly Claim[];
  readonly parties: readonly DatasetParty[];
  readonly breakdowns: NonNullable<DatasetParts["casualtyBreakdowns"]>;
  readonly waves: readonly Deployment[];
  readonly ledgers: NonNullable<DatasetParts["ledgers"]>;
}

/**
 * An object argument at `at` (a builder is refused, naming the `.build()` it lacks), kept as
 * a deep frozen copy (editing it afterwards changes nothing here) and, with `check`, checked
 * as the room that reads it checks one; checked deeper by `build()`.
 */
function objectArg<T>(where: string, at: string, item: unknown, check?: (copy: unknown, at: string) => unknown): T {
  if (!isObject(item) || Array.isArray(item)) fail(where, at, "must be an object", item);
  notBuilder(where, at, item);
  const copy = frozenCopy(item);
  check?.(copy, at);
  return copy as T;
}

/** Items of a list argument, each an {@link objectArg} at `path[i]`. */
function objects<T>(where: string, path: string, list: readonly unknown[], check?: (copy: unknown, at: string) => unknown): T[] {
  return list.map((item, i) => objectArg<T>(where, `${path}[${i}]`, item, check));
}

/** The last day any claim or wave was reported or recorded on: what the dataset's date defaults to. */
function lastReport(s: State): string | undefined {
  const days = [...s.claims.flatMap((c) => [c.reportedAt, c.recordedAt]), ...s.waves.map((w) => w.reportedAt)]
    .filter((t): t is string => typeof t === "string")
    .map(lastDayOf)
    .filter((d): d is string => d !== undefined);
  return days.length === 0 ? undefined : days.reduce((a, b) => (b > a ? b : a));
}

function build(s: State): Dataset {
  const where = "aDataset.build";
  const date = s.date ?? lastReport(s);
  if (date === undefined) missing(where, "metadata.date", ".dated(date) (nothing is reported in the dataset to default to)", "invalid-argument");
  const parts: DatasetParts = { parties: s.parties, casualtyBreakdowns: s.breakdowns, deployments: s.waves, ledgers: s.ledgers };
  try {
    return datasetFromClaims(s.claims, { title: s.title, licence: s.licence, maintainer: s.maintainer, date }, parts);
  } catch (error) {
    renamed(error, "datasetFromClaims", where);
  }
}

/** A party checked when it is given: an ISO 3166-1 alpha-2 code, a name, and an id if it has one. */
function party(where: string, p: LedgerParty | DatasetParty, i: number): DatasetParty {
  const code = countryArg(where, `parties[${i}].code`, p.code);
  const name = textArg(where, `parties[${i}].name`, p.name);
  return { id: Object.hasOwn(p, "id") ? idArg(where, `parties[${i}].id`, (p as DatasetParty).id) : code.toLowerCase(), code, name };
}

/** A ledger checked when it is given, as `ledger()` checks one (its `kind` may be left out), named for the method and its argument. */
function ledgerArg(where: string, value: unknown): LedgerInit {
  const l = objectArg<LedgerInit>(where, "ledger", value);
  if (l.kind !== undefined && l.kind !== "ledger") fail(where, "ledger.kind", 'must be "ledger" or left out', l.kind);
  buildLedger(placeFor(where, "invalid-argument"), "ledger", l as unknown as Record<string, unknown>);
  return l;
}

function builder(s: State): DatasetBuilder {
  const next = (patch: Partial<State>): DatasetBuilder => builder({ ...s, ...patch });
  const method = <A extends Record<string, unknown>>(name: string, args: A, body: (where: string) => Partial<State>): DatasetBuilder => next(guarded(`aDataset.${name}`, args, () => body(`aDataset.${name}`)));
  return Object.freeze({
    titled: (title: string) => method("titled", { title }, (w) => ({ title: textArg(w, "title", title) })),
    licensed: (licence: string) => method("licensed", { licence }, (w) => ({ licence: textArg(w, "licence", licence) })),
    maintainedBy: (maintainer: string) => method("maintainedBy", { maintainer }, (w) => ({ maintainer: textArg(w, "maintainer", maintainer) })),
    dated: (date: string) =>
      method("dated", { date }, (w) => {
        if (!(typeof date === "string" && isIsoDay(date))) fail(w, "date", "must be an ISO calendar date YYYY-MM-DD", date);
        return { date };
      }),
    withClaims: (...claims: Claim[]) => method("withClaims", { claims }, (w) => ({ claims: [...s.claims, ...objects<Claim>(w, "claims", claims, (c, at) => checkClaim(w, at, c))] })),
    withParties: (...parties: (LedgerParty | DatasetParty)[]) =>
      method("withParties", { parties }, (w) => ({ parties: [...s.parties, ...objects<LedgerParty | DatasetParty>(w, "parties", parties).map((p, i) => party(w, p, i))] })),
    withBreakdown: (id: string, breakdown: CasualtyBreakdown, partyId?: string) =>
      method("withBreakdown", { id, breakdown, partyId }, (w) => {
        const item = { id: idArg(w, "id", id), breakdown: objectArg<CasualtyBreakdown>(w, "breakdown", breakdown, (b, at) => readBreakdown(w, at, b)), ...(partyId !== undefined && { party: idArg(w, "party", partyId) }) };
        return { breakdowns: [...s.breakdowns, item] };
      }),
    withWaves: (...waves: Deployment[]) => method("withWaves", { waves }, (w) => ({ waves: [...s.waves, ...objects<Deployment>(w, "waves", waves, (d, at) => checkWave(w, at, d))] })),
    withLedger: (id: string, ledger: Ledger | LedgerInit) =>
      method("withLedger", { id, ledger }, (w) => {
        const l = ledgerArg(w, ledger);
        return { ledgers: [...s.ledgers, { id: idArg(w, "id", id), ledger: { ...l, kind: "ledger", valuations: l.valuations ?? [] } as Ledger }] };
      }),
    build: () => guarded("aDataset.build", {}, () => build(s)),
  });
}

/**
 * A builder of datasets that reads as a sentence:
 * `aDataset().titled("NIS briefings").withClaims(january, april).build()`.
 * Left out, the title is `"Test dataset"`, the licence `"CC0-1.0"`, the
 * maintainer `"Test suite"`, and the date the last day a claim or wave is
 * reported or recorded on. `build()` builds the dataset with
 * `datasetFromClaims` (the claims' sources become the dataset's, parts are
 * checked by their rooms), naming the builder and the part that is wrong.
 *
 * @category Testing
 * @throws {FogcountError} `invalid-argument` for a title that is not non-empty text, and from each method for an argument that is not what it takes (naming `aDataset.<method>` and the argument: a builder given where what it builds is wanted, a party whose code is not two uppercase letters or whose name is not non-empty text, a ledger `ledger()` would refuse; `invalid-claim`, `invalid-measure` or `estimate-unit-mismatch` for a claim `claim()` would refuse, `invalid-breakdown` for a breakdown that is not one, `invalid-deployment` for a wave that is not one; `duplicate-entry-id` for a ledger with an id used twice); from `build()`: `invalid-argument` for a missing date with nothing reported to default to, and every code `datasetFromClaims` throws (`invalid-claim`, `duplicate-claim-id`, `source-conflict`, `invalid-breakdown`, `invalid-deployment`, `duplicate-deployment-id`, `unknown-wave`, `wave-cycle`, `invalid-ledger`, `invalid-argument` for a reference to an id that is not there), named for `aDataset.build`.
 * @example
 * aDataset().withClaims(aClaim().by("NIS").saying(approx(4700, "person")).asOf("2025-04-30").build()).build().metadata;
 * //=> { title: "Test dataset", licence: "CC0-1.0", maintainer: "Test suite", date: "2025-04-30" }
 */
export function aDataset(title?: string): DatasetBuilder {
  return guarded("aDataset", { title }, () =>
    builder({ title: title === undefined ? "Test dataset" : textArg("aDataset", "title", title), licence: "CC0-1.0", maintainer: "Test suite", claims: [], parties: [], breakdowns: [], waves: [], ledgers: [] }),
  );
}
