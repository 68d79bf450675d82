"use client";

import type { Editor } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import { VERDICT_SHORTCUTS } from "@/components/annotator/verdict-shortcuts";
import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";
import { VERDICT_STYLE } from "./verdict-style";
import { useSelectionMenuOptions } from "./use-selection-menu-options";

/** The small toolbar at a selection: tag it as a claim with a verdict (or pending). */
export function SelectionToolbar({ editor, enabled, onTag }: { editor: Editor; enabled: boolean; onTag: (verdict: Verdict) => void }) {
  const options = useSelectionMenuOptions(editor);
  return (
    <BubbleMenu
      editor={editor}
      shouldShow={({ state }) => enabled && !state.selection.empty}
      options={options}
      // TipTap waits 250 ms by default; a checker tagging all day should not wait.
      updateDelay={0}
      className="z-40"
    >
      <div role="toolbar" aria-label="Tag the selection" className="flex items-center gap-0.5 rounded-lg border border-stone-200 bg-white p-1 shadow-lg">
        {VERDICTS.map((verdict) => {
          const style = VERDICT_STYLE[verdict];
          const Icon = style.icon;
          return (
            <button
              key={verdict}
              type="button"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onTag(verdict)}
              title={`${VERDICT_LABELS[verdict]} (Alt+${VERDICT_SHORTCUTS[verdict]})`}
              className={`inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium hover:bg-stone-100 ${style.text}`}
            >
              <Icon className="h-3.5 w-3.5" aria-hidden />
              {verdict === "PENDING" ? "Claim" : VERDICT_LABELS[verdict]}
              <kbd className="ml-0.5 text-[10px] text-stone-400">{VERDICT_SHORTCUTS[verdict]}</kbd>
            </button>
          );
        })}
      </div>
    </BubbleMenu>
  );
}
