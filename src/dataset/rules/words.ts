// How the rules write times in their messages. Not exported from the package.

import { describePeriod } from "../../time/describe.js";
import { parsePeriod } from "../../time/edtf.js";

/** An EDTF time with its reading in words, where the words say more: `2023-01/2023-04 (January–April 2023)`. @internal */
export function when(edtf: string): string {
  const read = parsePeriod(edtf);
  const words = read.ok ? describePeriod(read.value) : edtf;
  return words === edtf ? edtf : `${edtf} (${words})`;
}
