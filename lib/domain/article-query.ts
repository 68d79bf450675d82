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

/** Filters, sorting and paging of the article list (page query string and API query alike). */
export const articleQuerySchema = z.object({
  q: z.string().trim().max(200).optional().transform((v) => v || undefined),
  outlet: z.string().trim().max(200).optional().transform((v) => v || undefined),
  from: storableDate("Enter a valid start date.").optional(),
  to: storableDate("Enter a valid end date.").optional(),
  /** Only articles with at least one claim of this verdict ("NONE": no claims yet). */
  verdict: z.enum([...VERDICTS, "NONE"]).optional(),
  /** Default: relevance when searching, else newest publication first. */
  sort: z.preprocess(blankIsAbsent, z.enum(ARTICLE_SORTS, { error: "Sort by relevance, published, title, outlet or claims." }).optional()),
  /** Default: descending for relevance, published and claims; ascending for title and outlet. */
  dir: z.preprocess(blankIsAbsent, z.enum(["asc", "desc"], { error: "Sort direction is asc or desc." }).optional()),
  /** 1-based page number. */
  page: z.preprocess(blankIsAbsent, z.coerce.number({ error: "The page is a number from 1." }).int().min(1, "The page is a number from 1.").default(1)),
  pageSize: z.preprocess(
    blankIsAbsent,
    z.coerce.number().int().min(1).max(ARTICLE_MAX_PAGE_SIZE, `Show at most ${ARTICLE_MAX_PAGE_SIZE} articles per page.`).default(50),
  ),
});
export type ArticleQuery = z.infer<typeof articleQuerySchema>;

/** The sort a query really gets: its own, else relevance when searching, else newest first. */
export function effectiveArticleSort(query: Pick<Partial<ArticleQuery>, "q" | "sort" | "dir">): { sort: ArticleSort; dir: "asc" | "desc" } {
  const sort = query.sort === "relevance" && !query.q ? "published" : (query.sort ?? (query.q ? "relevance" : "published"));
  return { sort, dir: query.dir ?? (sort === "title" || sort === "outlet" ? "asc" : "desc") };
}
