import { z } from "zod";
import { storableDate } from "@/lib/domain/validation";
import { VERDICTS } from "@/lib/domain/claims/verdicts";

/** Columns the article list can be sorted by; "relevance" only means something with a search. */
export const ARTICLE_SORTS = ["relevance", "published", "title", "outlet", "claims"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

/** Rows per page the list offers; any size from 1 to the maximum is accepted. */
export const ARTICLE_PAGE_SIZES = [25, 50, 100] as const;
export const ARTICLE_MAX_PAGE_SIZE = 200;

/** An absent or empty query param is no param (a GET form sends empty fields). */
const blankIsAbsent = (value: unknown) => (value === "" || value === null ? undefined : value);

/** A calendar day as a GET form sends it (yyyy-mm-dd), or any date the API is given. */
const day = (message: string) =>
  z.preprocess(blankIsAbsent, storableDate(message).optional());

/** Filters, sorting and paging of the article list (page query string and API query alike). */
export const articleQuerySchema = z.object({
  q: z.preprocess(blankIsAbsent, z.string({ error: "The search is text." }).trim().max(200, "Search with at most 200 characters.").optional()).transform((v) => v || undefined),
  outlet: z.preprocess(blankIsAbsent, z.string({ error: "The outlet is text." }).trim().max(200, "An outlet name has at most 200 characters.").optional()).transform((v) => v || undefined),
  from: day("The start date is not a date: use the date picker (yyyy-mm-dd)."),
  to: day("The end date is not a date: use the date picker (yyyy-mm-dd)."),
  /** Only articles with at least one claim of this verdict ("NONE": no claims yet). */
  verdict: z.preprocess(
    blankIsAbsent,
    z.enum([...VERDICTS, "NONE"], { error: "Choose which claims from the list: pending, verified, disputed, sourced only or no claims yet." }).optional(),
  ),
  /** Default: relevance when searching, else newest publication first. */
  sort: z.preprocess(blankIsAbsent, z.enum(ARTICLE_SORTS, { error: "Sort by relevance, published, title, outlet or claims." }).optional()),
  /** Default: descending for relevance, published and claims; ascending for title and outlet. */
  dir: z.preprocess(blankIsAbsent, z.enum(["asc", "desc"], { error: "Sort direction is asc or desc." }).optional()),
  /** 1-based page number. */
  page: z.preprocess(blankIsAbsent, z.coerce.number({ error: "The page is a number from 1." }).int("The page is a number from 1.").min(1, "The page is a number from 1.").default(1)),
  pageSize: z.preprocess(
    blankIsAbsent,
    z.coerce.number({ error: `Show from 1 to ${ARTICLE_MAX_PAGE_SIZE} articles per page.` }).int(`Show from 1 to ${ARTICLE_MAX_PAGE_SIZE} articles per page.`)
      .min(1, `Show from 1 to ${ARTICLE_MAX_PAGE_SIZE} articles per page.`).max(ARTICLE_MAX_PAGE_SIZE, `Show at most ${ARTICLE_MAX_PAGE_SIZE} articles per page.`).default(50),
  ),
}).refine((query) => !query.from || !query.to || query.from <= query.to, { message: "The start date is after the end date.", path: ["to"] });
export type ArticleQuery = z.infer<typeof articleQuerySchema>;

/** The sort a query really gets: its own, else relevance when searching, else newest first. */
export function effectiveArticleSort(query: Pick<Partial<ArticleQuery>, "q" | "sort" | "dir">): { sort: ArticleSort; dir: "asc" | "desc" } {
  const sort = query.sort === "relevance" && !query.q ? "published" : (query.sort ?? (query.q ? "relevance" : "published"));
  return { sort, dir: query.dir ?? (sort === "title" || sort === "outlet" ? "asc" : "desc") };
}

/**
 * Reads the list page's query string the forgiving way a page should: an empty
 * field is no filter, and a field that is not valid is dropped (with a message
 * for the reader) while every valid filter still applies.
 */
export function parseArticleQuery(raw: Record<string, string | undefined>): { query: ArticleQuery; problems: string[] } {
  const first = articleQuerySchema.safeParse(raw);
  if (first.success) return { query: first.data, problems: [] };
  const problems = [...new Set(first.error.issues.map((issue) => issue.message))];
  const bad = new Set(first.error.issues.map((issue) => String(issue.path[0] ?? "")));
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !bad.has(key)));
  const second = articleQuerySchema.safeParse(kept);
  return { query: second.success ? second.data : articleQuerySchema.parse({}), problems };
}
