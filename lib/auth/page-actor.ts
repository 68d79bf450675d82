import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { cookieSession, sessionUserId } from "@/lib/auth/session-user";
import { WORKSPACE_COOKIE } from "@/lib/auth/workspace-cookie";
import { loginPath, REQUESTED_PATH_HEADER } from "@/lib/domain/callback-path";
import { AppError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/roles";
import { resolveActor } from "@/lib/server/auth/resolve-actor";
import { getCurrentUser } from "@/lib/server/members/get-current-user";

async function actorInCookieWorkspace(userId: string): Promise<Actor> {
  const preferred = (await cookies()).get(WORKSPACE_COOKIE)?.value ?? null;
  try {
    return await resolveActor(userId, preferred);
  } catch (error) {
    // A stale cookie (membership removed) falls back to the user's first workspace.
    if (preferred && error instanceof AppError && error.code === "NOT_FOUND") return resolveActor(userId, null);
    throw error;
  }
}

/**
 * For pages: the signed-in actor in their current workspace.
 * Sends anonymous visitors to the sign-in page (saying why when their session
 * was ended on the server), and members of no workspace (the last one removed
 * them) to a page that says so. Cached per request, so the layout, the page
 * and its metadata share one lookup.
 */
export const pageActor = cache(async (): Promise<Actor> => {
  const { userId, ended } = await cookieSession();
  if (!userId) {
    const requested = (await headers()).get(REQUESTED_PATH_HEADER);
    redirect(loginPath(requested, ended && ended !== "SIGNED_OUT" ? ended : undefined));
  }
  let actor: Actor | null = null;
  try {
    actor = await actorInCookieWorkspace(userId);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "FORBIDDEN")) throw error;
  }
  if (!actor) redirect("/no-workspace");
  return actor;
});

/** For pages: the signed-in user's profile, cached per request like pageActor (the layout's header and the page share one lookup). */
export const pageUser = cache(async () => getCurrentUser((await pageActor()).userId));

/** For server actions: like pageActor, but an ended session is an error the form can show. */
export async function actionActor(): Promise<Actor> {
  const userId = await sessionUserId();
  if (!userId) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  return actorInCookieWorkspace(userId);
}
