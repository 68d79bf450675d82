import { ANNO_CONTEXT } from "@/lib/domain/exports/w3c-vocabulary";
import type { JsonObject } from "@/lib/domain/exports/w3c-annotations";

/** Annotations per page unless the client asks otherwise. */
export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 1000;

export interface CollectionOptions {
  /** The collection's own URL (without page parameters). */
  collectionUrl: string;
  label: string;
  /** Annotations per page; "all" puts every annotation on the first page (a one-file download). */
  pageSize: number | "all";
  generatedAt: string;
}

const pageUrl = (options: CollectionOptions, index: number) => {
  const url = new URL(options.collectionUrl);
  url.searchParams.set("page", String(index));
  if (options.pageSize !== "all" && options.pageSize !== DEFAULT_PAGE_SIZE) url.searchParams.set("pageSize", String(options.pageSize));
  return url.toString();
};

const sizeOf = (options: CollectionOptions, total: number) => (options.pageSize === "all" ? Math.max(1, total) : options.pageSize);

/** Number of pages a collection of `total` annotations has (at least one, possibly empty). */
export const pageCount = (options: CollectionOptions, total: number) => Math.max(1, Math.ceil(total / sizeOf(options, total)));

/**
 * One AnnotationPage of the collection: its items, its place (startIndex),
 * and links to the previous and next pages and to the collection (partOf).
 * @returns null when the page does not exist.
 */
export function annotationPage(items: readonly JsonObject[], index: number, options: CollectionOptions, embedded = false): JsonObject | null {
  const size = sizeOf(options, items.length);
  const pages = pageCount(options, items.length);
  if (!Number.isInteger(index) || index < 0 || index >= pages) return null;
  const pageItems = items.slice(index * size, (index + 1) * size).map(({ "@context": _context, ...annotation }) => annotation);
  return {
    ...(embedded ? {} : { "@context": ANNO_CONTEXT }),
    id: pageUrl(options, index),
    type: "AnnotationPage",
    ...(embedded ? {} : { partOf: { id: options.collectionUrl, label: options.label, total: items.length } }),
    startIndex: index * size,
    ...(index > 0 ? { prev: pageUrl(options, index - 1) } : {}),
    ...(index + 1 < pages ? { next: pageUrl(options, index + 1) } : {}),
    items: pageItems,
  };
}

/**
 * The AnnotationCollection: label, total, the first page embedded, and the
 * last page by URL (W3C Web Annotation Data Model §5). Each annotation keeps
 * only the collection's @context.
 */
export function annotationCollection(items: readonly JsonObject[], options: CollectionOptions): JsonObject {
  const pages = pageCount(options, items.length);
  return {
    "@context": ANNO_CONTEXT,
    id: options.collectionUrl,
    type: "AnnotationCollection",
    label: options.label,
    total: items.length,
    generator: { id: new URL(options.collectionUrl).origin, type: "Software", name: "Crosscheck" },
    generated: options.generatedAt,
    first: annotationPage(items, 0, options, true),
    last: pageUrl(options, pages - 1),
  };
}
