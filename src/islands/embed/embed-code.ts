/**
 * The home page's Embed button: its code follows the view on screen (the timeline keeps the
 * view in the address bar), and a Copy button puts it on the clipboard. Without JavaScript the
 * code is there to select, for the whole timeline.
 */
import { announce, copyText } from '../share/copy-text.ts';
import { embedSnippet, timelineView } from './snippet.ts';

function setUp(root: HTMLElement): void {
  const field = root.querySelector<HTMLTextAreaElement>('[data-embed-snippet]');
  const copy = root.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const status = root.querySelector<HTMLElement>('[data-embed-status]');
  if (!field || !copy || !status) return;
  const embed = new URL(root.dataset.embedPath ?? '', location.href);
  const current = (): string => embedSnippet(`${embed.origin}${embed.pathname}${timelineView(location.search)}`);

  root.addEventListener('toggle', () => {
    if ((root as HTMLDetailsElement).open) field.value = current();
  });
  field.addEventListener('focus', () => {
    field.value = current();
    field.select();
  });
  copy.hidden = false;
  copy.addEventListener('click', async () => {
    field.value = current();
    if (await copyText(field.value, field)) announce(status, 'Code copied: paste it into your page.');
    else {
      field.focus();
      field.select();
      announce(status, 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-embed-code]')) setUp(root);
