/**
 * The buttons of every ShareLink on the page. Without JavaScript the link is still there
 * to select and copy, and CSS hides the Copy button, which could do nothing; Share… shows
 * only where the browser has a share sheet.
 */
import { announce, copyText } from './copy-text.ts';

function setUp(root: HTMLElement): void {
  const field = root.querySelector<HTMLInputElement>('[data-share-url]');
  const copy = root.querySelector<HTMLButtonElement>('[data-share-copy]');
  const share = root.querySelector<HTMLButtonElement>('[data-share-native]');
  const status = root.querySelector<HTMLElement>('[data-share-status]');
  if (!field || !copy || !share || !status) return;
  const url = field.value;

  field.addEventListener('focus', () => field.select());
  copy.addEventListener('click', async () => {
    if (await copyText(url, field)) announce(status, 'Link copied to the clipboard.');
    else {
      field.focus();
      field.select();
      announce(status, 'The link is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
    }
  });

  if (typeof navigator.share === 'function') {
    share.hidden = false;
    share.addEventListener('click', async () => {
      try {
        await navigator.share({ title: root.dataset.shareTitle ?? document.title, url });
      } catch (error) {
        // Closing the share sheet is the reader's choice, not a failure.
        if ((error as DOMException).name !== 'AbortError') announce(status, 'Sharing did not work here: copy the link instead.');
      }
    });
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-share-link]')) setUp(root);
