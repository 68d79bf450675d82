"use client";

import { useCallback, useSyncExternalStore } from "react";
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

// Exports run outside React: a menu that re-mounts (the article page swaps its
// loading header for the annotator's) finds its export where it left it.
const states = new Map<string, DownloadState>();
const listeners = new Set<() => void>();
const IDLE: DownloadState = { phase: "idle" };

function set(key: string, state: DownloadState) {
  states.set(key, state);
  for (const listener of listeners) listener();
}

async function poll(key: string, label: string, job: ExportJobView) {
  let current = job;
  while (current.status === "QUEUED" || current.status === "RUNNING") {
    set(key, { phase: "job", label, job: current });
    await new Promise((r) => setTimeout(r, POLL_MS));
    const response = await fetch(current.statusUrl, { credentials: "same-origin" });
    if (!response.ok) return set(key, { phase: "failed", label, message: await errorMessage(response) });
    current = (await response.json()) as ExportJobView;
  }
  if (current.status === "FAILED" || !current.downloadUrl) {
    return set(key, { phase: "failed", label, message: current.error ?? "The export failed." });
  }
  set(key, { phase: "job", label, job: current });
  const file = await fetch(current.downloadUrl, { credentials: "same-origin" });
  if (!file.ok) return set(key, { phase: "failed", label, message: await errorMessage(file) });
  const fileName = await saveResponse(file, current.fileName ?? "export");
  set(key, { phase: "done", label, fileName, href: current.downloadUrl });
}

async function run(key: string, url: string, label: string) {
  set(key, { phase: "fetching", label });
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    if (response.status === 202) return await poll(key, label, (await response.json()) as ExportJobView);
    if (!response.ok) return set(key, { phase: "failed", label, message: await errorMessage(response) });
    const fileName = await saveResponse(response, "export");
    set(key, { phase: "done", label, fileName, href: url });
  } catch {
    set(key, { phase: "failed", label, message: "No connection to the server." });
  }
}

/**
 * The export of one menu (`key`: its target): a file answered at once is
 * saved; a 202 job is polled (its progress shown) and its file saved when ready.
 */
export function useExportDownload(key: string) {
  const state = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => states.get(key) ?? IDLE,
    () => IDLE,
  );
  const start = useCallback((url: string, label: string) => run(key, url, label), [key]);
  return { state, start };
}
