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

/**
 * Runs `decide` over the text of every leaf block (a paragraph, heading, list
 * item or quote holding no other block) in document order and removes the
 * blocks it marks. Lists and quotes left empty are removed too.
 */
export function dropHtmlBlocks(html: string, decide: (texts: string[]) => boolean[]): string {
  const fragment = parseHtmlBody(html);
  const leaves = leafBlocks(fragment);
  const drop = decide(leaves.map(blockText));
  leaves.forEach((el, i) => drop[i] && el.remove());
  // Deepest first, so a list that only held an emptied item goes as well.
  Array.from(fragment.querySelectorAll(CONTAINERS)).reverse()
    .filter((el) => !el.textContent?.trim())
    .forEach((el) => el.remove());
  return fragment.innerHTML.replace(/\n{2,}/g, "\n").trim();
}

/** The texts of the leaf blocks of some HTML, in order. */
export function htmlBlockTexts(html: string): string[] {
  return leafBlocks(parseHtmlBody(html)).map(blockText).filter(Boolean);
}
