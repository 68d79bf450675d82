import { chromium } from "@playwright/test";
const base = "http://localhost:3000";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
page.on("console", (m) => m.type() === "error" && console.log("console:", m.text()));
await page.goto(base + "/login");
await page.screenshot({ path: "/tmp/shots/login.png" });
await page.getByLabel("E-mail").fill("editor@crosscheck.test");
await page.getByLabel("Password").fill("demo-editor-pass");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/articles$/);
await page.screenshot({ path: "/tmp/shots/articles.png" });
await page.getByRole("link", { name: /Larchmere evacuates/ }).click();
await page.waitForSelector("[data-testid=article-text]");
await page.screenshot({ path: "/tmp/shots/article.png" });
// select a phrase
const ok = await page.evaluate(() => {
  const root = document.querySelector("[data-testid=article-text]");
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let n; while ((n = walker.nextNode())) { const i = n.textContent.indexOf("Nobody was hurt"); if (i >= 0) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 15); const s = getSelection(); s.removeAllRanges(); s.addRange(r); return true; } }
  return false;
});
console.log("selected", ok);
await page.waitForTimeout(500);
await page.screenshot({ path: "/tmp/shots/selection.png" });
await page.getByRole("toolbar", { name: "Tag the selection" }).getByRole("button", { name: /Disputed/ }).click();
await page.waitForTimeout(1500);
await page.screenshot({ path: "/tmp/shots/tagged.png" });
await browser.close();
