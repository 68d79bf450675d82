import { z } from "zod";
import { auditEvent, workspaceRefs } from "@/lib/domain/audit/define-audit-event";
import { ROLES } from "@/lib/domain/roles";

const role = z.enum(ROLES);

/** Audit events of workspace membership. */
export const memberEvents = [
  auditEvent("member.added", "Membership", workspaceRefs, {
    userId: z.string(),
    email: z.string(),
    role,
    accountCreated: z.boolean(),
  }),
  auditEvent("member.role_changed", "Membership", workspaceRefs, { userId: z.string(), from: role, to: role }),
  auditEvent("member.removed", "Membership", workspaceRefs, { userId: z.string(), role }),
] as const;
