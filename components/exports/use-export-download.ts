"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ExportJobView } from "@/lib/server/exports/export-job-view";

/** What the export menu shows about the file it is fetching. */
export type DownloadState =
  | { phase: "idle" }
  | { phase: "fetching"; label: string }
  | { phase: "job"; label: string; job: ExportJobView }
  | { phase: "done"; label: string; fileName: string; href: string }
  | { phase: "failed"; label: string; message: string };

const POLL_MS = 700;

/** Saves a response body as a file under the name its Content-Disposition gives. */
async function saveResponse(response: Response, fallbackName: string) {
  const blob = await response.blob();
  const disposition = response.headers.get("content-disposition") ?? "";
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
  const name = utf8 ? decodeURIComponent(utf8) : plain ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return name;
}

async function errorMessage(response: Response) {
  const payload = await response.json().catch(() => null);
  return payload?.error?.message ?? `The server answered ${response.status}.`;
}

/**
 * Fetches an export: a file answered at once is saved; a 202 job is polled
 * (its progress shown) and its file saved when it is ready.
 */
export function useExportDownload() {
  const [state, setState] = useState<DownloadState>({ phase: "idle" });
  const live = useRef(true);
  useEffect(() => () => void (live.current = false), []);

  const poll = useCallback(async (label: string, job: ExportJobView) => {
    let current = job;
    while (live.current && (current.status === "QUEUED" || current.status === "RUNNING")) {
      setState({ phase: "job", label, job: current });
      await new Promise((r) => setTimeout(r, POLL_MS));
      const response = await fetch(current.statusUrl, { credentials: "same-origin" });
      if (!response.ok) return setState({ phase: "failed", label, message: await errorMessage(response) });
      current = (await response.json()) as ExportJobView;
    }
    if (!live.current) return;
    if (current.status === "FAILED" || !current.downloadUrl) {
      return setState({ phase: "failed", label, message: current.error ?? "The export failed." });
    }
    setState({ phase: "job", label, job: current });
    const file = await fetch(current.downloadUrl, { credentials: "same-origin" });
    if (!file.ok) return setState({ phase: "failed", label, message: await errorMessage(file) });
    const fileName = await saveResponse(file, current.fileName ?? "export");
    setState({ phase: "done", label, fileName, href: current.downloadUrl });
  }, []);

  const start = useCallback(
    async (url: string, label: string) => {
      setState({ phase: "fetching", label });
      try {
        const response = await fetch(url, { credentials: "same-origin" });
        if (response.status === 202) return poll(label, (await response.json()) as ExportJobView);
        if (!response.ok) return setState({ phase: "failed", label, message: await errorMessage(response) });
        const fileName = await saveResponse(response, "export");
        setState({ phase: "done", label, fileName, href: url });
      } catch {
        setState({ phase: "failed", label, message: "No connection to the server." });
      }
    },
    [poll],
  );
  return { state, start, reset: () => setState({ phase: "idle" }) };
}
