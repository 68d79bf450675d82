"use server";

import { revalidatePath } from "next/cache";
import { actionActor } from "@/lib/auth/page-actor";
import { idSchema } from "@/lib/domain/validation";
import { parseInput, runAction } from "@/lib/http/action-result";
import { deleteArticle } from "@/lib/server/articles/delete-article";
import { restoreArticle } from "@/lib/server/articles/restore-article";

// Articles show in the lists, the matrix, the graph and sessions: every change refreshes the (app) layout.
const refresh = () => revalidatePath("/", "layout");

/** Moves an article to the trash (after the button's confirmation). */
export async function deleteArticleAction(articleId: string) {
  return runAction(async () => {
    const article = await deleteArticle(await actionActor(), parseInput(idSchema, articleId));
    refresh();
    return article;
  });
}

/** Brings an article back from the trash. */
export async function restoreArticleAction(articleId: string) {
  return runAction(async () => {
    const article = await restoreArticle(await actionActor(), parseInput(idSchema, articleId));
    refresh();
    return article;
  });
}
