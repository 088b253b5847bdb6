// The sections of a report, in order. A section is a function of the report's
// context that returns its blocks and data, or nothing when it has nothing to
// say; a new one is a function and a line in SECTIONS.

import type { ReportContext } from "./context.js";
import type { Section } from "./document.js";
import { casualtySection, deploymentSection } from "./figures.js";
import { findingsSection } from "./findings.js";
import { indicatorsSection } from "./indicators.js";
import { ledgerSection } from "./ledger.js";
import { chainsSection, sourcesSection } from "./sources.js";

/** The sections of a report, in the order they are printed. */
const SECTIONS: readonly ((context: ReportContext) => Section | undefined)[] = [
  sourcesSection,
  chainsSection,
  indicatorsSection,
  deploymentSection,
  casualtySection,
  ledgerSection,
  findingsSection,
];

/** The sections of a report on `context` that have something to say. */
export function reportSections(context: ReportContext): Section[] {
  return SECTIONS.map((section) => section(context)).filter((s) => s !== undefined);
}
