import { PublisherSettingsForm } from "@/components/exports/publisher-settings-form";
import { Forbidden } from "@/components/ui/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { can } from "@/lib/domain/policies/authorize";
import { getPublisherSettings } from "@/lib/server/exports/get-publisher-settings";

export const metadata = { title: "Publisher" };

export default async function PublisherPage() {
  const actor = await pageActor();
  if (!can(actor, "publisher.manage")) return <Forbidden message="Only admins set the publisher of ClaimReview exports." />;
  return (
    <main className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <PageHeader title="Publisher" description="The organisation named in schema.org ClaimReview exports, and the rating each verdict is published with." />
      <PublisherSettingsForm initial={await getPublisherSettings(actor)} />
    </main>
  );
}
