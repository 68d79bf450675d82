import { createAnchor } from "@/lib/domain/anchoring/selectors";
import type { W3CClaim, W3CContext, W3CLink } from "@/lib/domain/exports/w3c-annotations";

/** Texts with astral characters (emoji, rare CJK) before the quotes, so code points and UTF-16 differ. */
export const TEXT_A = "Harbour 🚢 news 𠀋: the mayor said the tunnel 🚇 will open in June.\n\n東京 officials agreed 👍 on the budget.";
export const TEXT_B = "City hall 🏛 confirmed the tunnel opens in June.";

const anchorOf = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(phrase);
  return createAnchor(text, start, start + phrase.length);
};

export const ctx: W3CContext = {
  baseUrl: "https://crosscheck.test",
  articles: new Map([
    ["a1", { id: "a1", url: "https://harbour.example/tunnel" }],
    ["b1", { id: "b1", url: null }],
  ]),
  revisions: new Map([
    ["ra", { articleId: "a1", number: 2, sha256: "ab".repeat(32), createdAt: "2026-04-02T08:00:00.000Z", plainText: TEXT_A }],
    ["rb", { articleId: "b1", number: 1, sha256: "cd".repeat(32), createdAt: "2026-04-01T08:00:00.000Z", plainText: TEXT_B }],
  ]),
};

const cols = (text: string, phrase: string) => {
  const a = anchorOf(text, phrase);
  return { exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix, start: a.position.start, end: a.position.end };
};

export const claim: W3CClaim = {
  id: "c1", articleId: "a1", revisionId: "ra", orphaned: false, ...cols(TEXT_A, "the tunnel 🚇 will open in June"),
  verdict: "DISPUTED",
  rationale: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The council " }, { type: "text", text: "minutes", marks: [{ type: "bold" }] }, { type: "text", text: " say July." }] }] },
  claimReviewed: "The tunnel opens in June", claimant: "The mayor",
  evidence: [{ url: "https://city.example/minutes?a=1&b=2", quote: "Opening: July <2026>", note: "p. 4", checkedAt: "2026-04-03T00:00:00.000Z", createdAt: "2026-04-03T09:00:00.000Z" }],
  createdBy: { id: "u1", name: "Ana Editor" }, createdAt: "2026-04-02T09:00:00.000Z", updatedAt: "2026-04-02T10:00:00.000Z",
};

export const claimCjk: W3CClaim = {
  ...claim, id: "c2", ...cols(TEXT_A, "東京 officials agreed 👍"), verdict: "VERIFIED", rationale: null, evidence: [], claimReviewed: null, claimant: null,
};

export const link: W3CLink = {
  id: "l1", claim, relation: "CONTRADICTS", note: "Different month",
  target: { articleId: "b1", revisionId: "rb", orphaned: false, ...cols(TEXT_B, "confirmed the tunnel opens in June") },
  createdBy: { id: "u1", name: "Ana Editor" }, createdAt: "2026-04-02T11:00:00.000Z", updatedAt: "2026-04-02T11:00:00.000Z",
};
