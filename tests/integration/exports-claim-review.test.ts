import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { ClaimReview, WithContext } from "schema-dts";
import { describe, expect, it, vi } from "vitest";
import type { ClaimReviewStatus } from "@/lib/domain/exports/report-types";
import { makeTeam } from "@/lib/factories/make-team";
import { insertSession } from "@/lib/factories/insert-session";
import { getPublisherSettings } from "@/lib/server/exports/get-publisher-settings";
import { listClaimReviews } from "@/lib/server/exports/list-claim-reviews";
import { updateArticlePublication } from "@/lib/server/exports/update-article-publication";
import { updateClaimPublication } from "@/lib/server/exports/update-claim-publication";
import { updatePublisherSettings } from "@/lib/server/exports/update-publisher-settings";
import { unknownSchemaOrgTerms } from "../support/schema-org-validator";
import { expectAppError } from "./expect-app-error";
import { makeStory } from "./exports-fixture";

// Review data comes through one function (the switch point): here it says which claims were approved.
const approvals = vi.hoisted(() => new Map<string, ClaimReviewStatus>());
vi.mock("@/lib/server/exports/load-review-states", () => ({
  loadReviewStates: async () => ({ claims: approvals, articleSignOffs: new Map(), sessionSignOff: null }),
}));

const BASE = "https://crosscheck.test";
const organisation = { type: "object", required: ["@type", "name"], properties: { "@type": { const: "Organization" }, name: { type: "string", minLength: 1 }, url: { type: "string", format: "uri" } } };
const creativeWork = { type: "object", required: ["@type", "headline"], properties: { url: { type: "string", format: "uri" }, datePublished: { type: "string", format: "date-time" } } };

/** Google's ClaimReview requirements: the required fields, and the recommended ones the issue names. */
const claimReviewJsonSchema = {
  type: "object",
  required: ["@context", "@type", "claimReviewed", "reviewRating", "url", "author", "datePublished", "itemReviewed"],
  properties: {
    "@context": { const: "https://schema.org" },
    "@type": { const: "ClaimReview" },
    claimReviewed: { type: "string", minLength: 1 },
    url: { type: "string", format: "uri" },
    author: organisation,
    datePublished: { type: "string", format: "date-time" },
    reviewRating: {
      type: "object",
      required: ["@type", "alternateName", "ratingValue", "bestRating", "worstRating"],
      properties: { "@type": { const: "Rating" }, alternateName: { type: "string", minLength: 1 }, ratingValue: { type: "integer" } },
    },
    itemReviewed: {
      type: "object",
      required: ["@type", "appearance", "firstAppearance", "datePublished"],
      properties: { "@type": { const: "Claim" }, appearance: { type: "array", minItems: 1, items: creativeWork }, firstAppearance: creativeWork, author: { type: "object", required: ["@type", "name"] } },
    },
  },
};
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(claimReviewJsonSchema);

describe("schema.org ClaimReview", () => {
  it("has publisher settings with the issue's default ratings; admins change them", async () => {
    const team = await makeTeam("publisher");
    const defaults = await getPublisherSettings(team.viewer);
    expect(defaults).toEqual({
      name: team.workspaceName, url: null, logoUrl: null,
      ratings: { VERIFIED: { label: "True", rating: 5 }, DISPUTED: { label: "False", rating: 1 }, SOURCED_ONLY: { label: "Unproven: attributed to its source", rating: 3 } },
    });
    await expectAppError(updatePublisherSettings(team.editor, defaults), "FORBIDDEN");
    const saved = await updatePublisherSettings(team.admin, { ...defaults, name: "Harbour Checks", url: "https://checks.example", ratings: { ...defaults.ratings, DISPUTED: { label: "Misleading", rating: 2 } } });
    expect(await getPublisherSettings(team.viewer)).toEqual(saved);
  });

  it("publishes approved claims only (all with drafts), valid by the JSON schema, the schema-dts types and schema.org's context", async () => {
    const team = await makeTeam("claimreview");
    const { a, june, budget } = await makeStory(team.editor);
    await updatePublisherSettings(team.admin, { ...(await getPublisherSettings(team.admin)), name: "Harbour Checks", url: "https://checks.example", logoUrl: "https://checks.example/logo.png" });
    await updateClaimPublication(team.editor, a.id, june.id, { claimReviewed: "The harbour tunnel opens in June 2026", claimant: "Mayor Jane Doe" });

    expect(await listClaimReviews(team.viewer, { type: "article", id: a.id }, { drafts: false, baseUrl: BASE })).toEqual([]);
    approvals.set(june.id, { state: "APPROVED", reviewer: "Rita Reviewer", at: "2026-04-04T09:00:00.000Z", version: 2 });
    approvals.set(budget.id, { state: "CHANGES_REQUESTED", reviewer: "Rita Reviewer", at: "2026-04-04T09:05:00.000Z", version: 1 });

    const published: WithContext<ClaimReview>[] = await listClaimReviews(team.viewer, { type: "article", id: a.id }, { drafts: false, baseUrl: BASE });
    expect(published).toHaveLength(1);
    const [review] = published;
    expect(validate(review), JSON.stringify(validate.errors)).toBe(true);
    expect(review).toMatchObject({
      url: `https://checks.example#claim-${june.id}`,
      claimReviewed: "The harbour tunnel opens in June 2026",
      datePublished: "2026-04-04T09:00:00.000Z",
      author: { "@type": "Organization", name: "Harbour Checks", logo: { "@type": "ImageObject", url: "https://checks.example/logo.png" } },
      reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Mayor Jane Doe" },
        firstAppearance: { headline: "City hall confirms June opening", url: "https://ledger.example/2026/04/01/tunnel" },
        datePublished: "2026-04-01T18:00:00.000Z",
      },
    });
    const appearances = (review.itemReviewed as unknown as { appearance: { headline: string }[] }).appearance.map((x) => x.headline);
    expect(appearances).toEqual(["Tunnel to open in June, mayor says", "City hall confirms June opening"]);
    expect(await unknownSchemaOrgTerms(review)).toEqual([]);

    await updateArticlePublication(team.editor, a.id, "https://checks.example/2026/tunnel");
    const drafts = await listClaimReviews(team.viewer, { type: "article", id: a.id }, { drafts: true, baseUrl: BASE });
    expect(drafts.map((d) => (d as { claimReviewed: string }).claimReviewed)).toEqual([
      "The harbour tunnel opens in June 2026", "東京 engineers 👷 said the budget rose to 40 million euros", "=SUM(A1:A9) is what the spreadsheet showed",
    ]);
    expect(drafts.every((d) => (d as { url: string }).url === "https://checks.example/2026/tunnel")).toBe(true);
    for (const d of drafts) expect(await unknownSchemaOrgTerms(d)).toEqual([]);
  });

  it("catches a misspelt property offline (the context check is not a rubber stamp)", async () => {
    const misspelt = { "@context": "https://schema.org", "@type": "ClaimReview", claimReviwed: "typo", reviewRating: { "@type": "Rating", alternateNme: "False" } };
    expect(await unknownSchemaOrgTerms(misspelt)).toEqual(["http://schema.org/claimReviwed", "http://schema.org/alternateNme"]);
    expect(await unknownSchemaOrgTerms({ "@context": "https://schema.org", "@type": "ClaimReveiw" })).toEqual(["http://schema.org/ClaimReveiw"]);
  });

  it("lists a session's ClaimReviews with the session's publication URL", async () => {
    const team = await makeTeam("session-cr");
    const { a, b, june } = await makeStory(team.editor);
    const session = await insertSession(team.admin, { publicationUrl: "https://checks.example/tunnel-week", articles: [{ id: a.id }, { id: b.id }] });
    approvals.set(june.id, { state: "APPROVED", reviewer: "Rita", at: "2026-04-05T09:00:00.000Z", version: 1 });
    const reviews = await listClaimReviews(team.viewer, { type: "session", id: session.id }, { drafts: false, baseUrl: BASE });
    expect(reviews.map((r) => (r as { url: string }).url)).toEqual(["https://checks.example/tunnel-week"]);
    await expectAppError(listClaimReviews(team.viewer, { type: "session", id: "nope" }, { drafts: true, baseUrl: BASE }), "NOT_FOUND");
  });
});
