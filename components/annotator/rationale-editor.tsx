"use client";

import { EditorContent, useEditor, type UseEditorOptions } from "@tiptap/react";
import { memo, useEffect, useRef, useState } from "react";
import { createEditorExtensions } from "@/lib/editor/extensions";

interface Props {
  value: Record<string, unknown> | null;
  editable: boolean;
  onSave: (value: Record<string, unknown> | null) => void;
  onEditing?: (editing: boolean) => void;
}

const isEmpty = (json: { content?: { content?: unknown[] }[] }) =>
  !json.content || json.content.every((block) => !block.content || block.content.length === 0);

/**
 * The claim's rationale as rich text (bold, italic, lists, links); saved when
 * focus leaves it. Re-renders only when its value or editability changes
 * (the claim's other changes leave it alone).
 */
export const RationaleEditor = memo(function RationaleEditor({ value, editable, onSave, onEditing }: Props) {
  const saved = useRef(JSON.stringify(value));
  // The editor keeps the callbacks it was created with: read the latest through a ref.
  const callbacks = useRef({ onSave, onEditing });
  useEffect(() => {
    callbacks.current = { onSave, onEditing };
  });
  // The options are built once: useEditor re-applies options that differ (a fresh extension list) on every render.
  const [options] = useState<UseEditorOptions>(() => ({
    immediatelyRender: false,
    editable,
    content: value ?? "",
    extensions: createEditorExtensions(),
    editorProps: { attributes: { class: "rationale-text", "aria-label": "Rationale", "data-testid": "rationale" } },
    onFocus: () => callbacks.current.onEditing?.(true),
    onBlur: ({ editor }) => {
      callbacks.current.onEditing?.(false);
      const json = editor.getJSON();
      const next = isEmpty(json as never) ? null : (json as Record<string, unknown>);
      const serialized = JSON.stringify(next);
      if (serialized !== saved.current) {
        saved.current = serialized;
        callbacks.current.onSave(next);
      }
    },
  }));
  const editor = useEditor(options);

  useEffect(() => () => callbacks.current.onEditing?.(false), []);
  useEffect(() => {
    if (editor && editor.isEditable !== editable) editor.setEditable(editable, false);
  }, [editor, editable]);

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
});
