/**
 * What the search benches search: a deterministic synthetic dataset in the image of the
 * built site's own (its actors and words, plus generated people, outlets and words, in the
 * proportions a larger story would have), and the queries they type into it.
 * Used by scripts/search-bench.ts (in the browser) and scripts/bench/search-engine.ts (in Node).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Actor, Dataset, DatasetArticle, Point, PointKind } from '../../src/pipeline/types.ts';
import { random } from './generate.ts';

/** Typed one key at a time, as a reader would: misspelt names, phrases, operators, two-word queries. */
export const QUERIES = [
  'Lavorv',
  'Stoltenburg',
  'security guarantees',
  '"written answers"',
  'Blinken Lavrov',
  'Grushko',
  'Moscow Times',
  'ukraine talks',
  '=NATO',
  "'sanctions",
];

const FIRST = [
  'Anna',
  'Viktor',
  'Olena',
  'Pavel',
  'Maria',
  'Dmitry',
  'Hanna',
  'Josep',
  'Ursula',
  'Mark',
  'Kaja',
  'Wang',
  'Fumio',
  'Recep',
  'Mevlut',
  'Dmytro',
  'Nikol',
  'Ilham',
  'Aleksandar',
  'Edi',
  'Kyriakos',
  'Olaf',
  'Rishi',
  'Giorgia',
  'Pedro',
  'Mateusz',
  'Andrzej',
  'Kirsten',
  'Antonio',
  'Mircea',
];
const LAST = [
  'Ivanov',
  'Kowalski',
  'Petrenko',
  'Schmidt',
  'Borrell',
  'Leyen',
  'Rutte',
  'Kallas',
  'Yi',
  'Kishida',
  'Erdogan',
  'Cavusoglu',
  'Kuleba',
  'Pashinyan',
  'Aliyev',
  'Vucic',
  'Rama',
  'Mitsotakis',
  'Scholz',
  'Sunak',
  'Meloni',
  'Sanchez',
  'Morawiecki',
  'Duda',
  'Ryabkov',
  'Zakharova',
  'Peskov',
  'Nebenzya',
  'Geoana',
  'Guterres',
];
const TITLES = ['Foreign Minister', 'Defence Minister', 'Prime Minister', 'President', 'spokesperson', 'ambassador', 'envoy', 'deputy minister'];
const SIDES = ['Russia', 'United States', 'NATO', 'Ukraine', 'Germany', 'France', 'China', 'Turkey', 'European Union', 'United Kingdom', 'Poland', 'Japan'];
const OUTLETS = [
  'The Moscow Times',
  'Reuters',
  'Europa Press',
  'The Asia Business Daily',
  'Associated Press',
  'Le Monde',
  'Kyiv Independent',
  'Der Spiegel',
  'The Guardian',
  'Al Jazeera',
  'TASS',
  'Politico Europe',
  'Nikkei Asia',
  'Financial Times',
  'El País',
  'Gazeta Wyborcza',
  'Hürriyet',
  'Yonhap',
  'Deutsche Welle',
  'BBC News',
  'The Washington Post',
  'Bloomberg',
  'Kommersant',
  'RFE/RL',
  'Euronews',
];
const CUES = ['said', 'told', 'warned', 'stressed', 'added', 'wrote', 'announced', 'insisted'];
const KINDS: PointKind[] = ['statement', 'statement', 'statement', 'statement', 'document', 'call', 'meeting', 'denial'];
const SYLLABLES = [
  'ka',
  'ro',
  'mi',
  'sel',
  'tan',
  'ver',
  'lo',
  'di',
  'qua',
  'ne',
  'pre',
  'sto',
  'ri',
  'gam',
  'tor',
  'el',
  'ux',
  'bra',
  'fin',
  'ost',
  'pla',
  'cem',
  'dun',
  'sha',
];

/**
 * `count` statements in the seed dataset's image: its actors and words, plus
 * generated people (with the aliases articles give them), outlets and a long tail
 * of rarer words, drawn Zipf-like so that common words are common.
 */
export function syntheticDataset(seed: Dataset, count: number): Dataset {
  const rand = random(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const actors: Actor[] = [...seed.actors];
  for (let i = 0; actors.length < seed.actors.length + 40 + Math.floor(count / 25); i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length]!}${i >= FIRST.length * LAST.length ? i : ''}`;
    const name = `${first} ${last}`;
    const title = pick(TITLES);
    const side = pick(SIDES);
    actors.push({ id: `synthetic-${i}`, name, aliases: [last, `${side}'s ${title} ${name}`, `${title} ${last}`], kind: 'person', side });
  }

  const seedWords = seed.points.flatMap((p) => p.sources.flatMap((s) => s.excerpt.split(/\s+/))).filter(Boolean);
  const rareWords = Array.from({ length: 15_000 }, (_, i) => {
    let word = '';
    for (let n = i + 7; n > 0; n = Math.floor(n / SYLLABLES.length)) word += SYLLABLES[n % SYLLABLES.length];
    return word;
  });
  // Half the words from the seed text (its own frequencies), half from a Zipf-like tail.
  const word = (): string => (rand() < 0.5 ? pick(seedWords) : rareWords[Math.floor(rareWords.length * rand() ** 3)]!);
  const words = (min: number, max: number): string => Array.from({ length: min + Math.floor(rand() * (max - min)) }, word).join(' ');

  const articles: DatasetArticle[] = Array.from({ length: Math.ceil(count / 12) }, (_, i) => ({
    id: `synthetic-article-${i}`,
    title: words(6, 12),
    outlet: pick(OUTLETS),
    date: null,
    dateSource: 'none',
    url: null,
    path: `/articles/synthetic-article-${i}/`,
  }));

  const start = Date.UTC(2021, 0, 1);
  const points: Point[] = Array.from({ length: count }, (_, i) => {
    const speaker = pick(actors);
    const addressees = rand() < 0.45 ? [pick(actors).id] : rand() < 0.1 ? [pick(actors).id, pick(actors).id] : [];
    const direct = rand() < 0.45;
    const content = words(5, 25);
    const day = new Date(start + Math.floor(rand() * 1100) * 86_400_000).toISOString().slice(0, 10);
    const to = addressees.map((a) => actors.find((x) => x.id === a)?.name ?? a);
    const sources = Array.from({ length: rand() < 0.1 ? 2 : 1 }, () => ({
      article: pick(articles).id,
      direct,
      quote: content,
      excerpt: `${pick([speaker.name, ...speaker.aliases])} ${pick(CUES)} ${direct ? `“${content}”` : content}, ${words(5, 15)}.`,
      cue: 'said',
      offset: 0,
    }));
    return {
      id: `${day}-synthetic-${i}`,
      path: `/points/${day}-synthetic-${i}/`,
      kind: pick(KINDS),
      speaker: speaker.id,
      addressees,
      quote: direct ? content : null,
      summary: `${speaker.name}${to.length ? ` to ${to.join(', ')}` : ''}: ${content}`,
      date: day,
      dateEnd: day,
      datePrecision: 'day',
      sources,
    };
  });
  points.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  return { format: 1, builtFrom: { articles: articles.map((a) => a.id) }, actors, articles, points };
}

/** The built site's dataset (dist/data/timeline.json), which the synthetic one is made in the image of. */
export function builtSeed(dist: string): Dataset {
  try {
    return JSON.parse(readFileSync(path.join(dist, 'data', 'timeline.json'), 'utf8')) as Dataset;
  } catch {
    throw new Error('dist/ has no built site: run `npm run build` first.');
  }
}
