/**
 * Browser side of the annotator bench: Debian's Chromium through Playwright,
 * sign-in through the real form, and an in-page probe that timestamps (on the
 * page's own clock, 0 = navigation start) when the editor appears, when every
 * claim is highlighted and when a selection brings up the tag toolbar.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
export const VIEWPORT = { width: 1400, height: 900 };
const OPEN_TIMEOUT_MS = 120_000;

export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** Signs in through /login like a person would; returns the cookies for later contexts. */
export async function signIn(browser: Browser, baseUrl: string, user: { email: string; password: string }): Promise<StorageState> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/articles$/, { timeout: 30_000 });
    return await context.storageState();
  } finally {
    await context.close();
  }
}

/** Milliseconds since navigation start, as seen by the page. */
export interface OpenMarks {
  /** App: the editor's text root is in the DOM. */
  editor?: number;
  /** App: every expected claim id is on a span inside the text. */
  highlights?: number;
  /** App: the programmatic selection was made. */
  selected?: number;
  /** App: the "Tag the selection" toolbar is visible. The figure the goal is about. */
  toolbar?: number;
  /** Static page: the last highlight span is in the DOM. */
  lastSpan?: number;
}

export interface OpenResult {
  /** Navigation start to done (toolbar visible, or last span present), on the page's clock. */
  ms: number;
  /** The same, measured in node around goto + probe (includes Playwright round trips). */
  wallMs: number;
  marks: OpenMarks;
  nav: {
    responseStart: number;
    responseEnd: number;
    domInteractive: number;
    domContentLoaded: number;
    load: number;
    transferSize: number;
    decodedBodySize: number;
  } | null;
  fcp: number | null;
  /** Long tasks (>50 ms) before done: [start, duration]. */
  longTasks: [number, number][];
  /** Script bytes the page loaded (decoded). */
  scriptBytes: number;
}

interface ProbeConfig {
  mode: "app" | "static";
  path: string;
  ids?: string[];
  lastSelector?: string;
  interval: number;
}

/** The probe, as plain JS so no transpiler helper leaks into the page. */
function probeScript(config: ProbeConfig): string {
  return `(() => {
  const cfg = ${JSON.stringify(config)};
  if (location.pathname !== cfg.path) return;
  const marks = {};
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  let resolveDone;
  window.__benchDone = new Promise((resolve) => (resolveDone = resolve));
  window.__benchMarks = marks;
  const want = new Set(cfg.ids || []);
  const finish = () => {
    const nav = performance.getEntriesByType("navigation")[0];
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    const scriptBytes = performance.getEntriesByType("resource").filter((r) => r.initiatorType === "script").reduce((n, r) => n + (r.decodedBodySize || 0), 0);
    resolveDone({
      marks,
      longTasks,
      fcp: fcp ? fcp.startTime : null,
      scriptBytes,
      nav: nav ? {
        responseStart: nav.responseStart, responseEnd: nav.responseEnd, domInteractive: nav.domInteractive,
        domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd,
        transferSize: nav.transferSize, decodedBodySize: nav.decodedBodySize,
      } : null,
    });
  };
  const select = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && node.textContent.trim().length < 12) node = walker.nextNode();
    if (!node) return;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(node.textContent.length, 40));
    root.focus();
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  };
  const check = () => {
    const now = performance.now();
    if (cfg.mode === "static") {
      if (document.querySelector(cfg.lastSelector)) {
        marks.lastSpan = now;
        return finish();
      }
    } else if (marks.highlights === undefined) {
      const root = document.querySelector("[data-testid=article-text]");
      if (root) {
        if (marks.editor === undefined) marks.editor = now;
        const spans = root.querySelectorAll("[data-claim-id]");
        if (spans.length >= want.size) {
          const seen = new Set();
          for (const span of spans) seen.add(span.getAttribute("data-claim-id"));
          let all = true;
          for (const id of want) if (!seen.has(id)) { all = false; break; }
          if (all) {
            marks.highlights = now;
            select(root);
            marks.selected = performance.now();
          }
        }
      }
    } else {
      if (findToolbar(++ticks % 10 === 0)) {
        marks.toolbar = now;
        return finish();
      }
    }
    setTimeout(check, cfg.interval);
  };
  // The bubble menu is appended next to the editor: look there every tick (cheap) and
  // through the whole document only now and then, so polling barely loads the page.
  let ticks = 0;
  const TOOLBAR = '[role=toolbar][aria-label="Tag the selection"]';
  const findToolbar = (everywhere) => {
    const root = document.querySelector("[data-testid=article-text]");
    let bar = null;
    for (const el of (root && root.parentElement ? root.parentElement.children : [])) {
      if (el === root) continue;
      bar = el.matches(TOOLBAR) ? el : el.querySelector(TOOLBAR);
      if (bar) break;
    }
    if (!bar && everywhere) bar = document.querySelector(TOOLBAR);
    return Boolean(bar && bar.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && bar.getBoundingClientRect().width > 0);
  };
  check();
})();`;
}

async function runProbe(context: BrowserContext, url: string, config: ProbeConfig, beforeGoto?: (page: Page) => Promise<void>) {
  await context.addInitScript({ content: probeScript(config) });
  const page = await context.newPage();
  await beforeGoto?.(page);
  const started = performance.now();
  await page.goto(url, { waitUntil: "commit", timeout: OPEN_TIMEOUT_MS });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(async () => {
      const marks = await page.evaluate("window.__benchMarks").catch(() => null);
      reject(new Error(`${config.mode} page not done after ${OPEN_TIMEOUT_MS / 1000} s; marks so far: ${JSON.stringify(marks)}`));
    }, OPEN_TIMEOUT_MS);
  });
  try {
    const result = (await Promise.race([page.evaluate("window.__benchDone"), timeout])) as Omit<OpenResult, "ms" | "wallMs">;
    const wallMs = performance.now() - started;
    const ms = (config.mode === "app" ? result.marks.toolbar : result.marks.lastSpan)!;
    const longTasks = result.longTasks.filter(([start]) => start < ms);
    return { page, result: { ...result, longTasks, ms, wallMs } as OpenResult };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Opens the annotator in a fresh context (cold HTTP cache, signed in) and
 * times navigation -> all claim ids highlighted -> toolbar shown for a selection.
 */
export async function measureAppOpen(
  browser: Browser,
  storageState: StorageState,
  url: string,
  claimIds: string[],
  hooks: { beforeGoto?: (page: Page, context: BrowserContext) => Promise<void>; afterDone?: (page: Page, context: BrowserContext) => Promise<void> } = {},
): Promise<OpenResult> {
  const context = await browser.newContext({ storageState, viewport: VIEWPORT });
  try {
    const path = new URL(url).pathname;
    const { page, result } = await runProbe(context, url, { mode: "app", path, ids: claimIds, interval: 10 }, hooks.beforeGoto && ((p) => hooks.beforeGoto!(p, context)));
    await hooks.afterDone?.(page, context);
    return result;
  } finally {
    await context.close();
  }
}

/** Opens the static floor page in a fresh context; done when the last highlight span exists. */
export async function measureStaticOpen(browser: Browser, url: string, lastClaimId: string): Promise<OpenResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const path = new URL(url).pathname;
    const { result } = await runProbe(context, url, { mode: "static", path, lastSelector: `[data-claim-id="${lastClaimId}"]`, interval: 10 });
    return result;
  } finally {
    await context.close();
  }
}
