/**
 * Line classifiers for the site furniture that comes along when an article
 * is copied from a news site. Every pattern is anchored to the whole line
 * and most are length-capped, so a sentence that merely mentions "share" or
 * "cookies" in the middle of real prose is never matched.
 */

const BULLET = /^[\s•·▪●◦‣○■□►▸*|–—-]+/u;

/** Lower-cased line without list bullets, surrounding space or closing punctuation. */
export function normalizeLine(line: string): string {
  return line
    .replace(BULLET, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s.!?…:]+$/u, "")
    .toLowerCase();
}

/** Number of words that contain a letter or digit (bullets and dashes do not count). */
export function wordCount(line: string): number {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

const PROMPTS: RegExp[] = [
  /^(sign|log) ?(in|up|out)( now| here| today)?$/,
  /^(sign|log) ?in (to|for|with) .{0,80}$/,
  /^(register|subscribe|join)( now| here| today| for free| free)?$/,
  /^access \d+ free (stories|articles)\b.{0,60}$/,
  /^save (stories|articles) to read later$/,
  /^access to comment on every (story|article)$/,
  /^sign-?up\/manage your newsletters?\b.{0,80}$/,
  /^get notified by email\b.{0,120}$/,
  /^(sign up|subscribe|register)\b.{0,100}\b(newsletters?|alerts|briefing|updates|digest)\b.{0,60}$/,
  /^already (a subscriber|a member|have an account|registered)\b.{0,60}$/,
  /^(become a (member|subscriber)|subscribe to (continue|read|unlock|keep))\b.{0,80}$/,
  /^this (article|story|content) is (only )?(for|available to) (subscribers|members)\b.{0,40}$/,
  /^you have reached your (free )?(article|story) limit\b.{0,80}$/,
  /^(we|this (web)?site|our (web)?site) uses? cookies\b.{0,300}$/,
  /^(accept|reject|allow|manage|decline|customi[sz]e)( all)? cookies$/,
  /^cookie (policy|settings|preferences|consent|notice)$/,
  /^by (continuing|using) (to (use|browse) )?(this|our) (web)?site,? you (agree|accept|consent)\b.{0,200}$/,
];

const COMMENTS: RegExp[] = [
  /^comments? (have|has|must|should) (to )?be (in|written|posted|relevant|civil)\b/,
  /^comments are (closed|moderated|disabled|turned off)\b.{0,120}$/,
  /^please abide by our (community|comment) guidelines\b/,
  /^we have migrated to a new commenting platform\b/,
  /^(users|readers) can access their older comments\b/,
  /^(\d+ )?comments?( \(\d+\))?$/,
  /^(view|show|post|add|leave|load|read|hide|see)( a| your| all| the)?( \d+)? comments?( \(\d+\))?$/,
  /^(join|start) the (conversation|discussion)$/,
  /^if you have any (problems|questions|issues|concerns|complaints|feedback) (with|about|regarding) this (article|story|report)\b/,
];

const CHROME: RegExp[] = [
  /^\d+\s*(\/|of)\s*\d+$/,
  /^(advertisement|advertising|ad|sponsored( content)?|promoted( content)?|partner content)$/,
  /^story continues (below|after) (this )?(advertisement|ad)$/,
  /^(scroll|swipe) (down )?to (continue|read)( reading)?( with content)?$/,
  /^(continue reading( below| the main story)?|skip (to )?(main )?content|skip ad|back to top)$/,
  /^(menu|search|home|close|sections|navigation|open menu|close menu|main menu|toggle navigation|more)$/,
  /^(follow us|follow us on [\w ,&]{1,60})$/,
  /^listen to (this|the) (article|story)\b.{0,30}$/,
  /^\d+ min(ute)?s? (read|listen)$/,
  /^(click|tap) here\b.{0,80}$/,
  /^(©|\(c\) ?\d{4}|copyright\s*(©|\(c\)|\d{4})).{0,160}$/,
  /^all rights reserved$/,
  // Breadcrumbs: "INTERNATIONAL > East Asia & Pacific", "Home / World / Asia".
  /^[^.!?>›»/]{1,40}(\s[>›»]\s[^.!?>›»/]{1,40})+$/,
  /^home\s*\/\s*[^.!?/]{1,40}(\s*\/\s*[^.!?/]{1,40})*$/,
];

const RELATED: RegExp[] = [
  /^(also read|read also|must read|read more|also see|see also|don'?t miss|you (may|might) also like|more stories|more news|recommended for you)\b.{0,160}$/,
  /^(related|related (articles?|stories|news|coverage|content|topics)|recommended|trending( now)?|top stories|most (read|popular|viewed)|latest( news)?|editor'?s picks?|watch|listen|more (from|on) [^.]{1,40})(\s*[:\-–—|]\s*.{0,160})?$/,
  /^(tags?|topics?|filed under|keywords?|categories|category|labels?)\s*[:\-–—|]\s*.{0,200}$/,
];

const SCRIPT: RegExp[] = [
  /^<\/?[a-z!?]/,
  /^!--/,
  /-->$/,
  /^[{[]\s*["'{[]/,
  /^(window|document|googletag|pbjs)\.\w/,
  /^(gtag|fbq|ga|_gaq\.push|datalayer\.push)\s*\(/,
  /^(var|let|const)\s+[\w$]+\s*=/,
  /^\(?\s*function\s*[\w$]*\s*\(/,
  /\bwindow\.datalayer\b/,
];

/** A credit phrase: "Photo Credit: AFP", "IMAGE SOURCE: AFP", "[Photo/Xinhua]", "File photo". */
const CREDIT = String.raw`(photo|photograph|image|picture|pic|video|graphic|illustration)s?( credits?| source| courtesy)?`;
const STANDALONE_CREDIT: RegExp[] = [
  new RegExp(String.raw`^${CREDIT}\s*[:\-–—|/]\s*.{1,60}$`),
  /^(file|representational|representative) (photo|image|picture|pic)\b.{0,80}$/,
  /^(credits?|courtesy)\s*:\s*.{1,60}$/,
  /^(getty images|ap photo\/.{1,40}|afp via getty images)$/,
];
/** Caption text followed by a credit: "Wang Yi | Photo Credit: AFP", "Wang Yi. [Photo/Xinhua]". */
const TRAILING_CREDIT = new RegExp(
  String.raw`^(.{1,240}?)\s*(\|\s*${CREDIT}\b\s*:.{1,60}|[[(]\s*(file )?${CREDIT}\b\s*([:/]\s*[^\])]{1,60})?[\])]|\(?(ap photo\/|afp via getty)[^)]{0,60}\)?)$`,
);

const SHARE_CORE = new Set([
  "share", "print", "email", "e-mail", "tweet", "twitter", "facebook", "whatsapp", "linkedin",
  "reddit", "telegram", "pinterest", "messenger", "copy", "link", "copied", "flipboard",
]);
const SHARE_EXTRA = new Set(["x", "mail", "save", "bookmark", "this", "article", "story", "on", "via", "url", "sms", "gift", "page", "0"]);

function isShareRow(norm: string): boolean {
  const tokens = norm.split(/[\s|•·,/]+/).map((t) => t.replace(/[^\p{L}\p{N}-]/gu, "")).filter(Boolean);
  return tokens.length > 0 && tokens.length <= 8
    && tokens.some((t) => SHARE_CORE.has(t))
    && tokens.every((t) => SHARE_CORE.has(t) || SHARE_EXTRA.has(t));
}

/** True for a standalone credit line such as "IMAGE SOURCE: AFP" or "Photo: Reuters". */
export function isStandaloneCredit(line: string): boolean {
  const norm = normalizeLine(line);
  return STANDALONE_CREDIT.some((re) => re.test(norm));
}

/** For "caption | Photo Credit: AFP" returns the caption part; undefined when there is no credit. */
export function captionBeforeCredit(line: string): string | undefined {
  const match = TRAILING_CREDIT.exec(normalizeLine(line));
  return match ? match[1].replace(/[\s.|,;-]+$/, "") : undefined;
}

/** True when a whole line is site furniture rather than article text. Blank lines are not boilerplate. */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  // Bullets, commas and pipes with nothing else: the leftovers of a stripped widget.
  if (/^[\p{P}\p{S}\s]+$/u.test(trimmed)) return true;
  const norm = normalizeLine(trimmed);
  if (wordCount(norm) > 80) return COMMENTS.slice(0, 5).some((re) => re.test(norm));
  return [PROMPTS, COMMENTS, CHROME, RELATED, SCRIPT, STANDALONE_CREDIT].some((list) => list.some((re) => re.test(norm)))
    || TRAILING_CREDIT.test(norm)
    || isShareRow(norm);
}
