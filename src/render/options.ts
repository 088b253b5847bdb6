// The options every chart takes, checked by one helper. Not exported from the
// package, apart from the ChartOptions type.

import { fail, optionsOf } from "../_lib/assert.js";
import { isLocale } from "../estimate/format.js";
import { looks } from "../_lib/forms.js";

/** Options every chart takes. */
export interface ChartOptions {
  /** The width of the SVG in CSS pixels, up to 4,000: at least 360 for a revision or deployment chart, 400 for a casualty chart and 480 for a ledger chart, so that no text is clipped. 640 by default (760 for a ledger chart). */
  readonly width?: number;
  /** The height of the SVG in CSS pixels, up to 4,000: at least 240 for a revision or deployment chart. By default 400 for a revision chart and 360 for a deployment chart; a casualty or ledger chart is as tall as its rows, and scaled to fit a height given, which must be at least 80% of its own height so that no text is drawn below 8 px. */
  readonly height?: number;
  /** The chart's title, shown above it and read first by screen readers; each chart has its default. At most 200 characters, and not empty or blank. */
  readonly title?: string;
  /**
   * The id of the chart, from which the ids inside it are made (`<id>-title`,
   * `<id>-desc`, `<id>-hatch`): a letter, then letters, digits, `-` or `_`, at
   * most 64 in all. By default `fogcount-<chart>-<hash of the content>`, so
   * that two different charts on one page never share ids and the same chart
   * is always written the same.
   */
  readonly id?: string;
  /** A BCP 47 locale for the numbers (`"en-US"` by default); the words are English. */
  readonly locale?: string;
}

/** The shared options, checked, with the chart's defaults filled in. @internal */
export interface Settings {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly id: string | undefined;
  readonly locale: string;
}

/** The names of the shared options, for `optionsOf`. @internal */
export const CHART_OPTIONS = ["width", "height", "title", "id", "locale"] as const;

function size(where: string, name: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > 4000) {
    fail(where, `options.${name}`, `must be a number of pixels from ${min} to 4000`, value, "invalid-option");
  }
  return value;
}

/**
 * Reads a chart's options: each name one of the shared ones or of `more`
 * (anything else is `invalid-option`), the shared ones checked. Returns the
 * settings and the options object, for the chart to read its own. @internal
 */
export function chartOptions<T extends ChartOptions>(
  where: string,
  options: T | undefined,
  more: readonly (keyof T & string)[],
  defaults: { readonly height: number; readonly title: string; readonly width?: number; readonly minWidth?: number; readonly minHeight?: number },
): { settings: Settings; options: Partial<T> } {
  const o = optionsOf(where, options, "options", [...CHART_OPTIONS, ...more] as (keyof T & string)[]);
  const { title = defaults.title, id, locale = "en-US" } = o as ChartOptions;
  if (typeof title !== "string" || title.length > 200) fail(where, "options.title", "must be text of at most 200 characters", title, "invalid-option");
  // a title given is what the chart is called, first read by screen readers: never empty or blank
  // characters a reader cannot see (a zero-width space, a Hangul filler) are no title either
  if ((o as ChartOptions).title !== undefined && looks(title).trim() === "") fail(where, "options.title", "must not be empty or blank, nor only characters a reader cannot see (leave it out for the default title)", title, "invalid-option");
  if (id !== undefined && (typeof id !== "string" || !/^[A-Za-z][\w-]{0,63}$/.test(id))) {
    fail(where, "options.id", "must be a letter followed by letters, digits, - or _ (at most 64 in all)", id, "invalid-option");
  }
  if (!isLocale(locale)) fail(where, "options.locale", "must be a BCP 47 language tag", locale, "invalid-option");
  const settings = {
    width: size(where, "width", o.width, defaults.width ?? 640, defaults.minWidth ?? 240),
    height: size(where, "height", o.height, defaults.height, defaults.minHeight ?? 160),
    title,
    id,
    locale,
  };
  return { settings, options: o };
}

/** The least height a chart as tall as its rows can be scaled into: 80% of its own, so that its smallest text (10 px) stays at 8 px or more. @internal */
export function checkScaledHeight(where: string, given: number, natural: number): void {
  const least = Math.ceil(natural * 0.8);
  if (given !== 0 && given < least) fail(where, "options.height", `must be at least ${least} pixels for this chart (its text would be drawn below 8 px)`, given, "invalid-option");
}

/** A boolean option: `fallback` when left out, `invalid-option` for anything but a boolean. @internal */
export function flagOption(where: string, name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== "boolean") fail(where, `options.${name}`, "must be a boolean", value, "invalid-option");
  return value;
}
