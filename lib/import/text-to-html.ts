import { BULLET_LINE, textToUnits } from "@/lib/import/text-units";

const NUMBERED_LINE = /^\s*\d{1,3}[.)]\s+(?=\S)/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

type Block = { tag: "p" | "ul" | "ol"; items: string[] };

/**
 * Turns plain text into article HTML: a paragraph per line (or per
 * paragraph when the text is hard-wrapped, see textToUnits), runs of bullet
 * lines ("•", "-", "*") into a <ul> and runs of two or more numbered lines
 * into an <ol>. Everything is escaped; no markup in the text survives.
 * Callers strip boilerplate first (prepareImport does).
 */
export function textToHtml(text: string): string {
  const units = textToUnits(text);
  const blocks: Block[] = [];
  const lines = units.filter((u) => u.trim());
  lines.forEach((unit, i) => {
    const numbered = NUMBERED_LINE.test(unit)
      && [lines[i - 1], lines[i + 1]].some((n) => n !== undefined && NUMBERED_LINE.test(n));
    const tag = BULLET_LINE.test(unit) ? "ul" : numbered ? "ol" : "p";
    const content = unit.replace(tag === "ul" ? BULLET_LINE : tag === "ol" ? NUMBERED_LINE : /^/, "").trim();
    const last = blocks[blocks.length - 1];
    // A list continues across blank lines as long as its items keep coming.
    if (tag !== "p" && last?.tag === tag) last.items.push(content);
    else blocks.push({ tag, items: [content] });
  });
  return blocks
    .map(({ tag, items }) => tag === "p"
      ? `<p>${escapeHtml(items[0])}</p>`
      : `<${tag}>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</${tag}>`)
    .join("\n");
}
