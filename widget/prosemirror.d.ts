// Types of `addsup/widget/prosemirror` (widget/prosemirror.js).
import type { Plugin, PluginKey } from 'prosemirror-state';
import type { DecorationSet, EditorView } from 'prosemirror-view';
import type { AttachedChecker, AttachOptions } from './index.js';

export interface AddsupPluginOptions extends AttachOptions {
  /** Called with the view's checker once the view has the plugin. */
  onChecker?: (checker: AttachedChecker) => void;
}

/** The plugin's key; its state is the set of decorations drawn. */
export const addsupKey: PluginKey<DecorationSet>;

/** The widget as a ProseMirror plugin: findings as decorations, nothing in the document or its history. */
export function addsupPlugin(options?: AddsupPluginOptions): Plugin<DecorationSet>;

/** The checker of a view that has the plugin. */
export function checkerOf(view: EditorView): AttachedChecker | undefined;
