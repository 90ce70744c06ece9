// Dismissals that survive edits: a finding is known by a fingerprint of its
// rule, its figures as written with their roles, and the word either side of
// each figure. Offsets play no part, so typing elsewhere moves a finding
// without changing it, while changing one of its figures (or the words right
// beside them) makes it a new finding that shows again.

const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{N}'’.-]*)[^\p{L}\p{N}]*$/u;
const WORD_AFTER = /^[^\p{L}\p{N}]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;
const REACH = 48;

/** The word right before `start` and right after `end` in `text`, lower-cased. */
function neighbours(text, start, end) {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - REACH), start));
  const after = WORD_AFTER.exec(text.slice(end, end + REACH));
  return `${before ? before[1].toLowerCase() : ''}|${after ? after[1].toLowerCase() : ''}`;
}

/** 53-bit string hash (cyrb53): short, stable keys for storage. */
function hash(str) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The fingerprint of a finding of the report for `text`.
 * @param {any} finding
 * @param {string} text
 */
export function fingerprint(finding, text) {
  const parts = finding.figures.map((ff) =>
    `${ff.role}:${ff.text.replace(/\s+/g, ' ')}:${neighbours(text, ff.start, ff.end)}`);
  return `${finding.rule}-${hash(`${finding.rule}\n${parts.join('\n')}`)}`;
}

/**
 * @typedef {{ fingerprint: string, rule: string, figures: string[], reason?: string, at: string }} Dismissal
 */

/** Reads dismissals from JSON text or an array; a bad entry is skipped, never thrown on. */
export function parseDismissals(input) {
  let list = input;
  if (typeof input === 'string') {
    try {
      list = JSON.parse(input);
    } catch {
      throw new Error('addsup: options.dismissals is not valid JSON');
    }
  }
  if (list == null) return [];
  if (!Array.isArray(list)) throw new Error('addsup: options.dismissals must be an array (or its JSON)');
  return list.filter((d) => d && typeof d.fingerprint === 'string').map((d) => ({
    fingerprint: d.fingerprint,
    rule: String(d.rule ?? ''),
    figures: Array.isArray(d.figures) ? d.figures.map(String) : [],
    ...(d.reason ? { reason: String(d.reason) } : {}),
    at: String(d.at ?? ''),
  }));
}

/** The default store: localStorage under the CMS's document id; memory alone without one. */
export function localStore(documentId) {
  const key = documentId ? `addsup:dismissals:${documentId}` : null;
  return {
    load() {
      if (!key) return null;
      try {
        return localStorage.getItem(key);
      } catch {
        return null; // storage turned off or full: dismissals last for the session
      }
    },
    save(json) {
      if (!key) return;
      try {
        localStorage.setItem(key, json);
      } catch {
        /* as above */
      }
    },
  };
}
