import type { Actor } from "@/lib/domain/roles";
import { editsInWorkspace, hasEditorRights, inWorkspace, type WorkspaceScoped } from "@/lib/domain/policies/policy-helpers";

/** What the article rules look at. */
export type ArticleResource = WorkspaceScoped;

/** Every member may list (and export) the workspace's articles. */
export const canListArticles = (_actor: Actor) => true;

/** Every member may read each article of their workspace. */
export const canReadArticle = (actor: Actor, article: ArticleResource) => inWorkspace(actor, article);

/** Importing articles is an editor's job (admins too). */
export const canImportArticles = (actor: Actor) => hasEditorRights(actor);

/** Correcting an article's text makes a new revision and moves every claim: editors and admins. */
export const canCorrectArticleText = (actor: Actor, article: ArticleResource) => editsInWorkspace(actor, article);

/** Deleting an article (to the trash) and restoring it: editors and admins. */
export const canDeleteArticle = (actor: Actor, article: ArticleResource) => editsInWorkspace(actor, article);

export const articleRules = {
  "article.list": { allows: canListArticles, what: "read articles" },
  "article.read": { allows: canReadArticle, what: "read articles" },
  "article.import": { allows: canImportArticles, what: "import articles" },
  "article.correct": { allows: canCorrectArticleText, what: "correct article text" },
  "article.delete": { allows: canDeleteArticle, what: "delete articles" },
  "article.restore": { allows: canDeleteArticle, what: "restore deleted articles" },
};
