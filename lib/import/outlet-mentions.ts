/**
 * The text's own mentions of its publisher: reporting phrases in which an
 * outlet speaks of itself ("a government source told the Yomiuri Shimbun",
 * "Reuters has learned", "documents seen by the Harbour Gazette"). Citing
 * another outlet ("according to The New York Times", "the Post reported")
 * is not one of them.
 */

/** A name that reads like a news organisation's: one of these words is in it. */
const NEWS_WORD = new RegExp(
  String.raw`\b(?:Times|Post|News|Daily|Herald|Journal|Tribune|Shimbun|Gazette|Chronicle|Telegraph|Guardian|Observer|Independent|Express|Mail|Mirror|Standard|Star|Press|Review|Monitor|Inquirer|Examiner|Courier|Dispatch|Bulletin|Ledger|Record|Register|Sentinel|Globe|Wire|Agency|Radio|Television|TV|Broadcasting|Network|Magazine|Weekly|Today|Insider|Hindu|Dawn|Ilbo|Nikkei|Kyodo|Xinhua|Reuters|Bloomberg|AFP|BBC|CNN|NPR|Yonhap|TASS|Interfax)\b`,
);
/** A capitalised name of up to six words, with "the" before it when the text has one. */
const NAME = String.raw`((?:[Tt]he )?[A-Z][\w&'’.-]*(?: (?:of |for |and |de )?[A-Z&][\w&'’.-]*){0,5})`;
const TOLD = new RegExp(
  String.raw`\b(?:told|in an interview with|speaking to|spoke to|confirmed to|said to|seen by|obtained by|reviewed by|shared with|provided to)\s+${NAME}`,
  "g",
);
const LEARNED = new RegExp(String.raw`${NAME}\s+(?:has learned|has learnt|learned|learnt|has seen|has obtained|has confirmed|understands)\b`, "g");

/** A publisher's name the text gives itself, and the phrase that gave it. */
export interface OutletMention {
  name: string;
  phrase: string;
}

/** "the Yomiuri Shimbun" -> "The Yomiuri Shimbun"; "the BBC" -> "BBC"; a sentence's full stop goes. */
function tidy(raw: string): string {
  const name = raw.replace(/[.’']+$/, "").replace(/^the /, "The ");
  const rest = name.replace(/^The /, "");
  return /^[A-Z]{2,6}$/.test(rest) ? rest : name;
}

/** The publisher the text names when reporting its own work; the most often named one, the first on a tie. */
export function outletMentionedAsSelf(lines: readonly string[]): OutletMention | undefined {
  const found = new Map<string, { mention: OutletMention; count: number }>();
  for (const line of lines) {
    for (const pattern of [TOLD, LEARNED]) {
      for (const match of line.matchAll(pattern)) {
        const name = tidy(match[1]);
        if (!NEWS_WORD.test(name)) continue;
        const seen = found.get(name.toLowerCase());
        if (seen) seen.count++;
        else found.set(name.toLowerCase(), { mention: { name, phrase: match[0].trim() }, count: 1 });
      }
    }
  }
  let best: { mention: OutletMention; count: number } | undefined;
  for (const entry of found.values()) if (!best || entry.count > best.count) best = entry;
  return best?.mention;
}

const words = (name: string) => name.toLowerCase().replace(/^the /, "").split(/\s+/);

/**
 * The fuller of two names for one outlet: a header's "Yomiuri" becomes the
 * text's own "The Yomiuri Shimbun"; a name that is not part of the other stays.
 */
export function fullerOutletName(found: string, mention: OutletMention | undefined): string {
  if (!mention) return found;
  const short = words(found);
  const long = words(mention.name);
  if (long.length <= short.length) return found;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, j) => long[i + j] === w)) return mention.name;
  }
  return found;
}
