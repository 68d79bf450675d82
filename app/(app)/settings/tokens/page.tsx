import { TokensPanel } from "@/components/tokens/tokens-panel";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/lib/auth/page-actor";
import { listApiTokens } from "@/lib/server/auth/list-api-tokens";
import { createTokenAction, revokeTokenAction } from "./actions";

export const metadata = { title: "API tokens" };

export default async function TokensPage() {
  const actor = await pageActor();
  const tokens = await listApiTokens(actor.userId);
  return (
    <main className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <PageHeader
        title="API tokens"
        description={<>
          Personal tokens for the REST API at <code>/api/v1</code> (see <a className="underline" href="/api/v1/openapi.json">openapi.json</a>).
          Send one as <code>Authorization: Bearer …</code>. A token acts as you, with your role in each workspace.
        </>}
      />
      <TokensPanel
        tokens={tokens.map((t) => ({
          id: t.id,
          name: t.name,
          prefix: t.prefix,
          createdAt: t.createdAt.toISOString(),
          lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
          revokedAt: t.revokedAt?.toISOString() ?? null,
        }))}
        createToken={createTokenAction}
        revokeToken={revokeTokenAction}
      />
    </main>
  );
}
