"use client";

import { flexRender, useTable, type PaginationState, type RowData, type SortingState, type Updater } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useState } from "react";
import { cn } from "@/lib/utils";
import { dataTableFeatures, type DataTableColumn } from "./data-table-features";
import { DataTablePagination } from "./data-table-pagination";
import { useUrlTableState, type UrlTableState } from "./use-url-table-state";

export type { DataTableColumn } from "./data-table-features";
export type { UrlTableState } from "./use-url-table-state";

type RowAttributes = React.HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | undefined>;

export interface DataTableProps<TData extends RowData> {
  columns: DataTableColumn<TData>[];
  data: TData[];
  getRowId: (row: TData) => string;
  /** Shown in place of the rows when there are none. */
  emptyState: React.ReactNode;
  /** The table's accessible name (a visually hidden caption). */
  caption: string;
  rowProps?: (row: TData) => RowAttributes;
  /** In-memory mode: the first sort (default: the data's own order). */
  initialSorting?: SortingState;
  /** In-memory mode, controlled: sorting chosen outside the table (a "Sort by" menu) as well as by its headers. */
  sorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  /** In-memory mode: rows per page (default 25); the pager appears only when there is more than one page. */
  pageSize?: number;
  /**
   * URL mode: the server sorted and paged `data`; headers and the pager change
   * the `sort`, `dir`, `page` and `pageSize` search params (other params stay).
   */
  url?: UrlTableState;
  /** Page sizes offered by the pager. */
  pageSizes?: number[];
  className?: string;
  /** Props for the <table> (a data-testid). */
  tableProps?: React.TableHTMLAttributes<HTMLTableElement> & Record<`data-${string}`, string>;
}

const resolve = <T,>(updater: Updater<T>, old: T) => (typeof updater === "function" ? (updater as (old: T) => T)(old) : updater);

type UrlNavigation = ReturnType<typeof useUrlTableState>;

/**
 * The one table of the app (shadcn's data table, on TanStack Table): sortable
 * headers (buttons with aria-sort), pagination and an empty state, in memory
 * or with the server doing the sorting and paging through the URL.
 */
export function DataTable<TData extends RowData>(props: DataTableProps<TData>) {
  // Only URL mode reads the search params (a static page may use the in-memory table without a Suspense boundary).
  return props.url ? <UrlDataTable {...props} url={props.url} /> : <DataTableView {...props} />;
}

function UrlDataTable<TData extends RowData>(props: DataTableProps<TData> & { url: UrlTableState }) {
  return <DataTableView {...props} navigation={useUrlTableState()} />;
}

function DataTableView<TData extends RowData>(props: DataTableProps<TData> & { navigation?: UrlNavigation }) {
  const { columns, data, getRowId, emptyState, caption, rowProps, className, tableProps, navigation } = props;
  const url = navigation ? props.url : undefined;
  const pending = navigation?.pending ?? false;
  const [ownSorting, setOwnSorting] = useState<SortingState>(props.initialSorting ?? []);
  const [ownPagination, setOwnPagination] = useState<PaginationState>({ pageIndex: 0, pageSize: props.pageSize ?? 25 });
  const sorting = url ? url.sorting : (props.sorting ?? ownSorting);
  const pagination = url ? { pageIndex: url.page - 1, pageSize: url.pageSize } : ownPagination;

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: (row) => getRowId(row),
    state: { sorting, pagination },
    manualSorting: Boolean(url),
    manualPagination: Boolean(url),
    rowCount: url?.total,
    enableSortingRemoval: !url,
    onSortingChange: (updater) => {
      const next = resolve(updater, sorting);
      if (navigation) navigation.sort(next);
      else if (props.onSortingChange) props.onSortingChange(next);
      else setOwnSorting(next);
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      if (navigation) navigation.page(next, pagination);
      else setOwnPagination(next);
    },
  });
  const rows = table.getRowModel().rows;

  return (
    <div className={cn("space-y-2", className)}>
      <div className="overflow-hidden rounded-lg border border-stone-200 bg-white shadow-sm">
        {/* relative: visually hidden cell text is positioned inside the scroller, not past the page edge. */}
        <div className="relative overflow-x-auto">
          <table
            className={cn("w-full border-collapse text-sm transition-opacity", pending && "opacity-60")}
            aria-busy={pending || undefined}
            {...tableProps}
          >
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-stone-50 text-left align-bottom text-stone-600">
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const meta = header.column.columnDef.meta;
                    const sorted = header.column.getIsSorted();
                    const label = header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext());
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        colSpan={header.colSpan}
                        aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                        className={cn("px-3 py-2 font-medium", meta?.sticky && "sticky left-0 z-10 bg-stone-50", meta?.className)}
                      >
                        {header.column.getCanSort() ? (
                          <button
                            type="button"
                            onClick={header.column.getToggleSortingHandler()}
                            className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 text-left hover:bg-stone-200/60 hover:text-stone-900 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-stone-400"
                          >
                            {label}
                            {sorted === "asc" ? <ArrowUp className="h-3.5 w-3.5 shrink-0" aria-hidden />
                              : sorted === "desc" ? <ArrowDown className="h-3.5 w-3.5 shrink-0" aria-hidden />
                              : <ArrowUpDown className="h-3.5 w-3.5 shrink-0 text-stone-300" aria-hidden />}
                          </button>
                        ) : <span className="inline-flex py-0.5">{label}</span>}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {rows.map((row) => {
                const attributes = rowProps?.(row.original);
                return (
                  <tr key={row.id} {...attributes} className={cn("group border-t border-stone-100 hover:bg-stone-50", attributes?.className)}>
                    {row.getAllCells().map((cell) => {
                      const meta = cell.column.columnDef.meta;
                      const Cell = meta?.rowHeader ? "th" : "td";
                      return (
                        <Cell
                          key={cell.id}
                          scope={meta?.rowHeader ? "row" : undefined}
                          {...meta?.cellProps?.(row.original)}
                          className={cn(
                            "px-3 py-2.5 text-left align-top font-normal",
                            meta?.sticky && "sticky left-0 z-10 bg-white group-hover:bg-stone-50",
                            meta?.className,
                            meta?.cellClassName,
                          )}
                        >
                          {flexRender(cell.column.columnDef.cell, cell.getContext())}
                        </Cell>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {/* Outside the scrolling table, so a wide table's empty state is not centred off screen. */}
        {rows.length === 0 && <div className="border-t border-stone-100 px-4 py-10 text-center text-stone-500">{emptyState}</div>}
      </div>
      {(url ? url.page > 1 || url.total > Math.min(...(props.pageSizes ?? [url.pageSize])) : table.getPageCount() > 1) && (
        <DataTablePagination
          pageIndex={pagination.pageIndex}
          pageCount={table.getPageCount()}
          pageSize={pagination.pageSize}
          rowCount={table.getRowCount()}
          pageSizes={props.pageSizes}
          onPage={(pageIndex) => table.setPageIndex(pageIndex)}
          onPageSize={(pageSize) => table.setPageSize(pageSize)}
        />
      )}
    </div>
  );
}
