"use client";

import { Upload } from "lucide-react";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Textarea } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

type PastedKind = "text" | "html" | "markdown";

/** Guesses what was pasted; the user can override it. */
function guessKind(content: string): PastedKind {
  if (/<(p|div|article|h[1-6]|br|span|html|body)[\s>]/i.test(content)) return "html";
  if (/^(#{1,6} |\* |- |> )/m.test(content) && /\[[^\]]+\]\([^)]+\)|^#{1,6} /m.test(content)) return "markdown";
  return "text";
}

export function PasteForm({ onSubmit }: { onSubmit: (input: { kind: PastedKind; content: string; url?: string }) => Promise<void> }) {
  const [content, setContent] = useState("");
  const [kind, setKind] = useState<PastedKind | "auto">("auto");
  const [url, setUrl] = useState("");
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        await onSubmit({ kind: kind === "auto" ? guessKind(content) : kind, content, url: url.trim() || undefined });
        setBusy(false);
        setContent("");
      }}
    >
      <div className="space-y-1.5">
        <Label htmlFor="paste-content">Article text or HTML</Label>
        <Textarea id="paste-content" value={content} onChange={(e) => setContent(e.target.value)} className="min-h-48 font-mono text-xs" placeholder="Paste the whole page: the boilerplate is removed for you." />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div className="space-y-1.5">
          <Label htmlFor="paste-kind">Format</Label>
          <Select id="paste-kind" value={kind} onChange={(e) => setKind(e.target.value as PastedKind | "auto")}>
            <option value="auto">Detect</option>
            <option value="text">Plain text</option>
            <option value="html">HTML</option>
            <option value="markdown">Markdown</option>
          </Select>
        </div>
        <div className="min-w-64 flex-1 space-y-1.5">
          <Label htmlFor="paste-url">Source URL (optional)</Label>
          <Input id="paste-url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" />
        </div>
        <Button type="submit" disabled={busy || !content.trim()}>{busy ? "Reading…" : "Read text"}</Button>
      </div>
    </form>
  );
}

export function UploadForm({ onFiles }: { onFiles: (files: File[]) => Promise<void> }) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const take = (list: FileList | null) => {
    if (list && list.length) void onFiles([...list]);
  };
  return (
    <div
      onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => { e.preventDefault(); setDragging(false); take(e.dataTransfer.files); }}
      className={`flex flex-col items-center justify-center gap-2 rounded-md border-2 border-dashed p-8 text-center ${dragging ? "border-stone-500 bg-stone-50" : "border-stone-300"}`}
    >
      <Upload className="h-6 w-6 text-stone-400" aria-hidden />
      <p className="text-sm text-stone-600">Drop .txt, .html, .md or .docx files here, several at once (up to 5 MB each).</p>
      <Label htmlFor="upload-files" className="sr-only">Files to import</Label>
      <input ref={input} id="upload-files" type="file" multiple accept=".txt,.html,.htm,.md,.markdown,.docx,text/plain,text/html,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document" className="sr-only" onChange={(e) => { take(e.target.files); e.target.value = ""; }} />
      <Button type="button" variant="outline" onClick={() => input.current?.click()}>Choose files</Button>
    </div>
  );
}

export function UrlForm({ onSubmit }: { onSubmit: (url: string) => Promise<void> }) {
  const [url, setUrl] = useState("");
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="flex items-end gap-3"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        await onSubmit(url.trim());
        setBusy(false);
      }}
    >
      <div className="flex-1 space-y-1.5">
        <Label htmlFor="import-url">Article address</Label>
        <Input id="import-url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://example.com/news/…" />
      </div>
      <Button type="submit" disabled={busy || !url.trim()}>{busy ? "Fetching…" : "Fetch"}</Button>
    </form>
  );
}
