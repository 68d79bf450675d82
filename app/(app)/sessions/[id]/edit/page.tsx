import { notFound } from "next/navigation";
import { SessionForm } from "@/components/sessions/session-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { isAppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/policies/authorize";
import { sessionReadOnlyReason } from "@/lib/domain/sessions/session-status";
import { getSessionSettings } from "@/lib/server/sessions/get-session-settings";
import { updateSessionAction } from "../../actions";

export const metadata = { title: "Edit session" };

export default async function EditSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await pageActor();
  const { id } = await params;
  const session = await getSessionSettings(actor, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (!can(actor, "session.update", session)) return <Forbidden message="Editors and admins edit sessions." />;
  const readOnly = sessionReadOnlyReason(session.status);
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <PageHeader eyebrow="Session" title={`Edit ${session.name}`} />
      {readOnly ? (
        <Alert tone="info">{readOnly}</Alert>
      ) : (
        <Card>
          <CardContent className="pt-5">
            <SessionForm
              initial={{
                name: session.name,
                brief: session.brief as Record<string, unknown> | null,
                deadline: session.deadline?.toISOString() ?? null,
                anyReviewerMayReview: session.anyReviewerMayReview,
                publicationUrl: session.publicationUrl,
              }}
              submit={updateSessionAction.bind(null, session.id, session.version)}
              submitLabel="Save changes"
              cancelHref={`/sessions/${session.id}`}
            />
          </CardContent>
        </Card>
      )}
    </main>
  );
}
