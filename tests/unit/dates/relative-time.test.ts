import { describe, expect, it } from "vitest";
import { fromLocalInputValue, toLocalInputValue } from "@/lib/domain/dates/local-input";
import { formatTimeAgo, formatTimeLeft } from "@/lib/domain/dates/relative-time";

const now = Date.parse("2026-12-01T12:00:00Z");
const ago = (ms: number) => new Date(now - ms);

describe("relative times", () => {
  it("says how long ago", () => {
    expect(formatTimeAgo(ago(2_000), now)).toBe("just now");
    expect(formatTimeAgo(ago(12_000), now)).toBe("12 s ago");
    expect(formatTimeAgo(ago(5 * 60_000 + 10_000), now)).toBe("5 min ago");
    expect(formatTimeAgo(ago(3 * 3_600_000), now)).toBe("3 h ago");
    expect(formatTimeAgo(ago(26 * 3_600_000), now)).toBe("1 day ago");
    expect(formatTimeAgo(ago(-5_000), now)).toBe("just now");
  });

  it("says how much time is left before a deadline, or how far past it is", () => {
    expect(formatTimeLeft(new Date(now + (2 * 24 + 3) * 3_600_000 + 60_000), now)).toEqual({ text: "2 days 3 h left", urgency: "later" });
    expect(formatTimeLeft(new Date(now + 5 * 3_600_000 + 20 * 60_000), now)).toEqual({ text: "5 h 20 min left", urgency: "soon" });
    expect(formatTimeLeft(new Date(now + 30_000), now)).toEqual({ text: "less than a minute left", urgency: "soon" });
    expect(formatTimeLeft(new Date(now - 5 * 3_600_000), now)).toEqual({ text: "5 h overdue", urgency: "overdue" });
  });
});

describe("datetime-local values in the reader's zone", () => {
  it("round-trips through a zone with daylight saving", () => {
    expect(toLocalInputValue("2026-12-01T16:30:00Z", "Europe/Paris")).toBe("2026-12-01T17:30");
    expect(toLocalInputValue("2026-07-01T16:30:00Z", "Europe/Paris")).toBe("2026-07-01T18:30");
    expect(fromLocalInputValue("2026-12-01T17:30", "Europe/Paris")?.toISOString()).toBe("2026-12-01T16:30:00.000Z");
    expect(fromLocalInputValue("2026-07-01T18:30", "Europe/Paris")?.toISOString()).toBe("2026-07-01T16:30:00.000Z");
    expect(fromLocalInputValue("2026-12-01T17:30", "Asia/Kolkata")?.toISOString()).toBe("2026-12-01T12:00:00.000Z");
  });

  it("reads empty or malformed values as no date, and an unknown zone as UTC", () => {
    expect(fromLocalInputValue("", "Europe/Paris")).toBeNull();
    expect(fromLocalInputValue("tomorrow", "Europe/Paris")).toBeNull();
    expect(fromLocalInputValue("2026-12-01T17:30", "Mars/Olympus")?.toISOString()).toBe("2026-12-01T17:30:00.000Z");
  });
});
