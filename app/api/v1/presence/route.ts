import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { recordPresence } from "@/lib/server/realtime/presence";

const presenceEntrySchema = z.object({
  userId: z.string(),
  name: z.string(),
  articleId: z.string().nullable(),
  claimId: z.string().nullable(),
  editing: z.boolean(),
  lastSeenAt: z.string(),
});

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/presence",
    summary: "Presence heartbeat: the article (and claim) you look at",
    description: "Send every ~10 s while an article is open; a member counts as gone 30 s after the last one. `articleId: null` says you left. Not audited, not kept.",
    tags: ["Live"],
    body: z.object({
      articleId: z.string().min(1).max(100).nullable(),
      claimId: z.string().min(1).max(100).nullable().optional(),
      editing: z.boolean().optional(),
    }),
    response: { description: "Your presence as others see it", schema: presenceEntrySchema },
    errors: { 404: "The article or claim is not in this workspace" },
  },
  async ({ actor, body }) => recordPresence(await actor(), body),
);
