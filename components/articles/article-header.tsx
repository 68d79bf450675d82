/** Title and metadata above an article (outlet, byline, dates, source). */
export function ArticleHeader({ article }: {
  article: { title: string; outlet: string | null; author: string | null; url: string | null; publishedAt: string | null; sourceUpdatedAt: string | null; language: string | null };
}) {
  const date = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  const meta = [
    article.author && `By ${article.author}`,
    article.publishedAt && `Published ${date(article.publishedAt)}`,
    article.sourceUpdatedAt && `Updated ${date(article.sourceUpdatedAt)}`,
    article.language && article.language.toUpperCase(),
  ].filter(Boolean);
  return (
    <header className="mb-4 space-y-2">
      {article.outlet && <p className="text-xs font-semibold uppercase tracking-wider text-stone-500">{article.outlet}</p>}
      <h1 className="font-serif text-3xl font-semibold leading-tight tracking-tight text-stone-900">{article.title}</h1>
      <p className="text-sm text-stone-500">
        {meta.join(" · ")}
        {article.url && (
          <>
            {meta.length > 0 && " · "}
            <a href={article.url} target="_blank" rel="noopener noreferrer" className="underline decoration-stone-300 hover:text-stone-800">
              Source
            </a>
          </>
        )}
      </p>
    </header>
  );
}
