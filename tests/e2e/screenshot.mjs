// Takes a screenshot of the built site for a person to look at (not a test).
// Usage: node tests/e2e/screenshot.mjs '<hash>' out.png [width] [light|dark]
import { launchBrowser, serveDist } from "./harness.mjs";

const [, , hash = "", out = "target/screenshot.png", width = "1280", scheme = "light"] = process.argv;
const site = await serveDist("/tools/jobs/");
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
  await page.goto(site.url + hash);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
  await site.close();
}
