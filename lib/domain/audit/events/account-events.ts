import { z } from "zod";
import { auditEvent, workspaceRefs } from "@/lib/domain/audit/define-audit-event";

/**
 * Audit events of a user's own account (API tokens, password). They belong to the user,
 * not to any workspace, and are chained in the user's own audit stream.
 */
export const accountEvents = [
  auditEvent("api_token.created", "ApiToken", workspaceRefs, { name: z.string() }),
  auditEvent("api_token.revoked", "ApiToken", workspaceRefs, { name: z.string() }),
  // Every signed-in session of the account ended with it (endedSessions of them).
  auditEvent("password.changed", "User", workspaceRefs, { endedSessions: z.number().int().nonnegative() }),
] as const;
