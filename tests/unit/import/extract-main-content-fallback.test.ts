import { describe, expect, it, vi } from "vitest";

// Readability giving up (it returns null, or throws on odd documents) must not lose the page.
vi.mock("@mozilla/readability", () => ({
  Readability: class {
    parse() {
      return null;
    }
  },
}));

const { extractMainContent } = await import("@/lib/import/extract-main-content");

describe("extractMainContent when Readability finds nothing", () => {
  it("falls back to the sanitised body, still without page chrome or boilerplate", () => {
    const page = extractMainContent(`<html lang="en"><head><title>Strait talks resume</title></head><body>
      <nav><a href="/world">World</a></nav>
      <div><p>Negotiators from Korvath and the pact met again on Monday in Lissa, officials said.</p><p>Share</p></div>
      <footer>© 2023 The Coastal Herald</footer></body></html>`);
    expect(page.usedFallback).toBe(true);
    expect(page.html).toBe("<p>Negotiators from Korvath and the pact met again on Monday in Lissa, officials said.</p>");
    expect(page.title).toBe("Strait talks resume");
    expect(page.lang).toBe("en");
  });
});
