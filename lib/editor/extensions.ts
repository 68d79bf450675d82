import type { Extensions } from "@tiptap/core";
import { StarterKit } from "@tiptap/starter-kit";

import { ClaimMark, ClaimMarkWithVerdicts, type ClaimMarkOptions } from "@/lib/editor/claim-mark";

/** Heading levels an imported article may hold; h5/h6 are parsed as paragraphs. */
export const HEADING_LEVELS = [1, 2, 3, 4] as const;

const ALLOWED_HREF = /^(?:https?:\/\/|mailto:)/i;

/**
 * Whether `href` may be stored on a link: absolute http(s) or mailto only.
 * Relative links mean nothing outside the source site and `javascript:`
 * links are an XSS vector, so both are dropped (the link text stays).
 */
export function isAllowedHref(href: unknown): href is string {
  if (typeof href !== "string") return false;
  // Browsers ignore whitespace and control characters inside a scheme ("java\nscript:").
  return ALLOWED_HREF.test(href.replace(/[\u0000-\u0020\u007f-\u009f\u200b-\u200d\ufeff]/g, ""));
}

export interface EditorExtensionOptions {
  /**
   * Browser-only behaviour (e.g. Placeholder). These must not add nodes or
   * marks: the server validates against the schema built without them.
   */
  extra?: Extensions;
  /** Options for the claim mark, e.g. extra HTML attributes for styling. */
  claim?: Partial<ClaimMarkOptions>;
}

/**
 * The extension list for the browser editor and the server alike. It allows
 * exactly what an imported article holds: paragraphs, headings 1-4, bullet and
 * ordered lists, blockquotes, links, bold, italic and hard breaks, plus claims.
 * Options only add browser behaviour; they never change the schema.
 */
export function createEditorExtensions(options: EditorExtensionOptions = {}): Extensions {
  const extensions: Extensions = [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      link: {
        openOnClick: false,
        autolink: false,
        linkOnPaste: false,
        isAllowedUri: (url) => isAllowedHref(url),
      },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      // Trailing node would append an empty paragraph in the browser only,
      // so the browser's plain text would differ from the server's.
      trailingNode: false,
      // Nothing in this schema needs a gap cursor, and dragging content
      // around an article under review is not an edit we want to offer.
      gapcursor: false,
      dropcursor: false,
      // undoRedo and listKeymap stay: keyboard behaviour only, no schema change.
    }),
    // With a verdict index (the annotator), claim spans carry their verdict; the schema is the same.
    (options.claim?.verdicts ? ClaimMarkWithVerdicts : ClaimMark).configure(options.claim ?? {}),
  ];
  return options.extra ? [...extensions, ...options.extra] : extensions;
}

/** The shared extension list; `getSchema(editorExtensions)` is the article schema. */
export const editorExtensions: Extensions = createEditorExtensions();
