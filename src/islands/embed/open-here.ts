/** The embed's "Open this view" link: to the timeline on this site, with the view shown in the frame now. */
import { timelineView } from './snippet.ts';

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-embed-open]')) {
  const page = link.getAttribute('href') ?? '';
  const follow = () => {
    link.href = `${page.split('?')[0]}${timelineView(location.search)}`;
  };
  // Just before it is followed or its address shown: the view changes under the reader's hands.
  for (const event of ['pointerenter', 'focus', 'pointerdown', 'keydown']) link.addEventListener(event, follow);
}
