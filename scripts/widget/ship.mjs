// The widget as the package ships it, written to OUT_DIR: each widget/*.js
// without its comments (esbuild's transform: no bundling, no renaming, so the
// code reads as written; the comments that explain it stay in the source),
// and the type declarations widget/*.d.ts as they are, which now carry what
// the JSDoc said. scripts/web-build.sh (the npm package) and
// scripts/widget/build.mjs (the demo) ship it this way.
//   node scripts/widget/ship.mjs OUT_DIR
import { transform } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const SOURCE = resolve(dirname(fileURLToPath(import.meta.url)), '../../widget');

/** Writes the shipped widget to `out`; returns its JavaScript's size: files, raw bytes, gzip -9 bytes file by file. */
export async function ship(out) {
  mkdirSync(out, { recursive: true });
  const size = { files: 0, raw: 0, gzip: 0 };
  for (const f of readdirSync(SOURCE)) {
    if (f.endsWith('.d.ts')) copyFileSync(join(SOURCE, f), join(out, f));
    if (!f.endsWith('.js')) continue;
    const { code } = await transform(readFileSync(join(SOURCE, f), 'utf8'),
      { format: 'esm', target: 'esnext', legalComments: 'none', charset: 'utf8' });
    writeFileSync(join(out, f), code);
    size.files++;
    size.raw += Buffer.byteLength(code);
    size.gzip += gzipSync(code, { level: 9 }).length;
  }
  return size;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv[2]) {
    console.error('usage: node scripts/widget/ship.mjs OUT_DIR');
    process.exit(2);
  }
  await ship(resolve(process.argv[2]));
}
