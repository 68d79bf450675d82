import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { LINK_RELATION_LABELS, type LinkRelation } from "@/lib/domain/links/link-input";

/** A passage of this article that a claim elsewhere links to. */
export interface LinkTarget {
  linkId: string;
  from: number;
  to: number;
  relation: LinkRelation;
  href: string;
  sourceLabel: string;
}

export const linkTargetsKey = new PluginKey<DecorationSet>("linkTargets");

// The widget's DOM is built only when an editor view renders it, so importing this on the server is safe.
function marker(target: LinkTarget) {
  return () => {
    const a = document.createElement("a");
    a.href = target.href;
    a.className = "link-target-marker";
    a.dataset.relation = target.relation;
    a.textContent = "↗";
    // The popover (CSS, on hover and keyboard focus) names the relation, the claim and its article.
    a.dataset.popover = `${LINK_RELATION_LABELS[target.relation]} · ${target.sourceLabel}`;
    a.setAttribute("aria-label", `${LINK_RELATION_LABELS[target.relation]}: linked from ${target.sourceLabel}`);
    return a;
  };
}

/**
 * Subtle markers on passages that claims in other articles link to: a dotted
 * underline and a small arrow that opens the linking claim. They are
 * decorations, not marks: they belong to the other article's claim, not to this text.
 */
export const LinkTargets = Extension.create({
  name: "linkTargets",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: linkTargetsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const targets = tr.getMeta(linkTargetsKey) as LinkTarget[] | undefined;
            if (!targets) return set.map(tr.mapping, tr.doc);
            return DecorationSet.create(
              tr.doc,
              targets.flatMap((t) => [
                Decoration.inline(t.from, t.to, { class: "link-target", "data-link-id": t.linkId, "data-relation": t.relation }),
                Decoration.widget(t.to, marker(t), { side: 1, key: `marker-${t.linkId}` }),
              ]),
            );
          },
        },
        props: { decorations: (state) => linkTargetsKey.getState(state) },
      }),
    ];
  },
});
