/**
 * The code another site pastes to show the timeline: an iframe of the embed page with the
 * view in its address. Pure, so that the page (without JavaScript: the whole timeline) and
 * the Embed button (the view on screen) write the same code.
 */
import { readUrlState, writeUrlState } from '../timeline/url-state.ts';

/** What the frame is called to a screen reader, in the host page. */
export const EMBED_TITLE = 'Timeline: who said what to whom, and when';
/** Tall enough for the lanes of a story of a few dozen actors; the host page may change it. */
const EMBED_HEIGHT = 640;

const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Only the timeline's own parameters of an address's query (`p`, `from`, `to`, `side`, `kind`, `actor`, `view`). */
export function timelineView(search: string): string {
  return writeUrlState('', readUrlState(search));
}

/** The `<iframe>` for `src`, the embed page's whole address with its view. */
export function embedSnippet(src: string): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(EMBED_TITLE)}" width="100%" height="${EMBED_HEIGHT}" ` +
    `loading="lazy" allow="clipboard-write" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
  );
}
