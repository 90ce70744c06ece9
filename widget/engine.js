// The one place the widget meets the Wasm glue. A `Checker` (when the glue
// exports one) re-checks only the paragraphs an edit can reach; older glue
// has only `check`, which checks the whole text each time. Both return the
// same report, so nothing else in the widget knows which one it got.

/**
 * @typedef {{ minSeverity?: 'error' | 'warning', rules?: Record<string, boolean> }} CheckOptions
 * @typedef {{ update(text: string): any, incremental: boolean, free(): void }} Engine
 */

/**
 * @param {{ check: Function, Checker?: any }} glue the wasm-bindgen module, initialised
 * @param {CheckOptions} [options]
 * @returns {Engine}
 */
export function createEngine(glue, options = {}) {
  if (typeof glue.Checker === 'function') {
    const checker = new glue.Checker(options);
    return {
      incremental: true,
      update: (text) => checker.update(text),
      free: () => checker.free?.(),
    };
  }
  return { incremental: false, update: (text) => glue.check(text, options), free() {} };
}
