import { NextResponse } from "next/server";
import { createLinkSchema } from "@/lib/domain/links/link-input";
import { apiHandler, readJson } from "@/lib/http/api-handler";
import { createOrFindPassageLink } from "@/lib/server/links/create-passage-link";
import { listClaimLinks } from "@/lib/server/links/list-claim-links";

export const GET = apiHandler(async ({ params, actor }) => ({ items: await listClaimLinks(await actor(), params.id, params.claimId) }));

/** 201 with the new link; 200 with the existing one when the same link was already there. */
export const POST = apiHandler(async ({ request, params, actor }) => {
  const { link, created } = await createOrFindPassageLink(await actor(), params.id, params.claimId, await readJson(request, createLinkSchema));
  return NextResponse.json(link, { status: created ? 201 : 200 });
});
