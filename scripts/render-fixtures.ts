// Writes the four charts of the seed fixtures (the NIS 2025 briefing) to
// reports/charts/, which git ignores, to look at them: the casualty revisions,
// the troop deployments, the April casualty breakdown (as stated, and
// reconciled) and the ledger of the exchange. Run it with
//
//   npx tsx scripts/render-fixtures.ts [folder]
//
// and open the .svg files in a browser, or convert them to PNG (rsvg-convert -o x.png x.svg).
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

import { nisBriefing2025CasualtiesApril, nisBriefing2025Claims, nisBriefing2025Deployments, nisBriefing2025Ledger } from "../src/fixtures/index.js";
import { casualtyChart, deploymentChart, ledgerChart, revisionChart } from "../src/render/index.js";
import { revisionHistory } from "../src/revision/index.js";

const folder = resolve(import.meta.dirname, "..", process.argv[2] ?? "reports/charts");
mkdirSync(folder, { recursive: true });

// the casualty figures of the briefing (March and April), and the killed (January and April)
const casualties = revisionHistory(nisBriefing2025Claims.filter((c) => c.indicator.measure === "casualties"));
const killed = revisionHistory(nisBriefing2025Claims.filter((c) => c.indicator.measure === "killed"));

const charts: Readonly<Record<string, string>> = {
  "revisions-casualties.svg": revisionChart(casualties, { title: "NIS: North Korean casualties in Russia" }),
  "revisions-killed.svg": revisionChart(killed, { title: "NIS: North Korean soldiers killed in Russia" }),
  "revisions-casualties-known-2025-03-31.svg": revisionChart(casualties, { known: "2025-03-31", title: "NIS: North Korean casualties, as known at the end of March 2025" }),
  "deployments.svg": deploymentChart(nisBriefing2025Deployments),
  "casualties-april.svg": casualtyChart(nisBriefing2025CasualtiesApril, { title: "NIS: casualties as of 30 April 2025" }),
  "casualties-april-reconciled.svg": casualtyChart(nisBriefing2025CasualtiesApril, { reconcile: true, title: "NIS: casualties as of 30 April 2025, reconciled" }),
  "ledger.svg": ledgerChart(nisBriefing2025Ledger),
};

for (const [name, svg] of Object.entries(charts)) {
  writeFileSync(join(folder, name), `${svg}\n`);
  console.log(`${join(folder, name)}: ${svg.length} characters`);
}
