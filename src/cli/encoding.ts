// Text written in an encoding other than UTF-8 that can be told by its bytes:
// UTF-16 and UTF-32, by their byte-order marks or, without one, by the NUL
// bytes beside every ASCII character. Such a file would otherwise be
// called binary (it holds NUL bytes) or not UTF-8, without saying what it is.

/** The byte-order marks of UTF-32 and UTF-16, longest first (FF FE 00 00 starts UTF-32 LE, and FF FE starts UTF-16 LE). */
const MARKS: readonly (readonly [readonly number[], string])[] = [
  [[0xff, 0xfe, 0x00, 0x00], "UTF-32 (little-endian)"],
  [[0x00, 0x00, 0xfe, 0xff], "UTF-32 (big-endian)"],
  [[0xff, 0xfe], "UTF-16 (little-endian)"],
  [[0xfe, 0xff], "UTF-16 (big-endian)"],
];

/** How many bytes are looked at for the pattern of UTF-16 or UTF-32 without a mark. */
const SAMPLE = 4096;

/**
 * The share of code units, at least, that must have the pattern of their encoding, by width:
 * in UTF-16 the spaces and punctuation of text in another script are enough, while in UTF-32
 * every character of the first plane (nearly any text) has two NUL high bytes.
 */
const SHARE = { 2: 0.1, 4: 0.9 } as const;

/** The fewest code units that must have the pattern, whatever the share. */
const MIN_UNITS = 4;

/** The share of code units, at most, that may have the pattern of the other byte order. */
const OTHER = 0.02;

type Order = "little-endian" | "big-endian";

/**
 * Whether the first bytes have the pattern of text in units of `width` bytes without a mark:
 * enough units (see {@link SHARE}) have their high bytes NUL, on one side (an ASCII character,
 * or in UTF-32 any character of the first plane), and nearly none on the other side; a unit that
 * is all NUL (no character) rules it out. A binary file with NUL bytes here and there has
 * neither pattern.
 */
function unitPattern(bytes: Uint8Array, width: 2 | 4): Order | undefined {
  const units = Math.floor(Math.min(bytes.length, SAMPLE) / width);
  if (units < 2) return undefined;
  const half = width / 2;
  let little = 0;
  let big = 0;
  for (let i = 0; i < units; i++) {
    const at = i * width;
    const low = nulls(bytes, at, half);
    const high = nulls(bytes, at + half, half);
    if (low && high) return undefined;
    if (high) little++;
    else if (low) big++;
  }
  // a few NUL bytes in a short binary file are no pattern: at least MIN_UNITS units must show it
  const least = Math.max(units * SHARE[width], MIN_UNITS);
  if (little >= least && big <= units * OTHER) return "little-endian";
  if (big >= least && little <= units * OTHER) return "big-endian";
  return undefined;
}

/** Whether the `n` bytes from `at` are all NUL. */
function nulls(bytes: Uint8Array, at: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (bytes[at + k] !== 0) return false;
  return true;
}

/** An encoding that text was found in: its name, how it was told, and whether by a byte-order mark (else by a pattern, which is a guess). */
export interface OtherEncoding {
  readonly name: string;
  readonly by: string;
  readonly marked: boolean;
}

/**
 * What `bytes` are if they are text in UTF-16 or UTF-32, and how that is known (a byte-order
 * mark, or the NUL bytes of its code units), or undefined.
 *
 * @example
 * otherEncoding(Buffer.from([0xff, 0xfe, 0x7b, 0x00]));
 * //=> { name: "UTF-16 (little-endian)", by: "it starts with the byte-order mark FF FE", marked: true }
 */
export function otherEncoding(bytes: Uint8Array): OtherEncoding | undefined {
  for (const [mark, name] of MARKS) {
    if (mark.every((b, i) => bytes[i] === b)) {
      const hex = mark.map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join(" ");
      return { name, by: `it starts with the byte-order mark ${hex}`, marked: true };
    }
  }
  const wide = unitPattern(bytes, 4);
  if (wide !== undefined) return { name: `UTF-32 (${wide})`, by: "its characters have NUL bytes for their two high bytes, as in UTF-32 text", marked: false };
  const order = unitPattern(bytes, 2);
  return order === undefined ? undefined : { name: `UTF-16 (${order})`, by: "its ASCII characters have a NUL byte beside them, as in UTF-16 text", marked: false };
}
