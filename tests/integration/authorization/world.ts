import { getDb } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeEvidence } from "@/lib/factories/make-evidence";
import { makeLink } from "@/lib/factories/make-link";
import { makeMember, type TeamMember } from "@/lib/factories/make-member";
import { makeSession } from "@/lib/factories/make-session";
import { makeSessionArticle } from "@/lib/factories/make-session-article";
import { makeTeam, type Team } from "@/lib/factories/make-team";
import { uniqueSuffix } from "@/lib/factories/unique-suffix";
import { markCheckDone } from "@/lib/server/agreement/mark-check-done";
import { createApiToken } from "@/lib/server/auth/create-api-token";

export const ROLE_KEYS = ["admin", "editor", "reviewer", "viewer"] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];
export const roleOf = (key: RoleKey) => key.toUpperCase() as Role;

const WORDS = "The council said the harbour tunnel will open in June, two months late, and cost 40 million euros.";
const OTHER = "City hall confirmed the harbour tunnel opens in June; costs climbed to 40 million euros, officials said.";

/**
 * One workspace's resources for the authorization matrix: its members (with
 * API tokens), and factories of fresh rows for writes (each call makes new
 * ones, so one role's write never changes what the next role is asked to do).
 */
export interface World {
  team: Team;
  workspaceId: string;
  tokens: Record<RoleKey, string>;
  /** A new article pair (source with a claim, target in the same workspace) and what hangs off it. */
  fresh: {
    article(): Promise<Awaited<ReturnType<typeof makeArticle>>>;
    claim(): Promise<{ article: Awaited<ReturnType<typeof makeArticle>>; target: Awaited<ReturnType<typeof makeArticle>>; claim: Awaited<ReturnType<typeof makeClaim>> }>;
    evidence(): Promise<{ articleId: string; claimId: string; evidenceId: string }>;
    link(): Promise<{ articleId: string; claimId: string; linkId: string; version: number }>;
    /** Two claims joined by a SAME_CLAIM link, rated differently. */
    disagreement(): Promise<{ articleId: string; claimId: string }>;
    /** A suggested passage for a claim (another article's sentence). */
    suggestion(): Promise<{ articleId: string; claimId: string; passageId: string }>;
    member(role: Role): Promise<TeamMember & { membershipId: string }>;
    /** An open annotation session with no articles. */
    session(): Promise<{ id: string }>;
    /** An open session with one article, assigned to the team's editor and reviewed by its reviewer (TO_DO). */
    sessionArticle(): Promise<{ sessionId: string; articleId: string }>;
    /**
     * A blind double check checked by the team's editor and admin, reviewed by its reviewer: each
     * marked "two months late" (pending and verified), and with `done` both marked their check done.
     */
    doubleCheck(opts?: { done?: boolean }): Promise<{ sessionId: string; articleId: string; key: string }>;
    token(member: RoleKey): Promise<{ id: string }>;
    /** A finished (DONE) Markdown export that `member` asked for. */
    exportJob(member: RoleKey): Promise<{ id: string }>;
  };
}

/** A workspace with one member per role, each with an API token, and fresh-resource factories. */
export async function makeWorld(label: string): Promise<World> {
  const team = await makeTeam(label);
  const tokens = {} as Record<RoleKey, string>;
  for (const key of ROLE_KEYS) tokens[key] = (await createApiToken(team[key], "matrix")).token;
  const editor = team.editor;
  const article = () => makeArticle(editor, { title: `Tunnel ${uniqueSuffix()}`, text: `${WORDS} (${uniqueSuffix()})` });
  const claim = async () => {
    const [a, b] = [await article(), await makeArticle(editor, { title: `Hall ${uniqueSuffix()}`, text: `${OTHER} (${uniqueSuffix()})` })];
    return { article: a, target: b, claim: await makeClaim(editor, a, { quote: "the harbour tunnel will open in June" }) };
  };
  return {
    team,
    workspaceId: team.workspaceId,
    tokens,
    fresh: {
      article,
      claim,
      async evidence() {
        const { claim: c } = await claim();
        const item = await makeEvidence(editor, c);
        return { articleId: c.articleId, claimId: c.id, evidenceId: item.id };
      },
      async link() {
        const { claim: c, target } = await claim();
        const link = await makeLink(editor, c, target, { quote: "the harbour tunnel opens in June" });
        return { articleId: c.articleId, claimId: c.id, linkId: link.id, version: link.version };
      },
      async disagreement() {
        const { article: a, target } = await claim();
        const rated = await makeClaim(editor, a, { quote: "cost 40 million euros", verdict: "VERIFIED" });
        await makeClaim(editor, target, { quote: "costs climbed to 40 million euros", verdict: "DISPUTED" });
        await makeLink(editor, rated, target, { quote: "costs climbed to 40 million euros", relation: "SAME_CLAIM" });
        return { articleId: rated.articleId, claimId: rated.id };
      },
      async suggestion() {
        const { claim: c, target } = await claim();
        const passage = await getDb().passage.findFirstOrThrow({ where: { articleId: target.id }, select: { id: true } });
        return { articleId: c.articleId, claimId: c.id, passageId: passage.id };
      },
      async member(role) {
        const member = await makeMember(team.workspaceId, role);
        const membership = await getDb().membership.findFirstOrThrow({ where: { userId: member.userId, workspaceId: team.workspaceId } });
        return { ...member, membershipId: membership.id };
      },
      session: () => makeSession(team.admin),
      async sessionArticle() {
        const session = await makeSession(team.admin);
        const a = await article();
        await makeSessionArticle(team.admin, session, a, { editors: [team.editor], reviewer: team.reviewer });
        return { sessionId: session.id, articleId: a.id };
      },
      async doubleCheck({ done = true } = {}) {
        const session = await makeSession(team.admin);
        const a = await article();
        await makeSessionArticle(team.admin, session, a, { editors: [team.editor, team.admin], reviewer: team.reviewer, doubleCheck: true });
        const mine = await makeClaim(team.editor, a, { quote: "two months late" });
        const theirs = await makeClaim(team.admin, a, { quote: "two months late", verdict: "VERIFIED" });
        if (done) for (const checker of [team.editor, team.admin]) await markCheckDone(checker, session.id, a.id);
        return { sessionId: session.id, articleId: a.id, key: [mine.id, theirs.id].sort().join("+") };
      },
      async token(member) {
        const token = await createApiToken(team[member], "to revoke");
        return { id: token.id };
      },
      async exportJob(member) {
        const a = await article();
        const file = Buffer.from(`# Fact-check: ${a.id}\n`);
        return getDb().exportJob.create({
          data: {
            workspaceId: team.workspaceId,
            requestedById: team[member].userId,
            targetType: "article",
            targetId: a.id,
            format: "md",
            status: "DONE",
            progress: 100,
            fileName: "fact-check.md",
            mediaType: "text/markdown; charset=utf-8",
            file,
            byteSize: file.length,
            finishedAt: new Date(),
            expiresAt: new Date(Date.now() + 60 * 60 * 1000),
          },
          select: { id: true },
        });
      },
    },
  };
}
