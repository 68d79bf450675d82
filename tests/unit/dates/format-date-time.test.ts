import { describe, expect, it } from "vitest";
import { calendarDay, formatDateTime, formatDateTimeParts, isCalendarDay } from "@/lib/domain/dates/format-date-time";
import { offsetLabel, resolveTimeZone } from "@/lib/domain/dates/time-zones";

const at = (iso: string) => new Date(iso);

describe("formatDateTime", () => {
  it.each([
    ["2026-11-29T20:01:00Z", "Europe/Paris", "29 Nov 2026, 21:01 CET"],
    ["2026-07-01T10:00:00Z", "Europe/Paris", "1 Jul 2026, 12:00 CEST"],
    ["2026-11-29T20:01:00Z", "Europe/London", "29 Nov 2026, 20:01 GMT"],
    ["2026-11-29T20:01:00Z", "America/New_York", "29 Nov 2026, 15:01 EST"],
    ["2026-11-29T20:01:00Z", "Asia/Kolkata", "30 Nov 2026, 01:31 IST"],
    ["2026-11-29T20:01:00Z", "Australia/Sydney", "30 Nov 2026, 07:01 AEDT"],
    ["2026-11-29T20:01:00Z", "Asia/Shanghai", "30 Nov 2026, 04:01 UTC+8"],
    ["2026-11-29T20:01:00Z", "Asia/Kathmandu", "30 Nov 2026, 01:46 NPT"],
    ["2026-11-29T20:01:00Z", "UTC", "29 Nov 2026, 20:01 UTC"],
    ["2026-11-29T00:05:00Z", "Not/AZone", "29 Nov 2026, 00:05 UTC"],
  ])("shows %s in %s with the zone named", (iso, timeZone, expected) => {
    expect(formatDateTime(at(iso), { timeZone })).toBe(expected);
  });

  it("shows the source's own clock beside the reader's when the source named its zone", () => {
    expect(formatDateTime(at("2022-02-24T14:27:00Z"), { timeZone: "Europe/Paris", sourceTimeZone: "IST" })).toBe("24 Feb 2022, 15:27 CET (19:57 IST at source)");
    expect(formatDateTime(at("2022-02-24T20:00:00Z"), { timeZone: "America/Los_Angeles", sourceTimeZone: "IST" }))
      .toBe("24 Feb 2022, 12:00 PST (25 Feb 2022, 01:30 IST at source)");
    expect(formatDateTimeParts(at("2022-02-24T14:27:00Z"), { timeZone: "Asia/Kolkata", sourceTimeZone: "IST" })).toEqual({ main: "24 Feb 2022, 19:57 IST" });
    expect(formatDateTime(at("2022-02-24T14:27:00Z"), { timeZone: "UTC", sourceTimeZone: "+05:30" })).toBe("24 Feb 2022, 14:27 UTC (19:57 UTC+5:30 at source)");
  });

  it("shows a day alone for day precision, and for dates that only ever had a day", () => {
    const day = calendarDay(2022, 2, 24);
    expect(isCalendarDay(day)).toBe(true);
    expect(isCalendarDay(at("2022-02-24T12:00:01Z"))).toBe(false);
    expect(formatDateTime(day, { timeZone: "America/Los_Angeles", precision: "auto" })).toBe("24 Feb 2022");
    expect(formatDateTime(day, { timeZone: "Asia/Tokyo", precision: "auto" })).toBe("24 Feb 2022");
    expect(formatDateTime(at("2022-02-24T14:27:00Z"), { timeZone: "Europe/Paris", precision: "auto" })).toBe("24 Feb 2022, 15:27 CET");
    // A day is the day the source printed, where it named its zone.
    expect(formatDateTime(at("2022-02-24T20:00:00Z"), { timeZone: "America/Los_Angeles", precision: "day", sourceTimeZone: "IST" })).toBe("25 Feb 2022");
    expect(formatDateTime("2026-09-03T08:00:00Z", { timeZone: "UTC", precision: "day" })).toBe("3 Sep 2026");
  });

  it("says so for a date that is not one", () => {
    expect(formatDateTime("yesterday-ish", { timeZone: "UTC" })).toBe("—");
  });
});

describe("resolveTimeZone", () => {
  it("reads abbreviations, offsets and IANA ids, and nothing else", () => {
    expect(resolveTimeZone("IST")).toEqual({ kind: "offset", minutes: 330, label: "IST" });
    expect(resolveTimeZone("+05:45")).toEqual({ kind: "offset", minutes: 345, label: "UTC+5:45" });
    expect(resolveTimeZone("UTC-3")).toEqual({ kind: "offset", minutes: -180, label: "UTC-3" });
    expect(resolveTimeZone("Europe/Paris")).toEqual({ kind: "iana", id: "Europe/Paris" });
    expect(resolveTimeZone("Europe/Atlantis")).toBeUndefined();
    expect(resolveTimeZone("+19:00")).toBeUndefined();
    expect(resolveTimeZone("")).toBeUndefined();
    expect(offsetLabel(0)).toBe("UTC");
  });
});
