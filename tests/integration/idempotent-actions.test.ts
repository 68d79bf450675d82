import { describe, expect, it, vi } from "vitest";
import { saveImportAction } from "@/app/(app)/articles/new/actions";
import { createSessionAction } from "@/app/(app)/sessions/actions";
import { getDb } from "@/lib/db";
import { makeTeam } from "@/lib/factories/make-team";

// Server actions read the signed-in user through Next; here the test sets it.
const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session-user", () => ({
  sessionUserId: async () => signedIn.userId,
  cookieSession: async () => ({ userId: signedIn.userId, sessionId: signedIn.userId && "test", ended: null }),
}));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }), headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

describe("Idempotency-Key on creating server actions", () => {
  it("answers a repeated session create or import save with the first result; other input with the same key is refused", async () => {
    const team = await makeTeam("idempotent-actions");
    signedIn.userId = team.editor.userId;
    const key = crypto.randomUUID();

    const first = await createSessionAction({ name: "Harbour week" }, key);
    const again = await createSessionAction({ name: "Harbour week" }, key);
    expect(first).toMatchObject({ ok: true });
    expect(again).toEqual(first);
    expect(await createSessionAction({ name: "Quay week" }, key)).toMatchObject({ ok: false, error: { code: "IDEMPOTENCY_MISMATCH" } });
    expect(await getDb().annotationSession.count({ where: { workspaceId: team.workspaceId } })).toBe(1);
    // A key is checked like the header: printable, 8 to 200 characters.
    expect(await createSessionAction({ name: "Pier week" }, "short")).toMatchObject({ ok: false, error: { code: "VALIDATION" } });

    const save = { html: "<p>Harbour dues rise by 5% in July.</p><p>The port confirmed it.</p>", metadata: { title: "Harbour dues" } };
    const saveKey = crypto.randomUUID();
    const saved = await saveImportAction(save, saveKey);
    expect(saved).toMatchObject({ ok: true, data: { title: "Harbour dues" } });
    expect(await saveImportAction(save, saveKey)).toEqual(saved);
    expect(await getDb().article.count({ where: { workspaceId: team.workspaceId } })).toBe(1);
    // Without a key each submission runs (the second is then refused as a duplicate text).
    expect(await saveImportAction(save)).toMatchObject({ ok: false, error: { code: "DUPLICATE" } });
  });
});
