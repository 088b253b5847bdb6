import type { Hemisphere, SeasonName, SubyearUnit } from "../../time/seasons.js";
import type { IntervalPeriod, PeriodPoint } from "../../time/schema.js";
import type { Relation } from "./words.js";

// What a phrase names before it is placed on the calendar, and what it is
// once placed.

/** The unit a phrase names, with what it says of it: "winter", "30 April", "the first quarter", "year". @internal */
export type Base =
  | { readonly unit: "year"; readonly year?: number }
  | { readonly unit: "month"; readonly month?: number }
  | { readonly unit: "day"; readonly month: number; readonly day: number }
  | { readonly unit: "season"; readonly season: SeasonName }
  | { readonly unit: "subyear"; readonly grouping: SubyearUnit; readonly index?: number };

/** The year after a name: a number ("of 2025") or a relation ("of last year"). @internal */
export type YearSpec = number | Relation;

/** One period as read: `[early|mid|late] [this|last|next] base [of year]`, and its words. @internal */
export interface Ref {
  readonly base: Base;
  readonly relation?: Relation;
  readonly year?: YearSpec;
  readonly third?: 0 | 1 | 2;
  readonly words: string;
}

/** A placed period with its first and last day. @internal */
export interface Placed {
  readonly period: PeriodPoint | IntervalPeriod;
  readonly first: Date;
  readonly last: Date;
}

/** What a phrase is placed against: the reference date and the hemisphere of its seasons. @internal */
export interface Context {
  readonly reference: Date;
  readonly hemisphere: Hemisphere;
  /** Whether the caller named the hemisphere, so that seasons carry it. */
  readonly tagHemisphere: boolean;
}
