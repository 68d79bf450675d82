import { AppError } from "@/lib/domain/errors";
import { ABILITIES, type Ability, type ResourceArgs } from "@/lib/domain/policies/abilities";
import type { Actor } from "@/lib/domain/roles";

/**
 * Whether the actor may do it (to that resource). Pages use this to show or
 * hide what the actor cannot do; the operation itself calls `authorize`.
 */
export function can<A extends Ability>(actor: Actor, ability: A, ...resource: ResourceArgs<A>): boolean {
  const allows = ABILITIES[ability].allows as (actor: Actor, resource?: unknown) => boolean;
  return allows(actor, resource[0]);
}

/**
 * Throws FORBIDDEN, naming what the actor's role cannot do, unless the actor
 * may do it. Every lib/server operation calls this: workspace-wide abilities
 * before any work, the others right after loading the resource (scoped to the
 * workspace). A resource of another workspace is NOT_FOUND, so ids leak nothing.
 */
export function authorize<A extends Ability>(actor: Actor, ability: A, ...resource: ResourceArgs<A>): void {
  const target = resource[0] as { workspaceId?: unknown } | undefined;
  if (target && "workspaceId" in target && target.workspaceId !== actor.workspaceId) {
    throw new AppError("NOT_FOUND", "That does not exist in this workspace.");
  }
  if (!can(actor, ability, ...resource)) {
    const rule = ABILITIES[ability] as { what: string; denied?: (actor: Actor, resource: unknown) => string | null };
    const reason = rule.denied?.(actor, resource[0]);
    throw new AppError("FORBIDDEN", reason ?? `Your role (${actor.role.toLowerCase()}) does not allow you to ${rule.what}.`);
  }
}
