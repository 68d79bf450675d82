import type { Verdict } from "@/lib/domain/claims/verdicts";
import { VERDICT_LABELS, VERDICTS } from "@/lib/domain/claims/verdicts";
import type { LinkRelation } from "@/lib/domain/links/link-input";

/** The W3C Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

/** The media type W3C annotation documents are served with. */
export const ANNO_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** Body purposes: how Crosscheck writes (and reads back) the parts of a claim. */
export const PURPOSE = {
  verdict: "assessing",
  rationale: "commenting",
  evidence: "linking",
  statement: "describing",
  claimant: "identifying",
  relation: "tagging",
} as const;

/** A relation as the tag a linking annotation carries ("corroborates", "contradicts", "same-claim"). */
export const RELATION_TAGS: Record<LinkRelation, string> = {
  CORROBORATES: "corroborates",
  CONTRADICTS: "contradicts",
  SAME_CLAIM: "same-claim",
};

/** A relation from its tag (any case, "-", "_" or " " between words). */
export function relationFromTag(tag: string): LinkRelation | null {
  const key = tag.trim().toLowerCase().replace(/[\s_]+/g, "-");
  return (Object.entries(RELATION_TAGS).find(([, t]) => t === key)?.[0] as LinkRelation | undefined) ?? null;
}

/** A verdict from its label or code ("Verified", "sourced only", "SOURCED_ONLY"), or null. */
export function verdictFromText(text: string): Verdict | null {
  const key = text.trim().toLowerCase().replace(/[\s_-]+/g, " ");
  return VERDICTS.find((v) => VERDICT_LABELS[v].toLowerCase() === key || v.toLowerCase().replace(/_/g, " ") === key) ?? null;
}

/**
 * RFC 6920 "ni" URI of a sha256 given in hex: the name of the exact text a
 * target's selectors count into (its `cached` copy), stable across workspaces.
 */
export function sha256NiUri(hex: string): string {
  const bytes = hex.match(/../g)!.map((h) => String.fromCharCode(parseInt(h, 16))).join("");
  return `ni:///sha-256;${btoa(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}`;
}

/** The sha256 (hex) named by an "ni:///sha-256;…" URI, or null. */
export function sha256FromNiUri(uri: string): string | null {
  const match = /^ni:\/\/[^/]*\/sha-256;([A-Za-z0-9_-]+)$/.exec(uri);
  if (!match) return null;
  try {
    const bytes = atob(match[1].replace(/-/g, "+").replace(/_/g, "/"));
    return [...bytes].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("");
  } catch {
    return null;
  }
}
