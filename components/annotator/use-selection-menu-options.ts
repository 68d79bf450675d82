"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";
import { scrollParent, selectionMenuOptions } from "./selection-menu-options";

/** selectionMenuOptions for an editor, once its text is in the page (the pane that scrolls is known then). */
export function useSelectionMenuOptions(editor: Editor) {
  const [options, setOptions] = useState(() => selectionMenuOptions(null, null));
  useEffect(() => {
    // After the frame in which EditorContent puts the text into the page.
    const frame = requestAnimationFrame(() => {
      const text = editor.view.dom as HTMLElement;
      setOptions(selectionMenuOptions(text, scrollParent(text)));
    });
    return () => cancelAnimationFrame(frame);
  }, [editor]);
  return options;
}
