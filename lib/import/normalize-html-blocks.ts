import { parseHtmlBody } from "@/lib/import/parse-html-body";
import { safeHref } from "@/lib/import/safe-href";

/** Elements removed together with everything inside them. */
const DROPPED = [
  "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
  "svg", "math", "canvas", "video", "audio", "picture", "img", "source", "track", "map",
  "figcaption", "form", "button", "input", "select", "textarea", "label", "nav", "aside",
  "footer", "dialog", "link", "meta", "title", "base", "hr",
  "[hidden]", '[aria-hidden="true"]', '[role="navigation"]', '[role="complementary"]',
].join(",");

/** Wrappers that carry no meaning of their own: each becomes a paragraph or is unwrapped. */
const CONTAINERS = new Set([
  "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "CENTER", "FIGURE", "ADDRESS", "DETAILS",
  "SUMMARY", "FIELDSET", "DL", "DT", "DD", "TABLE", "THEAD", "TBODY", "TFOOT", "TR", "CAPTION", "PRE",
]);

const BLOCKS = new Set([
  ...CONTAINERS, "P", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "LI", "BLOCKQUOTE",
]);

/** Inside these a paragraph would be invalid HTML, so a container there is unwrapped instead. */
const INLINE_CONTEXT = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "A", "SPAN", "STRONG", "B", "EM", "I"]);

const isBlock = (node: Node): boolean => node.nodeType === 1 && BLOCKS.has(node.nodeName);
const hasText = (node: Node): boolean => (node.textContent ?? "").trim().length > 0;

function rename(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  while (el.firstChild) next.appendChild(el.firstChild);
  el.replaceWith(next);
  return next;
}

/** Groups each run of inline children into a <p> so no loose text sits beside blocks. */
function wrapInlineRuns(parent: ParentNode & Node, doc: Document): void {
  let run: Node[] = [];
  const flush = (before: Node | null) => {
    if (run.some(hasText)) {
      const p = doc.createElement("p");
      parent.insertBefore(p, before);
      run.forEach((n) => p.appendChild(n));
    }
    run = [];
  };
  for (const child of Array.from(parent.childNodes)) {
    if (isBlock(child)) flush(child);
    else run.push(child);
  }
  flush(null);
}

/** Splits a paragraph on runs of two or more <br>, the way old CMSes mark paragraphs. */
function splitOnDoubleBreaks(p: Element, doc: Document): void {
  const segments: Node[][] = [[]];
  let pendingBreaks: Node[] = [];
  for (const child of Array.from(p.childNodes)) {
    if (child.nodeName === "BR") pendingBreaks.push(child);
    else if (child.nodeType === 3 && !hasText(child) && pendingBreaks.length) pendingBreaks.push(child);
    else {
      if (pendingBreaks.filter((n) => n.nodeName === "BR").length >= 2) segments.push([]);
      else segments[segments.length - 1].push(...pendingBreaks);
      pendingBreaks = [];
      segments[segments.length - 1].push(child);
    }
  }
  if (segments.length < 2) return;
  for (const segment of segments) {
    if (!segment.some(hasText)) continue;
    const part = doc.createElement("p");
    segment.forEach((n) => part.appendChild(n));
    p.before(part);
  }
  p.remove();
}

/** Puts list items that lost their list (an unwrapped wrapper, a broken paste) back into a <ul>. */
function adoptOrphanItems(root: ParentNode, doc: Document): void {
  for (const li of Array.from(root.querySelectorAll("li"))) {
    const parent = li.parentNode;
    if (!parent || parent.nodeName === "UL" || parent.nodeName === "OL") continue;
    let previous = li.previousSibling;
    while (previous && previous.nodeType === 3 && !hasText(previous)) previous = previous.previousSibling;
    if (previous?.nodeName === "UL" && (previous as Element).hasAttribute("data-adopted")) previous.appendChild(li);
    else {
      const list = doc.createElement("ul");
      list.setAttribute("data-adopted", "");
      li.replaceWith(list);
      list.appendChild(li);
    }
  }
}

/** Makes every link absolute and safe, or unwraps it so only its text remains. */
function fixLinks(root: ParentNode, baseUrl: string | undefined): void {
  for (const link of Array.from(root.querySelectorAll("a"))) {
    const href = safeHref(link.getAttribute("href"), baseUrl);
    if (href) link.setAttribute("href", href);
    else link.replaceWith(...Array.from(link.childNodes));
  }
}

function flattenTable(el: Element, doc: Document): void {
  // Cells become space-separated text so a row reads as one line.
  el.querySelectorAll("td, th").forEach((cell) => {
    cell.append(doc.createTextNode(" "));
    cell.replaceWith(...Array.from(cell.childNodes));
  });
  el.querySelectorAll("tr").forEach((row) => rename(row, "p"));
}

/**
 * Rewrites arbitrary HTML into blocks the article schema can hold: drops
 * non-content elements, turns leaf wrappers (div, section, ...) into
 * paragraphs, unwraps wrappers that hold other blocks and makes links
 * absolute (unwrapping unsafe or unresolvable ones). Parsing happens in
 * a script-less jsdom document, so no script runs and nothing is fetched.
 */
export function normalizeHtmlBlocks(html: string, baseUrl?: string): string {
  const fragment = parseHtmlBody(html);
  const doc = fragment.ownerDocument;
  fragment.querySelectorAll(DROPPED).forEach((el) => el.remove());
  fixLinks(fragment, baseUrl);
  fragment.querySelectorAll("table").forEach((t) => flattenTable(t, doc));
  fragment.querySelectorAll("pre").forEach((pre) => {
    // Preformatted line breaks would collapse to spaces once it is a paragraph.
    const lines = (pre.textContent ?? "").replace(/\s+$/, "").split(/\r?\n/);
    pre.replaceChildren(...lines.flatMap((line, i) => (i ? [doc.createElement("br"), doc.createTextNode(line)] : [doc.createTextNode(line)])));
  });

  // Innermost first, so a wrapper sees its children already converted.
  const containers = Array.from(fragment.querySelectorAll("*")).filter((el) => CONTAINERS.has(el.nodeName));
  for (const el of containers.reverse()) {
    const children = Array.from(el.childNodes);
    if (!hasText(el)) el.remove();
    else if (children.some(isBlock)) {
      wrapInlineRuns(el, doc);
      el.replaceWith(...Array.from(el.childNodes));
    } else if (el.parentElement && INLINE_CONTEXT.has(el.parentElement.nodeName)) {
      // The wrapper was a visual line of its own; spaces keep its words from gluing to the neighbours.
      el.replaceWith(doc.createTextNode(" "), ...children, doc.createTextNode(" "));
    } else rename(el, "p");
  }
  wrapInlineRuns(fragment, doc);
  adoptOrphanItems(fragment, doc);
  fragment.querySelectorAll("p").forEach((p) => splitOnDoubleBreaks(p, doc));

  return fragment.innerHTML;
}
