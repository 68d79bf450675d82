"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { createEditorExtensions } from "@/lib/editor/extensions";

interface Props {
  value: Record<string, unknown> | null;
  editable: boolean;
  onSave: (value: Record<string, unknown> | null) => void;
  onEditing?: (editing: boolean) => void;
}

const isEmpty = (json: { content?: { content?: unknown[] }[] }) =>
  !json.content || json.content.every((block) => !block.content || block.content.length === 0);

/** The claim's rationale as rich text (bold, italic, lists, links); saved when focus leaves it. */
export function RationaleEditor({ value, editable, onSave, onEditing }: Props) {
  const saved = useRef(JSON.stringify(value));
  // The editor keeps the callbacks it was created with: read the latest through a ref.
  const editing = useRef(onEditing);
  useEffect(() => {
    editing.current = onEditing;
  });
  const editor = useEditor({
    immediatelyRender: false,
    editable,
    content: value ?? "",
    extensions: createEditorExtensions(),
    editorProps: { attributes: { class: "rationale-text", "aria-label": "Rationale", "data-testid": "rationale" } },
    onFocus: () => editing.current?.(true),
    onBlur: ({ editor }) => {
      editing.current?.(false);
      const json = editor.getJSON();
      const next = isEmpty(json as never) ? null : (json as Record<string, unknown>);
      const serialized = JSON.stringify(next);
      if (serialized !== saved.current) {
        saved.current = serialized;
        onSave(next);
      }
    },
  });

  useEffect(() => () => editing.current?.(false), []);

  // A newer rationale from the server (or an undo) replaces what is shown, unless the user is typing.
  useEffect(() => {
    if (!editor || editor.isFocused) return;
    const serialized = JSON.stringify(value);
    if (serialized === saved.current) return;
    saved.current = serialized;
    editor.commands.setContent(value ?? "", { emitUpdate: false });
  }, [editor, value]);

  return (
    <div className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm focus-within:ring-2 focus-within:ring-stone-300">
      <EditorContent editor={editor} />
      {editable && <p className="mt-1 text-[11px] text-stone-400">Ctrl+B bold · Ctrl+I italic · saved when you leave the field</p>}
    </div>
  );
}
