// The widget in each editor, in Chromium: textarea, contenteditable,
// ProseMirror (as a plugin, and attach() on its root), CKEditor 5, Lexical.
// Run after scripts/web-build.sh and scripts/widget-build.sh.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import {
  useBrowser, openEditor, settle, typeStory, retype, highlights, panel, openFinding, payloads, STORY, EDITORS, RESULTS,
} from './widget.mjs';

const env = useBrowser();

/** Every page of a test: no error in the console, no request off the page's own origin. */
async function done(opened, { keepContext = false, blocked = false } = {}) {
  assert.deepEqual(opened.offsite(), [], 'no request leaves the page except for its own files');
  // With payloads pasted into an editor that keeps HTML, the page's policy
  // refusing their handlers, and their <img src=x> missing, are expected.
  const errors = blocked ? opened.errors.filter((e) => !/violates the following Content Security Policy|status of 404/.test(e)) : opened.errors;
  assert.deepEqual(errors, [], 'no error in the console');
  if (keepContext) await opened.page.close();
  else await opened.context.close();
}

const snapshot = (page) => page.evaluate(() => ({
  content: window.harness.editor.content(),
  html: window.harness.root instanceof HTMLTextAreaElement ? window.harness.root.value : window.harness.root.innerHTML,
  history: window.harness.editor.history ? window.harness.editor.history() : null,
}));

for (const editor of EDITORS) {
  describe(editor, () => {
    test('typing the story marks the launched total as not adding up, where it stands, and the panel explains 143 and 2', async () => {
      const opened = await openEditor(env, editor);
      const { page } = opened;
      await typeStory(page, editor, STORY);
      await settle(page);
      const marks = await highlights(page);
      const total = marks.find((m) => m.text === '145');
      assert.ok(total, `a highlight on 145: ${JSON.stringify(marks)}`);
      assert.equal(total.status, 'bad');
      assert.equal(total.before, 'launched ', 'the highlight is on the launched total');
      assert.ok(total.inside, 'the highlight is drawn inside the editor');
      if (total.mirrored !== undefined) assert.equal(total.mirrored, '145', 'the mirror shows the same text as the textarea');
      assert.ok(marks.some((m) => m.text === '12' && m.status === 'ok'), 'the injured total adds up: checked');
      const shown = await panel(page);
      assert.match(shown.summary, /^1 problem\b/);
      const explanation = await openFinding(page, "145");
      assert.ok(explanation, `the panel lists the drones: ${shown.findings.join(' | ')}`);
      assert.match(explanation, /= 143\b/, 'the parts come to 143');
      assert.match(explanation, /Difference: 2 drones\b/, 'two drones unaccounted for');
      assert.equal(await page.evaluate(() => window.harness.checker.unresolved().length), 1);
      await page.screenshot({ path: resolve(RESULTS, `widget-${editor}.png`) });
      await done(opened);
    });

    test('the content is byte for byte what it is without the widget, the widget mutates nothing, and undo holds only the writer\'s steps', async () => {
      const results = [];
      for (const widget of [false, true]) {
        const opened = await openEditor(env, editor, { widget });
        const { page } = opened;
        await typeStory(page, editor, STORY, 1500);
        if (widget) await settle(page);
        const typed = await snapshot(page);
        let quiet = null;
        if (widget) {
          // Everything the widget does on its own: check again, reveal a finding
          // (scroll, popover, marks), hover a figure, dismiss and restore.
          await page.evaluate(() => {
            window.mutations.length = 0;
          });
          await page.evaluate(async () => {
            const c = window.harness.checker;
            c.check(c.text + ' ');
            await c.settled();
            c.check(c.text.slice(0, -1));
            await c.settled();
            const f = c.unresolved()[0];
            c.reveal(f);
            c.dismiss(f, 'checked with the air force');
            c.restore(f);
            c.closeExplanation(true);
          });
          const box = await page.evaluate(() => {
            const r = window.harness.root.getBoundingClientRect();
            return { x: r.x + 20, y: r.y + 12 };
          });
          await page.mouse.move(box.x, box.y);
          await page.waitForTimeout(100);
          await settle(page);
          quiet = await page.evaluate(() => window.mutations.slice());
          assert.deepEqual(await snapshot(page), typed, 'nothing changed while the widget worked');
        }
        if (editor !== 'textarea' && editor !== 'contenteditable') {
          await page.evaluate(() => window.harness.editor.undoAll());
          results.push({ ...typed, undone: await page.evaluate(() => window.harness.editor.content()) });
        } else results.push(typed);
        results.at(-1).quiet = quiet;
        await done(opened);
      }
      const [without, withWidget] = results;
      assert.match(without.content, /launched 145 drones/, 'the story was typed');
      if (without.history !== null) assert.ok(without.history >= 2, `the typing is in the undo history (${without.history} steps)`);
      assert.equal(withWidget.content, without.content, 'the editor\'s own serialisation is identical');
      // ProseMirror's decorations are drawn by the view, outside the document;
      // every other way leaves the DOM itself alone.
      if (editor !== 'prosemirror') {
        assert.equal(withWidget.html, without.html, 'the editable element\'s innerHTML is identical');
        assert.deepEqual(withWidget.quiet, [], 'a MutationObserver on the editable root saw no mutation from the widget');
      }
      assert.equal(withWidget.history, without.history, 'as many undo steps as without the widget');
      if (without.undone !== undefined) assert.equal(withWidget.undone, without.undone, 'undoing every step leaves what it leaves without the widget');
    });

    test('143 makes the finding a passed check; a dismissal survives edits elsewhere and a reload, and ends when one of its figures changes', async () => {
      const documentId = `story-${editor}`;
      let opened = await openEditor(env, editor, { text: STORY, options: { documentId } });
      let { page } = opened;
      await page.evaluate(() => localStorage.clear());
      await settle(page);
      assert.equal(await page.evaluate(() => window.harness.checker.unresolved().length), 1);
      await retype(page, '145', '143');
      assert.equal(await page.evaluate(() => window.harness.checker.unresolved().length), 0);
      let marks = await highlights(page);
      assert.equal(marks.find((m) => m.before === 'launched ')?.status, 'ok', 'the total is now checked');
      assert.match((await panel(page)).findings.join('|'), /Adds up · .*143/);
      await retype(page, '143', '145');
      assert.equal(await page.evaluate(() => window.harness.checker.unresolved().length), 1);

      // Dismiss from the panel, with a reason.
      await openFinding(page, '145');
      await page.evaluate(() => {
        const root = document.getElementById('panel').shadowRoot;
        const form = root.querySelector('.details:not([hidden]) .dismiss');
        form.querySelector('input').value = 'the air force counts one more';
        form.querySelector('button').click();
      });
      assert.equal(await page.evaluate(() => window.harness.checker.unresolved().length), 0);
      assert.match((await panel(page)).dismissed.join(), /the air force counts one more/);
      marks = await highlights(page);
      assert.notEqual(marks.find((m) => m.text === '145').status, 'bad', 'no longer marked as not adding up');

      // Edit the other paragraph: still dismissed.
      await retype(page, 'nearby', 'outlying');
      assert.equal(await page.evaluate(() => window.harness.checker.unresolved().length), 0);
      const { dismissals, text } = await page.evaluate(() => ({ dismissals: window.harness.checker.dismissals, text: window.harness.checker.text }));
      const paragraphs = text.split('\n\n');
      await done(opened);

      // Reload with the exported dismissals (a new browser profile: nothing in localStorage).
      opened = await openEditor(env, editor, { text: paragraphs, options: { dismissals } });
      ({ page } = opened);
      await settle(page);
      assert.equal(await page.evaluate(() => window.harness.checker.unresolved().length), 0, 'restored from the exported JSON');
      assert.equal((await panel(page)).dismissed.length, 1);
      // Change one of its figures: it comes back.
      await retype(page, '71', '72');
      const back = await page.evaluate(() => window.harness.checker.unresolved().map((f) => f.message));
      assert.equal(back.length, 1, 'the changed finding shows again');
      assert.match(back[0], /72/);
      await done(opened);

      // The default store: localStorage under the document id, in the same profile.
      const context = await env.browser.newContext();
      opened = await openEditor(env, editor, { text: paragraphs, options: { documentId }, context });
      ({ page } = opened);
      await page.evaluate(({ key, dismissals }) => localStorage.setItem(key, dismissals), { key: `addsup:dismissals:${documentId}`, dismissals });
      await done(opened, { keepContext: true });
      opened = await openEditor(env, editor, { text: paragraphs, options: { documentId }, context });
      await settle(opened.page);
      assert.equal(await opened.page.evaluate(() => window.harness.checker.unresolved().length), 0, 'restored from localStorage');
      await done(opened);
    });

    test('pasted HTML payloads never run', async () => {
      const opened = await openEditor(env, editor);
      const { page, context } = opened;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
      await page.evaluate(() => {
        window.__xss = 0;
      });
      const html = payloads();
      for (const type of ['text/html', 'text/plain']) {
        await page.evaluate(async ({ html, type }) => {
          const items = { [type]: new Blob([html], { type }) };
          if (type === 'text/html') items['text/plain'] = new Blob([html], { type: 'text/plain' });
          await navigator.clipboard.write([new ClipboardItem(items)]);
          window.harness.root.focus();
        }, { html, type });
        await page.keyboard.press('Control+V');
        await settle(page);
      }
      // Open every explanation: the payloads' figures are shown as text.
      await page.evaluate(async () => {
        const c = window.harness.checker;
        for (const f of c.findings) c.reveal(f);
        c.closeExplanation(true);
      });
      await page.waitForTimeout(300);
      assert.ok(await page.evaluate(() => window.harness.checker.report.figures.length) > 5, 'the payloads were checked');
      assert.equal(await page.evaluate(() => window.__xss), 0, 'no payload ran');
      const foreign = await page.evaluate(() => [...document.querySelectorAll('[data-addsup-popover], [data-addsup-mirror], #panel')]
        .flatMap((host) => [...host.shadowRoot.querySelectorAll('img, script, svg, iframe, object, math, a, style, link, meta, input[autofocus], [onerror], [onload]')])
        .map((e) => e.outerHTML));
      assert.deepEqual(foreign, [], 'the widget made no element from the text');
      await done(opened, { blocked: true });
    });
  });
}
