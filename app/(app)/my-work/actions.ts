"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/page-actor";
import { markReadSchema } from "@/lib/domain/notifications/notification-input";
import { parseInput, runAction } from "@/lib/http/action-result";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";

/** Marks some of the member's notifications read, or all of them. */
export async function markNotificationsReadAction(ids: string[] | "all") {
  return runAction(async () => {
    const input = parseInput(markReadSchema, ids === "all" ? { all: true } : { ids });
    const marked = await markNotificationsRead(await actionActor(), input.all ? "all" : input.ids!);
    // The header badge counts unread notifications.
    revalidatePath("/", "layout");
    return { marked };
  });
}
