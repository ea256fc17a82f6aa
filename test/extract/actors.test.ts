/** Phenomenon 7: one actor however the text spells or stands for it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseActorRegistry } from '../../src/pipeline/actors/parse-actor-registry.ts';
import { extractArticle } from '../../src/pipeline/extract/extract-article.ts';
import { addresseeIds, describeAll, only, parse, speech } from './support.ts';

const DATE = '2024-03-14';

describe('actors: transliteration variants resolve to one registry actor', () => {
  it('"Sergey" finds the registry\'s "Sergei"', () => {
    const s = only(speech('Sergey Valenko said the dam would be finished before the rainy season.', { date: DATE }), 'rainy season');
    assert.equal(s.speaker.id, 'sergei-valenko');
    assert.equal(s.speaker.name, 'Sergei Valenko');
  });

  it('both spellings in one article are the same actor', () => {
    const text =
      'President Sergey Valenko said the dam would be finished before the rainy season. Later, Sergei Valenko told reporters that the turbines had already arrived.';
    const all = speech(text, { date: DATE });
    assert.equal(all.length, 2, describeAll(all));
    assert.deepEqual(
      all.map((s) => s.speaker.id),
      ['sergei-valenko', 'sergei-valenko'],
    );
  });

  it('"Alexandr" finds the registry\'s "Aleksandr"', () => {
    const s = only(speech('Alexandr Petrin said the embassy would remain open throughout the holiday period.', { date: DATE }), 'holiday');
    assert.equal(s.speaker.id, 'aleksandr-petrin');
  });

  it('without a registry, two spellings of one name still make one actor', () => {
    const text =
      'Sergey Valenko said the dam would be finished before the rainy season.\n\nSergei Valenko later said the turbines had already arrived at the site.';
    const all = speech(text, { date: DATE, registry: 'none' });
    assert.equal(all.length, 2, describeAll(all));
    assert.equal(all[0]!.speaker.id, all[1]!.speaker.id);
  });

  it('kh/h, dzh/j and ye/e at the start of a name are one romanisation choice, not two people', () => {
    for (const [a, b] of [
      ['Bakhtiyor Rakhimov', 'Bakhtiyor Rahimov'],
      ['Dzhamshid Tursunov', 'Jamshid Tursunov'],
      ['Yerlan Abdikarimov', 'Erlan Abdikarimov'],
    ]) {
      const all = speech(`${a} said the canals were empty.\n\n${b} later said the river was smaller this year.`, { date: DATE, registry: 'none' });
      assert.equal(all.length, 2, describeAll(all));
      assert.equal(all[0]!.speaker.id, all[1]!.speaker.id, `${a} / ${b}`);
    }
  });

  it('a surname spelled another way ("Rahimov" after "Bakhtiyor Rakhimov") is still that person', () => {
    const text = 'Bakhtiyor Rakhimov said the canals were empty.\n\nThe ministry quoted Rahimov as saying: “Water should bring our nations together.”';
    const all = speech(text, { date: DATE, registry: 'none' });
    assert.equal(all.length, 2, describeAll(all));
    assert.equal(all[1]!.speaker.id, all[0]!.speaker.id);
  });

  it('an initial with the surname ("A. Zhaksybekov") is the person named in full before', () => {
    const text = 'Foreign Minister Aidar Zhaksybekov spoke to reporters in Astana.\n\nA. Zhaksybekov said the canals were empty.';
    const s = only(speech(text, { date: DATE, registry: 'none' }), 'canals');
    assert.equal(s.speaker.name, 'Aidar Zhaksybekov');
  });
});

describe('actors: a capital stands for its country', () => {
  it('"Freedonia City said" is Freedonia', () => {
    const s = only(speech('Freedonia City said the new tariffs were a violation of the bilateral trade accord.', { date: DATE }), 'tariffs');
    assert.equal(s.speaker.id, 'freedonia');
    assert.equal(s.speaker.kind, 'country');
  });

  it('a capital as speaker and a capital as addressee ("Port Sylvan called on Freedonia City to …")', () => {
    const s = only(speech('Port Sylvan called on Freedonia City to lift the blockade of the estuary.', { date: DATE }), 'blockade');
    assert.equal(s.speaker.id, 'sylvania');
    assert.deepEqual(addresseeIds(s), ['freedonia']);
    assert.equal(s.words, 'to lift the blockade of the estuary');
  });

  it('a capital as speaker, and the accused capital a target in the words, not an addressee ("Port Sylvan accused Freedonia City of …")', () => {
    const s = only(speech('Port Sylvan accused Freedonia City of blocking the river with illegal barriers.', { date: DATE }), 'of blocking the river');
    assert.equal(s.speaker.id, 'sylvania');
    assert.deepEqual(addresseeIds(s), []);
    assert.match(s.words, /^Freedonia City of blocking the river/);
  });
});

describe('actors: a known name that reads as no mention', () => {
  it('an alias that is also an opening word ("Still") costs nothing and breaks nothing', () => {
    const text = 'Still, Ana Ruiz said the border crossing would reopen on Friday morning.';
    const still = parseActorRegistry('- id: still\n  name: Still\n  kind: group\n  aliases: []\n', 'test');
    const s = only(extractArticle(parse(text, { date: DATE }), still).statements, 'border crossing');
    assert.equal(s.speaker.name, 'Ana Ruiz');
  });
});

describe('actors: sides only from what names a state', () => {
  it('a nationality or a country as part of a person’s name gives no side ("Ivo Cuban", "Chad Orlov")', () => {
    for (const name of ['Ivo Cuban', 'Chad Orlov', 'Jordan Vesk']) {
      const s = only(speech(`${name} said the canal was too low for the barges.`, { date: '2024-03-14', registry: 'none' }), 'canal');
      assert.equal(s.speaker.name, name);
      assert.equal(s.speaker.side, undefined, `${name} took side ${s.speaker.side}`);
    }
  });

  it('a possessor is a side only when it owns an organ of state ("Tarnia’s foreign minister", not "Saturday’s rally")', () => {
    const minister = only(speech('Tarnia’s foreign minister said the canal was too low for the barges.', { date: '2024-03-14', registry: 'none' }), 'canal');
    assert.equal(minister.speaker.side, 'Tarnia');
    const organisers = speech('Saturday’s rally organisers said the canal was too low for the barges.', { date: '2024-03-14', registry: 'none' });
    assert.deepEqual(organisers.map((s) => s.speaker.side).filter(Boolean), [], describeAll(organisers));
  });
});
