import { describe, expect, it } from "vitest";
import {
  findBoilerplate,
  isBoilerplateLine,
  removeBoilerplateHtml,
  removeBoilerplateText,
} from "@/lib/import/remove-boilerplate";
import { fixture, lines } from "./fixtures";

describe("isBoilerplateLine", () => {
  it.each([
    // sign-in and newsletter prompts
    "Sign in to unlock member-only benefits!",
    "  • Access 10 free stories every month",
    "  • Save stories to read later",
    "  • Sign-up/manage your newsletter subscriptions with a single click",
    "  • Get notified by email for early access to discounts & offers on our products",
    "Sign in",
    "Subscribe",
    "Sign up for our daily briefing newsletter",
    "Already a subscriber? Log in",
    // cookie notices
    "We use cookies to improve your experience on our site.",
    "Accept all cookies",
    "Cookie settings",
    // comment policy
    "Comments have to be in English, and in full sentences. They cannot be abusive or personal.",
    "Comments are closed.",
    "12 Comments",
    "Leave a comment",
    "If you have any problems with this article, please contact us at desk@example.org",
    // share and print buttons
    "Share",
    "Print",
    "Copy link",
    "print PRINT",
    "Share on Facebook | Twitter | WhatsApp",
    "0 / 0",
    "3 of 12",
    // script and markup fragments
    '<script async src="https://ads.example/tag.js"></script>',
    "!-- Google tag (gtag.js) -->",
    '{"@context":"https://schema.org","@type":"NewsArticle"}',
    "window.dataLayer = window.dataLayer || [];",
    "gtag('config', 'G-123');",
    // photo credits and captions with credits
    "Photo Credit: AFP",
    "IMAGE SOURCE: AFP",
    "| Photo: Reuters",
    "File photo",
    "Marendia’s Foreign Minister Tomas Ardell | Photo Credit: Reuters",
    "Foreign Minister Tomas Ardell. [Photo/Agencies]",
    "Cargo ships wait at the mouth of the strait. (Photo: AP)",
    // tags, related articles, read more
    "Tags: Velsk Strait, Korvath, Shipping",
    "Also read: Marendia backs Korvath over strait closure",
    "Also Read | Marendia backs Korvath",
    "Read more: What the strait means for trade",
    "Related stories",
    "Advertisement",
    "Story continues below advertisement",
    "Skip to main content",
    "INTERNATIONAL > East Asia & Pacific",
    "Home / World / Asia",
    "© 2023 The Coastal Herald. All rights reserved.",
    "  • ,",
  ])("flags %j", (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    "",
    "Officials said the share of cargo handled at Lissa fell to 12% in February.",
    "The port authority will print new schedules every morning until traffic recovers.",
    "“We take photos of every ship that leaves,” said Marta Silva.",
    "Comments from shipping companies were mixed: some said they would sign new contracts.",
    "Readers who subscribe to the port authority’s alerts were told on Friday that tags would be checked.",
    "Related talks are expected next week.",
    "Print media in Lissa ran the story on every front page.",
    "Photo agencies were not allowed near the naval base.",
    "The minister later told reporters: “Read more history and you will see.”",
    "Copyright law was not part of the talks, the minister said.",
    "Ships waited (pictured) for days.",
    "The insurer told Reuters that premiums would stay high.",
    "Sign language interpreters attended the briefing in Lissa.",
    "Share prices of shipping companies rose 4% on Monday.",
  ])("keeps real prose %j", (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

describe("removeBoilerplateText", () => {
  it("removes the sign-in block, carousel counter, comment policy and a caption repeated with its credit", () => {
    const out = removeBoilerplateText(fixture("herald-updated-published.txt"));
    expect(out).not.toMatch(/Sign in|free stories|read later|newsletter|Get notified|0 \/ 0/);
    expect(out).not.toMatch(/Comments have to be|migrated to a new commenting platform/);
    expect(out).not.toMatch(/Photo Credit/);
    // The caption line itself goes too, not only the copy carrying the credit.
    expect(lines(out)).not.toContain("Marendia’s Foreign Minister Tomas Ardell");
    expect(out).toContain("Marendia’s Foreign Minister Tomas Ardell told his Korvathi counterpart");
    expect(out).toContain("two-way trade last year was up 22% to $96 billion.");
  });

  it("removes a tag-manager fragment and a caption above a standalone credit", () => {
    const out = removeBoilerplateText(fixture("tagged-standfirst-date.txt"));
    expect(out).not.toMatch(/gtag|IMAGE SOURCE|\(L\) with his Marendian counterpart/);
    expect(out).toContain("Referring to the pact’s combined criticism of the closure");
  });

  it("removes a caption with an inline credit and the contact-us footer", () => {
    const out = removeBoilerplateText(fixture("daily-byline-updated.txt"));
    expect(out).not.toMatch(/\[Photo\/Agencies\]|If you have any problems/);
    expect(out).toContain("Ministry spokeswoman Irena Valk said on Thursday");
  });

  it("removes “Comments are closed.”", () => {
    const out = removeBoilerplateText(fixture("comments-closed.txt"));
    expect(out).not.toContain("Comments are closed");
    expect(out).toContain("raising fears of a wider blockade.");
  });

  it("removes print buttons, breadcrumbs, stray bullets and the trailing run of topic links", () => {
    const out = removeBoilerplateText(fixture("ledger-bullets-topics.txt"));
    expect(out).not.toMatch(/print PRINT|WORLD > Northern Seas|Ambassador|Trending Marendia|• ,$/m);
    expect(lines(out)).not.toContain("• Shipping");
    expect(out).toContain("Korvath closed the strait because it was confident");
  });

  it("removes cookie notices, share buttons, script and JSON fragments, credits, read-more links and tags", () => {
    const out = removeBoilerplateText(fixture("wire-noise.txt"));
    for (const noise of [
      "cookies", "Skip to main content", "Home / World", "Share", "Print", "Copy link", "<script", "@context",
      "window.dataLayer", "File photo", "(Photo: AP)", "Also read", "Read more", "Advertisement", "Tags:",
    ]) {
      expect(out, noise).not.toContain(noise);
    }
    expect(out).toContain("LISSA, March 5 (Reuters) - Korvath reopened the Velsk Strait");
    expect(out).toContain("Traders said freight rates fell 4% on the news.");
  });

  it("leaves real prose that merely mentions share, print, photos, cookies or comments untouched", () => {
    const text = fixture("prose-no-noise.txt");
    expect(lines(removeBoilerplateText(text))).toEqual(lines(text));
  });

  it("keeps a short last paragraph when it is the only short line", () => {
    const text = "The talks ended without an agreement, officials in Lissa said on Sunday evening.\n\nShips waited.";
    expect(removeBoilerplateText(text)).toContain("Ships waited.");
  });

  it("judges hard-wrapped text by paragraph, not by the fragment that happens to start a line", () => {
    const text = [
      "The harbour master said crews had been told to stay aboard and to",
      "read more of the safety notices posted at the gangways, because the",
      "port could not say when the strait would reopen to ships again soon.",
    ].join("\n");
    expect(removeBoilerplateText(text)).toContain("read more of the safety notices");
  });
});

describe("findBoilerplate", () => {
  it("drops a line repeating the one before it, and never marks blank lines", () => {
    expect(findBoilerplate(["A caption of a photo", "A caption of a photo", "", "Sign in"])).toEqual([
      false, true, false, true,
    ]);
  });

  it("drops 50,000 repeats of a line in linear time (it walked back over every dropped one: minutes for 5 MB)", () => {
    const line = "The council said the harbour tunnel would open in June, two years late.";
    const input = Array.from({ length: 50_000 }, (_, i) => (i % 2 ? "" : line));
    const started = performance.now();
    const drop = findBoilerplate(input);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(drop.filter(Boolean)).toHaveLength(24_999);
    expect(drop[0]).toBe(false);
  });
});

describe("removeBoilerplateHtml", () => {
  it("removes boilerplate blocks and the lists they leave empty, keeping the article", () => {
    const html = [
      "<p>Korvath reopened the strait to cargo traffic on Sunday after two days of talks, officials said.</p>",
      "<p>Share</p><p>Also read: Marendia backs Korvath</p>",
      "<p>Traders said freight rates fell 4% on the news, and insurers expect premiums to stay high.</p>",
      "<ul><li>Ambassador</li><li>Velsk Strait</li><li>Shipping</li></ul>",
    ].join("");
    const { html: out, before, after } = removeBoilerplateHtml(html);
    expect(out).not.toMatch(/Share|Also read|Ambassador|<ul>/);
    expect(out).toContain("<p>Korvath reopened the strait");
    expect(out).toContain("<p>Traders said freight rates");
    expect(before).toHaveLength(7);
    expect(after).toEqual([expect.stringMatching(/^Korvath reopened/), expect.stringMatching(/^Traders said/)]);
  });
});
