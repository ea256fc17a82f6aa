/**
 * The search box (src/components/SearchBox.astro), enhanced: results as you type,
 * keyboard navigable, the query kept in the address bar. Without this script the
 * box is a form that submits to /search/, which lists every statement.
 *
 * Kept small: the index and the engine (with Fuse) load on first focus, or at once
 * when the page is opened with `?q=`.
 */
import type { SearchEngine, SearchHit, SearchOutcome } from '../../shared/search/engine.ts';
import { POPUP_LIMIT } from '../../shared/search/options.ts';
import { suggest, type Suggestion } from '../../shared/search/suggest.ts';
import { echo } from '../echo.ts';
import { Combobox, comboboxKey } from './combobox.ts';
import { loadEngine } from './load-index.ts';
import { readQuery, writeQuery } from './query-url.ts';
import { PageMarks } from './page-marks.ts';
import { resultOption } from './render-results.ts';

/** How long after the last keystroke the address bar catches up: results never wait for it. */
const URL_DELAY_MS = 250;
/** How long the typing must pause before a query with no results gets a suggestion. */
const SUGGEST_DELAY_MS = 200;

function must<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search: the box has no ${selector}`);
  return found;
}

/** Made once: toLocaleString builds a formatter at every call, which showed in the profile of a keystroke. */
const count = new Intl.NumberFormat('en-GB');
const plural = (n: number): string => (n === 1 ? '1 statement' : `${count.format(n)} statements`);

class SearchBox {
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly listbox: HTMLElement;
  private readonly combobox: Combobox;
  /** The search page's list of every statement, which a committed search filters. */
  private readonly pageList: HTMLElement | null;
  /** Its items in the order the page gave them (by date). */
  private readonly pageItems: HTMLElement[];
  /** What matched, marked in the page's items. */
  private readonly marks: PageMarks;
  private engine: SearchEngine | null = null;
  /** Whether a search waits for the index: it runs once, on whatever the box holds by then. */
  private waiting = false;
  private hits: SearchHit[] = [];
  /** A suggestion for a query with no results, waiting for the reader to pause. */
  private suggestion: ReturnType<typeof setTimeout> | undefined;
  /** What each listed result shows, to tell which a keystroke changed. */
  private shown: string[] = [];
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the index is: the page says so, as only it knows the folder the site is served from. */
  private readonly indexUrl: string;

  constructor(private readonly root: HTMLFormElement) {
    const indexUrl = root.dataset.searchIndex;
    if (!indexUrl) throw new Error('search: the box has no data-search-index');
    this.indexUrl = indexUrl;
    this.input = must(root, 'input[name="q"]');
    this.status = must(root, '[data-search-status]');
    this.listbox = must(root, '[data-search-listbox]');
    this.combobox = new Combobox(this.input, this.listbox, must(root, '[data-search-popup]'));
    this.pageList = root.dataset.searchVariant === 'page' ? document.querySelector('[data-search-list]') : null;
    this.pageItems = this.pageList ? [...this.pageList.querySelectorAll<HTMLElement>('[data-search-point]')] : [];
    this.marks = new PageMarks(this.pageItems);

    this.input.addEventListener('focus', () => void this.withEngine());
    this.input.addEventListener('input', () => {
      this.scheduleUrl();
      this.run();
    });
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    root.addEventListener('submit', (event) => {
      // On the search page the page is the results: filter it rather than reload it.
      if (!this.pageList) return;
      event.preventDefault();
      this.combobox.close();
      this.writeUrl();
      this.commit();
    });
    // Keep focus in the box when an option is pressed, so that the click lands and typing can go on.
    this.listbox.addEventListener('pointerdown', (event) => event.preventDefault());
    this.listbox.addEventListener('click', (event) => {
      const index = this.combobox.indexOf(event.target);
      if (index !== -1) this.choose(index);
    });
    root.addEventListener('focusout', (event) => {
      if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) this.combobox.close();
    });
    document.addEventListener('pointerdown', (event) => {
      if (!(event.target instanceof Node && root.contains(event.target))) this.combobox.close();
    });

    const query = readQuery(window.location.search);
    if (query) {
      this.input.value = query;
      if (this.pageList) this.commit();
      else this.run();
    }
  }

  private async withEngine(): Promise<SearchEngine | null> {
    if (this.engine) return this.engine;
    try {
      this.engine = await loadEngine(this.indexUrl);
      return this.engine;
    } catch {
      this.say('Search could not load. The search page lists every statement.');
      this.combobox.open();
      return null;
    }
  }

  /** Results for what the box holds now. */
  private run(): void {
    // Whatever it was for, a suggestion still waiting is for an older query.
    clearTimeout(this.suggestion);
    const query = this.input.value;
    const engine = this.engine;
    if (!engine) {
      if (!query.trim()) return this.combobox.close();
      this.say('Loading the search index…');
      this.combobox.open();
      if (!this.waiting) {
        this.waiting = true;
        void this.withEngine().then((loaded) => {
          this.waiting = false;
          if (loaded) this.run();
        });
      }
      return;
    }
    const outcome = engine.search(query, POPUP_LIMIT);
    if (!outcome.ran) {
      this.hits = [];
      this.shown = [];
      this.listbox.replaceChildren();
      this.combobox.close();
      return this.rendered(outcome);
    }
    this.hits = outcome.hits;
    const views = outcome.hits.map((hit) => engine.view(hit, outcome.terms));
    // Another letter of the same name often changes few of the results shown, or none: only those are made
    // again, so that the page has less to style and lay out before the next frame.
    const shown = views.map((v) => JSON.stringify([v.doc.id, v.speaker, v.speakerAlias, v.addressees, v.words, v.excerpt]));
    const options = this.listbox.children;
    views.forEach((view, i) => {
      if (shown[i] === this.shown[i]) return;
      const option = resultOption(view, `${this.listbox.id}-${i}`);
      if (options[i]) options[i].replaceWith(option);
      else this.listbox.append(option);
    });
    while (options.length > views.length) options[options.length - 1]!.remove();
    this.shown = shown;
    // A listbox must hold options: with none, only the status shows.
    this.listbox.hidden = views.length === 0;
    this.combobox.reset();
    this.describe(outcome, this.status);
    this.combobox.open();
    this.rendered(outcome);
  }

  /** The count, or for no results the closest query that finds something. */
  private describe(outcome: SearchOutcome, into: HTMLElement): void {
    const { total, hits } = outcome;
    clearTimeout(this.suggestion);
    if (total > 0) {
      const listed = hits.length < total ? ` The best ${hits.length} are listed; press Enter for all.` : '';
      into.textContent = `${plural(total)} ${total === 1 ? 'matches' : 'match'}.${listed}`;
      return;
    }
    into.replaceChildren('No statements match “', echo(outcome.query.trim()), '”.');
    // A suggestion runs more searches and may read the whole vocabulary (milliseconds at 10,000 statements):
    // it waits for a pause in the typing, so that it never holds up the next keystroke.
    this.suggestion = setTimeout(() => {
      if (this.engine) this.offer(suggest(this.engine, outcome.terms), into);
    }, SUGGEST_DELAY_MS);
  }

  private offer(suggestion: Suggestion | null, into: HTMLElement): void {
    if (!suggestion) {
      into.append(' Try fewer or shorter words, or one name.');
      return;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-suggestion';
    button.dir = 'auto';
    button.textContent = suggestion.query;
    button.addEventListener('click', () => {
      this.input.value = suggestion.query;
      this.input.focus();
      this.writeUrl();
      if (into === this.status) this.run();
      else this.commit();
    });
    into.append(suggestion.reason === 'spelling' ? ' Did you mean ' : ' Try a broader search: ', button, '?');
  }

  private onKey(event: KeyboardEvent): void {
    const outcome = comboboxKey(event, this.combobox.state());
    if (!outcome) return;
    switch (outcome.action) {
      case 'move':
        event.preventDefault();
        this.combobox.open();
        this.combobox.setActive(outcome.active);
        break;
      case 'choose':
        event.preventDefault();
        this.choose(outcome.active);
        break;
      case 'close':
        event.preventDefault();
        this.combobox.close();
        break;
      case 'clear':
        event.preventDefault();
        this.input.value = '';
        this.writeUrl();
        this.run();
        if (this.pageList) this.commit();
        break;
      case 'submit':
        // The form's own submission: to /search/ from other pages, handled above on the search page.
        break;
    }
  }

  private choose(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.writeUrl();
    // The contract with the timeline (home page): it listens on window for 'wsw:select-point',
    // selects and reveals the point with `detail.id`, and calls preventDefault(). If no one
    // did, this page cannot show the point, so the reader goes to the point's own page (`detail.path`).
    const event = new CustomEvent('wsw:select-point', { detail: { id: hit.doc.id, path: hit.doc.path }, cancelable: true });
    if (window.dispatchEvent(event)) {
      window.location.assign(hit.doc.path);
      return;
    }
    this.combobox.close();
  }

  /** On the search page: the page's list, filtered to the results and in their order. */
  private commit(): void {
    const list = this.pageList;
    if (!list) return;
    const heading = document.querySelector<HTMLElement>('[data-search-heading]');
    const summary = document.querySelector<HTMLElement>('[data-search-summary]');
    void this.withEngine().then((engine) => {
      if (!engine) return;
      const items = this.pageItems;
      const outcome = engine.search(this.input.value, Infinity);
      const rank = new Map(outcome.hits.map((hit, i) => [hit.doc.id, i]));
      const hitOf = new Map(outcome.hits.map((hit) => [hit.doc.id, hit]));
      const rankOf = (item: HTMLElement): number => rank.get(item.dataset.searchPoint ?? '') ?? -1;
      const shown = outcome.ran ? items.filter((item) => rankOf(item) !== -1).sort((a, b) => rankOf(a) - rankOf(b)) : items;
      const hidden = outcome.ran ? items.filter((item) => rankOf(item) === -1) : [];
      for (const item of shown) item.hidden = false;
      for (const item of hidden) item.hidden = true;
      // The whole of each result's words, with what matched marked; the items no longer listed lose their marks.
      for (const item of items) {
        const hit = hitOf.get(item.dataset.searchPoint ?? '');
        this.marks.show(item, hit ? engine.view(hit, outcome.terms, Infinity) : null);
      }
      list.replaceChildren(...shown, ...hidden);
      if (heading) heading.replaceChildren(...(outcome.ran ? ['Results for “', echo(outcome.query.trim()), '”'] : ['Every statement']));
      if (summary) {
        if (outcome.ran) this.describe(outcome, summary);
        else summary.textContent = `${plural(items.length)}, in the order they were made.`;
      }
      this.rendered(outcome);
    });
  }

  private say(message: string): void {
    this.status.textContent = message;
  }

  /** Tests and scripts/search-bench.ts wait for this: the results for `query` are in the page. */
  private rendered(outcome: SearchOutcome): void {
    this.root.dispatchEvent(new CustomEvent('wsw:search-rendered', { bubbles: true, detail: { query: outcome.query, total: outcome.total } }));
  }

  private scheduleUrl(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = setTimeout(() => this.writeUrl(), URL_DELAY_MS);
  }

  private writeUrl(): void {
    clearTimeout(this.urlTimer);
    const { pathname, search, hash } = window.location;
    const next = writeQuery(search, this.input.value);
    if (next !== search) window.history.replaceState(window.history.state, '', `${pathname}${next}${hash}`);
  }
}

/** `/` focuses the search box, unless the reader is typing somewhere. */
function focusOnSlash(event: KeyboardEvent): void {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target;
  if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
  const input = [...document.querySelectorAll<HTMLInputElement>('form[data-search] input[name="q"]')].find((box) => box.getClientRects().length > 0);
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
}

for (const root of document.querySelectorAll<HTMLFormElement>('form[data-search]')) new SearchBox(root);
document.addEventListener('keydown', focusOnSlash);
