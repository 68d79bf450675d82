import { JSDOM } from "jsdom";

const BLOCK_SELECTOR = "p, h1, h2, h3, h4, li, blockquote";
const BLOCK_TAGS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "UL", "OL", "DIV"]);
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

/**
 * Runs `decide` over the text of every leaf block (a paragraph, heading, list
 * item or quote holding no other block) in document order and removes the
 * blocks it marks. Lists and quotes left empty are removed too.
 */
export function dropHtmlBlocks(html: string, decide: (texts: string[]) => boolean[]): string {
  const fragment = JSDOM.fragment(html);
  const leaves = leafBlocks(fragment);
  const drop = decide(leaves.map(blockText));
  leaves.forEach((el, i) => drop[i] && el.remove());
  // Deepest first, so a list that only held an emptied item goes as well.
  Array.from(fragment.querySelectorAll(CONTAINERS)).reverse()
    .filter((el) => !el.textContent?.trim())
    .forEach((el) => el.remove());
  const holder = fragment.ownerDocument.createElement("div");
  holder.appendChild(fragment);
  return holder.innerHTML.replace(/\n{2,}/g, "\n").trim();
}

/** The texts of the leaf blocks of some HTML, in order. */
export function htmlBlockTexts(html: string): string[] {
  return leafBlocks(JSDOM.fragment(html)).map(blockText).filter(Boolean);
}

/**
 * Plain text of sanitised article HTML: one line per block, blank lines
 * between blocks, <br> kept as a line break.
 */
export function htmlToPlainText(html: string): string {
  let out = "";
  const walk = (node: Node) => {
    if (node.nodeType === 3) out += (node.textContent ?? "").replace(/\s+/g, " ");
    else if (node.nodeName === "BR") out += "\n";
    else {
      const block = BLOCK_TAGS.has(node.nodeName);
      if (block) out += "\n\n";
      node.childNodes.forEach(walk);
      if (block) out += "\n\n";
    }
  };
  walk(JSDOM.fragment(html));
  return out
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
