/**
 * One server-sent-events frame. `data` is JSON on one line (JSON.stringify
 * never writes a raw newline), so a frame cannot be split or forged by its
 * content; `event` and `id` come from our own names and numbers.
 */
export function sseFrame(frame: { event?: string; id?: number | string; data: unknown }): string {
  let out = "";
  if (frame.id !== undefined) out += `id: ${String(frame.id).replace(/[\r\n]/g, "")}\n`;
  if (frame.event) out += `event: ${frame.event.replace(/[\r\n]/g, "")}\n`;
  return `${out}data: ${JSON.stringify(frame.data)}\n\n`;
}

/** A comment line: ignored by EventSource, it keeps proxies from closing an idle stream. */
export const sseComment = (text: string) => `: ${text.replace(/[\r\n]/g, " ")}\n\n`;

/** Last-Event-ID as a sequence number, or null when absent or not one of ours. */
export function parseLastEventId(value: string | null | undefined): number | null {
  if (!value || !/^\d{1,15}$/.test(value.trim())) return null;
  return Number(value.trim());
}
