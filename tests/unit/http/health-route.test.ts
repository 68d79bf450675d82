import { afterEach, describe, expect, it, vi } from "vitest";

const query = vi.hoisted(() => vi.fn());
vi.mock("@/lib/db", () => ({ getDb: () => ({ $queryRaw: query }) }));

const { GET } = await import("@/app/api/health/route");

afterEach(() => vi.restoreAllMocks());

describe("GET /api/health", () => {
  it("answers ok when the database answers", async () => {
    query.mockResolvedValueOnce([{ "?column?": 1 }]);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("logs why the database failed, and tells the caller only that it is unavailable", async () => {
    const cause = Object.assign(new Error('password authentication failed for user "crosscheck" at db.internal:5432'), { code: "28P01" });
    query.mockRejectedValueOnce(cause);
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await GET();
    expect(response.status).toBe(503);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ error: { code: "UNAVAILABLE", message: "The database cannot be reached." } });
    expect(body).not.toMatch(/password|db\.internal|28P01/);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("health check"), cause);
  });
});
