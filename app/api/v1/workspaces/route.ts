import { itemsOf } from "@/lib/api/common-schemas";
import { workspaceSchema } from "@/lib/api/member-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { listWorkspaces } from "@/lib/server/members/list-workspaces";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/workspaces",
    summary: "Workspaces you belong to",
    tags: ["Account"],
    response: { description: "Your workspaces", schema: itemsOf(workspaceSchema) },
  },
  async ({ userId }) => ({ items: await listWorkspaces(userId) }),
);
