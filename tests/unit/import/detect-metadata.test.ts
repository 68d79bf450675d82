import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/import/detect-language";
import { detectMetadata } from "@/lib/import/detect-metadata";
import { fullerOutletName, outletMentionedAsSelf } from "@/lib/import/outlet-mentions";
import { parseByline } from "@/lib/import/parse-byline";
import { parseDateLine, parseDateValue } from "@/lib/import/parse-date-line";
import { fixture, lines } from "./fixtures";

const iso = (d: Date | undefined) => d?.toISOString();

describe("parseDateLine", () => {
  it.each([
    ["Published - February 24, 2022 07:57 pm IST - Hong Kong", "2022-02-24T14:27:00.000Z", "published", "IST"],
    ["Updated - February 24, 2022 10:14 pm IST", "2022-02-24T16:44:00.000Z", "updated", "IST"],
    ["Updated: Feb 25, 2022", "2022-02-25T12:00:00.000Z", "updated"],
    ["February 28, 2022", "2022-02-28T12:00:00.000Z", "published"],
    ["  • February 28, 2022", "2022-02-28T12:00:00.000Z", "published"],
    ["24 Feb 2022", "2022-02-24T12:00:00.000Z", "published"],
    ["2022-02-24T14:27:00Z", "2022-02-24T14:27:00.000Z", "published"],
    ["Last Updated: 25 February 2022, 09:30 GMT", "2022-02-25T09:30:00.000Z", "updated", "GMT"],
    ["Posted on Friday, 25 February 2022 10:30", "2022-02-25T10:30:00.000Z", "published"],
    ["Published: 5 Mar 2023 | 10:14 AM", "2023-03-05T10:14:00.000Z", "published"],
    ["Published 3 March 2023 6:12 pm HKT", "2023-03-03T10:12:00.000Z", "published", "HKT"],
  ])("reads %j", (line, expected, kind, timeZone?: string) => {
    // The zone is kept only where the line names one (not for "Z" or a bare time).
    expect(parseDateLine(line)).toStrictEqual([{ date: new Date(expected), kind, ...(timeZone ? { timeZone } : {}) }]);
  });

  it("reads a line carrying both the published and the updated date", () => {
    expect(parseDateLine("Published: Feb 24, 2022 | Updated: Feb 25, 2022")).toEqual([
      { date: new Date("2022-02-24T12:00:00Z"), kind: "published" },
      { date: new Date("2022-02-25T12:00:00Z"), kind: "updated" },
    ]);
  });

  it.each([
    "On Feb. 25, 2022, one day after the meeting, Xi spoke with Putin over the phone.",
    "Updated 2 hours ago",
    "Feb. 27",
    "By Oki Seima",
    "Sign in today",
  ])("ignores %j (prose, relative or year-less dates, no date)", (line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });

  it("reads machine dates from meta tags, keeping bare days on the right calendar day", () => {
    expect(iso(parseDateValue("2023-03-05T08:30:00+05:30"))).toBe("2023-03-05T03:00:00.000Z");
    expect(iso(parseDateValue("2023-03-05"))).toBe("2023-03-05T12:00:00.000Z");
    expect(parseDateValue("not a date")).toBeUndefined();
  });
});

describe("parseByline", () => {
  it.each([
    ["By Jane Doe", { author: "Jane Doe", outlet: undefined }],
    ["By WANG QINGYUN | CHINA DAILY", { author: "Wang Qingyun", outlet: "China Daily" }],
    ["Written by Ana de la Cruz, Reuters", { author: "Ana de la Cruz", outlet: "Reuters" }],
    ["Jane Doe | Reuters", { author: "Jane Doe", outlet: "Reuters" }],
    ["By Jane Doe and John Roe", { author: "Jane Doe and John Roe", outlet: undefined }],
    ["By Jane Doe for The Coastal Herald", { author: "Jane Doe", outlet: "The Coastal Herald" }],
    ["By Jane Doe, Staff Writer", { author: "Jane Doe", outlet: undefined }],
    ["Jane Doe | Senior Correspondent", { author: "Jane Doe", outlet: undefined }],
  ])("reads %j", (line, expected) => {
    expect(parseByline(line)).toEqual(expected);
  });

  it.each(["By the time the talks ended, the strait had reopened.", "Bypass road closed", "Wang Yi"])(
    "ignores %j",
    (line) => expect(parseByline(line)).toBeUndefined(),
  );
});

describe("detectMetadata on sample-style fixtures", () => {
  it("reads headline, standfirst, IST datelines and the outlet named in the comment notice", () => {
    const meta = detectMetadata(fixture("herald-updated-published.txt"));
    expect(meta.title).toBe("Marendia tells Korvath it ‘understands’ its ‘legitimate shipping concerns’");
    expect(meta.subtitle).toMatch(/^Marendian Foreign Minister Tomas Ardell speaks to/);
    expect(iso(meta.publishedAt)).toBe("2023-03-03T12:42:00.000Z");
    expect(iso(meta.updatedAt)).toBe("2023-03-03T16:11:00.000Z");
    expect(meta.outlet).toBe("The Coastal Herald");
    expect(meta.language).toBe("en");
    // Header lines leave the body; the standfirst stays, it often carries claims.
    expect(meta.removedLines).toEqual([
      "Marendia tells Korvath it ‘understands’ its ‘legitimate shipping concerns’",
      "Updated - March 3, 2023 09:41 pm IST",
      "Published - March 3, 2023 06:12 pm IST - New Delhi",
    ]);
    expect(meta.body).not.toMatch(/Published -|Updated -/);
    expect(lines(meta.body)[0]).toBe(meta.subtitle);
  });

  it("skips a tag fragment, reads a bare date and drops the repeated headline", () => {
    const meta = detectMetadata(fixture("tagged-standfirst-date.txt"));
    expect(meta.title).toBe("Marendian FM to Belanov: We Understand Korvath’s “Legitimate” Shipping Concerns");
    expect(meta.subtitle).toMatch(/^Extending support for Korvath’s position/);
    expect(iso(meta.publishedAt)).toBe("2023-03-04T12:00:00.000Z");
    expect(meta.body).not.toContain("We Understand Korvath’s");
    expect(meta.outlet).toBeUndefined();
  });

  it("reads an all-caps byline with its outlet and an update-only date", () => {
    const meta = detectMetadata(fixture("daily-byline-updated.txt"));
    expect(meta.author).toBe("Lena Markova");
    expect(meta.outlet).toBe("Harbour Daily");
    expect(meta.publishedAt).toBeUndefined();
    expect(iso(meta.updatedAt)).toBe("2023-03-04T12:00:00.000Z");
    expect(meta.subtitle).toBeUndefined();
  });

  it("finds only the headline when the article has no header lines", () => {
    const meta = detectMetadata(fixture("comments-closed.txt"));
    expect(meta.title).toBe("Marendia backs Korvath’s ‘shipping concerns’ in dispute over Velsk Strait");
    expect(meta).toMatchObject({ subtitle: undefined, author: undefined, publishedAt: undefined, outlet: undefined });
  });

  it("reads bulleted date and print-edition source lines and a byline, dropping labels", () => {
    const meta = detectMetadata(fixture("ledger-bullets-topics.txt"));
    expect(meta.title).toBe("Ardell instructed to “support Korvath” over pact sanctions");
    expect(iso(meta.publishedAt)).toBe("2023-03-06T12:00:00.000Z");
    expect(meta.outlet).toBe("Northern Ledger");
    expect(meta.author).toBe("Ines Varga");
    expect(meta.body).not.toMatch(/Ledger Translation|By Ines Varga|p\. 4/);
    expect(meta.body).toContain("LISSA — In reference to pact sanctions");
  });

  it("reads “Name | Agency” bylines and “Last Updated” lines below page furniture", () => {
    const meta = detectMetadata(fixture("wire-noise.txt"));
    expect(meta.title).toBe("Korvath reopens Velsk Strait to cargo ships after talks");
    expect(meta.subtitle).toBe("Shipping resumes under naval escort, port officials say");
    expect(meta.author).toBe("Jane Okafor");
    expect(meta.outlet).toBe("Reuters");
    expect(iso(meta.publishedAt)).toBe("2023-03-05T12:00:00.000Z");
    expect(iso(meta.updatedAt)).toBe("2023-03-05T14:20:00.000Z");
    // The ad script's address is no source URL.
    expect(meta.url).toBeUndefined();
  });

  it("does not mistake prose starting with “By the time” for a byline", () => {
    const meta = detectMetadata(fixture("prose-no-noise.txt"));
    expect(meta.author).toBeUndefined();
    expect(meta.body).toContain("By the time the harbour master arrived");
  });
});

describe("detectMetadata details", () => {
  const article = [
    "Strait talks resume in Lissa",
    "",
    "https://www.coastalherald.example/world/strait-talks",
    "",
    "Negotiators from Korvath and the pact met again on Monday in Lissa, officials said, after a weekend of quiet.",
  ].join("\n");

  it("takes the first URL in the text as the source and its host as the outlet", () => {
    const meta = detectMetadata(article);
    expect(meta.url).toBe("https://www.coastalherald.example/world/strait-talks");
    expect(meta.outlet).toBe("coastalherald.example");
    expect(meta.body).not.toContain("https://");
  });

  it("lets hints from the page win over the text", () => {
    const meta = detectMetadata(article, {
      url: "https://herald.example/a",
      siteName: "The Coastal Herald",
      title: "Strait talks resume",
      publishedAt: new Date("2023-03-06T09:00:00Z"),
      language: "en-GB",
    });
    expect(meta.url).toBe("https://herald.example/a");
    expect(meta.outlet).toBe("The Coastal Herald");
    expect(meta.title).toBe("Strait talks resume");
    expect(iso(meta.publishedAt)).toBe("2023-03-06T09:00:00.000Z");
  });

  it("reads a dateline printed under the article", () => {
    const meta = detectMetadata(`${article}\n\nPublished on 6 March 2023`);
    expect(iso(meta.publishedAt)).toBe("2023-03-06T12:00:00.000Z");
    expect(meta.body).not.toContain("Published on");
  });

  it("has no title when the text starts straight with a long paragraph", () => {
    const meta = detectMetadata(lines(fixture("comments-closed.txt")).slice(1).join("\n\n"));
    expect(meta.title).toBeUndefined();
    expect(meta.body).toMatch(/^Lissa has signaled its support/);
  });
});

describe("the text's own mentions of its outlet", () => {
  it("finds the outlet reporting its own work, not the outlets it cites", () => {
    expect(outletMentionedAsSelf([
      "A source told the Lissa Evening Post on Feb. 27 that the talks had stalled.",
      "According to the online edition of The Coastal Herald, the envoy left on Sunday.",
    ])).toEqual({ name: "The Lissa Evening Post", phrase: "told the Lissa Evening Post" });
    expect(outletMentionedAsSelf(["Reuters has learned that the strait will reopen.", "An official told the BBC."])?.name).toBe("Reuters");
    expect(outletMentionedAsSelf(["The minister told the BBC."])?.name).toBe("BBC");
    // Names that are no news organisation are not taken.
    expect(outletMentionedAsSelf(["Wang Yi told Russian Foreign Minister Sergey Lavrov on Thursday.", "Beijing understands the concerns."])).toBeUndefined();
  });

  it("completes a short outlet name from the header with the text's full one", () => {
    const mention = { name: "The Northern Ledger Shimbun", phrase: "told the Northern Ledger Shimbun" };
    expect(fullerOutletName("Northern Ledger", mention)).toBe("The Northern Ledger Shimbun");
    expect(fullerOutletName("Reuters", mention)).toBe("Reuters");
    expect(fullerOutletName("Reuters", undefined)).toBe("Reuters");
  });

  it("fills the outlet only when nothing else names it, and keeps a stated one", () => {
    const body = "Officials said the strait reopened on Sunday, a port source told the Lissa Evening Post, after two days of talks.";
    const inferred = detectMetadata(`Strait reopens after talks\n\n${body}`);
    expect(inferred).toMatchObject({ outlet: "The Lissa Evening Post", outletInferredFrom: "told the Lissa Evening Post" });
    const stated = detectMetadata(`Strait reopens after talks\n\nBy Jane Okafor | Reuters\n\n${body}`);
    expect(stated).toMatchObject({ outlet: "Reuters", outletInferredFrom: undefined });
  });
});

describe("detectLanguage", () => {
  it("returns ISO 639-1 codes for confident guesses", () => {
    expect(detectLanguage(fixture("comments-closed.txt"))).toBe("en");
    const german = "Die Regierung in Lissa hat am Donnerstag erklärt, dass die Meerenge für Frachtschiffe wieder geöffnet werde. "
      + "Die Reedereien begrüßten die Entscheidung, warnten aber vor weiteren Verzögerungen in den kommenden Wochen.";
    expect(detectLanguage(german)).toBe("de");
  });

  it("returns undefined for text too short to judge", () => {
    expect(detectLanguage("Ships waited.")).toBeUndefined();
  });
});

describe("detectMetadata keeps the source's zone", () => {
  it("takes the zone a dateline named, and none where no dateline named one", () => {
    expect(detectMetadata(fixture("herald-updated-published.txt")).sourceTimeZone).toBe("IST");
    expect(detectMetadata(fixture("tagged-standfirst-date.txt")).sourceTimeZone).toBeUndefined();
  });
});
