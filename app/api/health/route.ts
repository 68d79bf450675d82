import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return NextResponse.json({ status: "ok" });
  } catch (error) {
    // The operator needs the cause (refused connection, bad password, ...); the caller gets none of it.
    console.error("health check: the database query failed:", error);
    return NextResponse.json({ error: { code: "UNAVAILABLE", message: "The database cannot be reached." } }, { status: 503 });
  }
}
