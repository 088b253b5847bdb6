// A newsroom's dataset in code: build one from claims, write it as a file
// would hold it, read it back, and check it as `fogcount check` does.
import assert from "node:assert/strict";

import { approx, exact, source } from "fogcount";
import { checkDataset, datasetClaims, datasetFromClaims, parseDataset, safeParseDataset } from "fogcount/dataset";
import { asOf, revisionHistory } from "fogcount/revision";

const spy = source("xx-spy", "intelligence-agency", "Example Intelligence Service", { country: "KR" });
const base = { indicator: { subject: "xx-forces", measure: "killed", unit: "person" }, attribution: { originator: spy } };
const claims = [
  { ...base, id: "jan", estimate: approx(300, "person"), validTime: "2025-01", reportedAt: "2025-01" },
  { ...base, id: "apr", estimate: approx(600, "person"), validTime: "2025-04-30", reportedAt: "2025-04-30" },
  // a blank cell that a spreadsheet turned into 0
  { ...base, id: "may", estimate: exact(0, "person", { text: "—" }), validTime: "2025-05-31", reportedAt: "2025-05-31" },
];

const dataset = datasetFromClaims(claims, { title: "Desk figures", licence: "CC0-1.0", maintainer: "Data desk", date: "2025-06-01" });
const file = JSON.stringify(dataset, null, 2);
const read = parseDataset(JSON.parse(file));
assert.deepEqual(read.sources.map((s) => s.id), ["xx-spy"]);

const findings = checkDataset(read);
for (const f of findings) console.log(`${f.path.join(".")}  ${f.severity}  ${f.code}  ${f.message}`);
assert.deepEqual(findings.map((f) => f.code), ["cumulative-decrease", "unknown-as-zero"]);

// the claims, with their sources in place, for the revision room
const [killed] = revisionHistory(datasetClaims(read));
assert.equal(asOf(killed, { valid: "2025-04-30" })?.id, "apr");

// a file of a newer format is refused with one message saying what to change
const newer = safeParseDataset({ ...JSON.parse(file), format: "fogcount-dataset/2" });
assert.equal(newer.success, false);
console.log(newer.error.issues[0].message);
