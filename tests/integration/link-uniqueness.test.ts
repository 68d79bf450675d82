import pg from "pg";
import { describe, expect, it } from "vitest";
import { listMigrations } from "../../scripts/lib/run-migrations";
import { getDb } from "@/lib/db";
import type { Actor } from "@/lib/domain/roles";
import { htmlToDoc } from "@/lib/editor/html-to-doc";
import { correctArticleText } from "@/lib/server/articles/correct-article-text";
import { createOrFindPassageLink, createPassageLink } from "@/lib/server/links/create-passage-link";
import { listArticleIncomingLinks } from "@/lib/server/links/list-article-incoming-links";
import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeTeam } from "@/lib/factories/make-team";
import { expectAppError } from "./expect-app-error";

function addArticle(actor: Actor, title: string, html: string) {
  return makeArticle(actor, { title, html });
}

async function setup(label: string, targetHtml = `<p>City hall confirmed the tunnel opens in June (${label}).</p>`) {
  const team = await makeTeam(label);
  const a = await addArticle(team.editor, `Source ${label}`, `<p>The mayor said the tunnel will open in June (${label}).</p>`);
  const b = await addArticle(team.editor, `Target ${label}`, targetHtml);
  const claim = await makeClaim(team.editor, a, { quote: "the tunnel will open in June" });
  return { team, a, b, claim };
}

const linkRows = (claimId: string) => getDb().passageLink.findMany({ where: { claimId }, select: { id: true, relation: true } });

describe("one link per claim and passage", () => {
  it("stores one link when many identical requests race, and answers every caller with it", async () => {
    const { team, a, b, claim } = await setup("race");
    const input = { targetArticleId: b.id, revisionId: b.revisionId, anchor: b.anchorOf("the tunnel opens in June"), relation: "CORROBORATES" as const, note: "Same date" };
    const results = await Promise.all(Array.from({ length: 8 }, () => createOrFindPassageLink(team.editor, a.id, claim.id, input)));

    const rows = await linkRows(claim.id);
    expect(rows).toHaveLength(1);
    expect(new Set(results.map((r) => r.link.id))).toEqual(new Set([rows[0].id]));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results.every((r) => r.link.note === "Same date" && r.link.target.anchor.quote.exact === "the tunnel opens in June")).toBe(true);
    const audited = await getDb().auditEvent.count({ where: { workspaceId: team.workspaceId, action: "link.created" } });
    expect(audited).toBe(1);
  });

  it("races between a suggestion and the same words selected by hand end in one link", async () => {
    const { team, a, b, claim } = await setup("race-suggestion");
    const passage = await getDb().passage.findFirstOrThrow({ where: { articleId: b.id }, select: { id: true, text: true } });
    const bySelection = { targetArticleId: b.id, revisionId: b.revisionId, anchor: b.anchorOf(passage.text), relation: "SAME_CLAIM" as const };
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => createOrFindPassageLink(team.editor, a.id, claim.id, i % 2 ? bySelection : { passageId: passage.id, relation: "SAME_CLAIM" })),
    );
    expect(await linkRows(claim.id)).toHaveLength(1);
    expect(new Set(results.map((r) => r.link.id)).size).toBe(1);
  });

  it("answers a repeated request with the existing link, and a different relation with DUPLICATE and that link", async () => {
    const { team, a, b, claim } = await setup("repeat");
    const input = { targetArticleId: b.id, revisionId: b.revisionId, anchor: b.anchorOf("the tunnel opens in June"), relation: "CORROBORATES" as const };
    const first = await createOrFindPassageLink(team.editor, a.id, claim.id, input);
    const again = await createOrFindPassageLink(team.admin, a.id, claim.id, { ...input, note: "" });
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ created: false, link: { id: first.link.id, version: 1, createdBy: { id: team.editor.userId } } });
    const refused = await expectAppError(createPassageLink(team.admin, a.id, claim.id, { ...input, relation: "CONTRADICTS" }), "DUPLICATE");
    expect((refused as unknown as { details: { linkId: string; current: { relation: string } } }).details).toMatchObject({
      linkId: first.link.id, current: { relation: "CORROBORATES" },
    });
    await expectAppError(createPassageLink(team.admin, a.id, claim.id, { ...input, note: "Another note" }), "DUPLICATE");
    expect(await linkRows(claim.id)).toHaveLength(1);
  });

  it("turns a second link of one claim into an orphan when a correction moves both onto the same words", async () => {
    const { team, a, b, claim } = await setup("collide", "<p>Officials said it opens in June.</p><p>Later, officials said it opens in June.</p>");
    const first = await createPassageLink(team.editor, a.id, claim.id, { targetArticleId: b.id, revisionId: b.revisionId, anchor: b.anchorOf("said it opens in June"), relation: "CORROBORATES" });
    const second = await createPassageLink(team.editor, a.id, claim.id, { targetArticleId: b.id, revisionId: b.revisionId, anchor: b.anchorOf("said it opens in June", 20), relation: "SAME_CLAIM" });
    expect(second.target.anchor.position.start).toBeGreaterThan(first.target.anchor.position.start);
    // The sentence now appears once: both links would land on it.
    const result = await correctArticleText(team.editor, b.id, b.revisionId, htmlToDoc("<p>Later, officials said it opens in June.</p>"));
    expect(result.links).toEqual({ reanchored: 1, orphans: [second.id] });
    const incoming = await listArticleIncomingLinks(team.viewer, b.id);
    expect(incoming.find((l) => l.id === first.id)?.target).toMatchObject({ orphaned: false, revisionId: result.revision.id });
    expect(incoming.find((l) => l.id === second.id)?.target).toMatchObject({ orphaned: true, revisionId: b.revisionId });
  });

  it("the migration keeps the oldest of twin links an older database may hold", async () => {
    const { team, a, b, claim } = await setup("twins");
    const kept = await createPassageLink(team.editor, a.id, claim.id, { targetArticleId: b.id, revisionId: b.revisionId, anchor: b.anchorOf("the tunnel opens in June"), relation: "CORROBORATES" });
    const other = await createPassageLink(team.editor, a.id, claim.id, { targetArticleId: b.id, revisionId: b.revisionId, anchor: b.anchorOf("City hall"), relation: "CORROBORATES" });
    const migration = listMigrations().find((m) => m.name.endsWith("_unique_passage_links"))!;
    // The migration's DDL runs as the owner, as migrations do.
    const client = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      // The database as it was before the migration: no index, and twins of one link.
      await client.query(`CREATE INDEX "PassageLink_claimId_idx" ON "PassageLink"("claimId")`);
      await client.query(`DROP INDEX "PassageLink_claimId_targetRevisionId_start_end_key"`);
      for (const [id, offset] of [["twin-later", "1 hour"], ["twin-same-time", "0"]]) {
        await client.query(
          `INSERT INTO "PassageLink" (id, "workspaceId", "claimId", "targetArticleId", "targetRevisionId", exact, prefix, suffix, start, "end", orphaned, relation, note, version, "createdById", "updatedById", "createdAt", "updatedAt")
           SELECT $2, "workspaceId", "claimId", "targetArticleId", "targetRevisionId", exact, prefix, suffix, start, "end", orphaned, 'CONTRADICTS', 'twin', version, "createdById", "updatedById", "createdAt" + $3::interval, now()
             FROM "PassageLink" WHERE id = $1`,
          [kept.id, `zz-${id}`, offset],
        );
      }
      const before = await client.query(`SELECT id FROM "PassageLink" WHERE "claimId" = $1`, [claim.id]);
      expect(before.rowCount).toBe(4);
      await client.query(migration.sql);
      const after = await client.query<{ id: string }>(`SELECT id FROM "PassageLink" WHERE "claimId" = $1 ORDER BY id`, [claim.id]);
      expect(after.rows.map((r) => r.id).sort()).toEqual([kept.id, other.id].sort());
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
    expect(await linkRows(claim.id)).toHaveLength(2);
  });
});
