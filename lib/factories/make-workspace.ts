import "server-only";
import { getDb } from "@/lib/db";
import { uniqueSuffix } from "@/lib/factories/unique-suffix";

export interface WorkspaceSpec {
  /** Shown name; unique by default ("<label> <suffix>"). */
  name?: string;
  /** Unique by default ("<label>-<suffix>"). */
  slug?: string;
  /** Word the default name and slug start with. */
  label?: string;
}

/**
 * A workspace row, written directly: no operation creates workspaces (the
 * first one comes from the seed or the Docker bootstrap), and none is audited.
 */
export async function makeWorkspace(spec: WorkspaceSpec = {}) {
  const suffix = uniqueSuffix();
  const label = spec.label ?? "desk";
  const slugLabel = label.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "desk";
  return getDb().workspace.create({
    data: { name: spec.name ?? `${label} ${suffix}`, slug: spec.slug ?? `${slugLabel}-${suffix}` },
    select: { id: true, name: true, slug: true },
  });
}
