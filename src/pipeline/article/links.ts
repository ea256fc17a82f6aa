/**
 * URLs mentioned in an article's text (links to originals and sources).
 */

const URL_RE = /\bhttps?:\/\/[^\s<>"“”'‘’«»]+/giu;

/** Sentence punctuation stuck to the end of a URL is not part of it. */
function trimUrl(url: string): string {
  let out = url.replace(/[.,;:!?]+$/u, '');
  // A closing bracket belongs to the URL only if the URL opened one.
  while (/[)\]]$/u.test(out)) {
    const close = out.endsWith(')') ? ')' : ']';
    const open = close === ')' ? '(' : '[';
    if (out.split(open).length >= out.split(close).length) break;
    out = out.slice(0, -1).replace(/[.,;:!?]+$/u, '');
  }
  return out;
}

/** Every http(s) URL in `text`, in order of appearance. */
export function findUrls(text: string): string[] {
  return [...text.matchAll(URL_RE)].map((m) => trimUrl(m[0]));
}

/** `urls` without repeats, first occurrence kept. */
export function uniqueInOrder(urls: Iterable<string>): string[] {
  return [...new Set(urls)];
}
