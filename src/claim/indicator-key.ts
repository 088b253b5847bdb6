import { fail, isObject } from "../_lib/assert.js";
import { guarded } from "../_lib/guard.js";
import { CASUALTY_PARTS } from "./measures.js";
import type { Indicator } from "./schema.js";

/** What {@link indicatorKey} reads: a claim, or any object with its indicator, originator id and modality. */
export interface IndicatorKeyInput {
  readonly indicator: Indicator;
  readonly attribution: { readonly originator: { readonly id: string } };
  /** The claim's modality; `"asserted"` when left out. */
  readonly modality?: string | undefined;
}

/**
 * Text as a field of a key is read (a subject, a unit, a scope): trimmed, and in Unicode
 * normalization form C, so that "São" written with a combining tilde (as some systems
 * write it) is the "São" another source writes with one character; `ClaimSchema` reads
 * these fields the same way. @internal
 */
export function keyText(text: string): string {
  const t = text.trim();
  return BELOW_COMBINING.test(t) ? t : t.normalize("NFC");
}

/**
 * Text of characters below U+0300 only, the first combining mark: every such character is
 * its own normal form C (NFC_Quick_Check=Yes, Unicode Standard Annex #15), and none combines
 * with the one before it, so the text is in form C as it is; the test is several times
 * cheaper than normalizing.
 */
const BELOW_COMBINING = /^[\u0000-\u02ff]*$/;

function escape(text: string): string {
  return text.includes("\\") || text.includes("|") ? text.replaceAll("\\", "\\\\").replaceAll("|", "\\|") : text;
}

/** The parts a casualty figure counts, in a stable order; "" for all four or unsaid. @internal */
export function includesPart(indicator: Indicator): string {
  const includes = indicator.includes;
  if (includes === undefined) return "";
  const parts = CASUALTY_PARTS.filter((part) => includes.includes(part));
  return parts.length === CASUALTY_PARTS.length ? "" : parts.join("+");
}

/**
 * A stable key for the series a claim belongs to: the same subject, measure,
 * unit, scope, casualty parts, aggregation and modality from the same
 * originator. Claims with equal keys are revisions of one another; distinct
 * indicators never share a key, so a plan never revises an assessment and a
 * one-week flow never revises a running total.
 *
 * Subject, unit and scope are read trimmed and in Unicode normalization form C, as
 * `claim()` and `ClaimSchema` read them.
 * The key is six fields joined by `|`, in the order subject, measure, unit,
 * scope, casualty parts, originator id; `\` and `|` inside a field are escaped
 * with `\`; a missing scope is an empty field; `includes` is written in the
 * order of `CASUALTY_PARTS`, and listing all four is the same as leaving it out.
 * A claim that is not an asserted stock (the defaults) has two more fields,
 * its aggregation and its modality, so the keys of asserted stocks are what
 * they always were. The format is stable across versions; compare keys, do not parse them.
 *
 * @category Claim
 * @throws {FogcountError} `invalid-argument` for a value without an indicator (subject, measure and unit as text, scope and aggregation as text if given, includes as a list if given) or an originator id, or a modality that is not text, or one that cannot be read (a getter that throws, a revoked proxy).
 * @example
 * indicatorKey({
 *   indicator: { subject: "kp-forces-in-russia", measure: "killed", unit: "person" },
 *   attribution: { originator: { id: "kr-nis" } },
 * });
 * //=> "kp-forces-in-russia|killed|person|||kr-nis"
 * indicatorKey({
 *   indicator: { subject: "kp-forces-in-russia", measure: "deployed", unit: "person" },
 *   attribution: { originator: { id: "kr-nis" } },
 *   modality: "planned",
 * });
 * //=> "kp-forces-in-russia|deployed|person|||kr-nis|stock|planned"
 */
export function indicatorKey(claim: IndicatorKeyInput): string {
  return guarded("indicatorKey", { claim }, () => checkedKey(claim));
}

function checkedKey(claim: IndicatorKeyInput): string {
  const indicator = (isObject(claim) ? claim.indicator : undefined) as Readonly<Record<string, unknown>> | undefined;
  const id: unknown = (claim as { attribution?: { originator?: { id?: unknown } } } | undefined)?.attribution?.originator?.id;
  const modality: unknown = isObject(claim) ? (claim.modality ?? "") : "";
  // a scope or aggregation left out is undefined, never null: null is no text, and is refused
  const optional = (name: string): unknown => (indicator?.[name] === undefined ? "" : indicator[name]);
  const texts = [indicator?.["subject"], indicator?.["measure"], indicator?.["unit"], optional("scope"), optional("aggregation"), id, modality];
  if (!texts.every((t) => typeof t === "string") || !(indicator?.["includes"] === undefined || Array.isArray(indicator["includes"]))) {
    fail("indicatorKey", "claim", "must have an indicator with subject, measure and unit, and an originator id", claim);
  }
  // subject, unit and scope trimmed and normalized, as claim() and ClaimSchema read them
  const i = claim.indicator;
  const trimmed = { ...i, subject: keyText(i.subject), unit: keyText(i.unit), ...(i.scope !== undefined && { scope: keyText(i.scope) }) };
  return keyOf({ indicator: trimmed, attribution: claim.attribution, modality: claim.modality });
}

/** {@link indicatorKey} for a claim already checked. @internal */
export function keyOf(claim: IndicatorKeyInput): string {
  const { indicator } = claim;
  const key = `${escape(indicator.subject)}|${escape(indicator.measure)}|${escape(indicator.unit)}|${escape(indicator.scope ?? "")}|${includesPart(indicator)}|${escape(claim.attribution.originator.id)}`;
  const aggregation = indicator.aggregation ?? "stock";
  const modality = claim.modality ?? "asserted";
  return aggregation === "stock" && modality === "asserted" ? key : `${key}|${escape(aggregation)}|${escape(modality)}`;
}
