import { workspaceAuditEventSchema } from "@/lib/domain/audit/audit-event";

/** Every `event:` name the live stream sends: each workspace audit action, plus presence and resync. */
export const LIVE_EVENT_TYPES: readonly string[] = [
  ...workspaceAuditEventSchema.options.map((option) => option.shape.action.value as string),
  "presence",
  "resync",
];
