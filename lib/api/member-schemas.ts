import { z } from "zod";
import "@/lib/http/zod-openapi";
import { roleSchema } from "@/lib/domain/validation";

export const meSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), workspaceId: z.string(), role: roleSchema })
  .openapi("Me");

/** lib/server/members/list-workspaces.ts. */
export const workspaceSchema = z
  .object({ id: z.string(), name: z.string(), slug: z.string(), role: roleSchema })
  .openapi("Workspace");
