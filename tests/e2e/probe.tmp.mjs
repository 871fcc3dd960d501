import { launchBrowser, serveDist } from './helpers.mjs';
import { JOURNEYS, drive, freshPage } from './journeys.mjs';
const site = await serveDist('/');
const browser = await launchBrowser();
const p = await freshPage(browser, site.url);
await drive(p.page, JOURNEYS.find((j) => j.name === 'web-company'));
await p.page.click('#agreement-panel > summary');
await p.page.locator('#proposal-make').waitFor();
await p.page.click('#proposal-make');
await p.page.locator('#proposal-link').waitFor();
const link = await p.page.inputValue('#proposal-link');
await p.page.locator('#agreement-panel').screenshot({ path: '/tmp/m/panel.png' });
for (const [w, h, name] of [[1280, 900, 'desk'], [390, 844, 'phone']]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'fr-FR' });
  const c = await ctx.newPage();
  await c.goto(link);
  await c.locator('.proposal h1').waitFor();
  await c.screenshot({ path: `/tmp/m/client-${name}.png` });
  await c.locator('#part-payment').screenshot({ path: `/tmp/m/client-payment-${name}.png` });
  await ctx.close();
}
await browser.close(); await site.close();
