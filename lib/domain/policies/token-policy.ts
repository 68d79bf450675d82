import type { Actor } from "@/lib/domain/roles";

/** What the token rules look at: a personal API token belongs to a user, not to a workspace. */
export interface ApiTokenResource {
  userId: string;
}

/** Every member may make personal API tokens; a token acts with its owner's role in each workspace. */
export const canCreateApiToken = (_actor: Actor) => true;

/** A token is revoked by its owner only. */
export const canRevokeApiToken = (actor: Actor, token: ApiTokenResource) => token.userId === actor.userId;

export const tokenRules = {
  "token.create": { allows: canCreateApiToken, what: "create API tokens" },
  "token.revoke": { allows: canRevokeApiToken, what: "revoke another person's API token" },
};
