import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HitView } from '../../src/shared/search/engine.ts';
import type { Segment } from '../../src/shared/search/highlight.ts';
import { MAX_QUERY_CHARS } from '../../src/shared/search/options.ts';
import { engine, ids, point, points, source } from './support.ts';

/** Marked pieces in brackets: "Sergey [Lavrov]". */
const shown = (pieces: readonly Segment[] | null): string => (pieces ?? []).map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

const search = await engine();

describe('a very long query', () => {
  it('is searched on its first MAX_QUERY_CHARS characters, and said back whole', () => {
    const long = `Lavrov ${'x'.repeat(100_000)}`;
    const outcome = search.search(long, 100);
    assert.equal(outcome.query, long);
    assert.deepEqual(outcome.terms, search.search(long.slice(0, MAX_QUERY_CHARS), 100).terms);
    assert.ok(outcome.terms.length > 0, 'some term');
    assert.ok(outcome.terms.every((term) => term.text.length <= MAX_QUERY_CHARS));
  });
});

describe('searching', () => {
  const view = (query: string, id: string): HitView => {
    const outcome = search.search(query, 100);
    const hit = outcome.hits.find((h) => h.doc.id === id);
    assert.ok(hit, `${query} finds ${id}`);
    return search.view(hit, outcome.terms);
  };

  it('finds a speaker whose name is misspelt', () => {
    assert.deepEqual(ids(search, 'Lavorv').slice(0, 3).sort(), ['blinken-call', 'lavrov-answers', 'lavrov-guarantees']);
    assert.deepEqual(ids(search, 'Stoltenburg'), ['stoltenberg-talks']);
    assert.deepEqual(ids(search, 'Grushko'), ['grushchenko-proposals']);
    assert.deepEqual(ids(search, 'Elysee'), ['elysee-contact']);
  });

  it('corrects a wrong letter from four letters typed, not in three', () => {
    assert.deepEqual(ids(search, 'Lax'), [], 'one wrong letter in three is a third of the term');
    assert.deepEqual(ids(search, 'Lavx').slice(0, 2).sort(), ['lavrov-answers', 'lavrov-guarantees']);
    assert.deepEqual(ids(search, 'Lav').slice(0, 2).sort(), ['lavrov-answers', 'lavrov-guarantees'], 'three letters as spelt');
  });

  it("ranks the speaker's statements above those that only mention the name", () => {
    const found = ids(search, 'Lavrov');
    assert.deepEqual(found.slice(0, 2), ['lavrov-answers', 'lavrov-guarantees']);
    assert.equal(found[2], 'blinken-call', 'an addressee next');
    assert.equal(found.at(-1), 'stoltenberg-talks', 'an excerpt that mentions him last');
  });

  it('finds a quote by an exact phrase, and not by the same words apart', () => {
    assert.deepEqual(ids(search, '"written answers"'), ['lavrov-answers']);
    assert.deepEqual(ids(search, '"answers written"'), []);
    assert.deepEqual(ids(search, "'binding"), ['lavrov-guarantees']);
  });

  it('matches text from the start of a word, and =word as whole words only', () => {
    assert.deepEqual(ids(search, "'thu"), ['thomas-greenfield-council']);
    assert.deepEqual(ids(search, "'hus"), [], 'not inside "Thus"');
    assert.deepEqual(ids(search, '=thu'), []);
    assert.deepEqual(ids(search, '=thus'), ['thomas-greenfield-council']);
    assert.deepEqual(ids(search, "'tolten"), ['stoltenberg-talks'], 'names match inside words');
    assert.deepEqual(ids(search, '=lavrov').slice(0, 2), ['lavrov-answers', 'lavrov-guarantees']);
    assert.deepEqual(ids(search, '=lavro'), []);
  });

  it('needs every term, each anywhere in the statement', () => {
    assert.deepEqual(ids(search, 'Blinken written'), ['lavrov-answers']);
    assert.deepEqual(ids(search, 'Stoltenberg guarantees'), []);
    assert.deepEqual(ids(search, 'europa guarantees'), ['lavrov-guarantees'], 'an outlet and words');
  });

  it('counts every match but lists only as many as asked, best first', () => {
    const outcome = search.search('security', 1);
    assert.equal(outcome.total, 2);
    assert.deepEqual(
      outcome.hits.map((h) => h.doc.id),
      ['lavrov-guarantees'],
    );
  });

  it('waits for two letters, in each term', () => {
    assert.deepEqual(search.search('l', 10), { query: 'l', terms: [], ran: false, total: 0, hits: [] });
    assert.equal(search.search("' = a", 10).ran, false);
    assert.deepEqual(ids(search, 'Blinken l'), ids(search, 'Blinken'), 'a one-letter term is not searched yet');
  });

  it('finds the same as you type as a fresh search does', async () => {
    const typed = await engine();
    const query = 'Lavrov "security guarantees"';
    for (let i = 1; i <= query.length; i++) {
      const prefix = query.slice(0, i);
      assert.deepEqual(ids(typed, prefix), ids(await engine(), prefix), prefix);
    }
    for (let i = query.length; i > 0; i--) assert.deepEqual(ids(typed, query.slice(0, i)), ids(await engine(), query.slice(0, i)));
  });

  it('finds words from their start in text, across many statements', async () => {
    const many = Array.from({ length: 60 }, (_, i) =>
      point(i % 2 ? 'lavrov' : 'blinken', { id: `m${i}`, summary: `statement ${i} about ${i % 3 ? 'talks' : 'tanks'}`, sources: [source(`Excerpt ${i}.`)] }),
    );
    const typed = await engine(many);
    const expected = (word: string) =>
      many
        .filter((p) => p.summary.includes(` ${word}`))
        .map((p) => p.id)
        .sort();
    for (const prefix of ['ta', 'tal', 'talk', 'talks', 'tan', 'tank']) assert.deepEqual(ids(typed, `'${prefix}`).sort(), expected(prefix), prefix);
  });

  it('marks the matched name, the words, and the excerpt when the words do not show the match', () => {
    const answers = view('Lavorv written', 'lavrov-answers');
    assert.equal(shown(answers.speaker), 'Sergey [Lavrov]');
    assert.equal(shown(answers.words), '“We are waiting for [written] answers”');
    assert.equal(answers.excerpt, null);
    assert.deepEqual(answers.addressees.map(shown), ['Antony Blinken']);

    const mentioned = view('Lavrov', 'stoltenberg-talks');
    assert.equal(shown(mentioned.words), 'Jens Stoltenberg: he had invited Russia to more security talks');
    assert.equal(shown(mentioned.excerpt), 'Stoltenberg said he had invited Russia to more security talks, and mentioned [Lavrov] in passing.');

    assert.equal(shown(view('blinken', 'blinken-call').addressees[0] ?? null), 'Sergey Lavrov');
    assert.equal(shown(view('lavrov', 'blinken-call').addressees[0] ?? null), 'Sergey [Lavrov]');
  });

  it('cuts a long quote to the words around its match', async () => {
    const long = `${'opening words '.repeat(20)}the decisive sanctions clause ${'closing words '.repeat(20)}`;
    const list = [point('lavrov', { id: 'long', quote: long.trim(), summary: 'Sergey Lavrov: long' })];
    const search = await engine(list);
    const outcome = search.search('sanctions', 10);
    const hit = outcome.hits[0];
    assert.ok(hit);
    const words = shown(search.view(hit, outcome.terms).words);
    assert.match(words, /^….*the decisive \[sanctions\] clause.*…$/);
    assert.ok(words.length < long.length / 2, `${words.length} characters shown of ${long.length}`);
  });

  it('shows a long quote whole, marked, when asked for no cut', async () => {
    const long = `${'opening words '.repeat(20)}the decisive sanctions clause ${'closing words '.repeat(20)}`;
    const search = await engine([point('lavrov', { id: 'long', quote: long.trim(), summary: 'Sergey Lavrov: long' })]);
    const outcome = search.search('sanctions', 10);
    assert.equal(shown(search.view(outcome.hits[0]!, outcome.terms, Infinity).words), `“${long.trim().replace('sanctions', '[sanctions]')}”`);
  });

  it('ranks words found as typed above names reached by correcting them', async () => {
    // "ball" is one letter from "allies", and "court" from "countries": the West's aliases. The quote has both words.
    const west = { id: 'the-west', name: 'The West', aliases: ['Western allies', 'Western countries'], kind: 'group' as const };
    const list = [
      point('the-west', { id: 'west-claims', summary: 'The West: Russia might invade', sources: [source('The West has claimed that Russia might invade.')] }),
      point('blinken', { id: 'blinken-ball', quote: 'The ball is now in Russia’s court', sources: [source('He said: “The ball is now in Russia’s court.”')] }),
    ];
    const search = await engine(list, [west]);
    assert.deepEqual(ids(search, 'ball court'), ['blinken-ball', 'west-claims']);
    assert.deepEqual(ids(search, 'court'), ['blinken-ball', 'west-claims']);
  });

  it('marks a phrase as one piece', () => {
    assert.equal(shown(view('"security guarantees"', 'lavrov-guarantees').words), '“legally binding [security guarantees]”');
  });

  it('says which alias a name matched through when the name does not show it', () => {
    const diplomat = view('"top diplomat"', 'lavrov-guarantees');
    assert.equal(shown(diplomat.speaker), 'Sergey Lavrov');
    assert.equal(shown(diplomat.speakerAlias), 'Russia’s [top diplomat]');
    const sergei = view('Sergei', 'lavrov-answers');
    assert.match(shown(sergei.speaker), /^\[Serge\w?\]/, 'the name shows the fuzzy match itself');
    assert.equal(sergei.speakerAlias, null);
  });

  it('treats what the reader types as text, markup included', async () => {
    const list = [point('lavrov', { id: 'markup', summary: 'Sergey Lavrov: <img src=x onerror=alert(1)> is text' })];
    const search = await engine(list);
    const outcome = search.search('<img src=x onerror=alert(1)>', 10);
    assert.deepEqual(
      outcome.hits.map((h) => h.doc.id),
      ['markup'],
    );
    const hit = outcome.hits[0];
    assert.ok(hit);
    assert.equal(shown(search.view(hit, outcome.terms).words), 'Sergey Lavrov: [<img src=x onerror=alert(1)>] is text');
  });

  it('knows the spellings of names as written and of words as folded', () => {
    const vocabulary = search.vocabulary();
    assert.equal(vocabulary.names.get('lavrov'), 'Lavrov');
    assert.equal(vocabulary.names.get('elysee'), 'Élysée');
    assert.equal(vocabulary.names.get('sergey lavrov'), 'Sergey Lavrov');
    assert.equal(vocabulary.words.get('guarantees'), 'guarantees');
  });
});

describe('the example statements', () => {
  it('are what the tests above assume', () => {
    assert.equal(points.length, 8);
  });
});

describe('warming the engine', () => {
  it('changes no result: a warmed engine answers as a fresh one', async () => {
    const warmed = await engine();
    warmed.warm(6);
    const fresh = await engine();
    for (const query of ['Lavorv', 'La', '=Lavrov', '"written answers"', "'sanctions", 'Blinken Lavrov', 'Stoltenburg']) {
      assert.deepEqual(ids(warmed, query), ids(fresh, query), query);
      assert.equal(warmed.search(query, 6).total, fresh.search(query, 6).total, query);
    }
  });
});
