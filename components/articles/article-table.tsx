import Link from "next/link";
import { VERDICT_STYLE } from "@/components/annotator/verdict-style";
import { Card } from "@/components/ui/card";
import { VERDICTS, VERDICT_LABELS, type Verdict } from "@/lib/domain/claims/verdicts";

interface Row {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  claimCounts: Record<Verdict, number>;
  claimTotal: number;
}

const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" }) : "—");

/** The workspace's articles with claim counts per verdict; the title opens the annotator. */
export function ArticleTable({ articles, emptyText }: { articles: Row[]; emptyText: string }) {
  if (articles.length === 0) return <Card className="p-10 text-center text-stone-500">{emptyText}</Card>;
  return (
    <Card className="overflow-hidden">
      <table className="w-full text-sm">
        <thead className="bg-stone-50 text-left text-stone-500">
          <tr>
            <th className="px-4 py-2 font-medium">Title</th>
            <th className="px-4 py-2 font-medium">Outlet</th>
            <th className="px-4 py-2 font-medium">Published</th>
            <th className="px-4 py-2 font-medium">Claims</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id} className="border-t border-stone-100 hover:bg-stone-50" data-testid="article-row">
              <td className="px-4 py-2.5">
                <Link href={`/articles/${a.id}`} className="font-medium text-stone-900 hover:underline">{a.title}</Link>
                {a.author && <div className="text-xs text-stone-500">{a.author}</div>}
              </td>
              <td className="px-4 py-2.5 text-stone-700">{a.outlet ?? "—"}</td>
              <td className="whitespace-nowrap px-4 py-2.5 text-stone-600">{day(a.publishedAt)}</td>
              <td className="px-4 py-2.5">
                {a.claimTotal === 0 ? (
                  <span className="text-xs text-stone-400">None yet</span>
                ) : (
                  <ul className="flex flex-wrap gap-1.5" aria-label={`${a.claimTotal} claims`}>
                    {VERDICTS.filter((v) => a.claimCounts[v] > 0).map((v) => {
                      const Icon = VERDICT_STYLE[v].icon;
                      return (
                        <li key={v} title={VERDICT_LABELS[v]} className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs ${VERDICT_STYLE[v].text}`} style={{ backgroundColor: VERDICT_STYLE[v].bg }}>
                          <Icon className="h-3 w-3" aria-hidden />
                          <span className="tabular-nums">{a.claimCounts[v]}</span>
                          <span className="sr-only">{VERDICT_LABELS[v]}</span>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
