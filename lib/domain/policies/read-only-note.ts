import { can } from "@/lib/domain/policies/authorize";
import type { Actor } from "@/lib/domain/roles";

/**
 * What a member who cannot tag claims may do with an article, said only as
 * far as it is true for their role (null for those who can tag: the
 * annotator speaks for itself).
 */
export function readOnlyNote(actor: Actor): string | null {
  const scope = { workspaceId: actor.workspaceId };
  if (can(actor, "claim.create", scope)) return null;
  const exporting = can(actor, "export.create") ? " and export a report of them (Export, above)" : "";
  const who = actor.role === "REVIEWER" ? "As a reviewer you" : actor.role === "VIEWER" ? "As a viewer you" : "You";
  return `${who} can read this article, its claims, rationales and evidence${exporting}. Tagging and rating claims is for editors.`;
}
