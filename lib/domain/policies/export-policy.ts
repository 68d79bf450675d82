import type { Actor } from "@/lib/domain/roles";
import { hasEditorRights, isAdmin } from "@/lib/domain/policies/policy-helpers";

/** Every member, viewers included, may export reports, ClaimReviews and annotations of their workspace. */
export const canExportReports = (_actor: Actor) => true;

/** Importing annotations creates claims and links: an editor's job (admins too). */
export const canImportAnnotations = (actor: Actor) => hasEditorRights(actor);

/** The publisher named in ClaimReview exports speaks for the organisation: admins set it. */
export const canManagePublisher = (actor: Actor) => isAdmin(actor);

export const exportRules = {
  "export.create": { allows: canExportReports, what: "export reports" },
  "annotation.import": { allows: canImportAnnotations, what: "import annotations" },
  "publisher.manage": { allows: canManagePublisher, what: "change the publisher settings" },
};
