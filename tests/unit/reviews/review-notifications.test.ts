import { describe, expect, it } from "vitest";
import { describeNotification, notificationSchema } from "@/lib/domain/notifications/notification";

describe("review notifications", () => {
  it("a mention and a request for changes read as sentences", () => {
    const mention = notificationSchema.parse({ kind: "claim.mentioned", data: { articleTitle: "Ferry strike ends", claimExact: "after two days of talks", text: "@Rita see the minutes" } });
    expect(describeNotification(mention, "Ed")).toBe("Ed mentioned you about ‘after two days of talks’ in ‘Ferry strike ends’");
    const requested = { kind: "claim.changes_requested" as const, data: { articleTitle: "Ferry strike ends", claimExact: "after two days of talks", decision: "REQUEST_CHANGES" as const, comment: "Cite the union" } };
    expect(describeNotification(requested, "Rita")).toBe("Rita requested changes to ‘after two days of talks’ in ‘Ferry strike ends’");
    expect(describeNotification({ ...requested, data: { ...requested.data, decision: "REJECT" } }, null)).toBe("Someone rejected the verdict of ‘after two days of talks’ in ‘Ferry strike ends’");
  });
});
