"use client";

import { ArrowLeft, ExternalLink, Trash2, TriangleAlert } from "lucide-react";
import { memo, useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/dialog";
import { DateTime } from "@/components/ui/date-time";
import { VERDICT_SHORTCUTS } from "@/components/annotator/verdict-shortcuts";
import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { cn } from "@/lib/utils";
import { ClaimLinksPanel } from "@/components/links/claim-links-panel";
import { ClaimReviewFields } from "@/components/exports/claim-review-fields";
import { EvidenceForm } from "./evidence-form";
import { RationaleEditor } from "./rationale-editor";
import type { EvidenceDraft } from "./use-claims-store";
import { VERDICT_STYLE } from "./verdict-style";
import { EditingNotice, PresenceAvatars } from "@/components/realtime/presence-avatars";

// Panels that load their own data for a claim: they re-render when the claim's id changes, not with every change to it.
const LinksPanel = memo(ClaimLinksPanel);
const ReviewFields = memo(ClaimReviewFields);
// The form keeps its own state; its onAdd is stable, so a change to the claim leaves it alone.
const NewEvidence = memo(EvidenceForm);

interface Props {
  claim: ClaimView;
  canWrite: boolean;
  onBack: () => void;
  onRate: (verdict: Verdict) => void;
  onRationale: (value: Record<string, unknown> | null) => void;
  onDelete: () => void;
  /** Keep the verdict of a claim whose wording a correction changed. */
  onConfirmText: () => void;
  onAddEvidence: (draft: EvidenceDraft) => void;
  onRemoveEvidence: (evidenceId: string) => void;
  /** The review work's sections (review panel, discussion, history), shown above who made the claim. */
  review?: React.ReactNode;
  /** The reviewer's decision panel, shown right under the quote. */
  reviewPanel?: React.ReactNode;
  /** Told when the user starts and stops typing in the rationale (presence shows "… is editing"). */
  onEditing?: (editing: boolean) => void;
}

/** One claim: quote, verdict, rationale, evidence, and who made and changed it. */
export function ClaimDetail({ claim, canWrite, onBack, onRate, onRationale, onDelete, onConfirmText, onAddEvidence, onRemoveEvidence, review, reviewPanel, onEditing }: Props) {
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <div className="flex h-full flex-col" data-testid="claim-detail">
      <div className="flex items-center justify-between border-b border-stone-200 px-3 py-2">
        <Button variant="ghost" size="sm" onClick={onBack}><ArrowLeft className="h-4 w-4" aria-hidden /> All claims</Button>
        <PresenceAvatars articleId={claim.articleId} claimId={claim.id} size="sm" />
        {canWrite && (
          <Button variant="ghost" size="sm" className="text-red-700" onClick={() => setConfirmDelete(true)}>
            <Trash2 className="h-4 w-4" aria-hidden /> Delete
          </Button>
        )}
        <ConfirmDialog
          open={confirmDelete}
          title="Delete this claim?"
          description="Its verdict, rationale, evidence and links go with it. Undo brings it back, and anyone on the team can restore it later from “Deleted claims”."
          confirmLabel="Delete claim"
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            setConfirmDelete(false);
            onDelete();
          }}
        >
          <blockquote className="border-l-4 border-stone-300 pl-3 font-serif text-sm text-stone-700">{claim.anchor.quote.exact}</blockquote>
        </ConfirmDialog>
      </div>
      <div className="flex-1 space-y-5 overflow-y-auto p-4">
        {claim.orphaned && (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-xs text-amber-900">
            This claim could not be placed in the corrected text. Its last known wording is kept below.
          </p>
        )}
        {claim.textChange && <TextChangedNotice claim={claim} canWrite={canWrite} onConfirm={onConfirmText} />}
        <blockquote className="border-l-4 border-stone-300 pl-3 font-serif text-[15px] leading-relaxed text-stone-800">{claim.anchor.quote.exact}</blockquote>
        {reviewPanel}

        <section aria-labelledby="verdict-heading" className="space-y-2">
          <h3 id="verdict-heading" className="text-xs font-semibold uppercase tracking-wide text-stone-500">Verdict</h3>
          <div role="radiogroup" aria-labelledby="verdict-heading" className="grid grid-cols-2 gap-1.5">
            {VERDICTS.map((v) => {
              const style = VERDICT_STYLE[v];
              const Icon = style.icon;
              const checked = claim.verdict === v;
              return (
                <button
                  key={v}
                  type="button"
                  role="radio"
                  aria-checked={checked}
                  disabled={!canWrite}
                  onClick={() => !checked && onRate(v)}
                  title={`Alt+${VERDICT_SHORTCUTS[v]}`}
                  // Only colours and the ring tell the checked verdict (no bolder text): a re-rating repaints these
                  // buttons without a layout, which in a long article costs the browser far more than the paint.
                  className={cn(
                    "inline-flex items-center gap-1.5 rounded-md border px-2.5 py-1.5 text-sm font-medium",
                    checked ? `border-current ring-1 ring-current ${style.text}` : "border-stone-200 text-stone-600 hover:bg-stone-50",
                  )}
                  style={checked ? { backgroundColor: style.bg } : undefined}
                >
                  <Icon className="h-4 w-4" aria-hidden /> {VERDICT_LABELS[v]}
                </button>
              );
            })}
          </div>
        </section>

        <section className="space-y-2">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Rationale</h3>
          <EditingNotice claimId={claim.id} />
          <RationaleEditor key={claim.id} value={claim.rationale} editable={canWrite} onSave={onRationale} onEditing={onEditing} />
        </section>

        <section className="space-y-2">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-stone-500">Evidence ({claim.evidence.length})</h3>
          <ul className="space-y-2" data-testid="evidence-list">
            {claim.evidence.map((e) => (
              <li key={e.id} className="rounded-md border border-stone-200 bg-white p-2.5 text-sm">
                {e.url && (
                  <a href={e.url} target="_blank" rel="noopener noreferrer" className="inline-flex max-w-full items-center gap-1 break-all text-blue-800 hover:underline">
                    {e.url} <ExternalLink className="h-3 w-3 shrink-0" aria-hidden />
                  </a>
                )}
                {e.quote && <p className="mt-1 font-serif italic text-stone-700">“{e.quote}”</p>}
                {e.note && <p className="mt-1 text-stone-600">{e.note}</p>}
                <div className="mt-1 flex items-center justify-between text-[11px] text-stone-400">
                  {/* checkedAt is a calendar day stored at midnight UTC: show that day as it was entered. */}
                  <span>{e.checkedAt ? <>Checked <DateTime value={e.checkedAt} precision="day" sourceTimeZone="UTC" /></> : "Not dated"}</span>
                  {canWrite && <button type="button" className="hover:text-red-700" onClick={() => onRemoveEvidence(e.id)}>Remove</button>}
                </div>
              </li>
            ))}
          </ul>
          {canWrite && (
            <details>
              <summary className="cursor-pointer select-none text-sm text-stone-600 hover:text-stone-900">+ Add an evidence item</summary>
              <div className="mt-2"><NewEvidence onAdd={onAddEvidence} /></div>
            </details>
          )}
        </section>

        {claim.id.startsWith("tmp-") ? (
          <p className="text-xs text-stone-500">Links and suggestions appear once the claim is saved.</p>
        ) : (
          <>
            <LinksPanel articleId={claim.articleId} claimId={claim.id} canWrite={canWrite} />
            <ReviewFields key={claim.id} articleId={claim.articleId} claimId={claim.id} canWrite={canWrite} />
          </>
        )}

        {review}

        <section className="space-y-0.5 border-t border-stone-200 pt-3 text-xs text-stone-500" data-testid="claim-meta">
          <p>Tagged by {claim.createdBy.name} · <DateTime value={claim.createdAt} /></p>
          {claim.layer && <p>In {claim.createdBy.name}&apos;s layer of a blind double check: not the article&apos;s claim until the reviewer settles it.</p>}
          <p>Last changed by {claim.updatedBy.name} · <DateTime value={claim.updatedAt} /></p>
        </section>
      </div>
    </div>
  );
}

/** A correction changed the claim's own words after it was rated: show both wordings and ask for a check. */
function TextChangedNotice({ claim, canWrite, onConfirm }: { claim: ClaimView; canWrite: boolean; onConfirm: () => void }) {
  const change = claim.textChange!;
  return (
    <div role="status" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-950" data-testid="text-changed">
      <p className="flex items-center gap-1 font-semibold"><TriangleAlert className="h-3.5 w-3.5" aria-hidden /> Text changed since it was rated: check again</p>
      <p>Rated on: <del className="font-serif text-[13px]">{change.previousText}</del></p>
      <p>Now reads: <ins className="font-serif text-[13px] no-underline">{claim.anchor.quote.exact}</ins></p>
      {canWrite ? (
        <div className="flex flex-wrap items-center gap-2">
          <Button size="sm" variant="outline" onClick={onConfirm}>Verdict still holds</Button>
          <span className="text-amber-900">or choose another verdict below.</span>
        </div>
      ) : (
        <p>An editor will check it again.</p>
      )}
    </div>
  );
}
