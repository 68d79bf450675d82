import "server-only";
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFString, PDFHexString, type PDFDocument, type PDFPage, type PDFRef } from "pdf-lib";
import { CROSS_PART_LINK } from "@/lib/domain/exports/report-html";

/** Where a named destination of a part lands in the merged document. */
export interface MergedDestination {
  page: PDFRef;
  top: number;
}

/**
 * The named destinations of one printed part (Chromium writes them in the
 * catalog's /Dests for the targets of the part's own links), as places in
 * the merged document, whose pages `mergedPages` are the part's copies in order.
 */
export function partDestinations(part: PDFDocument, mergedPages: PDFPage[]): Map<string, MergedDestination> {
  const found = new Map<string, MergedDestination>();
  const dests = part.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  if (!dests) return found;
  const pageIndex = new Map(part.getPages().map((page, i) => [page.ref.toString(), i]));
  for (const [name, value] of dests.entries()) {
    const target = value instanceof PDFArray ? value : dests.lookupMaybe(name, PDFArray);
    const index = target ? pageIndex.get(target.get(0)?.toString() ?? "") : undefined;
    const top = target?.lookupMaybe(3, PDFNumber)?.asNumber();
    if (index !== undefined && mergedPages[index]) found.set(name.decodeText(), { page: mergedPages[index].ref, top: top ?? mergedPages[index].getHeight() });
  }
  return found;
}

/**
 * Turns the merged pages' links into jumps that work across parts: a named
 * destination (which pointed into the part's own catalog) and a link to
 * another part (written to CROSS_PART_LINK by the HTML) become explicit
 * destinations; a link whose target is nowhere is removed rather than left dead.
 */
export function resolvePartLinks(pages: PDFPage[], destinations: Map<string, MergedDestination>): void {
  for (const page of pages) {
    const annots = page.node.Annots();
    if (!annots) continue;
    for (let i = annots.size() - 1; i >= 0; i--) {
      const annot = annots.lookupMaybe(i, PDFDict);
      const name = annot ? linkTargetName(annot) : null;
      if (!annot || name === null) continue;
      const place = destinations.get(name);
      if (!place) {
        annots.remove(i);
        continue;
      }
      annot.delete(PDFName.of("A"));
      annot.set(PDFName.of("Dest"), page.doc.context.obj([place.page, PDFName.of("XYZ"), null, place.top, null]));
    }
  }
}

/** The destination name a link annotation jumps to, or null when it is not a jump within the report. */
function linkTargetName(annot: PDFDict): string | null {
  const dest = annot.get(PDFName.of("Dest"));
  if (dest instanceof PDFName) return dest.decodeText();
  if (dest instanceof PDFString || dest instanceof PDFHexString) return dest.decodeText();
  const uri = annot.lookupMaybe(PDFName.of("A"), PDFDict)?.get(PDFName.of("URI"));
  const text = uri instanceof PDFString || uri instanceof PDFHexString ? uri.decodeText() : null;
  return text?.startsWith(CROSS_PART_LINK) ? text.slice(CROSS_PART_LINK.length) : null;
}
