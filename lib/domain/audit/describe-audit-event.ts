import type { AuditEvent } from "@/lib/domain/audit/audit-event";
import { VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";
import type { LinkRelation } from "@/lib/domain/links/link-input";
import { SUPERSEDE_PHRASES } from "@/lib/domain/audit/events/review-events";
import type { ReviewDecision } from "@/lib/domain/reviews/review-state";
import { ROLE_LABELS, type Role } from "@/lib/domain/roles";
import { WORK_STATUS_LABELS, type WorkStatus } from "@/lib/domain/sessions/work-status";

/** Names an event's ids stand for; `auditEventRefs` lists which ones a set of events needs. */
export interface AuditNames {
  /** User id → display name. */
  users: ReadonlyMap<string, string>;
  /** Article id → title. */
  articles?: ReadonlyMap<string, string>;
  /** Claim id → the claim's quoted words. */
  claims?: ReadonlyMap<string, string>;
  /** Session id → name. */
  sessions?: ReadonlyMap<string, string>;
  /** The session whose feed this is: its own events say "this session" rather than its name. */
  currentSessionId?: string;
}

/** An event to describe: what happened and who did it (a stored event fits). */
export type DescribableEvent = AuditEvent & { actorId: string | null };

/** Quoted and cut to `max` characters: ‘China understands…’. */
export function quoteExcerpt(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `‘${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}’`;
}

/** "Ana", "Ana and Ben", "Ana, Ben and Cy". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "nobody";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const verdictWord = (v: Verdict) => VERDICT_LABELS[v].toLowerCase();
const roleWord = (r: Role) => ROLE_LABELS[r].toLowerCase();
const workWord = (s: WorkStatus) => WORK_STATUS_LABELS[s].toLowerCase();

const LINK_PHRASES: Record<LinkRelation, string> = {
  CORROBORATES: "to a corroborating passage in",
  CONTRADICTS: "to a contradicting passage in",
  SAME_CLAIM: "to the same claim in",
};

/**
 * One event of the audit trail as a sentence for people: "Ana rated ‘China
 * understands…’ disputed". The activity feed, history views and
 * notifications all use it; a new action must be added here (the compiler
 * insists). The time ("12 s ago") is the caller's to add.
 */
export function describeAuditEvent(event: DescribableEvent, names: AuditNames): string {
  const user = (id: string | null | undefined, fallback = "a former member") => (id ? names.users.get(id) : undefined) ?? fallback;
  const who = event.actorId ? user(event.actorId, "A former member") : "Crosscheck";
  const article = (id: string | undefined, known?: string) => {
    const title = known ?? (id ? names.articles?.get(id) : undefined);
    return title ? quoteExcerpt(title, 60) : "an article";
  };
  const claim = (known?: string) => {
    const text = known ?? ("claimId" in event ? names.claims?.get(event.claimId) : undefined);
    return text ? quoteExcerpt(text) : "a claim";
  };
  const session = (id: string) => {
    if (id === names.currentSessionId) return "this session";
    const name = names.sessions?.get(id);
    return name ? quoteExcerpt(name, 60) : "a session";
  };
  const people = (ids: readonly string[]) => joinNames(ids.map((id) => user(id)));

  switch (event.action) {
    case "article.created":
      return `${who} imported ${article(event.articleId, event.data.title)}`;
    case "article.text_corrected": {
      const lost = event.data.orphans.length;
      const orphans = lost ? `; ${plural(lost, "claim")} could not be placed` : "";
      const reworded = event.data.changed?.length ? `; the wording of ${plural(event.data.changed.length, "claim")} changed` : "";
      return `${who} corrected the text of ${article(event.articleId)} (revision ${event.data.toRevision}${orphans}${reworded})`;
    }
    case "article.deleted": {
      const claims = event.data.claims ? ` with its ${plural(event.data.claims, "claim")}` : "";
      return `${who} moved ${article(event.articleId, event.data.title)}${claims} to the trash`;
    }
    case "article.restored":
      return `${who} restored ${article(event.articleId, event.data.title)} from the trash`;
    case "claim.created":
      return event.data.verdict === "PENDING"
        ? `${who} tagged ${claim(event.data.exact)} for checking`
        : `${who} tagged ${claim(event.data.exact)} as ${verdictWord(event.data.verdict)}`;
    case "claim.updated": {
      const { verdict, rationaleChanged, textRechecked } = event.data;
      if (textRechecked) return `${who} re-rated ${claim()} ${verdict ? verdictWord(verdict.to) : "again"} after its wording changed`;
      if (verdict && rationaleChanged) return `${who} rated ${claim()} ${verdictWord(verdict.to)} and edited its rationale`;
      if (verdict) return `${who} rated ${claim()} ${verdictWord(verdict.to)}`;
      if (rationaleChanged) return `${who} edited the rationale of ${claim()}`;
      return `${who} edited ${claim()}`;
    }
    case "claim.deleted":
      return `${who} deleted the claim ${claim()}`;
    case "claim.restored":
      return `${who} restored the claim ${claim()}`;
    case "claim.text_confirmed":
      return `${who} checked ${claim(event.data.exact)} again and kept it ${verdictWord(event.data.verdict)} after its wording changed`;
    case "evidence.added":
      return `${who} added evidence to ${claim()}${event.data.url ? ` from ${hostOf(event.data.url)}` : ""}`;
    case "evidence.removed":
      return `${who} removed evidence from ${claim()}`;
    case "link.created":
      return `${who} linked ${claim()} ${LINK_PHRASES[event.data.relation]} ${article(event.data.targetArticleId)}`;
    case "link.updated":
      if (event.data.relation) return `${who} relinked ${claim()} ${LINK_PHRASES[event.data.relation.to]} ${article(event.data.targetArticleId)}`;
      return `${who} edited the note of a link from ${claim()}`;
    case "link.deleted":
      return `${who} removed the link from ${claim()} to ${article(event.data.targetArticleId)}`;
    case "suggestion.dismissed":
      return `${who} dismissed a suggested passage of ${article(event.data.targetArticleId)} for ${claim()}`;
    case "suggestion.restored":
      return `${who} restored a dismissed suggestion of ${article(event.data.targetArticleId)} for ${claim()}`;
    case "cluster.disagreement_explained":
      return `${who} explained why ${claim()} and the same claim elsewhere differ in verdict`;
    case "member.added":
      return `${who} added ${user(event.data.userId, event.data.email)} as ${roleWord(event.data.role)}`;
    case "member.role_changed":
      return `${who} changed ${user(event.data.userId)}'s role from ${roleWord(event.data.from)} to ${roleWord(event.data.to)}`;
    case "member.removed":
      return `${who} removed ${user(event.data.userId)} from the workspace`;
    case "api_token.created":
      return `${who} created the API token ${quoteExcerpt(event.data.name)}`;
    case "api_token.revoked":
      return `${who} revoked the API token ${quoteExcerpt(event.data.name)}`;
    case "password.changed":
      return `${who} changed their password, which ended ${event.data.endedSessions} signed-in session${event.data.endedSessions === 1 ? "" : "s"}`;
    case "session.created":
      return `${who} created the session ${quoteExcerpt(event.data.name, 60)}`;
    case "session.updated":
      return `${who} edited ${event.data.name ? quoteExcerpt(event.data.name.to, 60) : session(event.entityId)}: ${sessionChanges(event.data).join(", ")}`;
    case "session.status_changed":
      return sessionMoveSentence(who, quoteExcerpt(event.data.name, 60), event.data);
    case "session.article_added": {
      const reviewer = event.data.reviewerId ? `, reviewed by ${user(event.data.reviewerId)}` : "";
      return `${who} added ${article(event.articleId, event.data.title)} to ${session(event.data.sessionId)} for ${people(event.data.editorIds)}${reviewer}`;
    }
    case "session.article_assigned": {
      const { editorIds, reviewerId } = event.data;
      const reviewer = reviewerId.to ? `, reviewed by ${user(reviewerId.to)}` : ", with no reviewer";
      return `${who} assigned ${article(event.articleId)} to ${people(editorIds.to)}${reviewer}`;
    }
    case "session.article_removed":
      return `${who} took ${article(event.articleId, event.data.title)} out of ${session(event.data.sessionId)}`;
    case "session.work_status_changed":
      return workMoveSentence(who, article(event.articleId), event.data.from, event.data.to);
    case "publisher.updated":
      return `${who} updated the publisher settings (${quoteExcerpt(event.data.name, 60)})`;
    case "article.publication_updated":
      return event.data.publicationUrl
        ? `${who} set where ${article(event.articleId)} is published (${hostOf(event.data.publicationUrl)})`
        : `${who} cleared where ${article(event.articleId)} is published`;
    case "claim.publication_updated":
      return `${who} edited the published statement of ${claim()}`;
    case "annotations.imported": {
      const { claims, links, orphans } = event.data;
      const lost = orphans > 0 ? `; ${orphans} could not be placed` : "";
      return `${who} imported ${plural(claims, "annotation")} and ${plural(links, "link")} into ${article(event.articleId)}${lost}`;
    }
    case "claim.reviewed":
      return reviewSentence(who, claim(), event.data.decision, event.data.claimVersion);
    case "claim.commented":
      return event.data.threadId ? `${who} replied about ${claim()}` : `${who} commented on ${claim()}`;
    case "claim.thread_resolved":
      return `${who} resolved the discussion of ${claim()}`;
    case "article.signed_off":
      return `${who} signed off ${article(event.articleId)} (${plural(event.data.claims, "claim")})`;
    case "article.sign_off_superseded":
      return `${who} superseded the sign-off of ${article(event.articleId)}: ${SUPERSEDE_PHRASES[event.data.reason]}`;
    case "agreement.double_check_set":
      return event.data.doubleCheck
        ? `${who} made ${article(event.articleId)} a blind double check in ${session(event.data.sessionId)}`
        : `${who} made ${article(event.articleId)} a single check again in ${session(event.data.sessionId)}`;
    case "agreement.check_done":
      return event.data.allDone
        ? `${who} marked their check of ${article(event.articleId)} done; every checker is done, so it goes to reconciliation`
        : `${who} marked their check of ${article(event.articleId)} done`;
    case "agreement.check_reopened":
      return `${who} reopened ${user(event.data.editorId)}'s check of ${article(event.articleId)}`;
    case "claim.reconciled": {
      const from = people(event.data.fromEditorIds);
      const how = { KEEP: `kept ${from}'s`, MERGE: `merged ${from}'s`, ACCEPT: `accepted ${from}'s agreed` }[event.data.action];
      return `${who} ${how} ${claim(event.data.exact)} as ${verdictWord(event.data.verdict)} into ${article(event.articleId)}`;
    }
    case "agreement.dropped":
      return `${who} dropped the claim ${people(event.data.fromEditorIds)} marked in ${article(event.articleId)}`;
    default: {
      const unknown: never = event;
      return `${who} did ${(unknown as { action: string }).action}`;
    }
  }
}


function reviewSentence(who: string, claim: string, decision: ReviewDecision, version: number): string {
  if (decision === "APPROVE") return `${who} approved ${claim} (v${version})`;
  if (decision === "REJECT") return `${who} rejected the verdict of ${claim} (v${version})`;
  return `${who} requested changes to ${claim} (v${version})`;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "a source";
  }
}

function sessionChanges(data: Extract<DescribableEvent, { action: "session.updated" }>["data"]): string[] {
  const parts: string[] = [];
  if (data.name) parts.push(`renamed from ${quoteExcerpt(data.name.from, 60)}`);
  if (data.briefChanged) parts.push("new brief");
  if (data.deadline) parts.push(data.deadline.to === null ? "deadline removed" : data.deadline.from === null ? "deadline set" : "deadline moved");
  if (data.anyReviewerMayReview) parts.push(data.anyReviewerMayReview.to ? "any reviewer may review" : "only assigned reviewers review");
  if (data.publicationUrl) parts.push("publication address changed");
  return parts.length ? parts : ["settings saved"];
}

function sessionMoveSentence(
  who: string,
  name: string,
  data: Extract<DescribableEvent, { action: "session.status_changed" }>["data"],
): string {
  const why = data.reason ? `: “${data.reason}”` : "";
  switch (data.to) {
    case "IN_REVIEW":
      return `${who} moved ${name} to review`;
    case "OPEN":
      return data.from === "IN_REVIEW" ? `${who} moved ${name} back to work` : `${who} reopened ${name}${why}`;
    case "SIGNED_OFF":
      return data.automatic ? `${name} was signed off: every article is` : `${who} signed off the session ${name}`;
    case "CLOSED":
      return `${who} closed ${name}`;
  }
}

function workMoveSentence(who: string, title: string, from: WorkStatus, to: WorkStatus): string {
  if (to === "IN_PROGRESS") return from === "TO_DO" ? `${who} started work on ${title}` : `${who} resumed work on ${title}`;
  if (to === "READY_FOR_REVIEW") return `${who} handed ${title} over for review`;
  if (to === "CHANGES_REQUESTED") return `${who} requested changes to ${title}`;
  if (to === "SIGNED_OFF") return `${who} signed off ${title}`;
  return `${who} moved ${title} to ${workWord(to)}`;
}
