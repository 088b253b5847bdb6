// Text written in an encoding other than UTF-8 that can be told by its bytes:
// UTF-16 and UTF-32, by their byte-order marks or, for UTF-16 without one, by
// the NUL byte beside every ASCII character. Such a file would otherwise be
// called binary (it holds NUL bytes) or not UTF-8, without saying what it is.

/** The byte-order marks of UTF-32 and UTF-16, longest first (FF FE 00 00 starts UTF-32 LE, and FF FE starts UTF-16 LE). */
const MARKS: readonly (readonly [readonly number[], string])[] = [
  [[0xff, 0xfe, 0x00, 0x00], "UTF-32 (little-endian)"],
  [[0x00, 0x00, 0xfe, 0xff], "UTF-32 (big-endian)"],
  [[0xff, 0xfe], "UTF-16 (little-endian)"],
  [[0xfe, 0xff], "UTF-16 (big-endian)"],
];

/** How many bytes are looked at for the pattern of UTF-16 without a mark. */
const SAMPLE = 4096;

/** The share of two-byte units, at least, that must be an ASCII character beside a NUL. */
const SHARE = 0.9;

/** Whether the first bytes have the pattern of UTF-16 text without a mark: a NUL beside nearly every other byte, on one side. */
function utf16Pattern(bytes: Uint8Array): "little-endian" | "big-endian" | undefined {
  const units = Math.floor(Math.min(bytes.length, SAMPLE) / 2);
  if (units < 2) return undefined;
  let little = 0;
  let big = 0;
  for (let i = 0; i < units; i++) {
    const a = bytes[2 * i] as number;
    const b = bytes[2 * i + 1] as number;
    if (b === 0 && a !== 0 && a < 0x80) little++;
    else if (a === 0 && b !== 0 && b < 0x80) big++;
  }
  if (little >= units * SHARE) return "little-endian";
  if (big >= units * SHARE) return "big-endian";
  return undefined;
}

/** An encoding that text was found in: its name, how it was told, and whether by a byte-order mark (else by a pattern, which is a guess). */
export interface OtherEncoding {
  readonly name: string;
  readonly by: string;
  readonly marked: boolean;
}

/**
 * What `bytes` are if they are text in UTF-16 or UTF-32, and how that is known (a byte-order
 * mark, or a NUL byte beside every other byte), or undefined.
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
  const order = utf16Pattern(bytes);
  return order === undefined ? undefined : { name: `UTF-16 (${order})`, by: "every other byte is a NUL byte, as in UTF-16 text", marked: false };
}
