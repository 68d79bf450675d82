import { ROLE_LABELS, type Role } from "@/lib/domain/roles";

/** What each role may do, in a person's words (the policies decide; this only describes them). */
const CAN: Record<string, readonly Role[]> = {
  "manage members and their roles": ["ADMIN"],
  "set the publisher named in exports": ["ADMIN"],
  "import and correct articles": ["ADMIN", "EDITOR"],
  "tag, rate and link claims": ["ADMIN", "EDITOR"],
  "review other people's verdicts": ["ADMIN", "REVIEWER"],
};

/** What a member would no longer be able to do after a role change (empty when nothing is lost). */
export function lostAbilities(from: Role, to: Role): string[] {
  return Object.entries(CAN).filter(([, roles]) => roles.includes(from) && !roles.includes(to)).map(([what]) => what);
}

/** The confirmation a role change asks for, saying what is lost (to oneself above all). */
export function roleChangeQuestion(from: Role, to: Role, who: { name: string; self: boolean }) {
  const lost = lostAbilities(from, to);
  const title = who.self ? `Change your own role to ${ROLE_LABELS[to]}?` : `Make ${who.name} ${article(to)} ${ROLE_LABELS[to].toLowerCase()}?`;
  const loses = lost.length === 0 ? "" : `${who.self ? "You" : who.name} will no longer be able to ${joinList(lost)}.`;
  const irreversible = who.self && from === "ADMIN" && to !== "ADMIN" ? " Only another admin can give the role back." : "";
  return { title, description: `${loses}${irreversible}`.trim() || `${ROLE_LABELS[from]} becomes ${ROLE_LABELS[to].toLowerCase()}.` };
}

const article = (role: Role) => (role === "ADMIN" || role === "EDITOR" ? "an" : "a");
function joinList(items: string[]) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
