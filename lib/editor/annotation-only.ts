import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/** Transactions that only add or remove claim marks carry this meta; AnnotationOnly lets them through. */
export const CLAIMS_META = "crosscheck-claims";

export interface AnnotationOnlyOptions {
  /** Whether the text itself may change right now (the "Correct text" mode); read on every transaction. */
  canEditText: () => boolean;
}

export const annotationOnlyKey = new PluginKey("annotationOnly");

/**
 * Makes the article's text read-only while leaving it selectable and
 * annotatable: a transaction that changes the document only passes when it
 * carries CLAIMS_META (it adds or removes claim marks) or when `canEditText()`
 * says the text is being corrected.
 */
export const AnnotationOnly = Extension.create<AnnotationOnlyOptions>({
  name: "annotationOnly",

  addOptions() {
    return { canEditText: () => false };
  },

  addProseMirrorPlugins() {
    const { canEditText } = this.options;
    return [
      new Plugin({
        key: annotationOnlyKey,
        filterTransaction: (tr) => !tr.docChanged || Boolean(tr.getMeta(CLAIMS_META)) || canEditText(),
      }),
    ];
  },
});
