// The widget's size budget: its JavaScript as the package ships it
// (scripts/widget/ship.mjs) at most 25 KB gzipped, file by file (gzip -9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ship } from '../../scripts/widget/ship.mjs';

test('the widget\'s JavaScript as shipped is at most 25 KB (25,000 bytes) gzipped', async () => {
  const out = mkdtempSync(join(tmpdir(), 'addsup-widget-'));
  try {
    const size = await ship(out);
    console.log(`# widget/*.js as shipped: ${size.files} files, ${size.raw} bytes raw, ${size.gzip} bytes gzip -9`);
    assert.ok(size.files >= 10, 'every module is shipped');
    assert.ok(size.gzip <= 25000, `${size.gzip} bytes gzipped is over 25,000`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
