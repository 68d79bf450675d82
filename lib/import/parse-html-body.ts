import { JSDOM } from "jsdom";

/**
 * Parses an HTML fragment into the <body> of a fresh jsdom document in which
 * no script runs and nothing is fetched. Not JSDOM.fragment: that parses into
 * a template and then moves every node out one by one, and jsdom counts a
 * node's preceding siblings on each removal, so a flat paste of 12,000
 * paragraphs took minutes. Parsing straight into a body grows linearly.
 */
export function parseHtmlBody(html: string): HTMLElement {
  return new JSDOM(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).window.document.body;
}
