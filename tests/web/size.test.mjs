// The .wasm's size budget: at most 120 KB gzipped (gzip -9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { ROOT } from './browser.mjs';

test('the .wasm is at most 120 KB gzipped', () => {
  const wasm = readFileSync(resolve(ROOT, 'pkg/addsup_bg.wasm'));
  const gz = gzipSync(wasm, { level: 9 }).length;
  console.log(`# pkg/addsup_bg.wasm: ${wasm.length} bytes raw, ${gz} bytes gzip -9`);
  assert.ok(gz <= 120 * 1024, `${gz} bytes gzipped is over 120 KB`);
});
