/**
 * Deterministic bench data: a ~1 MB news article (TipTap JSON) and 2,000
 * claim ranges on its plain text, from a seeded PRNG so every run measures
 * exactly the same document.
 */
import type { JSONContent } from "@tiptap/core";
import { BLOCK_SEPARATOR } from "../../lib/editor/plain-text";
import { seededRandom, type Rng } from "./seeded-random";

export const ARTICLE_TARGET_CHARS = 1_000_000;
export const CLAIM_COUNT = 2_000;
export const VERDICT_MIX = [
  ["PENDING", 0.25],
  ["VERIFIED", 0.35],
  ["DISPUTED", 0.25],
  ["SOURCED_ONLY", 0.15],
] as const;
export type BenchVerdict = (typeof VERDICT_MIX)[number][0];


const OFFICIALS = ["the foreign ministry spokesperson", "a senior government adviser", "the deputy prime minister", "the harbour authority's chief executive", "the regional health commissioner", "an opposition finance spokesperson", "the central bank governor", "the mayor of Portnahaven", "a spokesperson for the transport union", "the interior minister", "the chair of the parliamentary audit committee", "a former trade envoy"];
const PEOPLE = ["Morag Ives", "Tomasz Wierzbicki", "Li Wenjun", "Amara Okafor", "Henrik Solberg", "Priya Raman", "José Antonio Ferreira", "Élodie Marchand", "Kenji Watanabe", "Fatima al-Sayed", "Dmitri Orlov", "Grace Mbeki"];
const ORGS = ["the statistics office", "the Harbour Gazette", "the national audit office", "Reuters", "the International Energy Agency", "the port operator", "the health ministry", "an independent polling firm", "the coastguard", "the chamber of commerce", "the World Bank", "the electoral commission"];
const PLACES = ["Inchmore", "Portnahaven", "the northern provinces", "the capital", "Geneva", "the border region", "Kharkiv", "Shanghai", "the island ferry terminal", "the eastern coalfields", "Brussels", "the river delta"];
const THINGS = ["grain exports", "fuel prices", "hospital waiting lists", "ferry crossings", "unemployment", "the defence budget", "wheat shipments", "electricity tariffs", "rental costs", "container traffic", "refugee arrivals", "public debt", "school enrolments", "natural gas imports", "tax receipts"];
const UNITS = ["tonnes", "passengers", "households", "crossings", "applications", "vessels", "jobs", "patients", "contracts", "barrels a day"];
const PERIODS = ["the first quarter", "the past twelve months", "the three weeks to Friday", "last winter", "the previous year", "the first half of the year", "the last decade", "the month of February", "the same period in 2019", "the past six weeks"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const RISE = ["risen", "fallen", "climbed", "dropped", "grown", "shrunk", "jumped", "slipped"];
const VERBS = ["cancelled", "approved", "delayed", "inspected", "rerouted", "registered", "suspended", "recorded"];
const CLAIMS = ["the sanctions had not affected ordinary households", "the figures had been revised without explanation", "the ministry ignored repeated warnings from inspectors", "the shortage was caused by a lack of trained engineers", "no formal request for assistance had been received", "the agreement had been signed weeks before it was announced", "the new rules would cut costs for small businesses", "the contract was awarded without a public tender", "the policy had doubled the number of successful appeals", "the closure was temporary and would be reviewed in spring"];
const QUOTES = ["We have been clear from the start about what we can and cannot deliver", "Nobody told us the crossings would stop, and nobody has apologised since", "These numbers speak for themselves and they are not good", "We will not comment on leaked documents", "The situation on the ground is changing hour by hour", "Our position has not changed and it will not change", "We need more engineers, not more press releases", "It is far too early to say whether the measures have worked"];
const HEADINGS = ["Background", "What the figures show", "Reaction in the capital", "The view from the islands", "Questions over the contract", "A timeline of the dispute", "What happens next", "Economic impact", "The diplomatic response", "Voices from the border", "How the numbers were compiled", "Analysis"];

function cap(s: string) {
  return s[0].toUpperCase() + s.slice(1);
}

function number(r: Rng) {
  const n = r.int(1, 5) === 1 ? r.int(2, 99) : r.int(100, 98_000);
  return n.toLocaleString("en-GB");
}

function sentence(r: Rng): string {
  switch (r.int(0, 9)) {
    case 0:
      return `${cap(r.pick(OFFICIALS))} said on ${r.pick(DAYS)} that ${r.pick(THINGS)} had ${r.pick(RISE)} by ${r.int(2, 48)}.${r.int(0, 9)} percent over ${r.pick(PERIODS)}.`;
    case 1:
      return `According to ${r.pick(ORGS)}, ${number(r)} ${r.pick(UNITS)} were ${r.pick(VERBS)} in ${r.pick(PLACES)} during ${r.pick(PERIODS)}, up from ${number(r)} a year earlier.`;
    case 2:
      return `“${r.pick(QUOTES)},” ${r.pick(PEOPLE)}, ${r.pick(OFFICIALS)}, told reporters in ${r.pick(PLACES)}.`;
    case 3:
      return `${cap(r.pick(ORGS))} reported that ${r.pick(THINGS)} reached ${number(r)} ${r.pick(UNITS)} in ${r.pick(PERIODS)}, the highest level since ${r.int(1971, 2019)}.`;
    case 4:
      return `Critics, including ${r.pick(PEOPLE)}, argued that ${r.pick(CLAIMS)}.`;
    case 5:
      return `The claim that ${r.pick(CLAIMS)} was repeated by ${r.pick(OFFICIALS)} but could not be independently confirmed.`;
    case 6:
      return `In ${r.pick(PLACES)}, residents described queues that stretched for hours, while ${r.pick(ORGS)} put the number of affected ${r.pick(UNITS)} at ${number(r)}.`;
    case 7:
      return `${r.pick(PEOPLE)} — who has followed the issue since ${r.int(1998, 2020)} — said ${r.pick(CLAIMS)}.`;
    case 8:
      return `Figures published by ${r.pick(ORGS)} on ${r.pick(DAYS)} show ${r.pick(THINGS)} ${r.pick(RISE)} ${r.int(2, 30)} percent, although the data for ${r.pick(PLACES)} is incomplete.`;
    default:
      return `${cap(r.pick(OFFICIALS))} denied that ${r.pick(CLAIMS)}, calling the report “${r.pick(["misleading", "premature", "a distortion", "simply wrong", "unhelpful"])}”.`;
  }
}

export interface Block {
  kind: "paragraph" | "heading";
  text: string;
  /** Offset of the block's text in the plain text. */
  start: number;
  /** Sentences as [start, end) plain-text offsets (paragraphs only). */
  sentences: [number, number][];
}

export interface GeneratedArticle {
  title: string;
  doc: JSONContent;
  plainText: string;
  blocks: Block[];
  paragraphs: number;
  headings: number;
}

/** The article: ~1,000,000 characters in ~3,000 paragraphs under ~150 headings. */
export function generateArticle(seed = 20220224, targetChars = ARTICLE_TARGET_CHARS): GeneratedArticle {
  const r = seededRandom(seed);
  const blocks: Block[] = [];
  let length = 0;
  let sinceHeading = 0;
  const push = (kind: Block["kind"], sentences: string[]) => {
    if (blocks.length > 0) length += BLOCK_SEPARATOR.length;
    const start = length;
    const ranges: [number, number][] = [];
    let at = start;
    for (const [i, s] of sentences.entries()) {
      if (i > 0) at += 1;
      ranges.push([at, at + s.length]);
      at += s.length;
    }
    const text = sentences.join(" ");
    blocks.push({ kind, text, start, sentences: kind === "paragraph" ? ranges : [] });
    length += text.length;
  };
  while (length < targetChars) {
    if (sinceHeading >= r.int(16, 24)) {
      push("heading", [`${r.pick(HEADINGS)}: ${r.pick(THINGS)} in ${r.pick(PLACES)}`]);
      sinceHeading = 0;
    }
    const count = r.int(1, 4);
    push("paragraph", Array.from({ length: count }, () => sentence(r)));
    sinceHeading += 1;
  }
  const doc: JSONContent = {
    type: "doc",
    content: blocks.map((b) =>
      b.kind === "heading"
        ? { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: b.text }] }
        : { type: "paragraph", content: [{ type: "text", text: b.text }] },
    ),
  };
  return {
    title: "Bench: a very long report on ferries, fuel and foreign policy",
    doc,
    plainText: blocks.map((b) => b.text).join(BLOCK_SEPARATOR),
    blocks,
    paragraphs: blocks.filter((b) => b.kind === "paragraph").length,
    headings: blocks.filter((b) => b.kind === "heading").length,
  };
}

export type ClaimShape = "sentence" | "clause" | "nested" | "overlapping" | "cross-paragraph";

export interface ClaimRange {
  start: number;
  end: number;
  verdict: BenchVerdict;
  shape: ClaimShape;
}

function verdictOf(r: Rng): BenchVerdict {
  let x = r.next();
  for (const [verdict, share] of VERDICT_MIX) {
    if ((x -= share) < 0) return verdict;
  }
  return "PENDING";
}

/** Word starts and ends inside [start, end) of `text`, to cut claims on word boundaries. */
function wordEdges(text: string, start: number, end: number) {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = start; i < end; i++) {
    const isWord = text[i] !== " ";
    if (isWord && (i === start || text[i - 1] === " ")) starts.push(i);
    if (isWord && (i === end - 1 || text[i + 1] === " ")) ends.push(i + 1);
  }
  return { starts, ends };
}

/**
 * 2,000 claim ranges spread over the whole article: whole sentences and
 * clauses (80%), claims nested inside another claim (10%), claims overlapping
 * the end of another one (5%) and claims running from one paragraph into the
 * next (5%). No two claims share the same range.
 */
export function generateClaims(article: GeneratedArticle, seed = 7, count = CLAIM_COUNT): ClaimRange[] {
  const r = seededRandom(seed);
  const { plainText: text } = article;
  const sentences = article.blocks.flatMap((b, blockIndex) => b.sentences.map(([s, e], i) => ({ s, e, blockIndex, last: i === b.sentences.length - 1 })));
  const taken = new Set<string>();
  const claims: ClaimRange[] = [];
  const add = (start: number, end: number, shape: ClaimShape) => {
    const key = `${start}:${end}`;
    if (end <= start || taken.has(key) || !text.slice(start, end).trim()) return false;
    taken.add(key);
    claims.push({ start, end, verdict: verdictOf(r), shape });
    return true;
  };
  const base = Math.round(count * 0.8);
  while (claims.length < base) {
    const { s, e } = r.pick(sentences);
    if (r.next() < 0.6) {
      add(s, e, "sentence");
    } else {
      const { starts, ends } = wordEdges(text, s, e);
      const from = starts[r.int(0, Math.floor(starts.length / 2))];
      const to = ends.find((x) => x > from + 40) ?? e;
      add(from, to, "clause");
    }
  }
  const outer = [...claims];
  while (claims.length < base + Math.round(count * 0.1)) {
    const host = r.pick(outer);
    const { starts, ends } = wordEdges(text, host.start, host.end);
    if (starts.length < 4) continue;
    const i = r.int(1, starts.length - 3);
    const j = ends.findIndex((x) => x > starts[i]) + r.int(1, 2);
    if (j < ends.length - 1) add(starts[i], ends[j], "nested");
  }
  while (claims.length < base + Math.round(count * 0.15)) {
    const host = r.pick(outer);
    const next = sentences.find((x) => x.s > host.end);
    if (!next || text.slice(host.end, next.s).includes("\n")) continue;
    const { starts } = wordEdges(text, host.start, host.end);
    const { ends } = wordEdges(text, next.s, next.e);
    if (starts.length < 3 || ends.length < 3) continue;
    add(starts[Math.floor(starts.length / 2)], ends[r.int(1, ends.length - 2)], "overlapping");
  }
  while (claims.length < count) {
    const at = r.pick(sentences);
    const next = sentences.find((x) => x.blockIndex === at.blockIndex + 1);
    if (!at.last || !next) continue;
    const { starts } = wordEdges(text, at.s, at.e);
    const { ends } = wordEdges(text, next.s, next.e);
    add(starts[Math.floor(starts.length / 2)], ends[Math.min(ends.length - 1, r.int(2, 8))], "cross-paragraph");
  }
  return claims;
}

/** Ranges for new claims (the POST round trip): sentences not claimed yet. */
export function freshRanges(article: GeneratedArticle, existing: readonly ClaimRange[], count: number, seed = 11): { start: number; end: number }[] {
  const r = seededRandom(seed);
  const taken = new Set(existing.map((c) => `${c.start}:${c.end}`));
  const sentences = article.blocks.flatMap((b) => b.sentences);
  const out: { start: number; end: number }[] = [];
  while (out.length < count) {
    // Whole sentences: what an editor most often tags.
    const [start, end] = r.pick(sentences);
    const key = `${start}:${end}`;
    if (taken.has(key)) continue;
    taken.add(key);
    out.push({ start, end });
  }
  return out;
}
