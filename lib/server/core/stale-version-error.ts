import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/domain/errors";
import { userNames } from "@/lib/server/core/user-names";

interface Authored {
  createdById: string;
  updatedById?: string | null;
}

/**
 * The CONFLICT of an optimistic-locking write that met a newer version: it
 * names who changed the thing last (when known) and carries the current
 * version's view, so the user can compare theirs with it.
 */
export async function staleVersionError<Row extends Authored>(
  tx: Tx,
  what: "claim" | "link" | "session",
  current: Row,
  view: (row: Row, names: Map<string, string>) => unknown,
): Promise<AppError> {
  const names = await userNames([current.createdById, ...(current.updatedById ? [current.updatedById] : [])], tx);
  const who = (current.updatedById && names.get(current.updatedById)) || "Someone";
  return new AppError("CONFLICT", `${who} changed this ${what} while you were editing. Your change was not saved; review theirs and try again.`, {
    current: view(current, names),
  });
}
