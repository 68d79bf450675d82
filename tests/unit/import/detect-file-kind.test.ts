import { afterEach, describe, expect, it, vi } from "vitest";
import {
  decodeTextFile,
  detectFileKind,
  importByteLimit,
  MAX_IMPORT_BYTES,
} from "@/lib/import/detect-file-kind";
import { buildDocx, buildZip } from "@/lib/factories/build-docx";

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...values: number[]) => new Uint8Array(values);

function rejection(fn: () => unknown): { code?: string; message?: string } {
  try {
    fn();
  } catch (error) {
    return error as { code?: string; message?: string };
  }
  throw new Error("expected a rejection");
}

afterEach(() => vi.unstubAllEnvs());

describe("detectFileKind", () => {
  it.each([
    ["article.txt", undefined, "Plain text", "txt"],
    ["article.TXT", undefined, "Plain text", "txt"],
    ["article.html", undefined, "<p>Hi</p>", "html"],
    ["article.htm", "text/html", "<p>Hi</p>", "html"],
    ["article.md", undefined, "# Title", "md"],
    ["article.markdown", undefined, "# Title", "md"],
    ["article", "text/markdown", "# Title", "md"],
    ["article", "text/plain; charset=utf-8", "Plain", "txt"],
    ["article", undefined, "<!DOCTYPE html><html><body>x</body></html>", "html"],
    ["article", "application/octet-stream", "Just words", "txt"],
  ] as const)("%s (%s) is %s", (fileName, mimeType, content, kind) => {
    expect(detectFileKind({ fileName, mimeType, bytes: utf8(content) })).toBe(kind);
  });

  it("recognises a .docx by its ZIP package, even without the extension", () => {
    const docx = buildDocx([["", "Korvath reopened the strait."]]);
    expect(detectFileKind({ fileName: "article.docx", bytes: docx })).toBe("docx");
    expect(detectFileKind({ fileName: "download", bytes: docx })).toBe("docx");
  });

  it.each([
    ["report.pdf", bytes(...utf8("%PDF-1.7\n")), /“report\.pdf”.*PDF/],
    ["renamed.txt", bytes(...utf8("%PDF-1.4 binary")), /“renamed\.txt”.*PDF/],
    ["photo.txt", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), /“photo\.txt” is an image/],
    ["photo.jpg", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), /“photo\.jpg” is an image/],
    ["old.doc", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), /“old\.doc”.*save it as \.docx/],
    ["notes.txt", bytes(0x48, 0x69, 0x00, 0x21), /“notes\.txt” is not a text file/],
    ["latin1.txt", bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72), /“latin1\.txt” is not a text file/],
    ["fake.docx", utf8("not a zip at all"), /“fake\.docx” is not a valid Word/],
    ["sheet.xlsx", buildZip({ "xl/workbook.xml": "<workbook/>" }), /“sheet\.xlsx” is a ZIP archive/],
    ["archive.zip", buildZip({ "a.txt": "hello" }), /“archive\.zip” is a ZIP archive/],
    ["program.exe", utf8("MZ-ish but text"), /“program\.exe” cannot be imported.*\.txt, \.html, \.md and \.docx/],
    ["data.gz", bytes(0x1f, 0x8b, 0x08, 0x00), /“data\.gz” is a compressed file/],
  ])("refuses %s as UNSUPPORTED_MEDIA_TYPE, naming the file", (fileName, content, message) => {
    const error = rejection(() => detectFileKind({ fileName, bytes: content }));
    expect(error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(error.message).toMatch(message);
  });

  it("refuses an empty file", () => {
    expect(rejection(() => detectFileKind({ fileName: "empty.txt", bytes: new Uint8Array() })).code).toBe("EMPTY_CONTENT");
  });

  it("refuses files over 5 MB by default with PAYLOAD_TOO_LARGE", () => {
    expect(MAX_IMPORT_BYTES).toBe(5 * 1024 * 1024);
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    const error = rejection(() => detectFileKind({ fileName: "big.txt", bytes: big }));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toBe("“big.txt” is 5.1 MB; files up to 5 MB can be imported.");
    expect(detectFileKind({ fileName: "fits.txt", bytes: big.subarray(1) })).toBe("txt");
  });

  it("honours IMPORT_MAX_BYTES and ignores nonsense values", () => {
    vi.stubEnv("IMPORT_MAX_BYTES", "10");
    expect(importByteLimit()).toBe(10);
    expect(rejection(() => detectFileKind({ fileName: "a.txt", bytes: utf8("eleven char") })).code).toBe("PAYLOAD_TOO_LARGE");
    vi.stubEnv("IMPORT_MAX_BYTES", "lots");
    expect(importByteLimit()).toBe(MAX_IMPORT_BYTES);
  });
});

describe("decodeTextFile", () => {
  it("decodes UTF-8 with or without a BOM and UTF-16 with a BOM", () => {
    expect(decodeTextFile(utf8("\uFEFFcafé"), "a.txt")).toBe("café");
    expect(decodeTextFile(utf8("café"), "a.txt")).toBe("café");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("café", "utf16le")]);
    expect(decodeTextFile(new Uint8Array(utf16), "a.txt")).toBe("café");
  });
});
