"use client";

import { Alert } from "@/components/ui/alert";
import type { DownloadState } from "./use-export-download";

/** The export under way: a progress bar while a background job runs, then where the file went. */
export function ExportProgress({ state }: { state: DownloadState }) {
  if (state.phase === "idle") return null;
  if (state.phase === "failed") {
    return <Alert className="mt-2 text-xs" role="alert" data-testid="export-error">{state.label}: {state.message}</Alert>;
  }
  const progress = state.phase === "done" ? 100 : state.phase === "job" ? state.job.progress : 0;
  const stage = state.phase === "done" ? `Downloaded ${state.fileName}` : state.phase === "job" ? state.job.stage ?? "Waiting" : "Preparing…";
  return (
    <div className="mt-2 space-y-1 text-xs text-stone-600" data-testid="export-progress">
      <div className="flex justify-between gap-3">
        <span className="font-medium text-stone-800">{state.label}</span>
        <span role="status">{stage}</span>
      </div>
      <div
        role="progressbar"
        aria-label={`${state.label} progress`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress}
        className="h-1.5 w-full overflow-hidden rounded bg-stone-200"
      >
        <div className="h-full bg-stone-800 transition-[width]" style={{ width: `${progress}%` }} />
      </div>
      {state.phase === "done" && (
        <a className="underline" href={state.href} download={state.fileName}>Download again</a>
      )}
    </div>
  );
}
