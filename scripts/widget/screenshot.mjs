// Retakes docs/widget.png: the demo's story editor with the launched total
// explained. Run after scripts/web-build.sh and scripts/widget-build.sh.
import { chromium } from 'playwright-core';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../web/serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { server, url } = await serve(resolve(ROOT, 'dist/www'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 640 }, deviceScaleFactor: 1 });
await page.goto(`${url}cms/`);
await page.waitForFunction(() => /passed/.test(document.getElementById('pm-panel').shadowRoot.querySelector('.summary').textContent));
await page.evaluate(() => document.getElementById('pm-panel').shadowRoot.querySelector('button.finding').click());
await page.waitForTimeout(300);
await page.screenshot({ path: resolve(ROOT, 'docs/widget.png') });
await browser.close();
server.close();
console.log('docs/widget.png');
