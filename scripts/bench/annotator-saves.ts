/**
 * Claim save round trips, as the annotator's save queue makes them: one
 * request at a time, with the signed-in editor's session cookie, timed from
 * just before fetch() to the parsed JSON body.
 */
import type { Seeded } from "./annotator-setup";
import { freshRanges } from "./annotator-data";

const VERDICTS = ["PENDING", "VERIFIED", "DISPUTED", "SOURCED_ONLY"] as const;

export interface SaveTimings {
  samples: number[];
  warmup: number;
}

async function timed(url: string, init: RequestInit, expected: number): Promise<{ ms: number; body: unknown }> {
  const started = performance.now();
  const response = await fetch(url, init);
  const body = await response.json();
  const ms = performance.now() - started;
  if (response.status !== expected) throw new Error(`${init.method} ${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return { ms, body };
}

/**
 * `count` sequential PATCHes re-rating claims spread over the article (each
 * with the claim's current version), after `warmup` untimed ones.
 */
export async function measurePatches(baseUrl: string, cookie: string, seeded: Seeded, count = 200, warmup = 10): Promise<SaveTimings> {
  const samples: number[] = [];
  const claims = seeded.claims;
  const step = Math.max(1, Math.floor(claims.length / (count + warmup)));
  for (let i = 0; i < count + warmup; i++) {
    const claim = claims[(i * step) % claims.length];
    const verdict = VERDICTS[(VERDICTS.indexOf(claim.verdict) + 1 + (i % 3)) % VERDICTS.length];
    const { ms, body } = await timed(
      `${baseUrl}/api/v1/articles/${seeded.articleId}/claims/${claim.id}`,
      { method: "PATCH", headers: { "Content-Type": "application/json", Cookie: cookie }, body: JSON.stringify({ version: claim.version, verdict }) },
      200,
    );
    const saved = body as { version: number; verdict: typeof verdict };
    claim.version = saved.version;
    claim.verdict = saved.verdict;
    if (i >= warmup) samples.push(ms);
  }
  return { samples, warmup };
}

/** `count` sequential POSTs tagging new whole-sentence claims, after `warmup` untimed ones. */
export async function measureCreates(baseUrl: string, cookie: string, seeded: Seeded, count = 200, warmup = 10): Promise<SaveTimings> {
  const { createAnchor } = await import("../../lib/domain/anchoring/selectors");
  const samples: number[] = [];
  const ranges = freshRanges(seeded.article, seeded.claims, count + warmup);
  for (const [i, range] of ranges.entries()) {
    const anchor = createAnchor(seeded.plainText, range.start, range.end);
    const { ms } = await timed(
      `${baseUrl}/api/v1/articles/${seeded.articleId}/claims`,
      {
        method: "POST",
        headers: { "Content-Type": "application/json", Cookie: cookie },
        body: JSON.stringify({ revisionId: seeded.revisionId, anchor, verdict: VERDICTS[i % VERDICTS.length] }),
      },
      201,
    );
    if (i >= warmup) samples.push(ms);
  }
  return { samples, warmup };
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
