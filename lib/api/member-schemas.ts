import { z } from "zod";
import { roleSchema } from "@/lib/domain/validation";

export const meSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), workspaceId: z.string(), role: roleSchema })
  .meta({ id: "Me" });

/** lib/server/members/list-workspaces.ts. */
export const workspaceSchema = z
  .object({ id: z.string(), name: z.string(), slug: z.string(), role: roleSchema })
  .meta({ id: "Workspace" });
