import { agreementRules } from "@/lib/domain/policies/agreement-policy";
import { articleRules } from "@/lib/domain/policies/article-policy";
import { claimRules } from "@/lib/domain/policies/claim-policy";
import { clusterRules } from "@/lib/domain/policies/cluster-policy";
import { evidenceRules } from "@/lib/domain/policies/evidence-policy";
import { exportRules } from "@/lib/domain/policies/export-policy";
import { linkRules } from "@/lib/domain/policies/link-policy";
import { memberRules } from "@/lib/domain/policies/member-policy";
import { reviewRules } from "@/lib/domain/policies/review-policy";
import type { AbilityRule } from "@/lib/domain/policies/policy-helpers";
import type { Actor } from "@/lib/domain/roles";
import { sessionRules } from "@/lib/domain/policies/session-policy";
import { tokenRules } from "@/lib/domain/policies/token-policy";
import { workspaceRules } from "@/lib/domain/policies/workspace-policy";

/**
 * Every ability, named `<resource>.<verb>`, with its predicate and refusal
 * text. Each <resource>-policy.ts file owns its rules. A new ability: a pure
 * `can<Verb><Resource>(actor, resource?)` predicate and its `<resource>Rules`
 * entry in that file (a new area, such as sessions, reviews or exports, adds
 * its own file and one line here); lib/server loads the resource scoped to the
 * workspace, then calls `authorize(actor, "<resource>.<verb>", resource)`;
 * pages ask `can(...)` with the same arguments; tests/unit/policies-abilities
 * lists who may do it.
 */
export const ABILITIES = {
  ...articleRules,
  ...claimRules,
  ...evidenceRules,
  ...linkRules,
  ...clusterRules,
  ...memberRules,
  ...sessionRules,
  ...tokenRules,
  ...workspaceRules,
  ...exportRules,
  ...reviewRules,
  ...agreementRules,
} satisfies Record<string, AbilityRule>;

export type Ability = keyof typeof ABILITIES;

/**
 * The arguments after the ability: the resource when the predicate looks at
 * one, nothing for a workspace-wide ability. The compiler enforces which.
 */
export type ResourceArgs<A extends Ability> =
  Parameters<(typeof ABILITIES)[A]["allows"]> extends [Actor, infer R, ...unknown[]] ? [resource: R] : [];
