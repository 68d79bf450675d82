import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { ABILITIES, type Ability } from "@/lib/domain/policies/abilities";
import * as agreementPolicy from "@/lib/domain/policies/agreement-policy";
import * as articlePolicy from "@/lib/domain/policies/article-policy";
import { authorize, can } from "@/lib/domain/policies/authorize";
import * as claimPolicy from "@/lib/domain/policies/claim-policy";
import * as clusterPolicy from "@/lib/domain/policies/cluster-policy";
import * as evidencePolicy from "@/lib/domain/policies/evidence-policy";
import * as exportPolicy from "@/lib/domain/policies/export-policy";
import * as linkPolicy from "@/lib/domain/policies/link-policy";
import * as memberPolicy from "@/lib/domain/policies/member-policy";
import * as reviewPolicy from "@/lib/domain/policies/review-policy";
import * as sessionPolicy from "@/lib/domain/policies/session-policy";
import * as tokenPolicy from "@/lib/domain/policies/token-policy";
import * as workspacePolicy from "@/lib/domain/policies/workspace-policy";
import { ROLES, type Actor, type Role } from "@/lib/domain/roles";

const as = (role: Role, userId = "me"): Actor => ({ userId, workspaceId: "ws-1", role });
const ALL: Role[] = [...ROLES];
const WRITERS: Role[] = ["ADMIN", "EDITOR"];
const ADMINS: Role[] = ["ADMIN"];

/** A resource of the actor's workspace and one of another workspace, made by someone else. */
const here = { workspaceId: "ws-1", createdById: "someone", userId: "someone", assignments: [], contributorIds: ["someone"], editorIds: ["someone"], reviewerId: null };
const elsewhere = { workspaceId: "ws-2", createdById: "someone", userId: "someone", assignments: [], contributorIds: ["someone"], editorIds: ["someone"], reviewerId: null };
const REVIEWERS: Role[] = ["ADMIN", "REVIEWER"];

/**
 * Who may do what: for each ability, the roles allowed on a resource of their
 * own workspace. Nobody may act on another workspace's resource.
 */
const EXPECTED: Record<Ability, { roles: Role[]; resource: boolean }> = {
  "article.list": { roles: ALL, resource: false },
  "article.read": { roles: ALL, resource: true },
  "article.import": { roles: WRITERS, resource: false },
  "article.correct": { roles: WRITERS, resource: true },
  "article.delete": { roles: WRITERS, resource: true },
  "article.restore": { roles: WRITERS, resource: true },
  "claim.read": { roles: ALL, resource: true },
  "claim.create": { roles: WRITERS, resource: true },
  "claim.update": { roles: WRITERS, resource: true },
  "claim.delete": { roles: WRITERS, resource: true },
  "claim.restore": { roles: WRITERS, resource: true },
  "evidence.add": { roles: WRITERS, resource: true },
  "evidence.remove": { roles: WRITERS, resource: true },
  "link.create": { roles: WRITERS, resource: true },
  "link.update": { roles: WRITERS, resource: true },
  "link.delete": { roles: WRITERS, resource: true },
  "suggestion.dismiss": { roles: WRITERS, resource: true },
  "suggestion.restore": { roles: WRITERS, resource: true },
  "cluster.explain_disagreement": { roles: WRITERS, resource: true },
  "member.list": { roles: ALL, resource: false },
  "member.manage": { roles: ADMINS, resource: false },
  "member.change_role": { roles: ADMINS, resource: true },
  "member.remove": { roles: ADMINS, resource: true },
  "token.create": { roles: ALL, resource: false },
  "token.revoke": { roles: [], resource: true }, // someone else's token; an owner's own is tested below
  "workspace.switch": { roles: ALL, resource: true },
  "session.list": { roles: ALL, resource: false },
  "session.read": { roles: ALL, resource: true },
  "session.create": { roles: WRITERS, resource: false },
  "session.update": { roles: WRITERS, resource: true },
  "session.assign": { roles: WRITERS, resource: true },
  "session.move": { roles: [], resource: true }, // depends on the move: tests/unit/sessions/session-rules.test.ts
  "session_article.move": { roles: [], resource: true }, // depends on the move and the assignment: same file
  "notification.read": { roles: [], resource: true }, // someone else's; one's own is tested below
  "export.create": { roles: ALL, resource: false },
  "annotation.import": { roles: WRITERS, resource: false },
  "publisher.manage": { roles: ADMINS, resource: false },
  "claim.review": { roles: REVIEWERS, resource: true }, // never one's own work: tests/unit/reviews/review-policy.test.ts
  "article.sign_off": { roles: REVIEWERS, resource: true },
  "review.read": { roles: ALL, resource: true },
  "claim.comment": { roles: ["ADMIN", "EDITOR", "REVIEWER"], resource: true },
  "audit.verify": { roles: ADMINS, resource: false },
  "review.queue": { roles: REVIEWERS, resource: false },
  "agreement.read": { roles: ALL, resource: true },
  "agreement.mark_done": { roles: [], resource: true }, // someone else's check; one's own is tested below
  "agreement.reconcile": { roles: ["ADMIN", "REVIEWER"], resource: true },
};

// The table is typed loosely here on purpose: it walks every ability with the same fake resources.
const check = can as (actor: Actor, ability: Ability, resource?: object) => boolean;
const enforce = authorize as (actor: Actor, ability: Ability, resource?: object) => void;

describe("every ability, every role", () => {
  it("the table above covers every ability there is", () => {
    expect(Object.keys(ABILITIES).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [ability, { roles, resource }] of Object.entries(EXPECTED) as [Ability, (typeof EXPECTED)[Ability]][]) {
    it(`${ability}: ${roles.length ? roles.join(", ").toLowerCase() : "nobody"}`, () => {
      expect(ABILITIES[ability].allows.length).toBe(resource ? 2 : 1);
      for (const role of ROLES) {
        expect(check(as(role), ability, resource ? here : undefined), `${role} ${ability}`).toBe(roles.includes(role));
        if (resource) expect(check(as(role), ability, elsewhere), `${role} ${ability} elsewhere`).toBe(false);
      }
    });
  }

  it("every can* predicate of the policy files is an ability", () => {
    const predicates = [agreementPolicy, articlePolicy, claimPolicy, clusterPolicy, evidencePolicy, exportPolicy, linkPolicy, memberPolicy, reviewPolicy, sessionPolicy, tokenPolicy, workspacePolicy]
      .flatMap((module) => Object.entries(module).filter(([name]) => name.startsWith("can")).map(([, fn]) => fn));
    const used = new Set<unknown>(Object.values(ABILITIES).map((rule) => rule.allows));
    expect(predicates.length).toBeGreaterThan(0);
    for (const predicate of predicates) expect(used.has(predicate), (predicate as { name: string }).name).toBe(true);
  });
});

describe("resources", () => {
  it("lets every member revoke their own tokens only", () => {
    for (const role of ROLES) {
      expect(tokenPolicy.canRevokeApiToken(as(role, "me"), { userId: "me" })).toBe(true);
      expect(tokenPolicy.canRevokeApiToken(as(role, "me"), { userId: "someone" })).toBe(false);
    }
  });

  it("lets editors act on claims and links whoever made them", () => {
    const mine = { workspaceId: "ws-1", createdById: "me" };
    for (const role of WRITERS) {
      expect(claimPolicy.canUpdateClaim(as(role), mine)).toBe(true);
      expect(claimPolicy.canUpdateClaim(as(role), here)).toBe(true);
      expect(linkPolicy.canDeleteLink(as(role), here)).toBe(true);
      expect(evidencePolicy.canRemoveEvidence(as(role), here)).toBe(true);
    }
    expect(claimPolicy.canUpdateClaim(as("VIEWER"), mine)).toBe(false);
  });

  it("lets every member read their own notifications only", () => {
    for (const role of ROLES) {
      expect(sessionPolicy.canReadNotification(as(role, "me"), { workspaceId: "ws-1", userId: "me" })).toBe(true);
      expect(sessionPolicy.canReadNotification(as(role, "me"), { workspaceId: "ws-1", userId: "someone" })).toBe(false);
      expect(sessionPolicy.canReadNotification(as(role, "me"), { workspaceId: "ws-2", userId: "me" })).toBe(false);
    }
  });

  it("lets a checker mark only their own check done, and the article's reviewer (never a checker) settle it", () => {
    const check = { workspaceId: "ws-1", editorIds: ["me", "ben"], reviewerId: "rita" };
    for (const role of WRITERS) expect(agreementPolicy.canMarkCheckDone(as(role, "me"), check)).toBe(true);
    expect(agreementPolicy.canMarkCheckDone(as("EDITOR", "cy"), check)).toBe(false);
    expect(agreementPolicy.canReconcile(as("REVIEWER", "rita"), check)).toBe(true);
    expect(agreementPolicy.canReconcile(as("ADMIN", "me"), check)).toBe(false);
    expect(agreementPolicy.canReconcile(as("EDITOR", "cy"), check)).toBe(false);
    expect(() => authorize(as("ADMIN", "me"), "agreement.reconcile", check)).toThrow("You checked this article yourself");
  });

  it("lets an admin manage the memberships of their own workspace only", () => {
    expect(memberPolicy.canChangeMemberRole(as("ADMIN"), { workspaceId: "ws-1", userId: "x" })).toBe(true);
    expect(memberPolicy.canChangeMemberRole(as("ADMIN"), { workspaceId: "ws-2", userId: "x" })).toBe(false);
    expect(memberPolicy.canRemoveMember(as("ADMIN"), { workspaceId: "ws-2", userId: "x" })).toBe(false);
  });
});

describe("authorize and can", () => {
  it("names the role and what it cannot do", () => {
    const cases: [Role, Ability, object | undefined, string][] = [
      ["VIEWER", "article.import", undefined, "Your role (viewer) does not allow you to import articles."],
      ["REVIEWER", "claim.create", here, "Your role (reviewer) does not allow you to tag claims."],
      ["VIEWER", "claim.update", here, "Your role (viewer) does not allow you to edit claims."],
      ["VIEWER", "evidence.remove", here, "Your role (viewer) does not allow you to remove evidence."],
      ["REVIEWER", "link.create", here, "Your role (reviewer) does not allow you to link passages."],
      ["VIEWER", "cluster.explain_disagreement", here, "Your role (viewer) does not allow you to explain differing verdicts."],
      ["EDITOR", "member.change_role", here, "Your role (editor) does not allow you to change roles."],
      ["EDITOR", "member.manage", undefined, "Your role (editor) does not allow you to manage members."],
    ];
    for (const [role, ability, resource, message] of cases) {
      expect(() => enforce(as(role), ability, resource)).toThrowError(new AppError("FORBIDDEN", message));
    }
  });

  it("every refusal reads as a sentence", () => {
    for (const [ability, rule] of Object.entries(ABILITIES)) {
      expect(rule.what, ability).toMatch(/^[a-z][a-zA-Z' ]+[a-z]$/);
    }
  });

  it("answers NOT_FOUND, not FORBIDDEN, for another workspace's resource, so ids leak nothing", () => {
    for (const role of ROLES) {
      const error = (() => {
        try {
          enforce(as(role), "claim.read", elsewhere);
        } catch (e) {
          return e as AppError;
        }
      })();
      expect(error?.code).toBe("NOT_FOUND");
    }
  });

  it("lets through what the role allows, silently", () => {
    expect(() => authorize(as("EDITOR"), "claim.delete", here)).not.toThrow();
    expect(() => authorize(as("VIEWER"), "member.list")).not.toThrow();
    expect(() => authorize(as("VIEWER"), "token.revoke", { userId: "me" })).not.toThrow();
    expect(can(as("ADMIN"), "member.remove", { workspaceId: "ws-1", userId: "x" })).toBe(true);
  });

  it("makes the compiler ask for the resource exactly when the rule looks at one", () => {
    // Never run: `tsc` fails if any of these calls compiles.
    const typeChecksOnly = (viewer: Actor) => [
      // @ts-expect-error a claim rule needs the claim
      can(viewer, "claim.update"),
      // @ts-expect-error a workspace-wide rule takes no resource
      can(viewer, "article.import", here),
      // @ts-expect-error a token is not a claim
      authorize(viewer, "claim.update", { userId: "me" }),
    ];
    expect(typeChecksOnly).toBeTypeOf("function");
  });
});
