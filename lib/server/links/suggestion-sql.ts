import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** Rows the full-text index may hand to ranking: the rarest claim words are OR-ed until their estimated matches reach this. */
const CANDIDATE_BUDGET = 3_000;
/** Candidates ranked by full-text rank before the (costlier) trigram similarity is computed. */
const RERANK_POOL = 100;
/** Longest claim text compared (trigrams grow with the text; a claim is a sentence or two). */
export const MAX_CLAIM_CHARS = 1_000;
/** Suggestions scoring below this share too little with the claim to be worth a look. */
export const MIN_SUGGESTION_SCORE = 0.15;
/** Score weights: share of claim words present, cover density, trigram word similarity, trigram similarity. */
const W_COVERAGE = 0.3;
const W_FTS = 0.1;
const W_WORD_SIM = 0.4;
const W_SIM = 0.2;

export interface SuggestionQuery {
  workspaceId: string;
  articleId: string;
  claimId: string;
  text: string;
  limit: number;
}

/**
 * The ranked suggestion query (one statement), exported for the benchmark's EXPLAIN.
 *
 * 1. The claim's lexemes (to_tsvector 'english') get a row estimate from the
 *    planner's own statistics of Passage.search (pg_stats most common
 *    elements; a lexeme missing there is rarer than the rarest listed one).
 * 2. The rarest lexemes, OR-ed until their estimated rows reach
 *    CANDIDATE_BUDGET, select candidates through the GIN index: a bounded set
 *    however common the claim's other words are. A claim of common words only
 *    AND-s its rarest few instead. Without statistics (a young, small
 *    database) every lexeme is used.
 * 3. Candidates in other articles of the workspace, not dismissed for this
 *    claim and not already linked to it, are pre-ranked by ts_rank against
 *    all of the claim's lexemes OR-ed; the best RERANK_POOL go on.
 * 4. Score = share of the claim's lexemes the passage contains, ts_rank_cd
 *    (normalised to 0..1), pg_trgm word_similarity (the claim against the
 *    best-matching stretch of the passage: changed inflections, a swapped
 *    word) and similarity (penalises long passages that match by accident).
 */
export function suggestionSql(q: SuggestionQuery): Prisma.Sql {
  const text = q.text.slice(0, MAX_CLAIM_CHARS);
  return Prisma.sql`
    WITH stats AS MATERIALIZED (
      SELECT s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs, greatest(c.reltuples, 0) AS n
        FROM pg_class c
        LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'Passage' AND s.attname = 'search'
       WHERE c.oid = '"Passage"'::regclass
    ),
    lexeme AS MATERIALIZED (
      SELECT l.word, st.n,
             coalesce(st.freqs[array_position(st.elems, l.word)], st.freqs[cardinality(st.elems) + 1] / 2, 0) * st.n AS est
        FROM unnest(tsvector_to_array(to_tsvector('english', ${text}))) AS l(word), stats st
       WHERE strpos(l.word, E'\\\\') = 0
    ),
    ordered AS (
      SELECT word, est, sum(est) OVER w AS cum, row_number() OVER w AS rn,
             -- rows holding all lexemes so far, were they independent
             n * exp(sum(ln(greatest(est, 1) / greatest(n, 1))) OVER w) AS together
        FROM lexeme WINDOW w AS (ORDER BY est, length(word) DESC, word)
    ),
    query AS MATERIALIZED (
      SELECT (CASE WHEN (SELECT min(est) FROM lexeme) <= ${CANDIDATE_BUDGET}
                -- the rarest lexemes, any of them
                THEN (SELECT string_agg(quote_literal(word), ' | ') FROM ordered WHERE rn = 1 OR cum <= ${CANDIDATE_BUDGET})
                -- only common words: all of the rarest few, until together they are rare enough
                ELSE (SELECT string_agg(quote_literal(o.word), ' & ') FROM ordered o
                       WHERE o.rn = 1 OR (SELECT b.together FROM ordered b WHERE b.rn = o.rn - 1) > ${CANDIDATE_BUDGET})
              END)::tsquery AS narrow,
             (SELECT string_agg(quote_literal(word), ' | ') FROM lexeme)::tsquery AS any_word,
             (SELECT array_agg(word) FROM lexeme) AS words
    ),
    candidate AS (
      SELECT p.id, p."articleId", p."revisionId", p.ordinal, p.start, p."end", p.text, p.search
        FROM "Passage" p
       WHERE p.search @@ (SELECT narrow FROM query)
         AND p."workspaceId" = ${q.workspaceId}
         AND p."articleId" <> ${q.articleId}
         AND NOT EXISTS (SELECT 1 FROM "DismissedSuggestion" d
                          WHERE d."claimId" = ${q.claimId} AND d."targetArticleId" = p."articleId" AND d."textHash" = p."textHash")
         AND NOT EXISTS (SELECT 1 FROM "PassageLink" k
                          WHERE k."claimId" = ${q.claimId} AND k."targetArticleId" = p."articleId"
                            AND NOT k.orphaned AND k.start < p."end" AND k."end" > p.start)
       -- ts_rank is ~10x cheaper than ts_rank_cd: it pre-ranks, ts_rank_cd scores the pool.
       ORDER BY ts_rank(p.search, (SELECT any_word FROM query)) DESC, p.id
       LIMIT ${RERANK_POOL}
    ),
    scored AS MATERIALIZED (
      SELECT c.*,
             (SELECT count(*) FROM unnest(tsvector_to_array(c.search)) AS w(word)
               WHERE w.word = ANY ((SELECT words FROM query)::text[]))::float8
               / greatest(cardinality((SELECT words FROM query)), 1) AS coverage,
             ts_rank_cd(c.search, (SELECT any_word FROM query), 32)::float8 AS fts,
             word_similarity(${text}, c.text)::float8 AS word_sim,
             similarity(${text}, c.text)::float8 AS sim
        FROM candidate c
    ),
    ranked AS MATERIALIZED (
      SELECT s.*, ${W_COVERAGE} * s.coverage + ${W_FTS} * s.fts + ${W_WORD_SIM} * s.word_sim + ${W_SIM} * s.sim AS score
        FROM scored s
    )
    SELECT r.id, r."articleId", r."revisionId", r.ordinal, r.start, r."end", r.text,
           a.title, a.outlet, a."publishedAt", r.coverage, r.fts, r.word_sim, r.sim, r.score
      FROM ranked r
      JOIN "Article" a ON a.id = r."articleId" AND a."deletedAt" IS NULL
     WHERE r.score >= ${MIN_SUGGESTION_SCORE}
     ORDER BY r.score DESC, r.id
     LIMIT ${q.limit}`;
}
