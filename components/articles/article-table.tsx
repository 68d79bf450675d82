import Link from "next/link";
import { Card } from "@/components/ui/card";

interface Row {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: Date | null;
  createdAt: Date;
}

const day = (d: Date | null) => (d ? d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" }) : "—");

/** The workspace's articles as a table; the title opens the annotator. */
export function ArticleTable({ articles }: { articles: Row[] }) {
  if (articles.length === 0) {
    return <Card className="p-10 text-center text-stone-500">No articles yet.</Card>;
  }
  return (
    <Card className="overflow-hidden">
      <table className="w-full text-sm">
        <thead className="bg-stone-50 text-left text-stone-500">
          <tr>
            <th className="px-4 py-2 font-medium">Title</th>
            <th className="px-4 py-2 font-medium">Outlet</th>
            <th className="px-4 py-2 font-medium">Published</th>
            <th className="px-4 py-2 font-medium">Imported</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.id} className="border-t border-stone-100 hover:bg-stone-50">
              <td className="px-4 py-2.5">
                <Link href={`/articles/${a.id}`} className="font-medium text-stone-900 hover:underline">{a.title}</Link>
                {a.author && <div className="text-xs text-stone-500">{a.author}</div>}
              </td>
              <td className="px-4 py-2.5 text-stone-700">{a.outlet ?? "—"}</td>
              <td className="px-4 py-2.5 text-stone-600">{day(a.publishedAt)}</td>
              <td className="px-4 py-2.5 text-stone-600">{day(a.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
