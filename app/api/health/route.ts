import { z } from "zod";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { defineRoute } from "@/lib/http/define-route";

export const dynamic = "force-dynamic";

export const GET = defineRoute(
  {
    method: "get",
    path: "/api/health",
    summary: "Database health check (no auth)",
    tags: ["System"],
    auth: "none",
    response: { description: "Healthy", schema: z.object({ status: z.literal("ok") }) },
    errors: { 503: "Database unreachable" },
  },
  async () => {
    try {
      await getDb().$queryRaw`SELECT 1`;
    } catch (error) {
      // The probe answers 503 either way; the log says why.
      console.error("health check: the database query failed:", error);
      throw new AppError("UNAVAILABLE", "The database cannot be reached.");
    }
    return { status: "ok" as const };
  },
);
