import { sessionAgreementSchema } from "@/lib/api/agreement-schemas";
import { agreementToCsv } from "@/lib/domain/agreement/agreement-csv";
import { agreementQuerySchema } from "@/lib/domain/agreement/resolution-input";
import { defineRoute } from "@/lib/http/define-route";
import { getSessionAgreement } from "@/lib/server/agreement/get-session-agreement";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/sessions/{id}/agreement",
    summary: "Agreement between the session's checkers (JSON, or CSV with ?format=csv)",
    description:
      "Computed on the checkers' layers of the finished double checks (every checker done), never on the reconciled claims: " +
      "span precision/recall/F1 (exact and overlapping), observed agreement and Cohen's kappa per pair of editors, " +
      "Fleiss' kappa and Krippendorff's alpha (nominal, missing data) for the session and each article, and verdict confusion tables.",
    tags: ["Agreement"],
    query: agreementQuerySchema,
    response: { description: "The agreement figures", content: { "application/json": sessionAgreementSchema, "text/csv": null } },
    errors: { 404: true },
  },
  async ({ actor, params, query }) => {
    const agreement = await getSessionAgreement(await actor(), params.id, { overlapThreshold: query.threshold });
    if (query.format === "csv") {
      return new Response(agreementToCsv(agreement), {
        headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="agreement-${params.id}.csv"` },
      });
    }
    return Response.json(agreement);
  },
);
