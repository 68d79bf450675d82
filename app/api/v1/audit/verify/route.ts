import { auditVerificationSchema } from "@/lib/api/review-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { verifyWorkspaceAudit } from "@/lib/server/reviews/verify-workspace-audit";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/audit/verify",
    summary: "Verify the workspace's audit hash chain (admins)",
    tags: ["Reviews"],
    response: { description: "Whether the chain holds, how many events, and the first broken link", schema: auditVerificationSchema },
    errors: { 403: true },
  },
  async ({ actor }) => verifyWorkspaceAudit(await actor()),
);
