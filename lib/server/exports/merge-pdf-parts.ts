import "server-only";
import { degrees, PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { partDestinations, resolvePartLinks, type MergedDestination } from "@/lib/server/exports/pdf-part-links";

const GREY = rgb(0.34, 0.33, 0.31);
const DRAFT_RED = rgb(0.73, 0.11, 0.11);

/**
 * One PDF from the printed parts of a report, in order, its links between
 * articles jumping across parts, with "Page n of m" at
 * the foot of every page and, for a draft, a faint diagonal DRAFT across it
 * (what the HTML report shows with a fixed-position mark, which Chromium's
 * printing repeats at a cost that grows with the page count).
 */
export async function mergePdfParts(parts: Uint8Array[], options: { draft: boolean }): Promise<Buffer> {
  // Our own metadata, not pdf-lib's defaults.
  const merged = await PDFDocument.create({ updateMetadata: false });
  const destinations = new Map<string, MergedDestination>();
  for (const bytes of parts) {
    const part = await PDFDocument.load(bytes, { updateMetadata: false });
    const copies = (await merged.copyPages(part, part.getPageIndices())).map((page) => merged.addPage(page));
    for (const [name, place] of partDestinations(part, copies)) destinations.set(name, place);
  }
  const font = await merged.embedFont(StandardFonts.Helvetica);
  const bold = options.draft ? await merged.embedFont(StandardFonts.HelveticaBold) : null;
  const pages = merged.getPages();
  resolvePartLinks(pages, destinations);
  pages.forEach((page, index) => {
    const { width, height } = page.getSize();
    const label = `Page ${index + 1} of ${pages.length}`;
    // 14 mm from the right edge, inside the 16 mm bottom margin.
    page.drawText(label, { x: width - 39.7 - font.widthOfTextAtSize(label, 8), y: 22, size: 8, font, color: GREY });
    if (bold) {
      const size = 110;
      const textWidth = bold.widthOfTextAtSize("DRAFT", size);
      const angle = 30 * (Math.PI / 180);
      // Centred on the page, rotated 30° counter-clockwise like the HTML report's mark.
      const x = width / 2 - (textWidth / 2) * Math.cos(angle) + (size / 3) * Math.sin(angle);
      const y = height / 2 - (textWidth / 2) * Math.sin(angle) - (size / 3) * Math.cos(angle);
      page.drawText("DRAFT", { x, y, size, font: bold, color: DRAFT_RED, opacity: 0.1, rotate: degrees(30) });
    }
  });
  merged.setProducer("Crosscheck");
  merged.setCreator("Crosscheck");
  merged.setCreationDate(new Date());
  return Buffer.from(await merged.save());
}
