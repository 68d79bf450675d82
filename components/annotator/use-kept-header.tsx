"use client";

import { useCallback, useState, useSyncExternalStore, type ReactNode } from "react";
import { createPortal } from "react-dom";

/**
 * Keeps the article's header (title, metadata, the Export and Delete menus)
 * mounted while the annotator below it is swapped in: the header is rendered
 * through a portal into one DOM node, which `place` moves into whichever
 * frame shows it, so a menu opened while the article was loading stays open.
 * The server's render and the first client render show it inline (nothing
 * to hydrate differently); the portal takes over right after hydration.
 */
export function useKeptHeader(header: ReactNode) {
  const [created] = useState(() => (typeof document === "undefined" ? null : document.createElement("div")));
  // False on the server and while hydrating, true from the render after.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const node = hydrated ? created : null;
  const place = useCallback(
    (parent: HTMLElement | null) => {
      if (parent && node && node.parentNode !== parent) parent.appendChild(node);
    },
    [node],
  );
  /** Where the header goes: its DOM node's place (after hydration), or the header itself. */
  const slot = node ? <div ref={place} /> : header;
  return { portal: node ? createPortal(header, node) : null, slot };
}

const noSubscription = () => () => {};
