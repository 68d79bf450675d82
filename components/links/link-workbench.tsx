"use client";

import { EditorContent, type Editor } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import { useSelectionMenuOptions } from "@/components/annotator/use-selection-menu-options";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { api } from "@/components/annotator/api-client";
import { ClaimStore } from "@/components/annotator/claim-store";
import { ClaimStyles } from "@/components/annotator/claim-styles";
import { flashClaim, useArticleEditor } from "@/components/annotator/use-article-editor";
import { VerdictBadge } from "@/components/annotator/verdict-style";
import { Alert } from "@/components/ui/alert";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { createAnchor } from "@/lib/domain/anchoring/selectors";
import { LINK_RELATIONS, LINK_RELATION_LABELS, type LinkRelation } from "@/lib/domain/links/link-input";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import type { LinkView } from "@/lib/server/links/link-view";
import { RELATION_STYLE } from "./relation-style";

interface Side {
  id: string;
  title: string;
  outlet: string | null;
  revision: { id: string; doc: Record<string, unknown> };
  claims: ClaimView[];
}

interface Props {
  source: Side;
  claim: ClaimView;
  target: (Side & { incomingLinks: LinkView[] }) | null;
  candidates: { id: string; title: string; outlet: string | null }[];
}

const noKeys = () => false;

/** Side by side: the claim's article on the left, another article on the right; select there to link. */
export function LinkWorkbench({ source, claim, target, candidates }: Props) {
  const router = useRouter();
  const left = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState("");
  // A success names the link just made, so it can be undone.
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string; link?: { id: string; version: number } } | null>(null);
  const sourceClaims = useMemo(() => new ClaimStore({ claims: [claim], aliases: {} }), [claim]);
  const targetClaims = useMemo(() => new ClaimStore({ claims: target?.claims ?? [], aliases: {} }), [target?.claims]);
  const sourceEditor = useArticleEditor({ doc: source.revision.doc, revisionId: source.revision.id, claims: sourceClaims, correcting: false, onClaimClick: () => {}, onKeyDown: noKeys });
  const targetEditor = useArticleEditor({
    doc: target?.revision.doc ?? { type: "doc", content: [{ type: "paragraph" }] },
    revisionId: target?.revision.id ?? "",
    claims: targetClaims,
    incomingLinks: target?.incomingLinks.filter((l) => l.source.claimId === claim.id) ?? [],
    correcting: false,
    onClaimClick: () => {},
    onKeyDown: noKeys,
  });

  useEffect(() => {
    if (!sourceEditor.editor) return;
    const timer = setTimeout(() => flashClaim(left.current, claim.id), 50);
    return () => clearTimeout(timer);
  }, [sourceEditor.editor, claim.id]);

  async function link(relation: LinkRelation) {
    const range = targetEditor.selectionRange();
    if (!range || !target) return;
    try {
      const anchor = createAnchor(range.text, range.start, range.end);
      const made = await api<LinkView>("POST", `/api/v1/articles/${source.id}/claims/${claim.id}/links`, {
        targetArticleId: target.id, revisionId: target.revision.id, anchor, relation, note: note.trim() || null,
      });
      setNote("");
      setMessage({ tone: "success", text: `Linked as “${LINK_RELATION_LABELS[relation].toLowerCase()}”: “${anchor.quote.exact.slice(0, 120)}”`, link: { id: made.id, version: made.version } });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: (error as Error).message });
    }
  }

  async function undoLink(made: { id: string; version: number }) {
    try {
      await api("DELETE", `/api/v1/links/${made.id}`, { version: made.version });
      setMessage({ tone: "success", text: "Link undone." });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: (error as Error).message });
    }
  }

  return (
    <div className="grid h-[calc(100vh-3.5rem)] grid-cols-2 divide-x divide-stone-200">
      <ClaimStyles claims={[...(target?.claims ?? []), claim]} activeId={claim.id} />
      <section className="overflow-y-auto" ref={left} aria-label="The claim's article">
        <div className="mx-auto max-w-[64ch] px-6 pb-16 pt-6">
          <Link href={`/articles/${source.id}?claim=${claim.id}`} className="inline-flex items-center gap-1 text-sm text-stone-600 hover:text-stone-900">
            <ArrowLeft className="h-4 w-4" aria-hidden /> Back to the claim
          </Link>
          <div className="sticky top-0 z-10 -mx-2 my-3 space-y-1 border-b border-stone-200 bg-stone-50/95 px-2 py-2 backdrop-blur">
            <p className="text-xs uppercase tracking-wider text-stone-500">{source.outlet ?? source.title}</p>
            <div className="flex items-start gap-2"><VerdictBadge verdict={claim.verdict} /><p className="font-serif text-sm">“{claim.anchor.quote.exact}”</p></div>
          </div>
          <div className="annotator-shell" data-mode="read"><EditorContent editor={sourceEditor.editor} /></div>
        </div>
      </section>
      <section className="overflow-y-auto" aria-label="The other article">
        <div className="mx-auto max-w-[64ch] px-6 pb-16 pt-6">
          <div className="sticky top-0 z-10 -mx-2 mb-3 space-y-2 border-b border-stone-200 bg-stone-50/95 px-2 py-2 backdrop-blur">
            <label className="block text-xs font-medium text-stone-600" htmlFor="link-target">Article to link from</label>
            <Select id="link-target" className="w-full" value={target?.id ?? ""}
              onChange={(e) => router.push(`/articles/${source.id}/link?claim=${claim.id}&with=${e.target.value}`)}>
              <option value="" disabled>Choose an article…</option>
              {candidates.map((c) => <option key={c.id} value={c.id}>{c.outlet ? `${c.outlet} · ` : ""}{c.title}</option>)}
            </Select>
            {target && (
              <div className="flex items-center gap-2">
                <Input aria-label="Note for the link" placeholder="Note for the link (optional)" value={note} onChange={(e) => setNote(e.target.value)} className="h-8" />
                <span className="whitespace-nowrap text-xs text-stone-500">then select a passage</span>
              </div>
            )}
            {message && (
              <Alert tone={message.tone} className="flex items-start justify-between gap-2" data-testid="link-message">
                <span>{message.text}</span>
                {message.link && (
                  <button type="button" className="shrink-0 font-medium underline" onClick={() => undoLink(message.link!)}>Undo</button>
                )}
              </Alert>
            )}
          </div>
          {target ? (
            <>
              <div className="annotator-shell" data-mode="read" data-testid="link-target-text"><EditorContent editor={targetEditor.editor} /></div>
              {targetEditor.editor && <LinkToolbar editor={targetEditor.editor} onLink={link} />}
            </>
          ) : (
            <p className="py-16 text-center text-sm text-stone-500">Choose the article that corroborates or contradicts the claim.</p>
          )}
        </div>
      </section>
    </div>
  );
}

function LinkToolbar({ editor, onLink }: { editor: Editor; onLink: (relation: LinkRelation) => void }) {
  const options = useSelectionMenuOptions(editor);
  return (
    <BubbleMenu editor={editor} shouldShow={({ state }) => !state.selection.empty} options={options} className="z-40">
      <div role="toolbar" aria-label="Link the selection" className="flex items-center gap-0.5 rounded-lg border border-stone-200 bg-white p-1 shadow-lg">
        {LINK_RELATIONS.map((relation) => {
          const Icon = RELATION_STYLE[relation].icon;
          return (
            <button key={relation} type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => {
              onLink(relation);
              // Linked: the selection (and with it this toolbar) goes.
              editor.commands.setTextSelection(editor.state.selection.to);
            }}
              className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium hover:bg-stone-100">
              <Icon className="h-3.5 w-3.5" aria-hidden /> {LINK_RELATION_LABELS[relation]}
            </button>
          );
        })}
      </div>
    </BubbleMenu>
  );
}
