/** The details panel's "Copy link": the point's own page, as a whole address. */
import { copyText } from '../share/copy-text.ts';
import { must } from './dom.ts';

export class CopyLink {
  /** Never seen: copyText's fallback needs the link in a field to select. */
  private readonly field: HTMLInputElement;
  private readonly status: HTMLElement;

  constructor(panel: HTMLElement) {
    this.field = must<HTMLInputElement>(panel, '[data-copy-url]');
    this.status = must<HTMLElement>(panel, '[data-copy-status]');
  }

  /** For a point newly shown: the last message was about another link. */
  clear(): void {
    this.status.textContent = '';
  }

  /** `button` gets the focus back from the hidden field, should the fallback have taken it. */
  async copy(path: string, button: HTMLElement): Promise<void> {
    const url = new URL(path, location.origin).href;
    this.field.value = url;
    const copied = await copyText(url, this.field);
    if (document.activeElement === this.field) button.focus();
    // Neither the clipboard nor the fallback worked: the link itself, to copy by hand.
    this.status.textContent = copied ? 'Link copied.' : `Copy this link: ${url}`;
  }
}
