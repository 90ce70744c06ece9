// Takes docs/screenshot.png: the built page (dist/www) with the sample
// loaded and the launched total's explanation open. Run after web-build:
// node scripts/web/screenshot.mjs [OUT.png]
import { resolve } from 'node:path';
import { argv } from 'node:process';
import { launch, openPage, servePage, waitChecked, ROOT } from '../../tests/web/browser.mjs';

const out = resolve(ROOT, argv[2] || 'docs/screenshot.png');
const { server, url } = await servePage();
const browser = await launch();
try {
  const { page } = await openPage(browser, url);
  await page.setViewportSize({ width: 1100, height: 680 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.click('#example');
  await waitChecked(page);
  const total = page.locator('#mirror mark.bad').first();
  if (await total.count()) {
    const box = await total.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('#explain:not([hidden])');
  }
  await page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  server.close();
}
