// fogcount schema [--out DIR]: the JSON Schema of a dataset and of each of its
// parts, generated from the zod schemas; the package ships the same files as
// fogcount/schema/*.json.

import { resolve } from "node:path";

import { z } from "zod";

import { IndicatorSchema } from "../claim/schema.js";
import { DatasetAttributionSchema, DatasetRelayStepSchema } from "../dataset/attribution.js";
import {
  DatasetCasualtyBreakdownSchema,
  DatasetDeploymentSchema,
  DatasetLedgerEntrySchema,
  DatasetLedgerSchema,
  DatasetPartySchema,
} from "../dataset/parts.js";
import { DatasetClaimSchema, DatasetMetadataSchema, DatasetSchema } from "../dataset/schema.js";
import { EstimateSchema } from "../estimate/schema.js";
import { SourceSchema } from "../provenance/schema.js";
import { choice, readArgs, suggest } from "./args.js";
import type { OptionSpec } from "./args.js";
import { EXIT, UsageError } from "./io.js";
import type { Io } from "./io.js";
import { writeFiles } from "./out.js";

/** The parts with a schema of their own, and what each is. */
const PARTS: readonly (readonly [name: string, schema: z.ZodType, about: string])[] = [
  [
    "dataset",
    DatasetSchema,
    "A fogcount dataset (fogcount-dataset/1): format, metadata, sources, parties, claims, casualty breakdowns, deployments and ledgers.",
  ],
  ["metadata", DatasetMetadataSchema, "What a dataset says about itself: title, licence, maintainer, date."],
  ["source", SourceSchema, "An originator or intermediary, listed once in a dataset's sources."],
  ["party", DatasetPartySchema, "A party of a dataset: an ISO 3166-1 alpha-2 country code and a name, named by id in ledgers and breakdowns."],
  ["claim", DatasetClaimSchema, "A claim in a dataset: a figure with its indicator, times and attribution, naming its sources by id."],
  [
    "casualty-breakdown",
    DatasetCasualtyBreakdownSchema,
    "Killed, wounded, missing, captured and the total, each an estimate or a state, what the total includes, naming its party and claims by id.",
  ],
  [
    "deployment",
    DatasetDeploymentSchema,
    "A deployment wave: who was sent from where to where, how many, when, on whose word, and the wave it adds to or replaces.",
  ],
  ["ledger", DatasetLedgerSchema, "What two parties (named by id) sent each other, entry by entry, and valuations of more than one entry."],
  [
    "ledger-entry",
    DatasetLedgerEntrySchema,
    "One transfer of a ledger: category, item, quantity, value and how it was valued, stage, evidence (none-observed included), period and attribution.",
  ],
  ["attribution", DatasetAttributionSchema, "Who asserts a figure and how it travelled, naming sources by id."],
  ["relay-step", DatasetRelayStepSchema, "One step of a relay chain: a channel, or an intermediary named by id."],
  ["indicator", IndicatorSchema, "What a figure is about: subject, measure, unit, scope, aggregation."],
  ["estimate", EstimateSchema, "A figure as stated: exact, approximate, a range, a bound or an order of magnitude."],
];

/** The names of the parts, for `--part`. */
export const SCHEMA_PARTS: readonly string[] = PARTS.map(([name]) => name);

/** The JSON Schema (draft 2020-12) of a part, with its title and description. */
export function jsonSchema(part: string): Record<string, unknown> {
  const found = PARTS.find(([name]) => name === part);
  if (found === undefined)
    throw new UsageError(`there is no part ${JSON.stringify(part)}${suggest(part, SCHEMA_PARTS)}; the parts are ${SCHEMA_PARTS.join(", ")}`);
  const [name, schema, about] = found;
  const { $schema, ...rest } = z.toJSONSchema(schema, {
    io: "input",
  }) as Record<string, unknown>;
  return {
    $schema,
    title: `fogcount ${name}`,
    description: `${about} Checks the schema language cannot state (references between ids, EDTF times that parse, a range in order) are made by fogcount when it reads a dataset.`,
    ...rest,
  };
}

export const SCHEMA_OPTIONS: OptionSpec = {
  out: { type: "string" },
  part: { type: "string" },
};

/** Runs `fogcount schema`. */
export function runSchema(io: Io, args: readonly string[]): number {
  const { values, positionals } = readArgs(args, SCHEMA_OPTIONS);
  if (positionals.length > 0) throw new UsageError(`takes no file: name a part with --part (${SCHEMA_PARTS.join(", ")}) or a folder with --out`);
  const part = values["part"] === undefined ? undefined : choice(values, "part", SCHEMA_PARTS);
  const out = values["out"];
  if (typeof out !== "string") {
    io.out(`${JSON.stringify(jsonSchema(part ?? "dataset"), null, 2)}\n`);
    return EXIT.ok;
  }
  // an empty name ("--out \"$DIR\"" with DIR unset) would be the working folder, whose files it would replace
  if (out.trim() === "") throw new UsageError(`--out needs a folder, not ${JSON.stringify(out)}`);
  const names = part === undefined ? SCHEMA_PARTS : [part];
  writeFiles(out, resolve(io.cwd, out), names.map((name) => ({ name: `${name}.json`, text: `${JSON.stringify(jsonSchema(name), null, 2)}\n` })));
  return EXIT.ok;
}
