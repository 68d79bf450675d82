/*
 * A rationale is TipTap JSON (lib/editor's schema: paragraphs, headings,
 * lists, blockquotes, hard breaks; bold, italic and links). Reports render it
 * in each format's own terms; this walks the JSON without loading TipTap, so
 * the serialisers stay pure and fast.
 */

interface JsonNode {
  type?: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type?: string; attrs?: Record<string, unknown> }[];
  content?: JsonNode[];
}

/** A run of text with its marks. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

/** A block of a rationale. List items hold their blocks; quotes hold theirs. */
export type Block =
  | { type: "paragraph"; inlines: Inline[] }
  | { type: "heading"; level: number; inlines: Inline[] }
  | { type: "list"; ordered: boolean; items: Block[][] }
  | { type: "quote"; blocks: Block[] };

/** Rich text as report blocks; null or malformed input gives no blocks. */
export function richTextBlocks(doc: unknown): Block[] {
  if (!doc || typeof doc !== "object") return [];
  return blocksOf((doc as JsonNode).content ?? []);
}

function blocksOf(nodes: JsonNode[]): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "heading":
        blocks.push({ type: "heading", level: Number(node.attrs?.level ?? 2), inlines: inlinesOf(node.content ?? []) });
        break;
      case "bulletList":
      case "orderedList":
        blocks.push({ type: "list", ordered: node.type === "orderedList", items: (node.content ?? []).map((item) => blocksOf(item.content ?? [])) });
        break;
      case "blockquote":
        blocks.push({ type: "quote", blocks: blocksOf(node.content ?? []) });
        break;
      default:
        // paragraph, and anything unknown with text in it.
        if (node.content?.some((c) => c.type !== "text" && c.type !== "hardBreak")) blocks.push(...blocksOf(node.content));
        else blocks.push({ type: "paragraph", inlines: inlinesOf(node.content ?? []) });
    }
  }
  return blocks.filter((b) => b.type !== "paragraph" || b.inlines.some((i) => i.text.trim() !== ""));
}

function inlinesOf(nodes: JsonNode[]): Inline[] {
  return nodes.map((node) => {
    if (node.type === "hardBreak") return { text: "\n" };
    const inline: Inline = { text: node.text ?? "" };
    for (const mark of node.marks ?? []) {
      if (mark.type === "bold") inline.bold = true;
      if (mark.type === "italic") inline.italic = true;
      if (mark.type === "link" && typeof mark.attrs?.href === "string" && /^(https?:|mailto:)/i.test(mark.attrs.href)) inline.href = mark.attrs.href;
    }
    return inline;
  });
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Blocks as HTML (links open in a new tab; only http(s) and mailto links survive). */
export function blocksToHtml(blocks: Block[]): string {
  return blocks.map(blockHtml).join("");
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${inlinesHtml(block.inlines)}</p>`;
    case "heading": {
      const level = Math.min(6, Math.max(3, block.level + 2));
      return `<h${level}>${inlinesHtml(block.inlines)}</h${level}>`;
    }
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      return `<${tag}>${block.items.map((item) => `<li>${blocksToHtml(item)}</li>`).join("")}</${tag}>`;
    }
    case "quote":
      return `<blockquote>${blocksToHtml(block.blocks)}</blockquote>`;
  }
}

function inlinesHtml(inlines: Inline[]): string {
  return inlines
    .map((i) => {
      let html = i.text === "\n" ? "<br>" : escapeHtml(i.text);
      if (i.bold) html = `<strong>${html}</strong>`;
      if (i.italic) html = `<em>${html}</em>`;
      if (i.href) html = `<a href="${escapeHtml(i.href)}" rel="noopener noreferrer">${html}</a>`;
      return html;
    })
    .join("");
}

/** Escapes Markdown's inline syntax characters in plain text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, "\\$1");
}

/** Blocks as Markdown (CommonMark). */
export function blocksToMarkdown(blocks: Block[], indent = ""): string {
  return blocks.map((block) => blockMarkdown(block, indent)).join(`\n\n`);
}

function blockMarkdown(block: Block, indent: string): string {
  switch (block.type) {
    case "paragraph":
      return indent + inlinesMarkdown(block.inlines).replace(/\n/g, `\n${indent}`);
    case "heading":
      return `${indent}**${inlinesMarkdown(block.inlines)}**`;
    case "list":
      return block.items
        .map((item, n) => {
          const marker = block.ordered ? `${n + 1}. ` : "- ";
          const body = blocksToMarkdown(item, indent + " ".repeat(marker.length)).trimStart();
          return `${indent}${marker}${body}`;
        })
        .join("\n");
    case "quote":
      return blocksToMarkdown(block.blocks, indent)
        .split("\n")
        .map((line) => `${indent}> ${line.slice(indent.length)}`)
        .join("\n");
  }
}

function inlinesMarkdown(inlines: Inline[]): string {
  return inlines
    .map((i) => {
      if (i.text === "\n") return "  \n";
      let md = escapeMarkdown(i.text);
      if (!md.trim()) return md;
      if (i.bold) md = `**${md}**`;
      if (i.italic) md = `*${md}*`;
      if (i.href) md = `[${md}](<${i.href.replace(/[<>]/g, encodeURIComponent)}>)`;
      return md;
    })
    .join("");
}

/** Blocks as plain text: paragraphs separated by a blank line, list items by "- ". */
export function blocksToPlainText(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case "paragraph":
        case "heading":
          return block.inlines.map((i) => i.text).join("");
        case "list":
          return block.items.map((item, n) => `${block.ordered ? `${n + 1}.` : "-"} ${blocksToPlainText(item)}`).join("\n");
        case "quote":
          return blocksToPlainText(block.blocks);
      }
    })
    .join("\n\n");
}
