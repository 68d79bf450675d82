import type { Role } from "@/lib/domain/roles";

/** Every member may read and export the workspace's articles. */
export const canReadArticles = (_role: Role) => true;

/** Importing, correcting and annotating articles is an editor's job (admins too). */
export const canWriteArticles = (role: Role) => role === "ADMIN" || role === "EDITOR";
