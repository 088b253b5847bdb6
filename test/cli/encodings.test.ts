// Text in another encoding than UTF-8, and byte-order marks: a UTF-16 or
// UTF-32 file is named as such (not-text, "save it as UTF-8"), a second
// byte-order mark at the start is refused at 1:1, and one inside the JSON is
// named U+FEFF at its place — by check, report and extract, from a file or
// standard input.
import { afterAll, describe, expect, it } from "vitest";

import { fingerprint, fogcount, SEED_JSON, workspace } from "./run.js";

const ws = workspace();
afterAll(() => ws.done());

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const ARTICLE = "South Korea's spy agency said about 4,700 North Korean troops had been killed or wounded.\n";

const utf16le = (text: string): Buffer => Buffer.from(text, "utf16le");
const utf16be = (text: string): Buffer => utf16le(text).swap16();

/** Text in UTF-32, one four-byte unit a code point. */
const utf32 = (text: string, big: boolean): Buffer =>
  Buffer.concat(
    [...text].map((c) => {
      const unit = Buffer.alloc(4);
      if (big) unit.writeUInt32BE(c.codePointAt(0) as number);
      else unit.writeUInt32LE(c.codePointAt(0) as number);
      return unit;
    }),
  );
/** The text with its Latin letters written in Cyrillic, as a Russian dataset would hold more Cyrillic than ASCII outside its keys. */
const cyrillic = (text: string): string => text.replace(/[a-z]/g, (c) => String.fromCharCode(0x430 + c.charCodeAt(0) - 0x61));

const SAVE = "fogcount reads UTF-8: save it as UTF-8";

describe("a file in UTF-16 or UTF-32", () => {
  const cases: [string, (text: string) => Buffer, string][] = [
    ["UTF-16 little-endian with its mark", (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(t)]), `is UTF-16 (little-endian) text, not UTF-8: it starts with the byte-order mark FF FE; ${SAVE}`],
    ["UTF-16 big-endian with its mark", (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(t)]), `is UTF-16 (big-endian) text, not UTF-8: it starts with the byte-order mark FE FF; ${SAVE}`],
    ["UTF-16 little-endian without a mark", utf16le, `looks like UTF-16 (little-endian) text, not UTF-8: its ASCII characters have a NUL byte beside them, as in UTF-16 text; ${SAVE}`],
    ["UTF-16 big-endian without a mark", utf16be, `looks like UTF-16 (big-endian) text, not UTF-8: its ASCII characters have a NUL byte beside them, as in UTF-16 text; ${SAVE}`],
    ["UTF-32 little-endian without a mark", (t) => utf32(t, false), `looks like UTF-32 (little-endian) text, not UTF-8: its characters have NUL bytes for their two high bytes, as in UTF-32 text; ${SAVE}`],
    ["UTF-32 big-endian without a mark", (t) => utf32(t, true), `looks like UTF-32 (big-endian) text, not UTF-8: its characters have NUL bytes for their two high bytes, as in UTF-32 text; ${SAVE}`],
    ["UTF-16 little-endian without a mark, mostly Cyrillic", (t) => utf16le(cyrillic(t)), `looks like UTF-16 (little-endian) text, not UTF-8: its ASCII characters have a NUL byte beside them, as in UTF-16 text; ${SAVE}`],
    ["UTF-16 big-endian without a mark, mostly Cyrillic", (t) => utf16be(cyrillic(t)), `looks like UTF-16 (big-endian) text, not UTF-8: its ASCII characters have a NUL byte beside them, as in UTF-16 text; ${SAVE}`],
    ["UTF-32 little-endian with its mark", (t) => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...t].map((c) => Buffer.from([c.charCodeAt(0), 0, 0, 0]))]), `is UTF-32 (little-endian) text, not UTF-8: it starts with the byte-order mark FF FE 00 00; ${SAVE}`],
  ];

  it.each(cases)("%s is named by fogcount check, report and extract, from a file or standard input", (_name, encode, message) => {
    const path = ws.file("encoded.json", encode(SEED_JSON));
    const before = fingerprint(path);
    expect(fogcount(["check", "encoded.json"], { cwd: ws.dir })).toEqual({ status: 2, stdout: `encoded.json:1:1  error  not-text  ${message}\n`, stderr: "" });
    expect(fogcount(["report", "encoded.json"], { cwd: ws.dir })).toEqual({ status: 2, stdout: "", stderr: `encoded.json:1:1  error  not-text  ${message}\n` });
    expect(fogcount(["check", "-"], { input: encode(SEED_JSON) }).stdout).toBe(`<stdin>:1:1  error  not-text  ${message}\n`);
    expect(fingerprint(path)).toBe(before);
    ws.file("article.txt", encode(ARTICLE));
    expect(fogcount(["extract", "article.txt"], { cwd: ws.dir })).toEqual({ status: 2, stdout: "", stderr: `article.txt:1:1  error  not-text  ${message}\n` });
    expect(fogcount(["extract", "-"], { input: encode(ARTICLE) }).stderr).toBe(`<stdin>:1:1  error  not-text  ${message}\n`);
  });

  it("a binary file with a NUL byte here and there is still called binary, not UTF-16", () => {
    ws.file("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    expect(fogcount(["check", "image.png"], { cwd: ws.dir }).stdout).toBe("image.png:3:1  error  not-text  is a binary file, not text: it holds a NUL byte\n");
  });
});

describe("byte-order marks", () => {
  const SECOND = "starts with a second byte-order mark (U+FEFF, bytes EF BB BF) after the first: the first marks the encoding, the second would be read as part of the text; delete it";

  it("one at the start marks the encoding and is dropped", () => {
    const seed = fogcount(["check", "-"], { input: SEED_JSON });
    expect(fogcount(["check", "-"], { input: Buffer.concat([BOM, Buffer.from(SEED_JSON)]) })).toEqual(seed);
    expect(fogcount(["extract", "-"], { input: Buffer.concat([BOM, Buffer.from(ARTICLE)]) })).toEqual(fogcount(["extract", "-"], { input: ARTICLE }));
  });

  it("two at the start are refused at 1:1 by check, report and extract, from a file or standard input", () => {
    const twice = Buffer.concat([BOM, BOM, Buffer.from(SEED_JSON)]);
    const path = ws.file("twice.json", twice);
    const before = fingerprint(path);
    expect(fogcount(["check", "twice.json"], { cwd: ws.dir })).toEqual({ status: 2, stdout: `twice.json:1:1  error  not-text  ${SECOND}\n`, stderr: "" });
    expect(fogcount(["report", "twice.json"], { cwd: ws.dir })).toEqual({ status: 2, stdout: "", stderr: `twice.json:1:1  error  not-text  ${SECOND}\n` });
    expect(fogcount(["report", "-"], { input: twice }).stderr).toBe(`<stdin>:1:1  error  not-text  ${SECOND}\n`);
    expect(fingerprint(path)).toBe(before);
    ws.file("twice.txt", Buffer.concat([BOM, BOM, Buffer.from(ARTICLE)]));
    expect(fogcount(["extract", "twice.txt"], { cwd: ws.dir })).toEqual({ status: 2, stdout: "", stderr: `twice.txt:1:1  error  not-text  ${SECOND}\n` });
  });

  it("one inside the JSON, between values, is named U+FEFF at its place", () => {
    ws.file("inside.json", SEED_JSON.replace('"format": "fogcount-dataset/1"', '"format":\uFEFF "fogcount-dataset/1"'));
    expect(fogcount(["check", "inside.json"], { cwd: ws.dir })).toMatchObject({
      status: 2,
      stdout: "inside.json:2:12  error  not-json  is not JSON: a byte-order mark (U+FEFF) inside the text, which JSON allows only inside a string (delete it)\n",
    });
    ws.file("nbsp.json", '{"a":\u00a01}');
    expect(fogcount(["check", "nbsp.json"], { cwd: ws.dir }).stdout).toBe("nbsp.json:1:6  error  not-json  is not JSON: a no-break space (U+00A0), which JSON allows only inside a string (delete it)\n");
  });

  it("one inside a string, or inside an article, is text and read as it is", () => {
    const seed = fogcount(["check", "-"], { input: SEED_JSON });
    expect(fogcount(["check", "-"], { input: SEED_JSON.replace('"description": "The', '"description": "\uFEFFThe') })).toEqual(seed);
    expect(fogcount(["extract", "-"], { input: `Intro.\uFEFF ${ARTICLE}` }).status).toBe(0);
  });
});
