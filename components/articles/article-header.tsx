import { DateTime } from "@/components/ui/date-time";
import { PageHeader } from "@/components/ui/page-header";

interface ArticleHeaderProps {
  /** Buttons on the right (the Export menu). */
  actions?: React.ReactNode;
  article: {
    title: string; outlet: string | null; author: string | null; url: string | null;
    publishedAt: string | null; sourceUpdatedAt: string | null; sourceTimeZone: string | null; language: string | null;
  };
}

/** Title and metadata above an article (outlet, byline, dates in the reader's and the source's zone, source link). */
export function ArticleHeader({ article, actions }: ArticleHeaderProps) {
  const zone = article.sourceTimeZone;
  const meta: React.ReactNode[] = [
    article.author && `By ${article.author}`,
    article.publishedAt && <>Published <DateTime value={article.publishedAt} precision="auto" sourceTimeZone={zone} /></>,
    article.sourceUpdatedAt && <>Updated <DateTime value={article.sourceUpdatedAt} precision="auto" sourceTimeZone={zone} /></>,
    article.language && article.language.toUpperCase(),
    article.url && (
      <a href={article.url} target="_blank" rel="noopener noreferrer" className="underline decoration-stone-300 hover:text-stone-800">
        Source
      </a>
    ),
  ].filter(Boolean);
  return (
    <PageHeader
      className="mb-4"
      eyebrow={article.outlet}
      title={article.title}
      titleClassName="font-serif text-3xl leading-tight"
      actions={actions}
      description={meta.length > 0 && (
        <p>
          {/* Each item wraps as a whole where it can ("Updated" stays with its date). */}
          {meta.map((item, i) => <span key={i}>{i > 0 && " · "}<span className="inline-block">{item}</span></span>)}
        </p>
      )}
    />
  );
}
