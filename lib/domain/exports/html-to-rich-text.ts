/*
 * Reads rationale HTML back into TipTap JSON without a DOM: what Crosscheck
 * writes (blocksToHtml: p, h3-h6, ul/ol/li, blockquote, strong, em, a, br)
 * comes back as it was; any other tag is dropped and its text kept. The
 * server validates the result against the editor schema (parseDoc) anyway.
 */

interface Mark { type: string; attrs?: Record<string, unknown> }
interface Node { type: string; attrs?: Record<string, unknown>; content?: Node[]; text?: string; marks?: Mark[] }

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", "#39": "'" };

/** Decodes the character references HTML text may hold. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (match, name: string) => {
    if (name[0] === "#") {
      const code = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

const TEXTBLOCKS = new Set(["paragraph", "heading"]);

/** Rationale HTML as a TipTap document (null when it holds no text). */
export function richTextHtmlToDoc(html: string): Record<string, unknown> | null {
  const doc: Node = { type: "doc", content: [] };
  const stack: Node[] = [doc];
  const marks: Mark[] = [];
  const top = () => stack[stack.length - 1];
  const open = (node: Node) => {
    (top().content ??= []).push(node);
    stack.push(node);
  };
  const close = (type: string) => {
    const at = stack.map((n) => n.type).lastIndexOf(type);
    if (at > 0) stack.length = at;
  };
  const textblock = () => {
    if (!TEXTBLOCKS.has(top().type)) open({ type: "paragraph", content: [] });
    return top();
  };

  for (const token of html.split(/(<[^>]*>)/)) {
    if (!token) continue;
    const tag = /^<\s*(\/)?\s*([a-z0-9]+)([^>]*)>$/i.exec(token);
    if (!tag) {
      const text = decodeEntities(token).replace(/\s+/g, " ");
      if (!text.trim() && !TEXTBLOCKS.has(top().type)) continue;
      const node: Node = { type: "text", text };
      if (marks.length) node.marks = marks.map((m) => ({ ...m }));
      textblock().content!.push(node);
      continue;
    }
    const [, closing, rawName, attrs] = tag;
    const name = rawName.toLowerCase();
    if (closing) {
      if (name === "p" || /^h[1-6]$/.test(name)) close(name === "p" ? "paragraph" : "heading");
      else if (name === "li") close("listItem");
      else if (name === "ul") close("bulletList");
      else if (name === "ol") close("orderedList");
      else if (name === "blockquote") close("blockquote");
      else if (["strong", "b", "em", "i", "a"].includes(name)) {
        const type = name === "a" ? "link" : name === "strong" || name === "b" ? "bold" : "italic";
        const at = marks.map((m) => m.type).lastIndexOf(type);
        if (at >= 0) marks.splice(at, 1);
      }
      continue;
    }
    if (name === "p") {
      while (TEXTBLOCKS.has(top().type)) stack.pop();
      open({ type: "paragraph", content: [] });
    } else if (/^h[1-6]$/.test(name)) {
      while (TEXTBLOCKS.has(top().type)) stack.pop();
      open({ type: "heading", attrs: { level: Math.min(4, Math.max(1, Number(name[1]) - 2)) }, content: [] });
    } else if (name === "ul" || name === "ol" || name === "blockquote" || name === "li") {
      while (TEXTBLOCKS.has(top().type)) stack.pop();
      open({ type: name === "ul" ? "bulletList" : name === "ol" ? "orderedList" : name === "li" ? "listItem" : "blockquote", content: [] });
    } else if (name === "br") {
      textblock().content!.push({ type: "hardBreak" });
    } else if (name === "strong" || name === "b") marks.push({ type: "bold" });
    else if (name === "em" || name === "i") marks.push({ type: "italic" });
    else if (name === "a") {
      const href = /href\s*=\s*"([^"]*)"/i.exec(attrs)?.[1];
      if (href && /^(https?:|mailto:)/i.test(decodeEntities(href))) marks.push({ type: "link", attrs: { href: decodeEntities(href) } });
      else marks.push({ type: "link-ignored" });
    }
  }
  return finish(doc);
}

// Empty containers and whitespace-only paragraphs go; a list item or quote without a paragraph gets one.
function finish(doc: Node): Record<string, unknown> | null {
  const clean = (node: Node): Node | null => {
    if (node.type === "text") return node.text ? { ...node, marks: node.marks?.filter((m) => m.type !== "link-ignored") } : null;
    if (node.type === "hardBreak") return node;
    const content = (node.content ?? []).map(clean).filter((n): n is Node => n !== null).map((n) => (n.marks?.length === 0 ? { ...n, marks: undefined } : n));
    if (TEXTBLOCKS.has(node.type)) {
      if (!content.some((n) => n.type === "text" && n.text!.trim())) return null;
      const trimmed = content.map((n, i) => (n.type === "text" && (i === 0 || i === content.length - 1) ? { ...n, text: i === 0 ? n.text!.trimStart() : n.text!.trimEnd() } : n)).filter((n) => n.type !== "text" || n.text);
      return { ...node, content: trimmed };
    }
    if (content.length === 0) return null;
    if (node.type === "listItem" && content[0].type !== "paragraph") content.unshift({ type: "paragraph", content: [] });
    return { ...node, content };
  };
  const cleaned = clean(doc);
  return cleaned ? JSON.parse(JSON.stringify(cleaned)) : null;
}

/** Plain text (blank-line paragraphs) as a TipTap document; null for blank text. */
export function plainTextToDoc(text: string): Record<string, unknown> | null {
  const paragraphs = text.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) return null;
  return {
    type: "doc",
    content: paragraphs.map((p) => ({
      type: "paragraph",
      content: p.split("\n").flatMap((line, i) => [...(i > 0 ? [{ type: "hardBreak" }] : []), ...(line ? [{ type: "text", text: line }] : [])]),
    })),
  };
}
