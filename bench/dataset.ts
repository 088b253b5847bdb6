// A large fogcount dataset for the benchmark and the tests of scale: monthly
// running totals of many subjects from a few originators, relayed and
// published as real figures are, written as an editor writes JSON (indented).
// Generated where it is used, never committed.
import { closeSync, openSync, writeSync } from "node:fs";

const SOURCES = [
  { id: "xx-spy", kind: "intelligence-agency", name: "Example Intelligence Service", country: "KR" },
  { id: "xx-ministry", kind: "ministry", name: "Example Ministry of Defence", country: "GB" },
  { id: "xx-staff", kind: "military", name: "Example General Staff", country: "UA" },
  { id: "xx-lawmaker", kind: "lawmaker", name: "A. Lawmaker", country: "KR" },
];
const MEASURES = ["killed", "wounded", "casualties", "deployed"];

function month(k: number): string {
  const y = 2020 + Math.floor(k / 12);
  const m = (k % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

/** The claims of subject `s`: a running total a month for 36 months, from one originator. */
function* series(s: number): Generator<unknown> {
  const originator = (SOURCES[s % 3] as (typeof SOURCES)[number]).id;
  const measure = MEASURES[s % MEASURES.length] as string;
  const subject = `unit-${String(s).padStart(6, "0")}`;
  let total = 100 + (s % 97);
  for (let k = 0; k < 36; k++) {
    total += 10 + ((s * 7 + k * 13) % 50);
    const date = month(k);
    const hedged = k % 3 === 0;
    yield {
      id: `${subject}-${measure}-${date}`,
      indicator: { subject, measure, unit: "person" },
      estimate: hedged ? { kind: "approx", value: total, hedge: "about", unit: "person", text: `about ${total}` } : { kind: "exact", value: total, unit: "person", text: String(total) },
      validTime: date,
      reportedAt: date,
      attribution: {
        originator,
        relay: originator === "xx-spy" ? [{ kind: "channel", channel: "briefing", closed: true, date }, { kind: "intermediary", source: "xx-lawmaker", date }] : undefined,
        publications: [{ outlet: "Example News", url: `https://news.example.org/${subject}/${date}`, date }],
      },
      text: `${hedged ? "About" : "A total of"} ${total} ${measure} among ${subject}, as of ${date}.`,
    };
  }
}

/** The opening of a dataset file, up to the first claim. */
function opening(): string {
  const head = { format: "fogcount-dataset/1", metadata: { title: "Generated figures", licence: "CC0-1.0", maintainer: "Benchmark", date: "2025-12-31" }, sources: SOURCES };
  return `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "claims": [\n`;
}

/** The claims of a dataset, written as in the file, a subject (36 claims) at a time, until `done(claims, chars)`. */
function* claimTexts(done: (claims: number, chars: number) => boolean): Generator<string> {
  let claims = 0;
  let chars = 0;
  for (let s = 0; !done(claims, chars); s++) {
    let text = "";
    for (const claim of series(s)) {
      text += `${claims === 0 ? "" : ",\n"}${JSON.stringify(claim, null, 2).replace(/^/gm, "    ")}`;
      claims++;
    }
    chars += text.length;
    yield text;
  }
}

const CLOSING = "\n  ]\n}\n";

/** The text of a dataset of `claims` claims (rounded up to a whole subject of 36). */
export function datasetText(claims: number): string {
  const parts = [opening()];
  for (const text of claimTexts((n) => n >= claims)) parts.push(text);
  parts.push(CLOSING);
  return parts.join("");
}

/** Writes a dataset of about `megabytes` MB to `file`; returns the number of claims. */
export function writeDataset(file: string, megabytes: number): number {
  const fd = openSync(file, "w");
  const open = opening();
  writeSync(fd, open);
  const target = megabytes * 1024 * 1024 - open.length;
  let claims = 0;
  let buffer = "";
  for (const text of claimTexts((_, chars) => chars >= target)) {
    buffer += text;
    claims += 36;
    if (buffer.length > 1 << 20) {
      writeSync(fd, buffer);
      buffer = "";
    }
  }
  writeSync(fd, `${buffer}${CLOSING}`);
  closeSync(fd);
  return claims;
}
