import "server-only";
import type { Actor } from "@/lib/domain/roles";
import { paragraphsDoc } from "@/lib/factories/paragraphs-doc";
import { uniqueSuffix } from "@/lib/factories/unique-suffix";
import { createSession } from "@/lib/server/sessions/create-session";

export interface SessionSpec {
  /** "Session <suffix>" by default. */
  name?: string;
  /** A TipTap document, or a string for a one-paragraph brief. */
  brief?: string | Record<string, unknown> | null;
  deadline?: Date | string | null;
  anyReviewerMayReview?: boolean;
  publicationUrl?: string | null;
}

/** A session through createSession (checked, audited); no articles yet (makeSessionArticle adds them). */
export function makeSession(actor: Actor, spec: SessionSpec = {}) {
  const brief = typeof spec.brief === "string" ? paragraphsDoc([spec.brief]) : spec.brief;
  return createSession(actor, {
    name: spec.name ?? `Session ${uniqueSuffix()}`,
    brief: brief as Record<string, unknown> | null | undefined,
    deadline: spec.deadline == null ? spec.deadline : new Date(spec.deadline),
    anyReviewerMayReview: spec.anyReviewerMayReview,
    publicationUrl: spec.publicationUrl,
  });
}
