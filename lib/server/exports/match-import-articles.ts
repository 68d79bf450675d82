import "server-only";
import type { Tx } from "@/lib/db";
import { createCodePointIndex, type CodePointIndex } from "@/lib/domain/anchoring/code-points";
import type { ParsedTarget } from "@/lib/domain/exports/w3c-import-parse";

/** An article an imported annotation is placed in, with its current text. */
export interface ImportArticle {
  id: string;
  title: string;
  url: string | null;
  revisionId: string;
  sha256: string;
  plainText: string;
  /** The text's code point index, built once for every target placed in it. */
  codePoints: CodePointIndex;
}

/** A URL compared loosely: host in lower case, no fragment, no default port, no trailing slash. */
export function normalizeUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    url.hash = "";
    const path = url.pathname.replace(/\/+$/, "");
    return `${url.protocol}//${url.host.toLowerCase()}${path}${url.search}`;
  } catch {
    return null;
  }
}

/** The article id in a Crosscheck article page URL of this server ("…/articles/<id>"). */
export function articleIdFromPage(value: string | null, baseUrl: string): string | null {
  if (!value || !value.startsWith(`${baseUrl}/articles/`)) return null;
  return /\/articles\/([^/?#]+)$/.exec(value)?.[1] ?? null;
}

/**
 * Finds the article of the workspace each imported target belongs to: the
 * one the user picked, else the Crosscheck page it names (same server and
 * workspace), else the article whose text has the hash the target names,
 * else the article with the same source URL. Returns a lookup.
 */
export async function matchImportArticles(db: Tx, workspaceId: string, targets: readonly ParsedTarget[], options: { baseUrl: string; articleId?: string }) {
  const candidates = await db.article.findMany({ where: { workspaceId, deletedAt: null }, select: { id: true, title: true, url: true } });
  const byUrl = new Map<string, string[]>();
  for (const a of candidates) {
    const key = normalizeUrl(a.url);
    if (key) byUrl.set(key, [...(byUrl.get(key) ?? []), a.id]);
  }
  const known = new Set(candidates.map((a) => a.id));
  const shas = [...new Set(targets.flatMap((t) => (t.textSha256 ? [t.textSha256] : [])))];
  const bySha = new Map<string, string>();
  if (shas.length) {
    for (const r of await db.articleRevision.findMany({ where: { sha256: { in: shas }, article: { workspaceId } }, select: { articleId: true, sha256: true } })) {
      bySha.set(r.sha256, r.articleId);
    }
  }
  const pick = (t: ParsedTarget): string | null => {
    if (options.articleId) return options.articleId;
    const own = articleIdFromPage(t.scope, options.baseUrl) ?? articleIdFromPage(t.source, options.baseUrl);
    if (own && known.has(own)) return own;
    if (t.textSha256 && bySha.has(t.textSha256)) return bySha.get(t.textSha256)!;
    const sameUrl = byUrl.get(normalizeUrl(t.source) ?? "") ?? [];
    return sameUrl.at(-1) ?? null;
  };
  const ids = [...new Set(targets.map(pick).filter((id): id is string => id !== null))];
  const revisions = await db.articleRevision.findMany({
    where: { articleId: { in: ids } },
    orderBy: [{ articleId: "asc" }, { number: "desc" }],
    distinct: ["articleId"],
    select: { id: true, articleId: true, sha256: true, plainText: true },
  });
  const titles = new Map(candidates.map((a) => [a.id, a]));
  const articles = new Map<string, ImportArticle>(
    revisions.map((r) => [r.articleId, { id: r.articleId, title: titles.get(r.articleId)!.title, url: titles.get(r.articleId)!.url, revisionId: r.id, sha256: r.sha256, plainText: r.plainText, codePoints: createCodePointIndex(r.plainText) }]),
  );
  return (t: ParsedTarget): ImportArticle | null => {
    const id = pick(t);
    return id ? articles.get(id) ?? null : null;
  };
}
