// The .wasm's size budget: at most 160 KiB gzipped (gzip -9), as zlib level 9 counts it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { ROOT } from './browser.mjs';

test('the .wasm is at most 160 KiB (163,840 bytes) gzipped', () => {
  const wasm = readFileSync(resolve(ROOT, 'pkg/addsup_bg.wasm'));
  const gz = gzipSync(wasm, { level: 9 }).length;
  console.log(`# pkg/addsup_bg.wasm: ${wasm.length} bytes raw, ${gz} bytes gzip -9`);
  assert.ok(gz <= 163840, `${gz} bytes gzipped is over 163,840 (160 KiB)`);
});
