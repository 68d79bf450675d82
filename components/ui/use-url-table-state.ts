"use client";

import type { PaginationState, SortingState } from "@tanstack/react-table";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTransition } from "react";

/** What the server did with a URL-mode table's rows: how it sorted and which page it sent. */
export interface UrlTableState {
  sorting: SortingState;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Rows across all pages. */
  total: number;
}

/**
 * Turns a table's sorting and paging into `sort`, `dir`, `page` and
 * `pageSize` search params, keeping the others (filters); a new sort or page
 * size starts again at page 1. Navigation is a transition, so the table can
 * show that it is loading.
 */
export function useUrlTableState() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();

  const go = (change: (params: URLSearchParams) => void, scroll: boolean) => {
    const params = new URLSearchParams(searchParams.toString());
    change(params);
    const query = params.toString();
    startTransition(() => router.push(query ? `${pathname}?${query}` : pathname, { scroll }));
  };

  return {
    pending,
    sort(next: SortingState) {
      go((params) => {
        params.delete("page");
        if (next[0]) {
          params.set("sort", next[0].id);
          params.set("dir", next[0].desc ? "desc" : "asc");
        } else {
          params.delete("sort");
          params.delete("dir");
        }
      }, false);
    },
    page(next: PaginationState, previous: PaginationState) {
      go((params) => {
        if (next.pageSize !== previous.pageSize) {
          params.set("pageSize", String(next.pageSize));
          params.delete("page");
        } else if (next.pageIndex > 0) params.set("page", String(next.pageIndex + 1));
        else params.delete("page");
      }, true);
    },
  };
}
