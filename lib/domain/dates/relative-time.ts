const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "just now", "12 s ago", "5 min ago", "3 h ago", "2 days ago": how long ago something happened. */
export function formatTimeAgo(value: Date | string, now: Date | number): string {
  const elapsed = Math.max(0, Number(now) - new Date(value).getTime());
  if (elapsed < 5 * SECOND) return "just now";
  if (elapsed < MINUTE) return `${Math.floor(elapsed / SECOND)} s ago`;
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  return `${plural(Math.floor(elapsed / DAY), "day")} ago`;
}

/** How pressing a deadline is: past, within a day, or later. */
export type DeadlineUrgency = "overdue" | "soon" | "later";

/** A span as its two largest units: "3 days 4 h", "5 h 20 min", "12 min", "less than a minute". */
function span(ms: number): string {
  if (ms < MINUTE) return "less than a minute";
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${plural(days, "day")} ${hours} h` : plural(days, "day");
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** The time left before a deadline ("2 days 3 h left"), or how far past it is ("5 h overdue"). */
export function formatTimeLeft(deadline: Date | string, now: Date | number): { text: string; urgency: DeadlineUrgency } {
  const left = new Date(deadline).getTime() - Number(now);
  if (left < 0) return { text: `${span(-left)} overdue`, urgency: "overdue" };
  return { text: `${span(left)} left`, urgency: left < DAY ? "soon" : "later" };
}
