import { EN_PHRASES } from "./en.js";
import type { PhraseTable } from "./types.js";

/**
 * The phrase tables by language subtag. Adding a language is adding its table
 * here; the matcher does not change.
 * @internal
 */
const TABLES: Readonly<Record<string, PhraseTable>> = { en: EN_PHRASES };

/**
 * The phrase table for a BCP 47 locale ("en", "en-GB"), by its language subtag, or undefined.
 * @internal
 */
export function phraseTableFor(locale: string): PhraseTable | undefined {
  if (locale === "en") return EN_PHRASES;
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? "";
  return Object.hasOwn(TABLES, language) ? TABLES[language] : undefined;
}
