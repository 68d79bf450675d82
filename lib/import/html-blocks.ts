import { parseHtmlBody } from "@/lib/import/parse-html-body";

const BLOCK_SELECTOR = "p, h1, h2, h3, h4, li, blockquote";
const CONTAINERS = "ul, ol, blockquote, li";

/** Text of an element with <br> read as a space and whitespace collapsed. */
export function blockText(el: Element): string {
  let text = "";
  const walk = (node: Node) => {
    if (node.nodeType === 3) text += node.textContent ?? "";
    else if (node.nodeName === "BR") text += " ";
    else node.childNodes.forEach(walk);
  };
  walk(el);
  return text.replace(/\s+/g, " ").trim();
}

function leafBlocks(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(BLOCK_SELECTOR)).filter((el) => !el.querySelector(BLOCK_SELECTOR));
}

/** HTML after some of its blocks were dropped, with the block texts before and after (non-empty, in order). */
export interface DroppedBlocks {
  html: string;
  before: string[];
  after: string[];
}

/**
 * Runs `decide` over the text of every leaf block (a paragraph, heading, list
 * item or quote holding no other block) in document order and removes the
 * blocks it marks. Lists and quotes left empty are removed too. The block
 * texts before and after come from the same parse: jsdom's parsing is the
 * costly part of an import, so callers should not parse the HTML again for them.
 */
export function dropHtmlBlocks(html: string, decide: (texts: string[]) => boolean[]): DroppedBlocks {
  const fragment = parseHtmlBody(html);
  const leaves = leafBlocks(fragment);
  const texts = leaves.map(blockText);
  const drop = decide(texts);
  const before = texts.filter(Boolean);
  if (!drop.some(Boolean)) return { html: fragment.innerHTML.replace(/\n{2,}/g, "\n").trim(), before, after: before };
  leaves.forEach((el, i) => drop[i] && el.remove());
  // Deepest first, so a list that only held an emptied item goes as well.
  Array.from(fragment.querySelectorAll(CONTAINERS)).reverse()
    .filter((el) => !el.textContent?.trim())
    .forEach((el) => el.remove());
  return { html: fragment.innerHTML.replace(/\n{2,}/g, "\n").trim(), before, after: leafBlocks(fragment).map(blockText).filter(Boolean) };
}
