"use client";

import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { Bold, Italic, List, ListOrdered } from "lucide-react";
import { createEditorExtensions } from "@/lib/editor/extensions";
import { cn } from "@/lib/utils";

interface Props {
  id: string;
  value: Record<string, unknown> | null;
  onChange: (value: Record<string, unknown> | null) => void;
  invalid?: boolean;
  describedBy?: string;
}

const isEmpty = (json: { content?: { content?: unknown[] }[] }) =>
  !json.content || json.content.every((block) => !block.content || block.content.length === 0);

/**
 * A session's brief as rich text (the article schema: paragraphs, headings,
 * lists, links, bold, italic), with a small toolbar. Reports the document as
 * TipTap JSON, or null when empty; the server validates it like a rationale.
 */
export function BriefEditor({ id, value, onChange, invalid, describedBy }: Props) {
  const editor = useEditor({
    immediatelyRender: false,
    content: value ?? "",
    extensions: createEditorExtensions(),
    editorProps: {
      attributes: {
        id,
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": `${id}-label`,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        class: "brief-text min-h-28 px-3 py-2 text-sm focus:outline-none",
      },
    },
    onUpdate: ({ editor }) => {
      const json = editor.getJSON() as Record<string, unknown>;
      onChange(isEmpty(json as never) ? null : json);
    },
  });
  const active = useEditorState({
    editor,
    selector: ({ editor }) => ({
      bold: editor?.isActive("bold") ?? false,
      italic: editor?.isActive("italic") ?? false,
      bullets: editor?.isActive("bulletList") ?? false,
      numbers: editor?.isActive("orderedList") ?? false,
    }),
  });
  const tools = [
    { key: "bold", label: "Bold", icon: Bold, on: active?.bold, run: () => editor?.chain().focus().toggleBold().run() },
    { key: "italic", label: "Italic", icon: Italic, on: active?.italic, run: () => editor?.chain().focus().toggleItalic().run() },
    { key: "bullets", label: "Bulleted list", icon: List, on: active?.bullets, run: () => editor?.chain().focus().toggleBulletList().run() },
    { key: "numbers", label: "Numbered list", icon: ListOrdered, on: active?.numbers, run: () => editor?.chain().focus().toggleOrderedList().run() },
  ];
  return (
    <div className={cn("rounded-md border bg-white shadow-sm focus-within:ring-2 focus-within:ring-stone-400", invalid ? "border-red-400" : "border-stone-300")}>
      <div role="toolbar" aria-label="Brief formatting" className="flex gap-1 border-b border-stone-200 px-1.5 py-1">
        {tools.map(({ key, label, icon: Icon, on, run }) => (
          <button
            key={key}
            type="button"
            aria-label={label}
            aria-pressed={Boolean(on)}
            title={label}
            onClick={run}
            className={cn("rounded p-1.5 text-stone-600 hover:bg-stone-100", on && "bg-stone-200 text-stone-900")}
          >
            <Icon className="h-4 w-4" aria-hidden />
          </button>
        ))}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
