import "server-only";
import { existsSync } from "node:fs";
import { AppError } from "@/lib/domain/errors";
import { escapeHtml } from "@/lib/domain/exports/rich-text";

const DEFAULT_CHROMIUM = "/usr/bin/chromium";
/** A PDF that takes longer than this is abandoned (the browser is killed). */
const PDF_TIMEOUT_MS = Number(process.env.PDF_TIMEOUT_MS ?? 300_000);

/** The Chromium that prints PDFs: CHROMIUM_PATH, else Debian's /usr/bin/chromium; null when neither exists. */
export function chromiumPath(): string | null {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  return existsSync(path) ? path : null;
}

/**
 * @throws AppError UNAVAILABLE (503) naming CHROMIUM_PATH when no Chromium can print.
 */
export function assertPdfAvailable(): string {
  const path = chromiumPath();
  if (!path) {
    throw new AppError(
      "UNAVAILABLE",
      `PDF reports need Chromium, which this server does not have: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable (looked for ${process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM}). HTML, Markdown and CSV reports work without it.`,
    );
  }
  return path;
}

/**
 * Prints a self-contained HTML report to an A4 PDF with Chromium (a child
 * process: the rendering never runs on the app's own thread), with a running
 * header naming the report (and DRAFT when it is one) and "Page n of m" in
 * the footer. The browser is closed afterwards, or killed after PDF_TIMEOUT_MS.
 */
export async function printPdf(html: string, header: { title: string; draft: boolean }): Promise<Buffer> {
  const executablePath = assertPdfAvailable();
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    timeout: PDF_TIMEOUT_MS,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--js-flags=--max-old-space-size=512", "--disable-extensions", "--no-first-run"],
  });
  const timer = setTimeout(() => void browser.close().catch(() => undefined), PDF_TIMEOUT_MS);
  try {
    // Nothing is fetched: the report is self-contained, and any request it tries is refused.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    page.setDefaultTimeout(PDF_TIMEOUT_MS);
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load", timeout: PDF_TIMEOUT_MS });
    const style = "font: 8px Arial, 'DejaVu Sans', sans-serif; color: #57534e; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between;";
    return await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      margin: { top: "18mm", bottom: "16mm", left: "14mm", right: "14mm" },
      headerTemplate: `<div style="${style}"><span>Crosscheck fact-check · ${escapeHtml(header.title.slice(0, 120))}</span>${header.draft ? '<span style="color:#b91c1c;font-weight:bold;letter-spacing:.05em">DRAFT — not signed off</span>' : ""}</div>`,
      footerTemplate: `<div style="${style}"><span></span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("UNAVAILABLE", `Chromium could not print the PDF: ${(error as Error).message.split("\n")[0]}`);
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => undefined);
  }
}
