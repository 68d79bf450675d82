import { ROLE_LABELS } from "@/lib/domain/roles";
import type { SessionDashboard } from "@/lib/server/sessions/get-session";
import { ShareBar } from "./stacked-bar";

/**
 * Each member's share of the session: articles handed over of those they
 * edit, articles signed off of those they review, and claims they tagged.
 */
export function MembersProgress({ members }: { members: SessionDashboard["members"] }) {
  return (
    <section aria-labelledby="members-heading" className="rounded-lg border border-stone-200 bg-white shadow-sm">
      <h2 id="members-heading" className="border-b border-stone-100 px-4 py-3 text-base font-semibold">Members</h2>
      {members.length === 0 ? (
        <p className="px-4 py-6 text-sm text-stone-500">Nobody is assigned yet.</p>
      ) : (
        <ul className="divide-y divide-stone-100">
          {members.map((m) => (
            <li key={m.id} className="space-y-1.5 px-4 py-3" data-testid="member-progress">
              <div className="flex items-baseline justify-between gap-2">
                <span className="font-medium text-stone-900">{m.name}</span>
                <span className="text-xs text-stone-500">{m.role ? ROLE_LABELS[m.role] : "No longer a member"}</span>
              </div>
              {m.editing.total > 0 && (
                <div className="space-y-0.5">
                  <p className="text-xs text-stone-600">Handed over</p>
                  <ShareBar done={m.editing.done} total={m.editing.total} label={`${m.name}: articles handed over`} color="#8b5cf6" />
                </div>
              )}
              {m.reviewing.total > 0 && (
                <div className="space-y-0.5">
                  <p className="text-xs text-stone-600">Signed off</p>
                  <ShareBar done={m.reviewing.done} total={m.reviewing.total} label={`${m.name}: articles signed off`} />
                </div>
              )}
              <p className="text-xs text-stone-500">{m.claimsTagged} claim{m.claimsTagged === 1 ? "" : "s"} tagged</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
