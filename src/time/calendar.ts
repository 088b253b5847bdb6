import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { isValid } from "date-fns/isValid";

// Calendar-day helpers for the time room. Days are local-time Date objects
// built at noon and read back by their calendar fields, so no time zone or
// daylight-saving shift can move a day. Not exported from the package.

/** The calendar day `year-month-day`; months and days out of range roll over as in `Date`. @internal */
export function calendarDay(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1, 12, 0, 0, 0);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** Whether a (proleptic Gregorian) year is a leap year. @internal */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days in a month of a (proleptic Gregorian) year; a month out of range rolls over into the next or last year, as in `Date`. @internal */
export function daysInMonth(year: number, month: number): number {
  const m = (((month - 1) % 12) + 12) % 12; // 0–11
  const y = year + Math.floor((month - 1) / 12);
  return m === 1 && isLeapYear(y) ? 29 : (MONTH_DAYS[m] as number);
}

function pad(value: number, width: number): string {
  return String(Math.abs(value)).padStart(width, "0");
}

/** A year as EDTF and ISO 8601 write it: four digits, with a minus sign before year 0. @internal */
export function formatYear(year: number): string {
  return `${year < 0 ? "-" : ""}${pad(year, 4)}`;
}

/** The ISO 8601 calendar date of a day: `2025-04-30`, `-0400-01-01`. @internal */
export function isoDay(date: Date): string {
  return `${formatYear(date.getFullYear())}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** Reads an ISO calendar date written by {@link isoDay}; undefined if it is not one. @internal */
export function readIsoDay(text: string): Date | undefined {
  const match = /^(-?)(\d{4,6})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[2]) * (match[1] === "-" ? -1 : 1);
  const month = Number(match[3]);
  const day = Number(match[4]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const date = calendarDay(year, month, day);
  return isValid(date) ? date : undefined;
}

/** Whether `text` is an ISO calendar date `YYYY-MM-DD` (a minus sign allowed before year 0). @internal */
export function isIsoDay(text: string): boolean {
  return readIsoDay(text) !== undefined;
}

/** Orders two calendar days, ignoring the time of day: -1, 0 or 1. @internal */
export function compareDays(a: Date, b: Date): -1 | 0 | 1 {
  return Math.sign(differenceInCalendarDays(a, b)) as -1 | 0 | 1;
}
