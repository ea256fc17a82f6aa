/**
 * Puts text on the clipboard: the Clipboard API where the page may use it (a secure
 * context, permission granted), else the old way — select the text in a field and
 * `execCommand('copy')`, deprecated but still the only route in insecure contexts and
 * older browsers. False when neither worked, so the caller can ask the reader to copy.
 */
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, page not focused): the selection route may still work.
    }
  }
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/** Announces a message in the live region, again even when it is the same as the last one. */
export function announce(status: HTMLElement, message: string): void {
  status.textContent = '';
  window.setTimeout(() => {
    status.textContent = message;
  }, 50);
}
