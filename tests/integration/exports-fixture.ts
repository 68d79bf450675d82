import { makeArticle } from "@/lib/factories/make-article";
import { makeClaim } from "@/lib/factories/make-claim";
import { makeEvidence } from "@/lib/factories/make-evidence";
import { makeLink } from "@/lib/factories/make-link";
import type { TeamMember } from "@/lib/factories/make-member";

/** Three outlets reporting one story; emoji and CJK sit before the quotes, so code points and UTF-16 differ. */
export const STORY = {
  a: {
    title: "Tunnel to open in June, mayor says",
    outlet: "Harbour Gazette",
    url: "https://harbour.example/news/tunnel-june",
    publishedAt: "2026-04-02T08:00:00Z",
    paragraphs: [
      "Harbour 🚢 news 𠀋: the mayor said the tunnel will open in June, two months late.",
      "東京 engineers 👷 said the budget rose to 40 million euros.",
      "=SUM(A1:A9) is what the spreadsheet showed, a clerk joked.",
    ],
  },
  b: {
    title: "City hall confirms June opening",
    outlet: "Evening Ledger",
    url: "https://ledger.example/2026/04/01/tunnel",
    publishedAt: "2026-04-01T18:00:00Z",
    paragraphs: ["City hall confirmed the tunnel will open in June.", "Costs climbed to 40 million euros, officials said."],
  },
  c: {
    title: "Tunnel delayed to autumn, engineers warn",
    outlet: "Morning Star",
    url: "https://star.example/tunnel-autumn",
    publishedAt: "2026-04-03T07:00:00Z",
    paragraphs: ["Engineers warned the tunnel will not open before September."],
  },
};

/** The story's articles in a workspace, with claims (rated, rich rationale, evidence) and links, made by `editor`. */
export async function makeStory(editor: TeamMember) {
  const a = await makeArticle(editor, STORY.a);
  const b = await makeArticle(editor, STORY.b);
  const c = await makeArticle(editor, STORY.c);
  const june = await makeClaim(editor, a, {
    quote: "the tunnel will open in June",
    verdict: "DISPUTED",
    rationale: { type: "doc", content: [
      { type: "paragraph", content: [{ type: "text", text: "The council " }, { type: "text", text: "minutes", marks: [{ type: "bold" }] }, { type: "text", text: " say July; see " }, { type: "text", text: "the minutes", marks: [{ type: "link", attrs: { href: "https://city.example/minutes" } }] }, { type: "text", text: "." }] },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Checked twice" }] }] }] },
    ] },
  });
  await makeEvidence(editor, june, { url: "https://city.example/minutes?p=4&lang=en", quote: "Opening: July <2026>", note: "Page 4", checkedAt: new Date("2026-04-03T00:00:00Z") });
  const budget = await makeClaim(editor, a, { quote: "東京 engineers 👷 said the budget rose to 40 million euros", verdict: "VERIFIED", rationale: "Matches the budget line." });
  const formula = await makeClaim(editor, a, { quote: "=SUM(A1:A9) is what the spreadsheet showed", verdict: "SOURCED_ONLY", rationale: "=HYPERLINK(\"http://evil.example\")" });
  const hall = await makeClaim(editor, b, { quote: "City hall confirmed the tunnel will open in June", verdict: "VERIFIED" });
  const same = await makeLink(editor, june, b, { quote: "the tunnel will open in June", relation: "SAME_CLAIM" });
  const contra = await makeLink(editor, june, c, { quote: "the tunnel will not open before September", relation: "CONTRADICTS", note: "Autumn, not June" });
  return { a, b, c, june, budget, formula, hall, same, contra };
}
