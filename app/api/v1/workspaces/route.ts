import { apiHandler } from "@/lib/http/api-handler";
import { listWorkspaces } from "@/lib/server/members/list-workspaces";

export const GET = apiHandler(async ({ userId }) => ({ items: await listWorkspaces(userId) }));
