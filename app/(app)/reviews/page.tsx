import { ReviewQueueTable } from "@/components/reviews/review-queue-table";
import { Button } from "@/components/ui/button";
import { Forbidden } from "@/components/ui/forbidden";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { pageActor } from "@/lib/auth/page-actor";
import { VERDICTS, VERDICT_LABELS } from "@/lib/domain/claims/verdicts";
import { can } from "@/lib/domain/policies/authorize";
import { reviewQueueQuerySchema } from "@/lib/domain/reviews/review-input";
import { listReviewQueue } from "@/lib/server/reviews/list-review-queue";

export const metadata = { title: "Review queue" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await pageActor();
  if (!can(actor, "review.queue")) return <Forbidden message="Only reviewers and admins have a review queue." />;
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== ""));
  const parsed = reviewQueueQuerySchema.safeParse(raw);
  const filters = parsed.success ? parsed.data : {};
  // The filter choices come from the whole queue, so narrowing never hides them.
  const [all, items] = await Promise.all([listReviewQueue(actor), listReviewQueue(actor, filters)]);
  const options = (key: "session" | "article" | "editor") => {
    const pairs = all.map((i) => (key === "session" ? [i.sessionId, i.sessionName] : key === "article" ? [i.articleId, i.articleTitle] : [i.editorId, i.editorName]) as [string, string]);
    return [...new Map(pairs)].sort((a, b) => a[1].localeCompare(b[1]));
  };
  const filter = (name: string, label: string, choices: [string, string][], value?: string) => (
    <div className="space-y-1">
      <Label htmlFor={`filter-${name}`}>{label}</Label>
      <Select id={`filter-${name}`} name={name} defaultValue={value ?? ""} size="sm">
        <option value="">All</option>
        {choices.map(([id, text]) => <option key={id} value={id}>{text}</option>)}
      </Select>
    </div>
  );
  return (
    <main className="mx-auto max-w-7xl space-y-5 px-4 py-8">
      <PageHeader
        title="Review queue"
        description={<>{items.length === 1 ? "1 claim waits" : `${items.length} claims wait`} for your review, oldest first. Open one and review from the keyboard: A approve, C request changes, X reject, J/K next/previous.</>}
        descriptionProps={{ "data-testid": "queue-count" }}
      />
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the queue">
        {filter("sessionId", "Session", options("session"), filters.sessionId)}
        {filter("articleId", "Article", options("article"), filters.articleId)}
        {filter("verdict", "Verdict", VERDICTS.map((v) => [v, VERDICT_LABELS[v]]), filters.verdict)}
        {filter("editorId", "Editor", options("editor"), filters.editorId)}
        <Button type="submit" size="sm" variant="outline">Filter</Button>
      </form>
      <ReviewQueueTable items={items} />
    </main>
  );
}
