import { z } from "zod";
import { defineRoute } from "@/lib/http/define-route";
import { restoreArticle } from "@/lib/server/articles/restore-article";

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/articles/{id}/restore",
    summary: "Bring an article back from the trash, with its revisions, claims and links",
    tags: ["Articles"],
    response: { description: "The restored article", schema: z.object({ id: z.string(), title: z.string() }) },
    errors: { 403: true, 404: "No such article in the trash" },
  },
  async ({ actor, params }) => restoreArticle(await actor(), params.id),
);
