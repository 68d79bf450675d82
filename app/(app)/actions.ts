"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { secureCookies } from "@/lib/auth/session-cookie";
import { sessionUserId } from "@/lib/auth/session-user";
import { WORKSPACE_COOKIE } from "@/lib/auth/workspace-cookie";
import { AppError } from "@/lib/domain/errors";
import { parseInput, runAction } from "@/lib/http/action-result";
import { switchWorkspace } from "@/lib/server/auth/switch-workspace";

/** Switches the current workspace (only to one the user belongs to). */
export async function switchWorkspaceAction(workspaceId: string) {
  return runAction(async () => {
    const userId = await sessionUserId();
    if (!userId) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    const id = parseInput(z.string().min(1).max(64), workspaceId);
    const actor = await switchWorkspace(userId, id);
    (await cookies()).set(WORKSPACE_COOKIE, actor.workspaceId, { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() });
    revalidatePath("/", "layout");
    return null;
  });
}
