// The zod side of `isBlank`: text fields of the schemas that must say something. Imported by
// schema files only, so that functions never bundle zod. Not exported from the package.

import { z } from "zod";

import { blankWhy, ID_PATTERN, VISIBLE } from "./blank.js";

/**
 * Required text, trimmed (and in Unicode NFC with `nfc`), that is not blank (see `isBlank`):
 * `""` is refused as `${what} must not be empty`, `"\u200b"` as `${what} is blank: only white
 * space or characters a reader cannot see ("\u200b")`. Its JSON Schema has `minLength: 1` and
 * a `pattern` of one visible character (ECMA-262 with the `u` flag, as Ajv reads patterns). @internal
 */
export function nonBlank(what: string, nfc = false, empty = `${what} must not be empty`) {
  const trimmed = z.string().trim();
  return (nfc ? trimmed.normalize("NFC") : trimmed)
    .min(1, { message: empty, abort: true })
    .regex(VISIBLE, { error: (issue) => `${what} ${blankWhy(String(issue.input))}` });
}

/** An id, as `IdSchema` reads it: no white space, and not blank (see `isBlank`). @internal */
export const idText = (message: string) =>
  z.string().regex(ID_PATTERN, {
    error: (issue) => (typeof issue.input === "string" && /^\S+$/.test(issue.input) ? `an id ${blankWhy(issue.input)}` : message),
  });
