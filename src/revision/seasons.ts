// The seasons of claims: read by their codes, never by an option. Not exported from the package.

import { fail, isObject } from "../_lib/assert.js";

/**
 * `invalid-option` for a `hemisphere` option, which the revision functions do not take: a
 * claim's season is read by its code, so that it sits at one time for every reader. @internal
 */
export function noHemisphere(where: string, options: unknown, path: string): void {
  if (isObject(options) && Object.hasOwn(options, "hemisphere")) {
    const why = "is not an option: a claim's season is read by its code (21–24 and 25–28 northern, 29–32 southern), so that it sits at one time for every reader; write a southern season with codes 29–32 (2024-30 for southern summer 2024)";
    fail(where, `${path}.hemisphere`, why, options["hemisphere"], "invalid-option");
  }
}
