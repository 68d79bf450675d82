import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { UTF8_BOM } from "@/lib/domain/exports/report-csv";
import { insertSession } from "@/lib/factories/insert-session";
import { makeTeam } from "@/lib/factories/make-team";
import { deleteExpiredExports } from "@/lib/server/exports/delete-expired-exports";
import { exportArticleReport, exportSessionReport, type ReportOutcome } from "@/lib/server/exports/export-report";
import { EXPORT_QUEUE, exportQueue, stopExportQueue } from "@/lib/server/exports/export-queue";
import { getExportFile, getExportJob } from "@/lib/server/exports/get-export-job";
import { loadSessionReport } from "@/lib/server/exports/load-session-report";
import { printPdf } from "@/lib/server/exports/print-pdf";
import { reportToHtmlParts } from "@/lib/domain/exports/report-html";
import { runExportJob } from "@/lib/server/exports/run-export-job";
import { startExportWorker } from "@/lib/server/exports/start-export-worker";
import { expectAppError } from "./expect-app-error";
import { makeStory } from "./exports-fixture";

const text = (outcome: ReportOutcome) => {
  if (outcome.kind !== "file") throw new Error("expected a file");
  // ignoreBOM keeps a byte order mark in the text, where the CSV test looks for it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(outcome.file.body);
};

afterAll(async () => {
  await stopExportQueue();
});

describe("article and session reports", () => {
  it("writes the article report as HTML: metadata, summary, every claim in reading order, DRAFT and 'not reviewed'", async () => {
    const team = await makeTeam("report");
    const { a } = await makeStory(team.editor);
    const outcome = await exportArticleReport(team.viewer, a.id, "html", "Europe/Paris");
    const html = text(outcome);
    expect(outcome.kind === "file" && outcome.file).toMatchObject({ mediaType: "text/html; charset=utf-8", fileName: "fact-check-tunnel-to-open-in-june-mayor-says-draft.html" });
    expect(html).toContain("<h1 class=\"title\">Tunnel to open in June, mayor says</h1>");
    expect(html).toContain("https://harbour.example/news/tunnel-june");
    expect(html).toMatch(/Revision<\/dt><dd>1 · <span class="mono">sha256 [0-9a-f]{64}/);
    expect(html).toContain('class="draft-mark"');
    expect(html).toContain("Not signed off");
    const order = ["the tunnel will open in June", "東京 engineers 👷 said the budget rose", "=SUM(A1:A9) is what the spreadsheet showed"].map((q) => html.indexOf(q));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(html).toContain("<strong>minutes</strong>");
    expect(html).toContain("Opening: July &lt;2026&gt;");
    expect(html).toContain("Checked 3 Apr 2026");
    expect(html).toContain("Contradicts</span> “Tunnel delayed to autumn, engineers warn”, Morning Star");
    expect(html).toContain("First appeared in “City hall confirms June opening”, Evening Ledger");
    expect(html).toContain("verdicts disagree");
    expect((html.match(/<strong>Review:<\/strong> Not reviewed\./g) ?? []).length).toBe(3);
    expect(html).not.toMatch(/<script|src="http/);
  });

  it("writes Markdown and CSV from the same model; the CSV has a BOM and defuses spreadsheet formulas", async () => {
    const team = await makeTeam("formats");
    const { a } = await makeStory(team.editor);
    const md = text(await exportArticleReport(team.viewer, a.id, "md", "UTC"));
    expect(md).toMatch(/^> \*\*DRAFT — not signed off\.\*\*/);
    expect(md).toContain("# Tunnel to open in June, mayor says");
    expect(md).toContain("### Claim 1 — ✘ Disputed");
    expect(md).toContain("The council **minutes** say July; see [the minutes](<https://city.example/minutes>).");
    const csv = text(await exportArticleReport(team.viewer, a.id, "csv", "UTC"));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    expect(lines[0]).toMatch(/^Article,Outlet,Article published,Source URL,/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain("'=SUM(A1:A9) is what the spreadsheet showed");
    expect(csv).not.toMatch(/,=/);
  });

  it("prints PDFs in a background job (progress, a file kept for a day) and says so clearly without Chromium", async () => {
    const team = await makeTeam("pdf");
    const { a } = await makeStory(team.editor);
    const outcome = await exportArticleReport(team.viewer, a.id, "pdf", "UTC");
    if (outcome.kind !== "job") throw new Error("a PDF is a job");
    expect(outcome.job).toMatchObject({ status: "QUEUED", progress: 0, statusUrl: `/api/v1/exports/${outcome.job.id}`, downloadUrl: null });
    await expectAppError(getExportFile(team.viewer, outcome.job.id), "CONFLICT");
    await expectAppError(getExportJob(team.editor, outcome.job.id), "NOT_FOUND"); // someone else's
    await runExportJob({ jobId: outcome.job.id, timeZone: "UTC" });
    expect(await getExportJob(team.viewer, outcome.job.id)).toMatchObject({ status: "DONE", progress: 100, downloadUrl: `/api/v1/exports/${outcome.job.id}/file` });
    const file = await getExportFile(team.viewer, outcome.job.id);
    expect(file.mediaType).toBe("application/pdf");
    expect(new TextDecoder().decode(file.body.slice(0, 5))).toBe("%PDF-");
    const pdf = await PDFDocument.load(file.body, { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getProducer()).toBe("Crosscheck");

    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = "/nowhere/chromium";
    try {
      const error = await expectAppError(exportArticleReport(team.viewer, a.id, "pdf", "UTC"), "UNAVAILABLE");
      expect(error.message).toContain("CHROMIUM_PATH");
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }

    await getDb().exportJob.update({ where: { id: outcome.job.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await deleteExpiredExports()).toBeGreaterThanOrEqual(1);
    await expectAppError(getExportJob(team.viewer, outcome.job.id), "NOT_FOUND");
  });

  it("builds a session report through the shared queue: cover, article table, statements several outlets carry", async () => {
    const team = await makeTeam("session");
    const { a, b, c } = await makeStory(team.editor);
    const session = await insertSession(team.admin, {
      name: "Tunnel week",
      brief: ["Check every date and cost."],
      members: [team.editor, team.reviewer],
      articles: [{ id: a.id, editors: [team.editor], reviewer: team.reviewer }, { id: b.id, editors: [team.editor] }, { id: c.id }],
    });
    await startExportWorker();
    const outcome = await exportSessionReport(team.viewer, session.id, "html", "UTC");
    if (outcome.kind !== "job") throw new Error("a session report is a job");
    let job = outcome.job;
    for (let i = 0; i < 60 && job.status !== "DONE" && job.status !== "FAILED"; i++) {
      await new Promise((r) => setTimeout(r, 500));
      job = await getExportJob(team.viewer, job.id);
    }
    expect(job).toMatchObject({ status: "DONE", progress: 100 });
    const html = new TextDecoder().decode((await getExportFile(team.viewer, job.id)).body);
    expect(html).toContain("<h1 class=\"title\">Tunnel week</h1>");
    expect(html).toContain("Check every date and cost.");
    expect(html).toMatch(/<li>Editor [^<]+ <span class="muted">Editor<\/span><\/li>/);
    expect(html).toContain('<a href="#article-' + a.id + '">Tunnel to open in June, mayor says</a>');
    expect(html).toContain("Statements carried by several outlets");
    expect(html).toMatch(/<q>City hall confirmed the tunnel will open in June<\/q><\/td><td>“City hall confirms June opening”, Evening Ledger/);
    expect(html).toContain('<strong class="disagree">disagree</strong>');
    expect((await (await exportQueue()).getQueueSize(EXPORT_QUEUE))).toBe(0);
    await expectAppError(exportSessionReport(team.viewer, "no-such-session", "html", "UTC"), "NOT_FOUND");
  });

  it("prints a session PDF in parts whose article table jumps to each article, across parts", async () => {
    const team = await makeTeam("pdf-links");
    const { a, b, c } = await makeStory(team.editor);
    const session = await insertSession(team.admin, { name: "Tunnel week", brief: [], members: [team.editor], articles: [{ id: a.id }, { id: b.id }, { id: c.id }] });
    const report = await loadSessionReport(getDb(), team.workspaceId, session.id);
    // One article per part: the table (in the first part) links into the two others.
    const parts = reportToHtmlParts(report, { timeZone: "UTC" }, 1);
    expect(parts).toHaveLength(3);
    const shares: number[] = [];
    const pdf = await PDFDocument.load(await printPdf(parts, { title: "Tunnel week", draft: true }, (share) => shares.push(share)));
    expect(shares).toEqual([1 / 3, 2 / 3, 1]);
    const pageIndex = new Map(pdf.getPages().map((page, i) => [page.ref.toString(), i]));
    const jumps = pdf.getPages().flatMap((page, from) => {
      const annots = page.node.Annots();
      return Array.from({ length: annots?.size() ?? 0 }, (_, i) => annots!.lookup(i, PDFDict))
        .map((annot) => annot.lookupMaybe(PDFName.of("Dest"), PDFArray)?.get(0))
        .filter((ref): ref is PDFRef => ref instanceof PDFRef)
        .map((ref) => ({ from, to: pageIndex.get(ref.toString()) }));
    });
    // The three rows of the article table (a title wrapping over lines is one link per line), each to a later page.
    expect(jumps.length).toBeGreaterThanOrEqual(3);
    expect(jumps.every((j) => j.to !== undefined && j.to > j.from)).toBe(true);
    const targets = [...new Set(jumps.map((j) => j.to!))];
    expect(targets).toHaveLength(3);
    expect(targets).toEqual([...targets].sort((x, y) => x - y));
  }, 60_000);
});
