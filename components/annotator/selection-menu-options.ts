/**
 * Where a toolbar at a text selection goes (TipTap's BubbleMenu, Floating UI
 * underneath): just above the selected line itself (`inline`, so a selection
 * over several lines does not centre it over the whole column), flipped below
 * when there is no room above inside the text, so it never covers a field or
 * bar above the text, kept inside the viewport, and re-placed as the scrolling
 * pane (not the window) scrolls. `fixed` ignores the offsets of positioned
 * ancestors, which put it left of the column before.
 */
export function selectionMenuOptions(textElement: HTMLElement | null, scrollTarget: HTMLElement | null) {
  const boundary = textElement ?? undefined;
  return {
    placement: "top" as const,
    strategy: "fixed" as const,
    offset: 6,
    inline: true,
    flip: { boundary, padding: 4, fallbackPlacements: ["bottom" as const] },
    shift: { padding: 8 },
    hide: { strategy: "referenceHidden" as const },
    scrollTarget: scrollTarget ?? undefined,
  };
}

/** The nearest ancestor that scrolls (the annotator's text pane), or null for the window. */
export function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === "auto" || overflowY === "scroll") return node;
  }
  return null;
}
