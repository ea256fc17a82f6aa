/**
 * Results as DOM nodes. Everything the data or the reader supplied goes in as
 * text (Text nodes, textContent), and the highlights are <mark> elements made
 * here: no string is ever parsed as HTML, so a query like
 * `<img src=x onerror=alert(1)>` shows as the characters it is.
 */
import type { HitView } from '../../shared/search/engine.ts';
import type { Segment } from '../../shared/search/highlight.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  return made;
}

export function appendSegments(parent: Node, pieces: readonly Segment[]): void {
  for (const piece of pieces) {
    if (piece.marked) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      parent.appendChild(mark);
    } else {
      parent.appendChild(document.createTextNode(piece.text));
    }
  }
}

/** " (as “Sergei Lavrov”)": the alias a name matched through, when the name itself does not show the match. */
export function aliasNote(alias: readonly Segment[]): HTMLSpanElement {
  const note = element('span', 'search-alias');
  note.append(' (as “');
  appendSegments(note, alias);
  note.append('”)');
  return note;
}

/** One result: speaker → addressees, date and kind, the words (and the excerpt that matched, if the words do not show it). */
export function resultOption(view: HitView, id: string): HTMLLIElement {
  const option = element('li', 'search-result');
  option.id = id;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');

  const who = element('span', 'search-who');
  const speaker = element('span', 'search-speaker');
  appendSegments(speaker, view.speaker);
  who.appendChild(speaker);
  if (view.speakerAlias) who.appendChild(aliasNote(view.speakerAlias));
  view.addressees.forEach((addressee, i) => {
    who.append(i === 0 ? ' → ' : ', ');
    appendSegments(who, addressee);
  });

  const when = element('span', 'search-when');
  const time = document.createElement('time');
  if (view.doc.date) time.dateTime = view.doc.date;
  time.textContent = view.doc.when;
  when.append(time, ` · ${view.doc.kind}`);

  const words = element('span', 'search-words');
  appendSegments(words, view.words);
  option.append(who, when, words);

  if (view.excerpt) {
    const excerpt = element('span', 'search-excerpt');
    appendSegments(excerpt, view.excerpt);
    option.appendChild(excerpt);
  }
  return option;
}
