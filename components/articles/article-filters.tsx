import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { VERDICTS, VERDICT_LABELS } from "@/lib/domain/claims/verdicts";

/** Params the filter form carries along unchanged (a new filter starts again at page 1). */
const KEPT = ["sort", "dir", "pageSize"] as const;

/** Search and filters as a plain GET form, so every filtered list has a shareable URL. */
export function ArticleFilters({ outlets, values }: { outlets: string[]; values: Record<string, string | undefined> }) {
  return (
    <form className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3 shadow-sm" role="search" method="get">
      <div className="min-w-56 flex-1 space-y-1">
        <Label htmlFor="filter-q" className="text-xs">Search title and text</Label>
        <Input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} placeholder="e.g. spillway evacuated" />
      </div>
      <div className="space-y-1">
        <Label htmlFor="filter-outlet" className="text-xs">Outlet</Label>
        <Select id="filter-outlet" name="outlet" defaultValue={values.outlet ?? ""} className="max-w-56">
          <option value="">All outlets</option>
          {outlets.map((o) => <option key={o} value={o}>{o}</option>)}
        </Select>
      </div>
      <div className="space-y-1">
        <Label htmlFor="filter-from" className="text-xs">Published from</Label>
        <Input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} className="w-40" />
      </div>
      <div className="space-y-1">
        <Label htmlFor="filter-to" className="text-xs">to</Label>
        <Input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} className="w-40" />
      </div>
      <div className="space-y-1">
        <Label htmlFor="filter-verdict" className="text-xs">Claims</Label>
        <Select id="filter-verdict" name="verdict" defaultValue={values.verdict ?? ""}>
          <option value="">Any</option>
          {VERDICTS.map((v) => <option key={v} value={v}>Has {VERDICT_LABELS[v].toLowerCase()}</option>)}
          <option value="NONE">No claims yet</option>
        </Select>
      </div>
      {KEPT.map((name) => values[name] && <input key={name} type="hidden" name={name} value={values[name]} />)}
      <Button type="submit">Filter</Button>
      <Button variant="ghost" asChild><Link href="/articles">Clear</Link></Button>
    </form>
  );
}
