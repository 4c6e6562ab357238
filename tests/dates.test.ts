import { afterEach, describe, expect, it } from "vitest";
import { formatDutchDate, isCalendarDate, todayInAmsterdam } from "@/lib/dates";

const zones = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Europe/Amsterdam"];
const originalZone = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalZone;
});

describe("formatDutchDate", () => {
  it.each(zones)("shows 31 augustus 2017 in %s", (zone) => {
    process.env.TZ = zone;
    expect(formatDutchDate("2017-08-31")).toBe("31 augustus 2017");
  });

  it.each(zones)("shows New Year's Day and New Year's Eve as themselves in %s", (zone) => {
    process.env.TZ = zone;
    expect(formatDutchDate("2020-01-01")).toBe("1 januari 2020");
    expect(formatDutchDate("2019-12-31")).toBe("31 december 2019");
  });
});

describe("isCalendarDate", () => {
  it("accepts a real day written YYYY-MM-DD", () => {
    expect(isCalendarDate("2017-08-31")).toBe(true);
    expect(isCalendarDate("2024-02-29")).toBe(true);
  });

  it("refuses other spellings and days that do not exist", () => {
    for (const value of ["31-08-2017", "2017-8-31", "2017-02-29", "2017-13-01", "2017-08-31T10:00", ""]) {
      expect(isCalendarDate(value), value).toBe(false);
    }
  });
});

describe("todayInAmsterdam", () => {
  it("is already tomorrow in Amsterdam late in the evening UTC", () => {
    expect(todayInAmsterdam(new Date("2026-11-23T23:30:00Z"))).toBe("2026-11-24");
    expect(todayInAmsterdam(new Date("2026-11-23T22:30:00Z"))).toBe("2026-11-23");
  });

  it.each(zones)("does not depend on the machine's zone (%s)", (zone) => {
    process.env.TZ = zone;
    expect(todayInAmsterdam(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(todayInAmsterdam(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });
});
