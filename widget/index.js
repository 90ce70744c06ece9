// addsup/widget: check copy inside a CMS editor as it is written, on the
// device, without ever changing it.
import { definePanel } from './panel.js';

export { attach, AttachedChecker } from './attach.js';
export { AddsupChecker } from './checker.js';
export { AddsupPanel, definePanel } from './panel.js';
export { fingerprint } from './dismissals.js';

if (typeof customElements !== 'undefined') definePanel();
