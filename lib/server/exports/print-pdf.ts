import "server-only";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { AppError } from "@/lib/domain/errors";
import { escapeHtml } from "@/lib/domain/exports/rich-text";
import { mergePdfParts } from "@/lib/server/exports/merge-pdf-parts";

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

/** How many parts print at once, each in its own renderer process: one per core, at most four. */
const PRINTERS = Math.max(1, Math.min(4, Number(process.env.PDF_PRINTERS) || availableParallelism()));

/**
 * Prints a report to one A4 PDF with Chromium (a child process: the rendering
 * never runs on the app's own thread). `parts` are self-contained HTML
 * documents, printed side by side in separate browser contexts (one renderer
 * process each, one per core) and merged in order with pdf-lib: Chromium's
 * time grows faster than the page count, so a long session report prints in
 * parts. Chromium draws the running header (the report's title, in any
 * script); the merged pages get "Page n of m" and, for a draft, the DRAFT
 * mark. Nothing is fetched. `onProgress` hears the share of parts printed.
 * The browser is closed afterwards, or killed after PDF_TIMEOUT_MS.
 */
export async function printPdf(
  parts: string[],
  header: { title: string; draft: boolean },
  onProgress: (share: number) => unknown = () => undefined,
): Promise<Buffer> {
  const executablePath = assertPdfAvailable();
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    timeout: PDF_TIMEOUT_MS,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--js-flags=--max-old-space-size=512", "--disable-extensions", "--no-first-run"],
  });
  const timer = setTimeout(() => void browser.close().catch(() => undefined), PDF_TIMEOUT_MS);
  try {
    const style = "font: 8px Arial, 'DejaVu Sans', sans-serif; color: #57534e; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between;";
    const headerTemplate = `<div style="${style}"><span>Crosscheck fact-check · ${escapeHtml(header.title.slice(0, 120))}</span>${header.draft ? '<span style="color:#b91c1c;font-weight:bold;letter-spacing:.05em">DRAFT — not signed off</span>' : ""}</div>`;
    const printed: Uint8Array[] = new Array(parts.length);
    let next = 0;
    let done = 0;
    const printer = async () => {
      // Its own context, so its own renderer process: the printers share no thread.
      // Nothing is fetched: the report is self-contained, and any request it tries is refused.
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      const page = await context.newPage();
      page.setDefaultTimeout(PDF_TIMEOUT_MS);
      await page.route("**/*", (route) => route.abort());
      for (let i = next++; i < parts.length; i = next++) {
        await page.setContent(parts[i], { waitUntil: "load", timeout: PDF_TIMEOUT_MS });
        printed[i] = await page.pdf({
          format: "A4",
          printBackground: true,
          displayHeaderFooter: true,
          margin: { top: "18mm", bottom: "16mm", left: "14mm", right: "14mm" },
          headerTemplate,
          footerTemplate: "<div></div>",
        });
        await onProgress(++done / parts.length);
      }
      await context.close();
    };
    await Promise.all(Array.from({ length: Math.min(PRINTERS, parts.length) }, printer));
    return await mergePdfParts(printed, { draft: header.draft });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("UNAVAILABLE", `Chromium could not print the PDF: ${(error as Error).message.split("\n")[0]}`);
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => undefined);
  }
}
