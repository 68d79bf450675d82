import { AppError } from "@/lib/domain/errors";
import type { Actor, Role } from "@/lib/domain/roles";

/**
 * Throws FORBIDDEN unless the actor's role passes the policy predicate.
 * Every lib/server operation calls this before it reads or writes.
 */
export function authorize(actor: Actor, policy: (role: Role) => boolean, what: string): void {
  if (!policy(actor.role)) {
    throw new AppError("FORBIDDEN", `Your role (${actor.role.toLowerCase()}) does not allow you to ${what}.`);
  }
}
