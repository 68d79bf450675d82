import { publisherSettingsViewSchema } from "@/lib/api/export-schemas";
import { publisherSettingsSchema } from "@/lib/domain/exports/publisher-settings";
import { defineRoute } from "@/lib/http/define-route";
import { getPublisherSettings } from "@/lib/server/exports/get-publisher-settings";
import { updatePublisherSettings } from "@/lib/server/exports/update-publisher-settings";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/v1/settings/publisher",
    summary: "The publisher named in ClaimReview exports, and the rating each verdict maps to",
    tags: ["Exports"],
    response: { description: "The settings (defaults until an admin saves them)", schema: publisherSettingsViewSchema },
  },
  async ({ actor }) => getPublisherSettings(await actor()),
);

export const PUT = defineRoute(
  {
    method: "put",
    path: "/api/v1/settings/publisher",
    summary: "Set the publisher and the verdict ratings (admins)",
    tags: ["Exports"],
    body: publisherSettingsSchema,
    response: { description: "The saved settings", schema: publisherSettingsViewSchema },
    errors: { 403: true },
  },
  async ({ actor, body }) => updatePublisherSettings(await actor(), body),
);
