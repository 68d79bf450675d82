import type { Role } from "@/lib/domain/roles";
import type { ArticleHandle } from "@/lib/factories/article-handle";
import type { TeamMember } from "@/lib/factories/make-member";
import { makeSession } from "@/lib/factories/make-session";
import { makeSessionArticle } from "@/lib/factories/make-session-article";
import { paragraphsDoc } from "@/lib/factories/paragraphs-doc";
import { setWorkStatus } from "@/lib/server/sessions/set-work-status";

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo's annotation session: three of the four reports handed out (two to
 * the editor, one to the admin, all reviewed by the reviewer), one already
 * handed over for review and one in progress, due three days after seeding.
 */
export async function seedDemoSession(members: Record<Role, TeamMember>, articles: readonly ArticleHandle[]) {
  const { ADMIN: admin, EDITOR: editor, REVIEWER: reviewer } = members;
  const brief = {
    ...paragraphsDoc([
      "Check every figure on the evacuation and the dam's safety against the authority's statements.",
      "House rules: rate a number verified only with a primary source; link contradicting reports to each other.",
    ]),
  };
  const session = await makeSession(admin, { name: "Larchmere spillway failure", brief, deadline: new Date(Date.now() + 3 * DAY) });
  const [first, second, third] = articles;
  await makeSessionArticle(admin, session, first, { editors: [editor], reviewer });
  await makeSessionArticle(admin, session, second, { editors: [editor], reviewer });
  await makeSessionArticle(admin, session, third, { editors: [admin], reviewer });
  await setWorkStatus(editor, session.id, first.id, { status: "IN_PROGRESS" });
  await setWorkStatus(editor, session.id, first.id, { status: "READY_FOR_REVIEW" });
  await setWorkStatus(editor, session.id, second.id, { status: "IN_PROGRESS" });
  return session;
}
