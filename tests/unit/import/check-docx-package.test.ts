import { describe, expect, it } from "vitest";
import { buildZip } from "@/lib/factories/build-docx";
import { docxBomb, manyParagraphsDocx } from "@/lib/factories/freeze-inputs";
import { checkDocxPackage, MAX_DOCX_ENTRIES, readZipDirectory } from "@/lib/import/check-docx-package";

describe("checkDocxPackage (zip bombs are refused before unpacking)", () => {
  it("reads what the central directory declares without unpacking", () => {
    const bomb = docxBomb(50);
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    expect(readZipDirectory(bomb)).toMatchObject({ entries: 3 });
    expect(readZipDirectory(bomb)!.unpackedBytes).toBeGreaterThan(50 * 1024 * 1024);
    expect(readZipDirectory(new Uint8Array([1, 2, 3]))).toBeNull();
  });

  it("refuses a 50 MB-of-XML .docx and one with too many parts, naming the file; lets a long real one through", () => {
    expect(() => checkDocxPackage(docxBomb(50), "bomb.docx")).toThrow(/“bomb.docx” unpacks to 50\.1 MB/);
    const parts = Object.fromEntries(Array.from({ length: MAX_DOCX_ENTRIES + 1 }, (_, i) => [`word/part${i}.xml`, "<x/>"]));
    expect(() => checkDocxPackage(buildZip(parts), "parts.docx")).toThrow(/“parts.docx” holds 1001 parts/);
    expect(() => checkDocxPackage(manyParagraphsDocx(20_000), "long.docx")).not.toThrow();
  });
});
