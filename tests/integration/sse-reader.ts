/** One parsed server-sent event. */
export interface SseMessage {
  event: string;
  id?: string;
  data: unknown;
}

/**
 * Reads a text/event-stream Response frame by frame: `next()` waits for the
 * next event (comments skipped), `none(ms)` proves nothing arrives for a
 * while, `ended(ms)` that the server closed the stream.
 */
export function sseReader(response: Response) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let done = false;
  const queue: SseMessage[] = [];
  let pending: Promise<void> | null = null;

  const pull = () =>
    (pending ??= reader.read().then(({ value, done: end }) => {
      pending = null;
      if (end) done = true;
      else buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const message: Partial<SseMessage> & { data?: unknown } = { event: "message" };
        const dataLines: string[] = [];
        for (const line of frame.split("\n")) {
          if (line.startsWith(":") || line.startsWith("retry:")) continue;
          const [field, ...rest] = line.split(": ");
          const value = rest.join(": ");
          if (field === "event") message.event = value;
          else if (field === "id") message.id = value;
          else if (field === "data") dataLines.push(value);
        }
        if (dataLines.length) queue.push({ ...message, data: JSON.parse(dataLines.join("\n")) } as SseMessage);
      }
    }));

  const timeout = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

  return {
    /** The next event that is not presence (unless `presence` is asked for). */
    async next(ms = 5_000, { presence = false } = {}): Promise<SseMessage> {
      const deadline = Date.now() + ms;
      for (;;) {
        const index = queue.findIndex((m) => presence || m.event !== "presence");
        if (index >= 0) return queue.splice(index, 1)[0];
        if (done) throw new Error("The stream ended");
        const left = deadline - Date.now();
        if (left <= 0 || (await Promise.race([pull().then(() => true), timeout(left, false)])) === false) {
          throw new Error(`No event within ${ms} ms`);
        }
      }
    },
    /** Resolves true when no non-presence event comes within `ms`. */
    async none(ms: number): Promise<boolean> {
      try {
        const message = await this.next(ms);
        queue.unshift(message);
        return false;
      } catch (error) {
        if ((error as Error).message === "The stream ended") return true;
        return true;
      }
    },
    /** True when the server closes the stream within `ms`. */
    async ended(ms: number): Promise<boolean> {
      const deadline = Date.now() + ms;
      while (!done) {
        const left = deadline - Date.now();
        if (left <= 0 || (await Promise.race([pull().then(() => true), timeout(left, false)])) === false) return false;
      }
      return true;
    },
    cancel: () => reader.cancel().catch(() => {}),
  };
}
