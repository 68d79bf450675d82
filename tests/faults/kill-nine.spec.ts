import pg from "pg";
import { expect, test } from "@playwright/test";
import { startApp } from "./app-server";
import { createFaultDatabase } from "./fault-database";

const TRIALS = 3;
const WRITERS = 8;

test("kill -9 with writes in flight loses no acknowledged write, and the audit trail stays whole", async () => {
  const { ownerUrl, appUrl, team, token, drop } = await createFaultDatabase("faults");
  try {
    const acknowledged: string[] = [];
    let attempted = 0;
    const refused = new Map<number, string>();
    const cut = new Set<string>();
    for (let trial = 0; trial < TRIALS; trial++) {
      const app = await startApp(appUrl);
      // A fresh server loads the import pipeline on its first write: warm it up, so writes then flow.
      const warm = await fetch(`${app.url}/api/v1/articles`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ title: `Warm-up ${trial}`, text: `The first write of trial ${trial}, before the others start.` }),
      });
      expect(warm.status).toBe(201);
      acknowledged.push(((await warm.json()) as { id: string }).id);
      let running = true;
      const writer = async (w: number) => {
        for (let i = 0; running; i++) {
          attempted++;
          try {
            const response = await fetch(`${app.url}/api/v1/articles`, {
              method: "POST",
              headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
              body: JSON.stringify({ title: `Write ${trial}-${w}-${i}`, text: `Written by writer ${w} in trial ${trial}, number ${i}, before the crash.` }),
            });
            if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
            else refused.set(response.status, (await response.text()).slice(0, 200));
          } catch (error) {
            // The kill cut this request: it was never acknowledged, so it may or may not have landed.
            cut.add(String((error as Error).cause ?? error).slice(0, 120));
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      await new Promise((resolve) => setTimeout(resolve, 3000));
      // Stop starting new writes, and kill the server while the last ones are in flight.
      running = false;
      await app.killHard();
      await Promise.all(writers);
    }

    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Article" WHERE id = ANY($1)`, [acknowledged]);
      console.log(`kill -9: ${TRIALS} trials, ${attempted} writes attempted, ${acknowledged.length} acknowledged, ${acknowledged.length - rows.length} lost`);
      expect(acknowledged.length, `answers other than 201: ${JSON.stringify([...refused])}; cut: ${JSON.stringify([...cut].slice(0, 5))}`).toBeGreaterThan(20);
      expect(rows.length).toBe(acknowledged.length);
      // Every stored article has its audit event, and the workspace's chain has no gap.
      const orphans = await client.query(`SELECT count(*)::int AS n FROM "Article" a WHERE a."workspaceId" = $1 AND NOT EXISTS (SELECT 1 FROM "AuditEvent" e WHERE e."entityId" = a.id)`, [team.workspaceId]);
      expect(orphans.rows[0].n).toBe(0);
      const gaps = await client.query(`SELECT count(*)::int - max(seq)::int AS gaps FROM "AuditEvent" WHERE stream = $1`, [`ws:${team.workspaceId}`]);
      expect(gaps.rows[0].gaps).toBe(0);
    } finally {
      await client.end();
    }
  } finally {
    await drop();
  }
});
