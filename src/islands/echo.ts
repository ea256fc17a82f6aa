/**
 * Text a visitor typed (a search, a filter from the address bar), as a page says it back: inside
 * a `<bdi>`, so that a right-to-left script or a stray direction mark (U+202E) in it stays
 * within it and cannot reorder the page's own sentence around it.
 */
export function echo(text: string): HTMLElement {
  const isolated = document.createElement('bdi');
  isolated.textContent = text;
  return isolated;
}
