// The parts of a dataset past its claims, given as their rooms hold them
// (inline sources, claims and parties), written as a dataset names them: by
// id. Used by datasetFromClaims. Not exported from the package.

import { fail, isId, isObject } from "../_lib/assert.js";
import { readBreakdown } from "../casualty/check.js";
import type { CasualtyBreakdown } from "../casualty/schema.js";
import { BREAKDOWN_FIELDS } from "../casualty/vocabulary.js";
import { checkWaves } from "../deployment/check.js";
import type { Deployment } from "../deployment/schema.js";
import { checkLedger } from "../ledger/check.js";
import type { Ledger } from "../ledger/schema.js";
import type { Attribution, Source } from "../provenance/schema.js";
import type { DatasetAttribution } from "./attribution.js";
import type { DatasetCasualtyBreakdown, DatasetDeployment, DatasetLedger, DatasetParty } from "./parts.js";
import type { Dataset } from "./schema.js";

/** The parts {@link datasetFromClaims} takes besides claims, as their rooms hold them. */
export interface DatasetParts {
  /** The parties, `{ id, code, name }`; a ledger's party not listed is added, with its code in lowercase as its id. */
  readonly parties?: readonly DatasetParty[];
  /** Casualty breakdowns with an id (and the id of their party); the claims they keep must be among the claims. */
  readonly casualtyBreakdowns?: readonly {
    readonly id: string;
    readonly party?: string;
    readonly breakdown: CasualtyBreakdown;
  }[];
  /** Deployment waves; the claims they name must be among the claims, which say what a wave's `claimModality` said (it is not kept). */
  readonly deployments?: readonly Deployment[];
  /** Ledgers with an id. */
  readonly ledgers?: readonly {
    readonly id: string;
    readonly ledger: Ledger;
  }[];
}

/** Records a source met at a path and returns its id (the caller's `keep`). */
export type Keep = (source: Source, path: string) => string;

/** An attribution met at `path` with its sources named by id. @internal */
export function attributionByIds(a: Attribution, path: string, keep: Keep): DatasetAttribution {
  const { originator, relay, ...rest } = a;
  const out: DatasetAttribution = {
    ...rest,
    originator: keep(originator, `${path}.originator`),
  };
  if (relay !== undefined)
    out.relay = relay.map((step, k) => (step.kind === "intermediary" ? { ...step, source: keep(step.source, `${path}.relay[${k}].source`) } : step));
  return out;
}

function listAt(where: string, path: string, value: unknown): readonly unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(where, path, "must be a list", value);
  return value;
}

function breakdowns(where: string, value: unknown): DatasetCasualtyBreakdown[] {
  return listAt(where, "parts.casualtyBreakdowns", value).map((item, i) => {
    const path = `parts.casualtyBreakdowns[${i}]`;
    if (!isObject(item) || !isId(item["id"])) fail(where, `${path}.id`, "must be an id: non-empty text without whitespace", isObject(item) ? item["id"] : item);
    if (item["party"] !== undefined && !isId(item["party"])) fail(where, `${path}.party`, "must be the id of a party, or left out", item["party"]);
    readBreakdown(where, `${path}.breakdown`, item["breakdown"]);
    const { claims, ...b } = item["breakdown"] as CasualtyBreakdown;
    const out: DatasetCasualtyBreakdown = {
      id: item["id"] as string,
      ...(item["party"] !== undefined && { party: item["party"] as string }),
      ...b,
    };
    if (claims !== undefined) {
      out.claims = {};
      for (const field of BREAKDOWN_FIELDS) if (claims[field] !== undefined) out.claims[field] = (claims[field] as { id: string }).id;
    }
    return out;
  });
}

function deployments(where: string, value: unknown, keep: Keep): DatasetDeployment[] {
  if (value === undefined) return [];
  checkWaves(where, value);
  // claimModality is left out: the dataset holds the claim, which says it
  return (value as Deployment[]).map(({ claimModality: _said, ...d }, i) => ({
    ...d,
    attribution: attributionByIds(d.attribution, `parts.deployments[${i}].attribution`, keep),
  }));
}

function ledgers(where: string, value: unknown, keep: Keep, parties: DatasetParty[]): DatasetLedger[] {
  return listAt(where, "parts.ledgers", value).map((item, n) => {
    const path = `parts.ledgers[${n}]`;
    if (!isObject(item) || !isId(item["id"])) fail(where, `${path}.id`, "must be an id: non-empty text without whitespace", isObject(item) ? item["id"] : item);
    const l = checkLedger(where, `${path}.ledger`, item["ledger"]);
    const ids = l.parties.map((p) => {
      const known = parties.find((q) => q.code === p.code);
      if (known !== undefined) return known.id;
      parties.push({ id: p.code.toLowerCase(), code: p.code, name: p.name });
      return p.code.toLowerCase();
    });
    const byIds = <T extends { readonly attribution: Attribution }>(list: readonly T[], name: string) =>
      list.map((x, i) => ({
        ...x,
        attribution: attributionByIds(x.attribution, `${path}.ledger.${name}[${i}].attribution`, keep),
      }));
    return {
      id: item["id"] as string,
      parties: [ids[0] as string, ids[1] as string],
      entries: byIds(l.entries, "entries"),
      valuations: byIds(l.valuations, "valuations"),
    };
  });
}

/** The parts of a dataset from what their rooms hold, sources kept by `keep`. @internal */
export function partsByIds(where: string, parts: unknown, keep: Keep): Pick<Dataset, "parties" | "casualtyBreakdowns" | "deployments" | "ledgers"> {
  if (parts === undefined)
    return {
      parties: [],
      casualtyBreakdowns: [],
      deployments: [],
      ledgers: [],
    };
  if (!isObject(parts) || Array.isArray(parts)) fail(where, "parts", "must be an object with parties, casualtyBreakdowns, deployments and ledgers", parts);
  for (const key of Object.keys(parts))
    if (!["parties", "casualtyBreakdowns", "deployments", "ledgers"].includes(key))
      fail(where, `parts.${key}`, "is not a part (parties, casualtyBreakdowns, deployments, ledgers)", parts[key]);
  const parties = listAt(where, "parts.parties", parts["parties"]).map((p, i) => {
    if (
      !isObject(p) ||
      !isId(p["id"]) ||
      typeof p["code"] !== "string" ||
      !/^[A-Z]{2}$/.test(p["code"]) ||
      typeof p["name"] !== "string" ||
      p["name"].trim() === ""
    ) {
      fail(where, `parts.parties[${i}]`, "must be a party: { id, code (ISO 3166-1 alpha-2), name }", p);
    }
    return {
      id: p["id"] as string,
      code: p["code"] as string,
      name: p["name"] as string,
    };
  });
  return {
    casualtyBreakdowns: breakdowns(where, parts["casualtyBreakdowns"]),
    deployments: deployments(where, parts["deployments"], keep),
    ledgers: ledgers(where, parts["ledgers"], keep, parties),
    parties,
  };
}
