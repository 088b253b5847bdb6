// The sections of a dataset past its sources and claims: parties, casualty
// breakdowns, deployments and ledgers. Each is the room's own shape with its
// sources, claims and parties named by id; what the room's schema checks of
// one item is checked again on the item with its references in place (see
// rooms.ts), so that a rule is written once.

import { z } from "zod";

import { nonBlank } from "../_lib/blank-schema.js";

import { CasualtyBreakdownSchema } from "../casualty/schema.js";
import { DeploymentSchema } from "../deployment/schema.js";
import { LedgerEntrySchema, LedgerValuationSchema } from "../ledger/schema.js";
import { CountryCodeSchema, IdSchema } from "../provenance/schema.js";
import { DatasetAttributionSchema } from "./attribution.js";

/**
 * A party of a dataset: a country (ISO 3166-1 alpha-2 `code`) under the name
 * reporting uses, with an `id` that ledgers and casualty breakdowns name it by.
 *
 * @example
 * DatasetPartySchema.parse({ id: "kp", code: "KP", name: "North Korea" }).code;
 * //=> "KP"
 */
export const DatasetPartySchema = z.strictObject({
  id: IdSchema,
  /** ISO 3166-1 alpha-2. */
  code: CountryCodeSchema,
  name: nonBlank("a party's name"),
});

/**
 * A casualty breakdown of a dataset: as `CasualtyBreakdownSchema` (killed,
 * wounded, missing, captured and the total, each an estimate or a state, and
 * the parts the total `includes`), with an `id`, the `party` whose losses
 * they are (by id), and the claims its figures come from named by id.
 */
export const DatasetCasualtyBreakdownSchema = z.strictObject({
  id: IdSchema,
  /** The id of the party whose losses these are. */
  party: IdSchema.optional(),
  ...CasualtyBreakdownSchema.shape,
  /** The id of the claim each stated figure comes from, by field. */
  claims: z
    .strictObject({
      killed: IdSchema.optional(),
      wounded: IdSchema.optional(),
      missing: IdSchema.optional(),
      captured: IdSchema.optional(),
      total: IdSchema.optional(),
    })
    .optional(),
});

/** The fields of a wave a dataset holds: all but `claimModality`, which the dataset's claim says. */
function waveShape(): Omit<typeof DeploymentSchema.shape, "claimModality"> {
  const { claimModality: _said, ...shape } = DeploymentSchema.shape;
  return shape;
}

/**
 * A deployment wave of a dataset: as `DeploymentSchema`, with its attribution
 * naming sources by id; `adds` and `replaces` name waves of the dataset, and
 * `claim` a claim of it, which says what `claimModality` would.
 */
export const DatasetDeploymentSchema = z.strictObject({
  ...waveShape(),
  attribution: DatasetAttributionSchema,
});

/** A ledger entry of a dataset: as `LedgerEntrySchema`, with its attribution naming sources by id and `claims` naming claims of the dataset. */
export const DatasetLedgerEntrySchema = z.strictObject({
  ...LedgerEntrySchema.shape,
  attribution: DatasetAttributionSchema,
});

/** A valuation of a dataset's ledger: as `LedgerValuationSchema`, with its attribution naming sources by id. */
export const DatasetLedgerValuationSchema = z.strictObject({
  ...LedgerValuationSchema.shape,
  attribution: DatasetAttributionSchema,
});

/**
 * A ledger of a dataset: what two `parties` (named by id) sent each other,
 * entry by entry, and the `valuations` of more than one entry. Entries go
 * from one party's country code to the other's; `checkDataset` reports one
 * that does not (`ledger-party-mismatch`).
 */
export const DatasetLedgerSchema = z.strictObject({
  id: IdSchema,
  /** The ids of the two parties. */
  parties: z.tuple([IdSchema, IdSchema]),
  entries: z.array(DatasetLedgerEntrySchema),
  valuations: z.array(DatasetLedgerValuationSchema).default([]),
});

/** A party of a dataset. */
export type DatasetParty = z.infer<typeof DatasetPartySchema>;
/** A casualty breakdown of a dataset, naming its party and claims by id. */
export type DatasetCasualtyBreakdown = z.infer<typeof DatasetCasualtyBreakdownSchema>;
/** A deployment wave of a dataset, naming its sources by id. */
export type DatasetDeployment = z.infer<typeof DatasetDeploymentSchema>;
/** A ledger entry of a dataset, naming its sources by id. */
export type DatasetLedgerEntry = z.infer<typeof DatasetLedgerEntrySchema>;
/** A valuation of a dataset's ledger, naming its sources by id. */
export type DatasetLedgerValuation = z.infer<typeof DatasetLedgerValuationSchema>;
/** A ledger of a dataset, naming its parties by id. */
export type DatasetLedger = z.infer<typeof DatasetLedgerSchema>;
