import { z } from "zod";
import { parseLastEventId } from "@/lib/domain/realtime/sse-frame";
import { defineRoute } from "@/lib/http/define-route";
import { openEventStream } from "@/lib/server/realtime/open-event-stream";

// A stream per client: never cached, never prerendered.
export const dynamic = "force-dynamic";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/events",
    summary: "Live events of the current workspace (server-sent events)",
    description:
      "A text/event-stream of the workspace's committed events. Each event's `event:` is the audit action (claim.created, claim.updated, link.created, …), " +
      "its `data:` a JSON LiveEvent (entity id, article id, actor), its `id:` the event's seq: a reconnecting client sends it back as Last-Event-ID and gets " +
      "every event it missed. `presence` events say where members are; `resync` asks the client to reload what it shows. " +
      "The stream ends when the member is removed or their role changes.",
    tags: ["Live"],
    headers: z.object({ "last-event-id": z.string().max(40).optional() }),
    query: z.object({ lastEventId: z.string().max(40).optional() }),
    response: { description: "The event stream", content: { "text/event-stream": null } },
  },
  async ({ actor, headers, query, request }) =>
    openEventStream(await actor(), {
      lastEventId: parseLastEventId(headers["last-event-id"] ?? query.lastEventId),
      signal: request.signal,
    }),
);
