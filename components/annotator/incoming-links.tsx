"use client";

import Link from "next/link";
import { useState } from "react";
import { RelationBadge } from "@/components/links/relation-style";
import { CollapsibleSection } from "@/components/ui/collapsible-section";
import type { LinkView } from "@/lib/server/links/link-view";

interface Props {
  links: readonly LinkView[];
  /** Shows the linked passage in this article's text. */
  onShow: (linkId: string) => void;
}

/**
 * Claims in other articles that link to passages of this one: the relation,
 * the claim, its article, and a way to the passage here and to the claim there.
 */
export function IncomingLinks({ links, onShow }: Props) {
  const [open, setOpen] = useState(links.length > 0 && links.length <= 5);
  if (links.length === 0) return null;
  return (
    <CollapsibleSection title="Linked from other articles" count={links.length} countTestId="incoming-count" open={open} onToggle={setOpen}>
      <ul className="max-h-64 space-y-1 overflow-y-auto pt-1" data-testid="incoming-links">
        {links.map((l) => (
          <li key={l.id} className="rounded-md border border-stone-200 bg-white px-2 py-1.5 text-xs" data-testid="incoming-link">
            <div className="mb-1 flex items-center justify-between gap-2">
              <RelationBadge relation={l.relation} />
              {l.target.orphaned ? (
                <span className="text-amber-800">passage not found after a correction</span>
              ) : (
                <button type="button" className="text-stone-600 underline hover:text-stone-900" onClick={() => onShow(l.id)}>Show passage</button>
              )}
            </div>
            <p className="line-clamp-2 font-serif text-[13px] text-stone-700">“{l.source.exact}”</p>
            <Link href={`/articles/${l.source.article.id}?claim=${l.source.claimId}`} className="mt-0.5 block truncate text-blue-800 hover:underline">
              {l.source.article.outlet ? `${l.source.article.outlet} · ` : ""}{l.source.article.title}
            </Link>
          </li>
        ))}
      </ul>
    </CollapsibleSection>
  );
}
