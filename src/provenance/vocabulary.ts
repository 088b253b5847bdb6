import { table } from "../_lib/table.js";

/**
 * The kinds of originator, each with its meaning. A source that fits none
 * is `"other"`.
 *
 * @category Provenance
 * @example
 * SOURCE_KINDS[0];
 * //=> { kind: "intelligence-agency", meaning: "A state intelligence or security service, such as South Korea's NIS." }
 */
export const SOURCE_KINDS = /* @__PURE__ */ table([
  { kind: "intelligence-agency", meaning: "A state intelligence or security service, such as South Korea's NIS." },
  { kind: "ministry", meaning: "A government ministry or department, such as a defence ministry." },
  { kind: "military", meaning: "Armed forces or one of their commands, staffs or units." },
  { kind: "government", meaning: "A government, head of state or government office speaking as a whole." },
  { kind: "official", meaning: "An individual official speaking for an institution, named or not." },
  { kind: "lawmaker", meaning: "A member of a legislature, such as a lawmaker relaying a closed-door briefing." },
  { kind: "outlet", meaning: "A news organisation: a newspaper, broadcaster or news agency." },
  { kind: "ngo", meaning: "A non-governmental organisation, think tank or open-source research group." },
  { kind: "international-organization", meaning: "An intergovernmental body, such as a UN agency." },
  { kind: "other", meaning: "Any other originator; say who in its name." },
] as const);

/** The kind of a source; see {@link SOURCE_KINDS}. */
export type SourceKind = (typeof SOURCE_KINDS)[number]["kind"];

/**
 * The source kinds alone; the schema's enum.
 *
 * @category Provenance
 * @example
 * SOURCE_KIND_NAMES.includes("lawmaker");
 * //=> true
 */
export const SOURCE_KIND_NAMES: readonly SourceKind[] = /* @__PURE__ */ table([
  "intelligence-agency",
  "ministry",
  "military",
  "government",
  "official",
  "lawmaker",
  "outlet",
  "ngo",
  "international-organization",
  "other",
]);

/**
 * The channels a figure can pass through on its way to print, each with its
 * meaning. A channel is an event or a document, not a person: the people who
 * pass a figure on are intermediary steps with a source of their own.
 *
 * @category Provenance
 * @example
 * CHANNELS.map((c) => c.channel).includes("briefing");
 * //=> true
 */
export const CHANNELS = /* @__PURE__ */ table([
  { channel: "briefing", meaning: "A briefing to lawmakers, officials or the press; mark closed-door ones `closed`." },
  { channel: "hearing", meaning: "A legislative or official hearing." },
  { channel: "press-conference", meaning: "A press conference or press briefing." },
  { channel: "statement", meaning: "A written or spoken official statement." },
  { channel: "interview", meaning: "An interview given to an outlet." },
  { channel: "report", meaning: "A published report, assessment or bulletin." },
  { channel: "social-media", meaning: "A post on a social-media account." },
  { channel: "leak", meaning: "A document or remark made public without authorisation." },
  { channel: "other", meaning: "Any other channel; say which in its name." },
] as const);

/** A channel of a relay step; see {@link CHANNELS}. */
export type Channel = (typeof CHANNELS)[number]["channel"];

/**
 * The channels alone; the schema's enum.
 *
 * @category Provenance
 * @example
 * CHANNEL_NAMES[0];
 * //=> "briefing"
 */
export const CHANNEL_NAMES: readonly Channel[] = /* @__PURE__ */ table(["briefing", "hearing", "press-conference", "statement", "interview", "report", "social-media", "leak", "other"]);
