import { differenceListSchema, resolutionResultSchema } from "@/lib/api/agreement-schemas";
import { resolutionSchema } from "@/lib/domain/agreement/resolution-input";
import { defineRoute } from "@/lib/http/define-route";
import { listDifferences } from "@/lib/server/agreement/list-differences";
import { resolveDifference } from "@/lib/server/agreement/resolve-difference";

const whoReconciles = "Only the article's reviewer, reviewers and admins who did not check it";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/sessions/{id}/articles/{articleId}/differences",
    summary: "The disagreement queue of a double-checked article",
    description: "Every statement of the checkers' layers in reading order: only one checker found it, the spans differ, the verdicts differ, or they agree; with how each was settled.",
    tags: ["Agreement"],
    response: { description: "The statements and their settlement", schema: differenceListSchema },
    errors: { 403: whoReconciles, 404: "The article is not in this session", 409: "Not a double check" },
  },
  async ({ actor, params }) => listDifferences(await actor(), params.id, params.articleId),
);

export const POST = defineRoute(
  {
    method: "post",
    path: "/api/v1/sessions/{id}/articles/{articleId}/differences",
    summary: "Settle one difference: keep one side, merge, accept an agreed one, or drop it",
    description: "Keep, merge and accept make a new claim of the article naming the layer claims it came from (audited as claim.reconciled); drop makes none. The layers are kept.",
    tags: ["Agreement"],
    body: resolutionSchema,
    response: { status: 201, description: "Settled", schema: resolutionResultSchema },
    errors: {
      400: "Invalid input, or the claim named is not one of the difference's sides",
      403: whoReconciles,
      404: "The article is not in this session, or the difference is not there any more",
      409: "Not every checker is done, it is settled already, ACCEPT on a disagreement, or the session is read-only",
    },
  },
  async ({ actor, params, body }) => resolveDifference(await actor(), params.id, params.articleId, body),
);
