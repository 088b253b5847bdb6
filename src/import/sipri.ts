import { rethrow } from "../_lib/guard.js";
import { fail, isObject, isText, oneOf, optionsOf, raise } from "../_lib/assert.js";
import { approx, atMost, exact } from "../estimate/constructors.js";
import type { Estimate } from "../estimate/schema.js";
import { checkParty, placeFor } from "../ledger/check.js";
import { ledger } from "../ledger/constructors.js";
import type { Ledger, LedgerEntry, LedgerParty } from "../ledger/schema.js";
import { attributionProblem } from "../provenance/check.js";
import type { Attribution } from "../provenance/schema.js";
import type { RecordIssue } from "./error.js";
import { throwIssues } from "./error.js";
import { decode, readTable, SIPRI_COLUMNS } from "./sipri-csv.js";
import type { SipriRow } from "./sipri-csv.js";

/**
 * The unit of SIPRI trend-indicator values as the register states them: in
 * millions ("SIPRI trend-indicator values (TIVs) are in millions"). A TIV is a
 * volume index of arms transfers, not money (SIPRI Arms Transfers Database,
 * "Sources and methods", https://www.sipri.org/databases/armstransfers/sources-and-methods),
 * so a ledger keeps it as an index value that never adds up with a currency.
 *
 * @category Import
 * @example
 * SIPRI_TIV_UNIT;
 * //=> "SIPRI-TIV-million"
 */
export const SIPRI_TIV_UNIT = "SIPRI-TIV-million";

/** Options for {@link importSipriTradeRegister}. */
export interface SipriOptions {
  /** The two parties: ISO 3166-1 alpha-2 codes, and names as the register writes them (`"North Korea"`, `"Russia"`). */
  readonly parties: readonly [LedgerParty, LedgerParty];
  /** How bytes are read: `"latin1"` (ISO-8859-1, SIPRI's encoding and the default) or `"utf-8"`. A string is read as it is. */
  readonly encoding?: "latin1" | "utf-8";
  /** Who states the figures: SIPRI, with the register's date of generation, when left out. */
  readonly attribution?: Attribution;
  /** The start of every entry id; `"sipri"` by default. */
  readonly idPrefix?: string;
}

const [RECIPIENT, SUPPLIER, ORDER_YEAR, ORDER_YEAR_Q, ORDERED, ORDERED_Q, DESIGNATION, DESCRIPTION, DELIVERED, DELIVERED_Q, YEARS, STATUS, COMMENTS, , TIV_ORDER, TIV_DELIVERED] =
  SIPRI_COLUMNS.map((_, k) => k) as number[] as [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number];

interface Settings {
  readonly parties: readonly [LedgerParty, LedgerParty];
  readonly attribution: Attribution | undefined;
  readonly idPrefix: string;
  readonly encoding: "latin1" | "utf-8";
}

function settingsOf(where: string, options: SipriOptions): Settings {
  if (!isObject(options) || Array.isArray(options)) fail(where, "options", "must be an object: { parties, encoding?, attribution?, idPrefix? }", options, "invalid-option");
  const o = optionsOf(where, options, "options", ["parties", "encoding", "attribution", "idPrefix"]);
  const place = placeFor(where, "invalid-option");
  const given: unknown = o.parties;
  if (!Array.isArray(given) || given.length !== 2) fail(where, "options.parties", "must be two parties: [{ code, name }, { code, name }]", given, "invalid-option");
  const parties = [checkParty(place, "options.parties[0]", given[0]), checkParty(place, "options.parties[1]", given[1])] as const;
  if (parties[0].code === parties[1].code) fail(where, "options.parties[1].code", "must differ from the other party's", parties[1].code, "invalid-option");
  if (o.attribution !== undefined) raise(where, "options.attribution", attributionProblem(o.attribution), "invalid-option");
  if (o.idPrefix !== undefined && !(isText(o.idPrefix) && /^\S+$/.test(o.idPrefix))) fail(where, "options.idPrefix", "must be non-empty text without whitespace", o.idPrefix, "invalid-option");
  const encoding = oneOf(where, "options.encoding", o.encoding ?? "latin1", ["latin1", "utf-8"] as const);
  return { parties, attribution: o.attribution, idPrefix: o.idPrefix ?? "sipri", encoding };
}

/** SIPRI as the originator, with the register as the publication. */
function sipri(generated: string | undefined): Attribution {
  return {
    originator: { id: "sipri", kind: "ngo", name: "Stockholm International Peace Research Institute (SIPRI)", country: "SE" },
    publications: [{ outlet: "SIPRI Arms Transfers Database", title: "Trade register", ...(generated !== undefined && { date: generated }) }],
  };
}

/** A field read as it must be; an issue naming line and column otherwise. */
function field(row: SipriRow, k: number, pattern: RegExp, issues: RecordIssue[], what: string): string | undefined {
  const value = (row.fields[k] as string).trim();
  if (pattern.test(value)) return value;
  const path = `line ${row.line}, ${SIPRI_COLUMNS[k] === "?" ? `the "?" column after ${SIPRI_COLUMNS[k - 1]}` : SIPRI_COLUMNS[k]}`;
  issues.push({ path, message: `${path}: expected ${what}, got ${JSON.stringify(value)}` });
  return undefined;
}

// At most 15 digits: every such whole number is a double as written (past 2^53, "99999999999999999999999" would read as another number)
const COUNT = /^$|^\d{1,15}$/;
const TIV = /^$|^\d{1,15}(\.\d+)?$/;
const MARK = /^\??$/;

/** A count as stated: exact, or approximate where the register marks it `?`; undefined where it is empty (unknown). */
function counted(value: string, uncertain: boolean, unit: string): Estimate | undefined {
  if (value === "") return undefined;
  const n = Number(value);
  return uncertain ? approx(n, unit, { text: `${value}?` }) : exact(n, unit, { text: value });
}

/** A TIV column as an index value: empty is unknown; `0` is below 0.5 million (the register's own rule for delivered weapons), never zero. */
function tiv(value: string, uncertain: boolean): LedgerEntry["value"] {
  if (value === "") return undefined;
  const n = Number(value);
  const estimate = n === 0 ? atMost(0.5, SIPRI_TIV_UNIT, { strict: true, text: value }) : uncertain ? approx(n, SIPRI_TIV_UNIT, { text: value }) : exact(n, SIPRI_TIV_UNIT, { text: value });
  return { estimate, basis: "index", reference: "SIPRI TIV" };
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "item";

/**
 * Whether a row states more delivered than ordered, both as exact counts: no record of
 * the register does, and reading one would give a delivery the order cannot hold. An
 * issue names the line and column. A count marked `?` is approximate, and may be either.
 */
function moreDelivered(row: SipriRow, ordered: string, delivered: string, uncertain: boolean, issues: RecordIssue[]): boolean {
  if (uncertain || ordered === "" || delivered === "" || Number(delivered) <= Number(ordered)) return false;
  const path = `line ${row.line}, Number delivered`;
  issues.push({ path, message: `${path}: ${delivered} delivered is more than the ${ordered} ordered (neither marked "?")` });
  return true;
}

/** The entries of one row: the order, and the deliveries if any. */
function entriesOf(row: SipriRow, from: string, to: string, s: Settings, attribution: Attribution, issues: RecordIssue[], seen: Map<string, number>): LedgerEntry[] {
  const before = issues.length;
  const year = field(row, ORDER_YEAR, /^\d{4}$/, issues, "a year");
  const marks = [ORDER_YEAR_Q, ORDERED_Q, DELIVERED_Q].map((k) => field(row, k, MARK, issues, '"?" or nothing') === "?");
  const ordered = field(row, ORDERED, COUNT, issues, "a whole number of at most 15 digits, or nothing") ?? "";
  const delivered = field(row, DELIVERED, COUNT, issues, "a whole number of at most 15 digits, or nothing") ?? "";
  const years = field(row, YEARS, /^$|^\d{4}(; \d{4})*$/, issues, 'years separated by "; " or nothing') ?? "";
  const [tivOrder, tivDelivered] = [TIV_ORDER, TIV_DELIVERED].map((k) => field(row, k, TIV, issues, "a number of at most 15 whole digits, or nothing") ?? "");
  const [designation, description] = [DESIGNATION, DESCRIPTION].map((k) => field(row, k, /\S/, issues, "text"));
  if (issues.length > before) return [];
  if (moreDelivered(row, ordered, delivered, marks[1] === true || marks[2] === true, issues)) return [];
  const unit = description as string;
  const secondHand = row.fields[STATUS]?.trim().toLowerCase() === "second hand";
  const common = {
    from,
    to,
    category: "weapon-systems" as const,
    item: `${designation} (${description})${secondHand ? ", second-hand" : ""}`,
    evidence: "reported" as const,
    attribution,
    ...(row.fields[COMMENTS]?.trim() && { text: (row.fields[COMMENTS] as string).trim() }),
  };
  // Two rows of one direction, year and designation are told apart as ~2, ~3 … in file order.
  const base = `${s.idPrefix}:${from}-${to}:${year}:${slug(designation as string)}`;
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  const id = n === 1 ? base : `${base}~${n}`;
  const orderedYear = `${year}${marks[0] ? "?" : ""}`;
  // The register reads 0 as "below 0.5 million" for delivered weapons only: a 0 for an order's total (175 orders in
  // the 2025 export, nuclear submarines among them) is a value not yet assessed, unknown, as where the number ordered is not known.
  const orderValue = ordered === "" || Number(tivOrder) === 0 ? undefined : tiv(tivOrder as string, marks[1] === true);
  const out: LedgerEntry[] = [
    { id: `${id}:ordered`, ...common, ...optional("quantity", counted(ordered, marks[1] === true, unit)), ...optional("value", orderValue), stage: "ordered", period: orderedYear },
  ];
  if ((delivered !== "" && !(delivered === "0" && !marks[2])) || years !== "") {
    const list = years === "" ? [] : years.split("; ").sort();
    const period = list.length === 0 ? `${orderedYear}/..` : list.length === 1 || list[0] === list[list.length - 1] ? (list[0] as string) : `${list[0]}/${list[list.length - 1]}`;
    out.push({ id: `${id}:delivered`, ...common, ...optional("quantity", counted(delivered, marks[2] === true, unit)), ...optional("value", tiv(tivDelivered as string, marks[2] === true)), stage: "delivered", period });
  }
  return out;
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [k in K]: V }));

/**
 * A ledger from a SIPRI Arms Transfers Database trade-register export (CSV):
 * every row between the two parties, in both directions. Each row is an
 * order (stage `ordered`: the number ordered, the TIV for the total order,
 * the year of order) and, where something was delivered, a delivery (stage
 * `delivered`: the number delivered, the TIV of delivered weapons, the years
 * of delivery, `; `-separated, as an EDTF interval). Quantities count in the
 * weapon description (`"surface-to-surface missile"`); the category is
 * `weapon-systems` (SIPRI's major conventional arms); the comment is the text.
 *
 * Read as the register's preamble says: a `?` makes the figure before it
 * approximate; an empty number is unknown, never zero (no quantity, no
 * value; a total-order TIV beside an empty number ordered is unknown whatever
 * it says); a `0` TIV of delivered weapons means below 0.5 million,
 * `atMost(0.5, …, { strict: true })`, and a `0` for an order's total is unknown.
 * TIV columns become index values in {@link SIPRI_TIV_UNIT}, never money.
 * Bytes are decoded as Latin-1 (ISO-8859-1) unless `encoding` says UTF-8; the
 * preamble is skipped to the header, which must be the trade-register layout;
 * a record cut in two by a line break in its comment is joined again.
 *
 * @category Import
 * @throws {FogcountError} `invalid-argument` for input that is neither text nor bytes, text with U+FFFD replacement characters (bytes decoded with the wrong encoding), or bytes that are not UTF-8 when `encoding` says they are; `invalid-record` for a file without the trade-register header, a record without 16 fields, or a row between the parties with a field that cannot be read (a year, a count, a TIV, a `?` column) or with more delivered than ordered (both exact, neither marked `?`), named by line and column; `invalid-option` for options that are not an object, an option it does not take, parties that are not two different `{ code, name }` or a name that is neither recipient nor supplier in the register, an attribution that is not one, an id prefix with whitespace or an unknown encoding.
 * @example
 * const kpRu = importSipriTradeRegister(readFileSync("trade-register.csv"), {
 *   parties: [{ code: "KP", name: "North Korea" }, { code: "RU", name: "Russia" }],
 * });
 * flows(kpRu, { from: "KP", stage: "delivered" }).map((e) => e.quantity);
 * //=> [{ kind: "exact", value: 100, text: "100", unit: "surface-to-surface missile" }, { kind: "exact", value: 10, text: "10", unit: "self-propelled gun" }]
 */
export function importSipriTradeRegister(csv: string | Uint8Array, options: SipriOptions): Ledger {
  try {
    const where = "importSipriTradeRegister";
    const s = settingsOf(where, options);
    const table = readTable(where, decode(where, csv, s.encoding));
    const attribution = s.attribution ?? sipri(table.generated);
    const [p, q] = s.parties;
    const names = new Set<string>();
    const issues: RecordIssue[] = [];
    const entries: LedgerEntry[] = [];
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      const recipient = (row.fields[RECIPIENT] as string).trim();
      const supplier = (row.fields[SUPPLIER] as string).trim();
      names.add(recipient).add(supplier);
      const from = supplier === p.name && recipient === q.name ? p.code : supplier === q.name && recipient === p.name ? q.code : undefined;
      if (from !== undefined && issues.length < 100) entries.push(...entriesOf(row, from, from === p.code ? q.code : p.code, s, attribution, issues, seen));
    }
    throwIssues(where, issues);
    s.parties.forEach((party, k) => {
      if (!names.has(party.name)) fail(where, `options.parties[${k}].name`, "is neither a recipient nor a supplier in the register (names as the register writes them)", party.name, "invalid-option");
    });
    return ledger({ parties: [p, q], entries });
  } catch (error) {
    rethrow("importSipriTradeRegister", { csv, options }, error);
  }
}
