// Each function and the one locale from its own module: the package's index loads them all (0.4 s in every script).
import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import { nl } from "date-fns/locale/nl";

/** A calendar date as written in front matter, `YYYY-MM-DD`: a day, not an instant. */
export type CalendarDate = string;

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Returns true when `value` is `YYYY-MM-DD` and names a real day (no 31 February). */
export function isCalendarDate(value: string): boolean {
  const match = calendarDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = toLocalDate(value);
  return isValid(date) && date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** Returns a calendar date in Dutch, `31 augustus 2017`, the same in every time zone. */
export function formatDutchDate(date: CalendarDate): string {
  return format(toLocalDate(date), "d MMMM yyyy", { locale: nl });
}

// en-CA formats as YYYY-MM-DD. Made once: every lookup of the content asks for today, and making a formatter costs
// a thousand times more than using one.
const amsterdamDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" });

/** Returns today's calendar date in Amsterdam, where the columns are published. */
export function todayInAmsterdam(now: Date = new Date()): CalendarDate {
  return amsterdamDay.format(now);
}

/** Returns the calendar date as an ISO instant at midnight UTC, for formats that demand one. */
export function toUtcInstant(date: CalendarDate): string {
  return `${date}T00:00:00.000Z`;
}

// Built from parts, in local time, and formatted in local time: the zone cancels out.
function toLocalDate(date: CalendarDate): Date {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(year, month - 1, day);
}
