// What the builders of fogcount/testing share: the checks of the arguments
// their methods take, the default a report time falls back on, and the
// renaming of a room's error for the builder that called it. An object given
// is kept as a deep frozen copy (`frozenCopy`, as `claim()` keeps what it is
// given), so that editing it afterwards changes neither the builder nor what
// it builds. Not exported from the package.

import { fail, isId, isObject, isText } from "../../_lib/assert.js";
import { frozenCopy } from "../../_lib/frozen.js";
import { FogcountError, isFogcountError } from "../../errors.js";
import type { FogcountErrorCode } from "../../errors.js";
import { checkEstimate } from "../../estimate/read.js";
import type { Estimate } from "../../estimate/schema.js";
import { sourceProblem } from "../../provenance/check.js";
import type { Source } from "../../provenance/schema.js";
import { clockBounds } from "../../revision/clock.js";
import { parsePeriod } from "../../time/edtf.js";

/** An id: non-empty text without whitespace. @internal */
export function idArg(where: string, path: string, value: unknown): string {
  if (!isId(value)) fail(where, path, "must be an id: non-empty text without whitespace", value);
  return value;
}

/** Non-empty text, trimmed. @internal */
export function textArg(where: string, path: string, value: unknown): string {
  if (!isText(value)) fail(where, path, "must be non-empty text", value);
  return value.trim();
}

/** An EDTF date or interval, as written. @internal */
export function timeArg(where: string, path: string, value: unknown): string {
  const read = typeof value === "string" ? parsePeriod(value) : undefined;
  if (read === undefined || !read.ok) fail(where, path, `must be an EDTF date or interval${read === undefined ? "" : ` (${read.reason})`}`, value);
  return value as string;
}

/** Throws `invalid-argument` for one of the kit's builders (an object with a `build` method) given at `path`, where what it builds is wanted. @internal */
export function notBuilder(where: string, path: string, value: unknown): void {
  if (isObject(value) && typeof (value as { build?: unknown }).build === "function") {
    throw new FogcountError("invalid-argument", `${where}: ${path} is a builder, not what it builds: call .build() on it`, { path });
  }
}

/** An estimate, copied (deep, frozen) and checked as every function of the estimate room checks one. @internal */
export function estimateArg(where: string, path: string, value: unknown): Estimate {
  notBuilder(where, path, value);
  const copy = frozenCopy(value);
  checkEstimate(copy as Estimate, where, path);
  return copy as Estimate;
}

/** An ISO 3166-1 alpha-2 code. @internal */
export function countryArg(where: string, path: string, value: unknown): string {
  if (!(typeof value === "string" && /^[A-Z]{2}$/.test(value))) fail(where, path, "must be an ISO 3166-1 alpha-2 code: two uppercase letters", value);
  return value;
}

/** One of a list of words. @internal */
export function wordArg<T extends string>(where: string, path: string, value: unknown, words: readonly T[]): T {
  if (!(words as readonly unknown[]).includes(value)) fail(where, path, `must be one of ${words.join(", ")}`, value);
  return value as T;
}

/** A list of ids, each checked, none repeated. @internal */
export function idsArg(where: string, path: string, value: readonly unknown[]): string[] {
  if (value.length === 0) fail(where, path, "must name at least one id", value);
  for (let i = 0; i < value.length; i++) idArg(where, `${path}[${i}]`, value[i]);
  if (new Set(value).size !== value.length) fail(where, path, "must not repeat an id", value);
  return [...(value as string[])];
}

/**
 * An id made of words: in Unicode normal form C (so that "São" gives one id however its tilde
 * is written), lowercase, runs of anything but letters, marks and digits as one hyphen. @internal
 */
export function slug(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "x";
}

/**
 * A source: one given whole (copied, and checked as `SourceSchema` checks it), or a name,
 * which makes a source of kind `"other"` with the name as given (trimmed, in normal form C) and an id of
 * its words (`"NIS"` is `{ id: "nis", kind: "other", name: "NIS" }`). @internal
 */
export function sourceArg(where: string, path: string, value: unknown): Source {
  if (typeof value === "string") return { id: slug(textArg(where, path, value)), kind: "other", name: value.trim().normalize("NFC") };
  if (!isObject(value)) fail(where, path, "must be a source, or the name of one", value);
  const copy = frozenCopy(value);
  const problem = sourceProblem(copy);
  if (problem !== undefined) fail(where, `${path}${problem[0]}`, problem[1], problem[2]);
  return copy as unknown as Source;
}

/** The last day a time allows, as an ISO date (a date and time, its day in UTC, as the clocks place it): what a report time defaults to. @internal */
export function lastDayOf(edtf: string): string | undefined {
  const read = parsePeriod(edtf);
  return read.ok ? (clockBounds(read.value).latest ?? undefined) : undefined;
}

/** Throws `code` for a part `build()` needs and was not given, saying which method gives it. @internal */
export function missing(where: string, path: string, method: string, code: FogcountErrorCode): never {
  throw new FogcountError(code, `${where}: ${path} is missing: give it with ${method}`, { path });
}

/** Throws `error`, named for `to` when `from` threw it. @internal */
export function renamed(error: unknown, from: string, to: string): never {
  if (isFogcountError(error) && error.message.startsWith(`${from}:`)) {
    throw new FogcountError(error.code, `${to}:${error.message.slice(from.length + 1)}`, error.details);
  }
  throw error;
}
