import { describe, expect, it } from "vitest";
import { actionFailure } from "@/components/ui/action-failure";

describe("actionFailure", () => {
  it("says the server could not be reached only when the request never got there", () => {
    expect(actionFailure(new TypeError("Failed to fetch"), "nothing was imported")).toEqual({
      code: "NETWORK", message: "Could not reach the server, so nothing was imported. Check your connection and try again.",
    });
  });

  it("says the server failed (with the digest it logged under) when it answered with an error", () => {
    const redacted = Object.assign(new Error("An error occurred in the Server Components render."), { digest: "2417369512" });
    const failed = actionFailure(redacted, "nothing was saved");
    expect(failed.code).toBe("SERVER_ERROR");
    expect(failed.message).toBe("The server ran into an error (error reference 2417369512), so nothing was saved. Try again in a moment; if it keeps happening, tell your administrator.");
    expect(actionFailure(new Error("An unexpected response was received from the server."), "nothing was imported").message).not.toMatch(/reach/);
  });

  it("asks for a reload when the page is older than the running app", () => {
    const stale = Object.assign(new Error('Server Action "abc" was not found on the server.'), { name: "UnrecognizedActionError" });
    expect(actionFailure(stale, "nothing was imported")).toMatchObject({ code: "STALE_PAGE", message: expect.stringContaining("Reload the page") });
  });
});
