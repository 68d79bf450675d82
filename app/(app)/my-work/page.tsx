import { MyWorkLiveRefresh } from "@/components/sessions/live-refresh-on";
import { MyWorkList } from "@/components/sessions/my-work-list";
import { MyWorkSlot } from "@/components/sessions/my-work-slot";
import { NotificationList } from "@/components/sessions/notification-list";
import { PageHeader } from "@/components/ui/page-header";
import { requestTime } from "@/lib/http/request-time";
import { pageActor } from "@/lib/auth/page-actor";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { listMyWork } from "@/lib/server/sessions/list-my-work";
import { setWorkStatusAction } from "../sessions/actions";
import { markNotificationsReadAction } from "./actions";

export const metadata = { title: "My work" };

export default async function MyWorkPage() {
  const actor = await pageActor();
  const [work, notifications] = await Promise.all([listMyWork(actor), listNotifications(actor, { limit: 20 })]);
  const serverNow = requestTime();
  const articleIds = work.sessions.flatMap((s) => s.items.map((i) => i.articleId));
  return (
    <main className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <MyWorkLiveRefresh articleIds={articleIds} />
      <PageHeader
        title="My work"
        description={<>{work.openCount} article{work.openCount === 1 ? "" : "s"} waiting on you</>}
        descriptionProps={{ "data-testid": "my-work-count" }}
      />
      <NotificationList notifications={notifications} serverNow={serverNow} markRead={markNotificationsReadAction} />
      {/* Slots the review work (issue 9) fills through listMyWork: claims waiting for my review, work sent back to me. */}
      <MyWorkSlot id="waiting-for-review" title="Waiting for my review" items={work.waitingForReview} />
      <MyWorkSlot id="came-back" title="Came back to me" items={work.cameBack} />
      <MyWorkList sessions={work.sessions} serverNow={serverNow} setWorkStatus={setWorkStatusAction} />
    </main>
  );
}
