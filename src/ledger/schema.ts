import { z } from "zod";

import { nonBlank } from "../_lib/blank-schema.js";

import { MEASURE_NAME_PATTERN, MEASURE_NAMESPACE_PATTERN } from "../claim/measures.js";
import { EstimateSchema } from "../estimate/schema.js";
import type { Estimate } from "../estimate/schema.js";
import { AttributionSchema, CountryCodeSchema, IdSchema } from "../provenance/schema.js";
import { EdtfSchema } from "../time/schema.js";
import { ENTRY, LEDGER, PARTY, unknownKeys, VALUATION, VALUE } from "./fields.js";
import { isCurrencyCode, LEDGER_CATEGORIES, LEDGER_EVIDENCE, LEDGER_STAGES, LEDGER_VALUE_BASES, NONE_OBSERVED, UNKNOWN_CURRENCY } from "./vocabulary.js";

/** The least value an estimate allows (never below zero for a transfer). */
function lowOf(e: Estimate): number {
  return e.kind === "range" ? e.low : e.kind === "atMost" || e.kind === "magnitude" ? 0 : e.value;
}

const nonNegative = (e: Estimate): boolean => lowOf(e) >= 0;
const NEGATIVE = { message: "a quantity or value of a transfer is never below zero" };

/**
 * One of the two parties of a ledger: an ISO 3166-1 alpha-2 country code and
 * the name reporting uses.
 *
 * @example
 * LedgerPartySchema.parse({ code: "KP", name: "North Korea" });
 * //=> { code: "KP", name: "North Korea" }
 */
export const LedgerPartySchema = z.strictObject(
  {
    /** ISO 3166-1 alpha-2: two uppercase letters. */
    code: CountryCodeSchema,
    /** Read trimmed and in Unicode normalization form C, as `ledger()` stores it. */
    name: nonBlank("a party's name", true),
  },
  { error: unknownKeys(PARTY) },
);

/** A category: one of `LEDGER_CATEGORIES`, or `namespace:name` in lowercase. */
export const LedgerCategorySchema = z.union(
  [z.enum(LEDGER_CATEGORIES), z.templateLiteral([z.string().regex(MEASURE_NAMESPACE_PATTERN), ":", z.string().regex(MEASURE_NAME_PATTERN)])],
  { error: "a category must be one of LEDGER_CATEGORIES or namespace:name in lowercase" },
);

/** How far a transfer has gone; see `LEDGER_STAGES`. */
export const LedgerStageSchema = z.enum(LEDGER_STAGES);

/** What the source has for a transfer; see `LEDGER_EVIDENCE`. */
export const LedgerEvidenceSchema = z.enum(LEDGER_EVIDENCE);

/** How a value was reached; see `LEDGER_VALUE_BASES`. */
export const LedgerValueBasisSchema = z.enum(LEDGER_VALUE_BASES);

/**
 * The value of a transfer and how it was reached. Money (`stated`,
 * `price-list`) is in an ISO 4217 currency code, current (list one as
 * published on 2026-01-01, `XXX` and `XTS` aside) or withdrawn (list three:
 * `"BGN"`, `"DEM"`), or `"unknown"` where the source
 * names no currency; an `index` (SIPRI TIV) is in a unit of its own,
 * never a currency code, so that it never adds up with money.
 *
 * @example
 * LedgerValueSchema.parse({ estimate: { kind: "exact", value: 250, unit: "SIPRI-TIV-million" }, basis: "index", reference: "SIPRI TIV" }).basis;
 * //=> "index"
 */
export const LedgerValueSchema = z
  .strictObject(
    {
      estimate: EstimateSchema.refine(nonNegative, NEGATIVE),
      basis: LedgerValueBasisSchema,
      /** Which price list or index: `"SIPRI TIV"`. */
      reference: nonBlank("a reference", true).optional(),
    },
    { error: unknownKeys(VALUE) },
  )
  .superRefine((value, ctx) => {
    const unit = value.estimate.unit;
    const money = isCurrencyCode(unit) || unit === UNKNOWN_CURRENCY;
    if (value.basis === "index" ? money : !money) {
      ctx.addIssue({
        code: "custom",
        path: ["estimate", "unit"],
        message:
          value.basis === "index"
            ? "an index is not money: its unit must not be a currency code or \"unknown\""
            : "money is in an ISO 4217 currency code, current (list one of 2026-01-01) or withdrawn (list three), or \"unknown\" where the source names none",
      });
    }
  });

const common = {
  id: IdSchema,
  /** What was sent, as the source says it: "air-defence missiles"; read trimmed and in Unicode normalization form C, as `ledger()` stores it. */
  item: nonBlank("an item", true),
  value: LedgerValueSchema.optional(),
  /** When, as EDTF: the time of the transfer, or the span it is known to fall in. */
  period: EdtfSchema,
  attribution: AttributionSchema,
  /** The ids of the claims this entry rests on. */
  claims: z.array(IdSchema).optional(),
  /** The sentence as the source wrote it. */
  text: z.string().optional(),
};

/**
 * One transfer from one party to the other: what (category, item), how many
 * (`quantity`, left out when unknown), worth what (`value`, left out when
 * unknown), how far it went (`stage`), on what evidence, when, and who says so.
 * An entry with the evidence `none-observed` (the source saw no sign of the
 * transfer) has neither a quantity nor a value.
 *
 * @example
 * LedgerEntrySchema.parse(nisBriefing2025Ledger.entries[0]).category;
 * //=> "personnel"
 */
export const LedgerEntrySchema = z
  .strictObject(
    {
      ...common,
      from: CountryCodeSchema,
      to: CountryCodeSchema,
      category: LedgerCategorySchema,
      quantity: EstimateSchema.refine(nonNegative, NEGATIVE).optional(),
      stage: LedgerStageSchema,
      evidence: LedgerEvidenceSchema,
    },
    { error: unknownKeys(ENTRY) },
  )
  .superRefine((e, ctx) => {
    if (e.from === e.to) ctx.addIssue({ code: "custom", path: ["to"], message: `must be the other party than from (${JSON.stringify(e.from)}): an entry goes from one party to the other` });
    if (e.evidence !== "none-observed") return;
    for (const key of ["quantity", "value"] as const) if (e[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: `${key} ${NONE_OBSERVED}` });
  });

/**
 * A value stated for more than one entry: the exchange as a whole ("worth
 * billions"), or all one party sent (`from` and `to`). Listed apart, never
 * added to the entries' values.
 *
 * @example
 * LedgerValuationSchema.parse(nisBriefing2025Ledger.valuations[0]).value.estimate.kind;
 * //=> "magnitude"
 */
export const LedgerValuationSchema = z
  .strictObject(
    {
      ...common,
      value: LedgerValueSchema,
      from: CountryCodeSchema.optional(),
      to: CountryCodeSchema.optional(),
    },
    { error: unknownKeys(VALUATION) },
  )
  .refine((v) => (v.from === undefined) === (v.to === undefined) && (v.from === undefined || v.from !== v.to), {
    message: "a valuation names both parties (from and to, different) or neither",
    path: ["to"],
  });

/**
 * What two parties sent each other: the parties, the entries, and the
 * valuations of more than one entry. Ids are unique across entries and
 * valuations, and every entry goes from one party to the other.
 *
 * @example
 * LedgerSchema.parse(nisBriefing2025Ledger).parties;
 * //=> [{ code: "KP", name: "North Korea" }, { code: "RU", name: "Russia" }]
 */
export const LedgerSchema = z
  .strictObject(
    {
      kind: z.literal("ledger"),
      parties: z.tuple([LedgerPartySchema, LedgerPartySchema]),
      entries: z.array(LedgerEntrySchema),
      valuations: z.array(LedgerValuationSchema).default([]),
    },
    { error: unknownKeys(LEDGER) },
  )
  .superRefine((ledger, ctx) => {
    const codes = ledger.parties.map((p) => p.code);
    if (codes[0] === codes[1]) ctx.addIssue({ code: "custom", path: ["parties", 1, "code"], message: "the two parties must differ" });
    const seen = new Set<string>();
    const items = [...ledger.entries.map((e, i) => ["entries", i, e] as const), ...ledger.valuations.map((v, i) => ["valuations", i, v] as const)];
    for (const [list, i, item] of items) {
      if (seen.has(item.id)) ctx.addIssue({ code: "custom", path: [list, i, "id"], message: `the id ${JSON.stringify(item.id)} is used twice` });
      seen.add(item.id);
      for (const end of ["from", "to"] as const) {
        const code = item[end];
        if (code !== undefined && !codes.includes(code)) ctx.addIssue({ code: "custom", path: [list, i, end], message: `${code} is not a party of the ledger` });
      }
    }
  });

/** One of the two parties of a ledger. */
export type LedgerParty = z.infer<typeof LedgerPartySchema>;
/** The value of a transfer and how it was reached. */
export type LedgerValue = z.infer<typeof LedgerValueSchema>;
/** One transfer from one party to the other. */
export type LedgerEntry = z.infer<typeof LedgerEntrySchema>;
/** A value stated for more than one entry. */
export type LedgerValuation = z.infer<typeof LedgerValuationSchema>;
/** What two parties sent each other. */
export type Ledger = z.infer<typeof LedgerSchema>;
/** The JSON a user may write for a ledger (`valuations` may be left out). */
export type LedgerInput = z.input<typeof LedgerSchema>;
