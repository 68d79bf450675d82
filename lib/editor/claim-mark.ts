import { Mark, mergeAttributes } from "@tiptap/core";

import { claimPasteGuard } from "@/lib/editor/claim-paste-guard";
import { CLAIM_SPAN_ATTRIBUTES, type ClaimVerdictIndex } from "@/lib/editor/claim-verdict-index";

export interface ClaimMarkOptions {
  /**
   * HTML attributes added to every rendered claim span.
   * @default {}
   * @example { class: 'claim' }
   */
  HTMLAttributes: Record<string, unknown>;
  /**
   * Browser only: draws each claim span through a mark view that carries the
   * claim's verdict (`data-verdict`) and an accessible name saying it
   * (`aria-label`) from this index, so a re-rating changes only that claim's spans.
   */
  verdicts?: ClaimVerdictIndex;
}

/** The only attribute a claim mark stores; verdicts live on the Claim row, not in the document. */
export interface ClaimMarkAttributes {
  claimId: string;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claim: {
      /**
       * Mark a range (default: the current selection) as claim `claimId`.
       * Other claims on the same text are kept, so claims may overlap.
       * @example editor.commands.setClaim({ claimId: 'c1' })
       * @example editor.commands.setClaim({ claimId: 'c1' }, { from: 5, to: 12 })
       */
      setClaim: (attributes: ClaimMarkAttributes, range?: { from: number; to: number }) => ReturnType;
      /**
       * Remove claim `claimId` wherever it occurs in the document, leaving other claims alone.
       * @example editor.commands.unsetClaim('c1')
       */
      unsetClaim: (claimId: string) => ReturnType;
    };
  }
}

export const CLAIM_ID_ATTRIBUTE = "data-claim-id";

/**
 * Marks the text of a claim. Written like TipTap's Highlight mark, but
 * overlapping and non-inclusive like Outline's Comment mark: `excludes: ""`
 * lets claims with different ids nest or overlap, and `inclusive: false`
 * stops typing at a claim's edge from growing the claim. Like Outline's, it
 * drops a pasted or dropped copy of a claim that is still in the document.
 */
export const ClaimMark = Mark.create<ClaimMarkOptions>({
  name: "claim",

  inclusive: false,

  excludes: "",

  // A claim is a range of the article, not a formatting choice: after Enter
  // inside a claim, what is typed next must not join the claim.
  keepOnSplit: false,

  addOptions() {
    return {
      HTMLAttributes: {},
      verdicts: undefined,
    };
  },

  addAttributes() {
    return {
      claimId: {
        isRequired: true,
        validate: "string",
        parseHTML: (element) => element.getAttribute(CLAIM_ID_ATTRIBUTE),
        renderHTML: (attributes) => ({ [CLAIM_ID_ATTRIBUTE]: attributes.claimId }),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: `span[${CLAIM_ID_ATTRIBUTE}]`,
        // An empty id cannot refer to a claim; keep the text, drop the mark.
        getAttrs: (element) => (element.getAttribute(CLAIM_ID_ATTRIBUTE) ? null : false),
      },
    ];
  },

  // Copy and paste must not clone a claim (see claimPasteGuard).
  addProseMirrorPlugins() {
    return [claimPasteGuard(this.type)];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setClaim:
        (attributes, range) =>
        ({ tr, dispatch }) => {
          const ranges = range
            ? [range]
            : tr.selection.ranges.map((r) => ({ from: r.$from.pos, to: r.$to.pos }));
          const nonEmpty = ranges.filter((r) => r.to > r.from);
          if (nonEmpty.length === 0 || !attributes.claimId) return false;
          if (dispatch) {
            const mark = this.type.create({ claimId: attributes.claimId });
            // addMark (not setMark) so marks of other claims on the same text survive.
            for (const r of nonEmpty) tr.addMark(r.from, r.to, mark);
          }
          return true;
        },

      unsetClaim:
        (claimId) =>
        ({ tr, dispatch }) => {
          if (dispatch) {
            // Removing a Mark instance (not the MarkType) only removes marks equal to it.
            tr.removeMark(0, tr.doc.content.size, this.type.create({ claimId }));
          }
          return true;
        },
    };
  },
});

/**
 * The claim mark as the annotator draws it: through a mark view that keeps
 * each span's `data-verdict` and accessible name from `options.verdicts`
 * (see ClaimVerdictIndex).
 * Same schema as ClaimMark.
 */
export const ClaimMarkWithVerdicts = ClaimMark.extend({
  addMarkView() {
    const index = this.options.verdicts!;
    const extra = this.options.HTMLAttributes;
    return ({ mark }) => {
      const dom = document.createElement("span");
      for (const [name, value] of Object.entries(extra)) if (value != null) dom.setAttribute(name, String(value));
      const id = mark.attrs.claimId as string;
      dom.setAttribute(CLAIM_ID_ATTRIBUTE, id);
      const detach = index.attach(id, dom);
      return {
        dom,
        contentDOM: dom,
        // The verdict and the accessible name are ours, not a change of the document.
        ignoreMutation: (mutation: { type: string; attributeName?: string | null }) =>
          mutation.type === "attributes" && (CLAIM_SPAN_ATTRIBUTES as readonly (string | null | undefined)[]).includes(mutation.attributeName),
        destroy: detach,
      };
    };
  },

});
