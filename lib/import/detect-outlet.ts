import { tidyName } from "@/lib/import/parse-byline";

/** Sub-domains that say nothing about who publishes the site. */
const HOST_PREFIX = /^(www\d?|m|amp|mobile|edition|en|english)\./i;

/** "https://www.thehindu.com/news/..." -> "thehindu.com". */
export function outletFromHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
    const name = host.replace(HOST_PREFIX, "");
    // An IP address or a bare single label is no outlet name.
    return name.includes(".") && !/^[\d.]+$/.test(name) && !name.includes(":") ? name : undefined;
  } catch {
    return undefined;
  }
}

const PROPER = String.raw`(?:The )?[A-Z][\w&'’-]*(?: (?:of |for |and )?[A-Z&][\w&'’-]*){0,4}`;
const REGISTERED = new RegExp(String.raw`registered (?:user|member|subscriber|reader) of (${PROPER})`);
const COPYRIGHT = new RegExp(
  String.raw`^(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(${PROPER})`,
);
/** Only lines that are plainly copyright notices ("Copyright law..." is prose). */
const COPYRIGHT_NOTICE = /^(©|\(c\)|copyright\s*(©|\(c\)|\d{4}))/i;
const CONTACT_EMAIL = /contact us at [\w.+-]+@([\w-]+(?:\.[\w-]+)+)/i;
/** Wire dateline: "KYIV, Feb 24 (Reuters) -". */
const AGENCY_DATELINE = /^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*\(([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})\)\s*[-–—]/;
/** Print-edition source line: ", Yomiuri , p. 7" or "Source: Reuters". */
const PAGE_SOURCE = /^[,\s]*([\p{Lu}][\p{L}\p{N}.&'’ -]{1,40}?)\s*,\s*p(?:age|\.)?\s*\d+[,\s]*$/u;
const SOURCE_LABEL = /^source\s*:\s*([\p{Lu}][\p{L}\p{N}.&'’ -]{1,40})$/u;

/** Outlet named by a header line such as ", Yomiuri , p. 7" or "Source: Reuters". */
export function outletFromHeaderLine(line: string): string | undefined {
  const match = PAGE_SOURCE.exec(line.trim()) ?? SOURCE_LABEL.exec(line.trim());
  return match ? tidyName(match[1].trim()) : undefined;
}

/** Publisher names found in the text, strongest kind first. */
export interface TextOutletClues {
  /** Named in site text: "registered user of The Hindu", "© 2022 The Daily Planet". */
  named?: string;
  /** Domain of a "contact us at ...@domain" address. */
  emailHost?: string;
  /** Wire agency from a dateline: "(Reuters) -". */
  agency?: string;
}

/** Looks through every line (site furniture included) for text that names the publisher. */
export function outletCluesFromText(lines: string[]): TextOutletClues {
  const clues: TextOutletClues = {};
  for (const raw of lines) {
    const line = raw.trim();
    const copyright = COPYRIGHT_NOTICE.test(line) ? COPYRIGHT.exec(line) : null;
    clues.named ??= (REGISTERED.exec(line) ?? copyright)?.[1];
    const email = CONTACT_EMAIL.exec(line)?.[1];
    clues.emailHost ??= email ? outletFromHost(`https://${email}`) : undefined;
    clues.agency ??= AGENCY_DATELINE.exec(line)?.[1];
  }
  return clues;
}
