/**
 * Demo articles written for Crosscheck: four reports of one invented event
 * (a reservoir spillway failure in the fictional town of Larchmere). They
 * paraphrase one another and disagree on one detail: how many residents were
 * evacuated (about 1,200 in three reports, 2,100 in the Valley Post).
 */
export interface DemoClaim {
  quote: string;
  verdict: "PENDING" | "VERIFIED" | "DISPUTED" | "SOURCED_ONLY";
  rationale?: string;
}

export interface DemoArticle {
  title: string;
  claims?: DemoClaim[];
  outlet: string;
  author: string;
  url: string;
  publishedAt: string;
  text: string;
}

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    title: "Spillway gives way at Larchmere reservoir, hundreds leave homes overnight",
    outlet: "Northfield Courier",
    author: "Maya Okafor",
    url: "https://courier.example/news/larchmere-spillway",
    publishedAt: "2026-03-14T07:40:00Z",
    claims: [
      { quote: "About 1,200 residents of the lower town were evacuated", verdict: "VERIFIED", rationale: "Matches the county emergency office's bulletin of 14 March." },
      { quote: "The main dam wall is intact", verdict: "SOURCED_ONLY", rationale: "Only the water authority says so; no independent inspection yet." },
      { quote: "last inspected in September 2025", verdict: "PENDING" },
    ],
    text: `Part of the concrete spillway at the Larchmere reservoir collapsed late on Friday night after three days of heavy rain, the regional water authority said on Saturday.

About 1,200 residents of the lower town were evacuated as a precaution, according to the county emergency office. No injuries have been reported.

"The main dam wall is intact and is being monitored around the clock," said Elena Varga, the authority's chief engineer. "What failed is the overflow channel, not the dam itself."

The reservoir was built in 1968 and last inspected in September 2025, when engineers recommended repairs to the spillway's lower section. The authority said the work had been scheduled for this summer.

Schools in Larchmere will stay closed on Monday. Residents can return once the water level has dropped by at least two metres, officials said.`,
  },
  {
    title: "Larchmere evacuates 2,100 as reservoir channel fails",
    outlet: "Valley Post",
    author: "Tomasz Wren",
    url: "https://valleypost.example/2026/03/14/larchmere-evacuation",
    publishedAt: "2026-03-14T09:15:00Z",
    claims: [
      { quote: "Around 2,100 people were moved out of low-lying streets", verdict: "DISPUTED", rationale: "The county's own figure is about 1,200; 2,100 appears in no official source." },
    ],
    text: `Around 2,100 people were moved out of low-lying streets in Larchmere overnight after a section of the reservoir's spillway broke away, county officials said.

The collapse followed days of torrential rain across the Tavy valley. Nobody was hurt.

Chief engineer Elena Varga of the regional water authority said the dam wall itself was sound and under constant watch. "The overflow channel failed, not the dam," she told reporters.

Engineers had flagged the spillway for repair during an inspection in September last year, and the authority said the repairs were planned for the summer.

Larchmere's schools are closed on Monday.`,
  },
  {
    title: "What we know about the Larchmere spillway collapse",
    outlet: "Tavy Herald",
    author: "Priya Nandakumar",
    url: "https://tavyherald.example/explainers/larchmere-spillway",
    publishedAt: "2026-03-15T12:00:00Z",
    text: `A section of the spillway at Larchmere reservoir collapsed on Friday night. Here is what we know so far.

How many people were evacuated? The county emergency office puts the figure at roughly 1,200 residents of the lower town. Some early reports gave a higher number.

Is the dam at risk? The water authority says no. Its chief engineer, Elena Varga, said the main dam wall is intact and is being monitored around the clock.

Was the problem known? Yes. An inspection in September 2025 recommended repairs to the lower spillway, which the authority had scheduled for the summer.

When can residents go home? Officials say once the reservoir has fallen by at least two metres, which could take several days.`,
  },
  {
    title: "Reservoir spillway breaks in Larchmere; authority says dam is safe",
    outlet: "Coastline Wire",
    author: "Staff reporter",
    url: "https://coastlinewire.example/wire/2026-03-14-larchmere",
    publishedAt: "2026-03-14T11:30:00Z",
    text: `The regional water authority said on Saturday that the dam at Larchmere reservoir was safe after part of its spillway collapsed following heavy rain.

Some 1,200 people were evacuated from the lower town as a precaution, the county said. There were no reports of injuries.

The authority's chief engineer said the overflow channel, not the dam, had failed, and that the structure was being watched around the clock.

The 1968 reservoir was inspected in September 2025. Repairs to the spillway were due this summer.`,
  },
];

/** The metadata an import of a demo article is given (seed and suggestion fixtures alike). */
export function demoMetadata(article: DemoArticle) {
  return {
    title: article.title,
    outlet: article.outlet,
    author: article.author,
    url: article.url,
    publishedAt: new Date(article.publishedAt),
    language: "en",
  };
}
