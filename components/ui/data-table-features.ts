import {
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  sortFns,
  tableFeatures,
  type CellData,
  type ColumnDef,
  type RowData,
  type TableFeatures,
} from "@tanstack/react-table";

/** The features every data table has: sorting and pagination (in memory, or done by the server). */
export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns,
});

/** A column of a DataTable: TanStack Table's ColumnDef, with the `meta` below for layout. */
export type DataTableColumn<TData extends RowData> = ColumnDef<typeof dataTableFeatures, TData>;

declare module "@tanstack/table-core" {
  interface ColumnMeta<in out TFeatures extends TableFeatures, in out TData extends RowData, TValue extends CellData = CellData> {
    /** Classes for this column's header and cells (widths, alignment). */
    className?: string;
    /** Classes for the body cells only. */
    cellClassName?: string;
    /** The cells name their row (<th scope="row">), as a matrix's first column does. */
    rowHeader?: boolean;
    /** Stays in view while the table scrolls sideways. */
    sticky?: boolean;
    /** Extra attributes for a body cell (data-* for tests and styling). */
    cellProps?: (row: TData) => Record<`data-${string}`, string | undefined>;
    /** Keep the generic parameters in use (TanStack declares them for its own helpers). */
    _types?: [TFeatures, TValue];
  }
}

