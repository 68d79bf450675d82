import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/domain/errors";
import { toAppError } from "@/lib/http/error-response";

const prismaError = (code: string, message: string) => Object.assign(new Error(message), { code, name: "PrismaClientKnownRequestError" });

describe("toAppError", () => {
  it("keeps an AppError as it is", () => {
    const error = new AppError("CONFLICT", "Someone changed it first.");
    expect(toAppError(error)).toBe(error);
  });

  it("turns a database that cannot be reached into UNAVAILABLE, with the reassuring message", () => {
    const mapped = toAppError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5499"), { code: "ECONNREFUSED" }));
    expect(mapped.code).toBe("UNAVAILABLE");
    expect(mapped.message).toMatch(/cannot reach its database; your work is safe/);
  });

  it("turns a transaction that could not start in time (every connection busy) into UNAVAILABLE, not an internal error", () => {
    const mapped = toAppError(prismaError("P2028", "Transaction API error: Unable to start a transaction in the given time."));
    expect(mapped.code).toBe("UNAVAILABLE");
    expect(mapped.message).toMatch(/too busy.*nothing was changed/);
    expect(mapped.message).not.toMatch(/Transaction API/);
  });
});
