// How a dataset names the sources of an attribution: by the ids of its
// `sources`, so that a source is written once however many items it stated.

import { z } from "zod";

import { AttributionSchema, ChannelStepSchema, IdSchema } from "../provenance/schema.js";
import { EdtfSchema } from "../time/schema.js";

/** A relay step that names a source of the dataset by its id: "lawmaker Lee Seong Kweun" as `{ kind: "intermediary", source: "kr-lee-seong-kweun" }`. */
export const DatasetIntermediaryStepSchema = z.strictObject({
  kind: z.literal("intermediary"),
  /** The id of a source in the dataset's `sources`. */
  source: IdSchema,
  /** When the step happened, as EDTF. */
  date: EdtfSchema.optional(),
});

/** One step of a dataset claim's relay chain: a channel, or an intermediary named by id. */
export const DatasetRelayStepSchema = z.discriminatedUnion("kind", [ChannelStepSchema, DatasetIntermediaryStepSchema]);

/**
 * An attribution in a dataset: as `AttributionSchema`, with the originator
 * and every intermediary named by the id of a source in the dataset's
 * `sources`, so that a source is written once however many claims it made.
 */
export const DatasetAttributionSchema = AttributionSchema.extend({
  /** The id of the originator in the dataset's `sources`. */
  originator: IdSchema,
  relay: z.array(DatasetRelayStepSchema).optional(),
});

/** A relay step of a dataset claim: a channel, or an intermediary named by id. */
export type DatasetRelayStep = z.infer<typeof DatasetRelayStepSchema>;
/** An attribution whose sources are named by id. */
export type DatasetAttribution = z.infer<typeof DatasetAttributionSchema>;
