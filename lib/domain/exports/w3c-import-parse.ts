import type { Verdict } from "@/lib/domain/claims/verdicts";
import type { LinkRelation } from "@/lib/domain/links/link-input";
import { PURPOSE, relationFromTag, sha256FromNiUri, verdictFromText } from "@/lib/domain/exports/w3c-vocabulary";

/*
 * Reads annotations written by Crosscheck or by other tools (W3C Web
 * Annotation JSON-LD, Hypothesis's JSON-LD and its API rows) into one shape
 * the importer anchors and stores. Lenient by design: what cannot be used is
 * reported, never silently dropped.
 */

/** Selectors of a target, offsets in code points as W3C counts them. */
export interface ParsedSelectors {
  quote?: { exact: string; prefix?: string; suffix?: string };
  position?: { start: number; end: number };
  /** A range of selectors the importer cannot resolve (XPath, CSS): kept to say why a target became an orphan. */
  unresolved?: string;
}

/** Where an annotation points: a passage of a web resource. */
export interface ParsedTarget {
  source: string | null;
  /** Crosscheck's own article page, when it wrote the annotation. */
  scope: string | null;
  /** sha256 (hex) of the text the selectors count into, when named. */
  textSha256: string | null;
  selectors: ParsedSelectors;
}

export interface ParsedEvidence {
  url: string | null;
  quote: string | null;
  note: string | null;
  checkedAt: string | null;
}

export interface ParsedClaim {
  kind: "claim";
  /** The annotation's id; null when it has none (the importer derives one from its content). */
  sourceId: string | null;
  target: ParsedTarget;
  /** Null for annotations of other tools: they come in as pending claims. */
  verdict: Verdict | null;
  /** HTML of the rationale (Crosscheck) or null. */
  rationaleHtml: string | null;
  /** Plain text of other tools' comments, and their tags. */
  text: string | null;
  tags: string[];
  evidence: ParsedEvidence[];
  claimReviewed: string | null;
  claimant: string | null;
}

export interface ParsedLink {
  kind: "link";
  sourceId: string | null;
  /** The annotation id of the claim it links from, when given. */
  claimRef: string | null;
  claimTarget: ParsedTarget | null;
  passage: ParsedTarget;
  relation: LinkRelation;
  note: string | null;
}

export type ParsedAnnotation = ParsedClaim | ParsedLink;

export interface ParseResult {
  annotations: ParsedAnnotation[];
  /** Entries that are not annotations this importer can use, with why. */
  skipped: { sourceId: string | null; reason: string }[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);
const types = (v: Obj): string[] => list(v.type ?? v["@type"]).filter((t): t is string => typeof t === "string");
const idOf = (v: Obj) => str(v.id ?? v["@id"]);

/** Every annotation object in a document: a single annotation, an array, a page, a collection with embedded pages, or Hypothesis API rows. */
export function collectAnnotationObjects(document: unknown): Obj[] {
  const out: Obj[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 6) return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, depth + 1));
    if (!isObj(node)) return;
    const kinds = types(node);
    if (kinds.includes("AnnotationCollection")) return visit(node.first, depth + 1);
    if (kinds.includes("AnnotationPage")) {
      visit(node.items, depth + 1);
      if (isObj(node.next)) visit(node.next, depth + 1);
      return;
    }
    if (Array.isArray(node.rows)) return visit(node.rows, depth + 1); // Hypothesis API search results
    if (kinds.includes("Annotation") || "target" in node || "uri" in node) out.push(node);
  };
  visit(document, 0);
  return out;
}

/** Parses every annotation found in a document. */
export function parseAnnotations(document: unknown): ParseResult {
  const result: ParseResult = { annotations: [], skipped: [] };
  for (const node of collectAnnotationObjects(document)) {
    const parsed = parseAnnotation(node);
    if ("reason" in parsed) result.skipped.push(parsed);
    else result.annotations.push(parsed);
  }
  return result;
}

function parseAnnotation(node: Obj): ParsedAnnotation | { sourceId: string | null; reason: string } {
  const sourceId = idOf(node);
  const motivations = list(node.motivation).map(String);
  const bodies = [...list(node.body), ...(str(node.bodyValue) ? [{ type: "TextualBody", value: node.bodyValue }] : [])];
  // Hypothesis API rows: `uri`, `text`, `tags`, `target: [{ source, selector }]`.
  if (!types(node).includes("Annotation") && "uri" in node) return hypothesisRow(node, sourceId);

  const targets = list(node.target);
  if (motivations.includes("linking")) {
    const passage = bodies.find((b) => isObj(b) && ("source" in b || "selector" in b));
    const relationTag = bodies.find((b) => isObj(b) && b.purpose === PURPOSE.relation && relationFromTag(String(b.value ?? "")));
    if (isObj(passage) && isObj(relationTag)) {
      const claimRef = targets.find((t): t is string => typeof t === "string") ?? null;
      const claimTarget = targets.find(isObj);
      const note = bodies.find((b) => isObj(b) && b.purpose === PURPOSE.rationale);
      return {
        kind: "link",
        sourceId,
        claimRef,
        claimTarget: claimTarget ? parseTarget(claimTarget) : null,
        passage: parseTarget(passage),
        relation: relationFromTag(String(relationTag.value))!,
        note: isObj(note) ? str(note.value) : null,
      };
    }
  }
  const target = targets.map((t) => (typeof t === "string" ? parseTarget({ source: t }) : isObj(t) ? parseTarget(t) : null)).find(Boolean);
  if (!target) return { sourceId, reason: "It has no target." };

  const claim: ParsedClaim = { kind: "claim", sourceId, target, verdict: null, rationaleHtml: null, text: null, tags: [], evidence: [], claimReviewed: null, claimant: null };
  const texts: string[] = [];
  for (const body of bodies) {
    if (!isObj(body)) continue;
    const value = str(body.value);
    const purpose = list(body.purpose)[0];
    if (purpose === "tagging") {
      if (value) claim.tags.push(value);
    } else if (purpose === PURPOSE.verdict && value && verdictFromText(value)) {
      claim.verdict = verdictFromText(value);
    } else if (purpose === PURPOSE.evidence && value && body.format === "text/html") {
      claim.evidence.push(parseEvidenceHtml(value));
    } else if (purpose === PURPOSE.statement && value) {
      claim.claimReviewed = value.trim().slice(0, 500);
    } else if (purpose === PURPOSE.claimant && value) {
      claim.claimant = value.trim().slice(0, 200);
    } else if (value) {
      if (body.format === "text/html" && motivations.includes("assessing")) claim.rationaleHtml = value;
      else texts.push(value);
    }
  }
  claim.text = texts.length ? texts.join("\n\n") : null;
  return claim;
}

function hypothesisRow(row: Obj, sourceId: string | null): ParsedClaim | { sourceId: string | null; reason: string } {
  const first = list(row.target).find(isObj);
  const target = parseTarget({ source: str(first?.source) ?? str(row.uri), selector: first?.selector });
  return {
    kind: "claim", sourceId, target, verdict: null, rationaleHtml: null,
    text: str(row.text), tags: list(row.tags).filter((t): t is string => typeof t === "string"),
    evidence: [], claimReviewed: null, claimant: null,
  };
}

/** A target (or a link's passage body): its source, scope, revision hash and selectors. */
export function parseTarget(node: Obj): ParsedTarget {
  const states = list(node.state).filter(isObj);
  const cached = states.flatMap((s) => list(s.cached)).find((c): c is string => typeof c === "string");
  const source = isObj(node.source) ? idOf(node.source) : str(node.source) ?? (types(node).includes("SpecificResource") ? null : idOf(node));
  return {
    source,
    scope: isObj(node.scope) ? idOf(node.scope) : str(node.scope),
    textSha256: cached ? sha256FromNiUri(cached) : null,
    selectors: parseSelectors(list(node.selector)),
  };
}

/** Quote and position from a list of selectors; a RangeSelector of text selectors becomes a position or quote too. */
export function parseSelectors(selectors: unknown[]): ParsedSelectors {
  const out: ParsedSelectors = {};
  for (const selector of selectors) {
    if (!isObj(selector)) continue;
    const kind = types(selector)[0];
    if (kind === "TextQuoteSelector" && str(selector.exact) && !out.quote) {
      out.quote = { exact: String(selector.exact), prefix: str(selector.prefix) ?? undefined, suffix: str(selector.suffix) ?? undefined };
    } else if (kind === "TextPositionSelector" && isOffset(selector.start) && isOffset(selector.end) && !out.position) {
      if ((selector.end as number) > (selector.start as number)) out.position = { start: selector.start as number, end: selector.end as number };
    } else if (kind === "RangeSelector" && isObj(selector.startSelector) && isObj(selector.endSelector)) {
      const start = parseSelectors([selector.startSelector]);
      const end = parseSelectors([selector.endSelector]);
      // W3C: from the start of the start selector to the start of the end selector.
      if (!out.position && start.position && end.position && end.position.start > start.position.start) {
        out.position = { start: start.position.start, end: end.position.start };
      } else if (!start.position && !start.quote) {
        out.unresolved ??= `a range of ${types(selector.startSelector)[0] ?? "unknown"} selectors`;
      }
    } else if (kind && !["TextQuoteSelector", "TextPositionSelector", "RangeSelector"].includes(kind)) {
      out.unresolved ??= `a ${kind}`;
    }
  }
  return out;
}

const isOffset = (v: unknown) => typeof v === "number" && Number.isInteger(v) && v >= 0;

const unescapeHtml = (s: string) =>
  s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", amp: "&" })[e]!);

/** An evidence item back from the HTML Crosscheck writes for it (see evidenceHtml). */
export function parseEvidenceHtml(html: string): ParsedEvidence {
  const url = /<a href="([^"]*)"/.exec(html)?.[1];
  const quote = /<blockquote>([\s\S]*?)<\/blockquote>/.exec(html)?.[1];
  const note = /<p class="note">([\s\S]*?)<\/p>/.exec(html)?.[1];
  const checked = /<time datetime="(\d{4}-\d{2}-\d{2})">/.exec(html)?.[1];
  const anything = url ?? quote ?? note;
  const href = url ? unescapeHtml(url) : null;
  return {
    // Only web addresses survive: an imported `javascript:` link must never become a clickable one.
    url: href && /^https?:\/\//i.test(href) && href.length <= 2000 ? href : null,
    quote: quote ? unescapeHtml(quote).slice(0, 5000) : null,
    // HTML of another shape keeps its text as the note, so nothing is lost.
    note: (note ? unescapeHtml(note) : anything ? null : unescapeHtml(html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim()) || null)?.slice(0, 5000) ?? null,
    checkedAt: checked ? `${checked}T00:00:00.000Z` : null,
  };
}
