"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "./button";
import { Select } from "./select";

interface Props {
  /** 0-based. */
  pageIndex: number;
  pageCount: number;
  pageSize: number;
  rowCount: number;
  pageSizes?: number[];
  onPage: (pageIndex: number) => void;
  onPageSize: (pageSize: number) => void;
}

/** "26–50 of 230", rows per page, and previous/next: the footer of a DataTable. */
export function DataTablePagination({ pageIndex, pageCount, pageSize, rowCount, pageSizes = [25, 50, 100], onPage, onPageSize }: Props) {
  const first = rowCount === 0 ? 0 : pageIndex * pageSize + 1;
  const last = Math.min(rowCount, (pageIndex + 1) * pageSize);
  const sizes = pageSizes.includes(pageSize) ? pageSizes : [...pageSizes, pageSize].sort((a, b) => a - b);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm text-stone-600">
      <p data-testid="page-range" aria-live="polite">
        {first}–{last} of {rowCount}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2">
          Rows per page
          <Select size="sm" value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
            {sizes.map((size) => <option key={size} value={size}>{size}</option>)}
          </Select>
        </label>
        <span className="tabular-nums">Page {Math.min(pageIndex + 1, Math.max(pageCount, 1))} of {Math.max(pageCount, 1)}</span>
        <div className="flex gap-1">
          <Button variant="outline" size="sm" onClick={() => onPage(pageIndex - 1)} disabled={pageIndex <= 0} aria-label="Previous page">
            <ChevronLeft className="h-4 w-4" aria-hidden />
          </Button>
          <Button variant="outline" size="sm" onClick={() => onPage(pageIndex + 1)} disabled={pageIndex + 1 >= pageCount} aria-label="Next page">
            <ChevronRight className="h-4 w-4" aria-hidden />
          </Button>
        </div>
      </div>
    </nav>
  );
}
