import { apiHandler } from "@/lib/http/api-handler";
import { getCurrentUser } from "@/lib/server/members/get-current-user";

export const GET = apiHandler(async ({ userId, actor }) => {
  const [user, current] = await Promise.all([getCurrentUser(userId), actor()]);
  return { id: user.id, email: user.email, name: user.name, workspaceId: current.workspaceId, role: current.role };
});
