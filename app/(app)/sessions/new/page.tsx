import { SessionForm } from "@/components/sessions/session-form";
import { Card, CardContent } from "@/components/ui/card";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/policies/authorize";
import { createSessionAction } from "../actions";

export const metadata = { title: "New session" };

export default async function NewSessionPage() {
  const actor = await pageActor();
  if (!can(actor, "session.create")) return <Forbidden message="Editors and admins create sessions; everyone can follow them." />;
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <PageHeader title="New session" description="Name the story, say what to check, set a deadline. You assign the articles on the session's page." />
      <Card>
        <CardContent className="pt-5">
          <SessionForm submit={createSessionAction} submitLabel="Create session" cancelHref="/sessions" />
        </CardContent>
      </Card>
    </main>
  );
}
