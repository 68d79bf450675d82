import { meSchema } from "@/lib/api/member-schemas";
import { defineRoute } from "@/lib/http/define-route";
import { getCurrentUser } from "@/lib/server/members/get-current-user";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/me",
    summary: "The current user and workspace",
    tags: ["Account"],
    response: { description: "The current user", schema: meSchema },
  },
  async ({ userId, actor }) => {
    const [user, current] = await Promise.all([getCurrentUser(userId), actor()]);
    return { id: user.id, email: user.email, name: user.name, workspaceId: current.workspaceId, role: current.role };
  },
);
