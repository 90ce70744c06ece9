// Where two versions of a text differ, as the widget works it out to send the
// worker only an edit and to redraw only what an edit moved: checked on
// seeded random edits of texts longer than its chunks, in node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { commonEnds, patch, patched } from '../../widget/text.js';

let seed = 7;
const random = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
/** A text of few letters (so ends often match by chance) and a few edits of it. */
function versions() {
  const a = Array.from({ length: random(3000) }, () => 'ab \n'[random(4)]).join('');
  let b = a;
  for (let e = random(4); e > 0; e--) {
    const at = random(b.length + 1);
    b = b.slice(0, at) + 'ab\n'.slice(0, random(4)) + b.slice(at + random(6));
  }
  return [a, b];
}

test('the common start and end are shared, never overlap, and go as far as the texts agree', () => {
  for (let t = 0; t < 3000; t++) {
    const [a, b] = versions();
    for (const [x, y] of [[a, b], [[...a], [...b]]]) {
      const [p, q] = commonEnds(x, y);
      const min = Math.min(x.length, y.length);
      assert.ok(p >= 0 && q >= 0 && p + q <= min);
      assert.deepEqual(x.slice(0, p), y.slice(0, p));
      assert.deepEqual(x.slice(x.length - q), y.slice(y.length - q));
      if (p < min) assert.notEqual(x[p], y[p], 'the start goes on while they agree');
      if (p + q < min) assert.notEqual(x[x.length - 1 - q], y[y.length - 1 - q], 'the end goes on while they agree');
    }
  }
});

test('a patch of a text, applied to it, gives the new text, and carries no more than lies between the common ends', () => {
  for (let t = 0; t < 3000; t++) {
    const [a, b] = versions();
    const edit = patch(a, b);
    assert.equal(patched(a, edit), b);
    const [p, q] = commonEnds(a, b);
    assert.equal(edit.add.length, b.length - p - q);
  }
});
