"use client";

import { Download, FileJson, FileText } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { REPORT_FORMAT_LABELS, REPORT_FORMATS, type ReportFormat } from "@/lib/domain/exports/report-formats";
import { ExportProgress } from "./export-progress";
import { PublicationUrlField } from "./publication-url-field";
import { useExportDownload } from "./use-export-download";

/** What to export: an article, a session (its dashboard places this), or the whole workspace. */
export type ExportTarget = { kind: "article"; id: string } | { kind: "session"; id: string } | { kind: "workspace" };

const FORMAT_HINTS: Record<ReportFormat, string> = {
  html: "one page, prints well",
  pdf: "A4, page numbers",
  md: "for wikis and e-mail",
  csv: "one row per claim",
};

const base = (target: ExportTarget) =>
  target.kind === "article" ? `/api/v1/articles/${target.id}` : target.kind === "session" ? `/api/v1/sessions/${target.id}` : "/api/v1";

/**
 * The Export menu: the fact-check report as HTML, PDF, Markdown or CSV
 * (background jobs show a progress bar, then download), the claims as W3C
 * Web Annotations, and ClaimReview JSON-LD. Viewers may use all of it.
 * `canEdit` adds the article's "published check" address (ClaimReview url).
 */
export function ExportMenu({ target, canEdit = false }: { target: ExportTarget; canEdit?: boolean }) {
  const [open, setOpen] = useState(false);
  const root = base(target);
  const { state, start } = useExportDownload(root);
  const panel = useRef<HTMLDivElement>(null);
  const timeZone = typeof Intl !== "undefined" ? Intl.DateTimeFormat().resolvedOptions().timeZone : "UTC";
  const reportUrl = (format: ReportFormat, disposition = "attachment") =>
    `${root}/report?format=${format}&disposition=${disposition}&timeZone=${encodeURIComponent(timeZone)}`;

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !panel.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  const item = "flex w-full items-start gap-2 rounded px-2 py-1.5 text-left text-sm hover:bg-stone-100 focus:bg-stone-100 focus:outline-none";
  return (
    <div className="relative" data-testid="export-menu">
      <Button variant="outline" size="sm" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        <Download className="h-4 w-4" aria-hidden /> Export
      </Button>
      {open && (
        <div ref={panel} role="menu" aria-label="Export" className="absolute right-0 z-40 mt-1 w-80 rounded-md border border-stone-200 bg-white p-2 shadow-lg">
          {target.kind !== "workspace" && (
            <>
              <p className="px-2 pb-1 pt-0.5 text-[11px] font-semibold uppercase tracking-wide text-stone-500">Fact-check report</p>
              {target.kind === "article" && (
                <a role="menuitem" className={item} href={reportUrl("html", "inline")} target="_blank" rel="noopener" onClick={() => setOpen(false)}>
                  <FileText className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
                  <span>Open HTML report <span className="block text-xs text-stone-500">in a new tab, to read or print</span></span>
                </a>
              )}
              {REPORT_FORMATS.map((format) => (
                <button
                  key={format}
                  type="button"
                  role="menuitem"
                  className={item}
                  onClick={() => {
                    setOpen(false);
                    void start(reportUrl(format), `${REPORT_FORMAT_LABELS[format]} report`);
                  }}
                >
                  <Download className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
                  <span>Download {REPORT_FORMAT_LABELS[format]} <span className="block text-xs text-stone-500">{FORMAT_HINTS[format]}</span></span>
                </button>
              ))}
              <hr className="my-1 border-stone-200" />
            </>
          )}
          <p className="px-2 pb-1 pt-0.5 text-[11px] font-semibold uppercase tracking-wide text-stone-500">Data</p>
          <a role="menuitem" className={item} href={`${root}/annotations?pageSize=all&download=true`} onClick={() => setOpen(false)}>
            <FileJson className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
            <span>W3C Web Annotations <span className="block text-xs text-stone-500">every claim and link, JSON-LD</span></span>
          </a>
          {target.kind !== "workspace" && (
            <a role="menuitem" className={item} href={`${root}/claim-reviews?drafts=true`} target="_blank" rel="noopener" onClick={() => setOpen(false)}>
              <FileJson className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
              <span>ClaimReview JSON-LD <span className="block text-xs text-stone-500">schema.org, drafts included</span></span>
            </a>
          )}
          {target.kind === "article" && canEdit && <PublicationUrlField articleId={target.id} />}
        </div>
      )}
      <div className="absolute right-0 top-full z-30 w-80">
        <ExportProgress state={state} />
      </div>
    </div>
  );
}
