import { apiHandler } from "@/lib/http/api-handler";
import { listWorkspaces } from "@/lib/server/list-workspaces";

export const GET = apiHandler(async ({ userId }) => ({ items: await listWorkspaces(userId) }));
