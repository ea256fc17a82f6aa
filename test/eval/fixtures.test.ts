/**
 * The gold fixtures themselves: valid, faithful to their articles, and scorable.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { checkGoldAgainstCorpus, listArticles, loadGoldDir } from '../../src/pipeline/eval/corpus.ts';
import { LINK_FIELDS, SAME_PREFIX, type GoldArticle, type GoldStatement, type LinkField } from '../../src/pipeline/eval/gold.ts';
import { scoreDataset } from '../../src/pipeline/eval/score.ts';
import type { Actor, Point } from '../../src/pipeline/types.ts';
import { dataset, point, source } from './helpers.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CORPORA = [
  { name: 'seeds', articles: join(root, 'content/articles'), gold: join(root, 'test/fixtures/eval/seeds'), size: 5 },
  { name: 'novel', articles: join(root, 'test/fixtures/eval/novel'), gold: join(root, 'test/fixtures/eval/novel'), size: 10 },
];

/** How GUIDELINES.md says words are found: hard wraps joined, whitespace collapsed. */
function flatten(text: string): string {
  return text.replace(/\s+/g, ' ');
}

async function load() {
  const all: { corpus: string; articlesDir: string; gold: GoldArticle }[] = [];
  for (const corpus of CORPORA) {
    const gold = await loadGoldDir(corpus.gold);
    checkGoldAgainstCorpus(gold, await listArticles(corpus.articles), corpus.gold, corpus.articles);
    assert.equal(gold.length, corpus.size, `${corpus.name}: one gold file per article`);
    for (const g of gold) all.push({ corpus: corpus.name, articlesDir: corpus.articles, gold: g });
  }
  return all;
}

test('the annotation guidelines are there', async () => {
  assert.ok((await stat(join(root, 'test/fixtures/eval/GUIDELINES.md'))).size > 1000);
});

test('every gold word and noise string is in its article, once hard wraps are joined', async () => {
  const problems: string[] = [];
  for (const { articlesDir, gold } of await load()) {
    const text = flatten(await readFile(join(articlesDir, `${gold.article}.txt`), 'utf8'));
    for (const s of gold.statements) {
      for (const fragment of s.words.split(' … ')) {
        if (!text.includes(flatten(fragment))) problems.push(`${gold.article}/${s.id}: "${fragment}"`);
      }
    }
    for (const n of gold.noise) if (!text.includes(flatten(n))) problems.push(`${gold.article} noise: "${n}"`);
  }
  assert.deepEqual(problems, []);
});

test('article dates agree with the sidecar metadata where there is one', async () => {
  for (const { articlesDir, gold } of await load()) {
    const meta = await readFile(join(articlesDir, `${gold.article}.meta.yaml`), 'utf8').catch(() => null);
    const date = meta?.match(/^date:\s*(\S+)/m)?.[1];
    if (date) assert.equal(gold.articleDate, date, gold.article);
  }
});

test('every same key links statements of at least two articles', async () => {
  const articlesOf = new Map<string, Set<string>>();
  for (const { corpus, gold } of await load()) {
    for (const s of gold.statements) {
      if (!s.same) continue;
      const key = `${corpus}:${s.same}`;
      articlesOf.set(key, (articlesOf.get(key) ?? new Set()).add(gold.article));
    }
  }
  assert.ok(articlesOf.size > 0);
  for (const [key, articles] of articlesOf) assert.ok(articles.size >= 2, `${key} appears in one article only`);
});

/**
 * A dataset that says exactly what the gold says must score 100% everywhere: otherwise the
 * matching rule cannot tell some gold statements apart, or a noise string steals a statement.
 */
test('a perfect prediction of each corpus scores 100%, and its noise strings are all caught', async () => {
  const all = await load();
  for (const corpus of CORPORA) {
    const gold = all.filter((a) => a.corpus === corpus.name).map((a) => a.gold);
    const actors = new Map<string, Actor>();
    const actorFor = (names: string[] | null): string => {
      if (names === null) return 'unknown';
      const id = `actor-${names[0]}`;
      const existing = actors.get(id);
      if (existing) existing.aliases = [...new Set([...existing.aliases, ...names])];
      else actors.set(id, { id, name: names[0] ?? id, aliases: names, kind: 'person' });
      return id;
    };
    actors.set('unknown', { id: 'unknown', name: 'Unknown', aliases: [], kind: 'unknown' });

    // Keyed statements become one point, dated by its most precise source.
    const groups = new Map<string, { article: string; s: GoldStatement }[]>();
    for (const g of gold) {
      for (const s of g.statements) {
        const key = s.same ?? `${g.article}/${s.id}`;
        groups.set(key, [...(groups.get(key) ?? []), { article: g.article, s }]);
      }
    }
    // Reply links join the points of the two statements' groups.
    const keyOf = (article: GoldArticle, target: string): string => {
      if (target.startsWith(SAME_PREFIX)) return target.slice(SAME_PREFIX.length);
      const s = article.statements.find((x) => x.id === target)!;
      return s.same ?? `${article.article}/${s.id}`;
    };
    const links = new Map<string, Partial<Record<LinkField, string>>>();
    for (const g of gold) {
      for (const s of g.statements) {
        for (const field of LINK_FIELDS) {
          const target = s[field];
          if (target === undefined) continue;
          const key = s.same ?? `${g.article}/${s.id}`;
          const known = links.get(key) ?? {};
          assert.ok(known[field] === undefined || known[field] === keyOf(g, target), `${g.article}/${s.id}: one ${field} per act`);
          links.set(key, { ...known, [field]: keyOf(g, target) });
        }
      }
    }
    const points: Point[] = [];
    for (const [key, members] of groups) {
      const dated = members.filter((m) => m.s.date !== null).sort((a, b) => span(a.s) - span(b.s));
      const first = members[0]!.s;
      const speaker = actorFor(first.speaker);
      for (const m of members.slice(1)) if (m.s.speaker) actorFor([first.speaker?.[0] ?? '', ...m.s.speaker]);
      points.push(
        point(
          key,
          speaker,
          members.map((m) => source(m.article, m.s.words, { direct: m.s.direct })),
          {
            addressees: first.addressees.map((names) => actorFor(names)),
            date: dated[0]?.s.date ?? null,
            dateEnd: dated[0]?.s.dateEnd ?? null,
            ...links.get(key),
          },
        ),
      );
    }
    const noisePoints = gold.flatMap((g) => g.noise.map((n, i) => point(`noise-${g.article}-${i}`, 'unknown', [source(g.article, n)])));
    const report = scoreDataset(dataset([...actors.values()], [...points, ...noisePoints]), gold);
    const c = report.counts;
    const label = corpus.name;
    assert.equal(c.matchedGold, c.gold, `${label}: recall; misses ${JSON.stringify(report.articles.flatMap((a) => a.misses))}`);
    assert.equal(c.speakerCorrect, c.speakerChecked, `${label}: speakers ${JSON.stringify(report.articles.flatMap((a) => a.wrongSpeakers))}`);
    assert.equal(c.addresseesCorrect, c.addresseesChecked, `${label}: addressees`);
    assert.equal(c.datesCorrect, c.datesChecked, `${label}: dates ${JSON.stringify(report.articles.flatMap((a) => a.wrongDates))}`);
    assert.equal(c.matchedPredicted, c.gold, `${label}: only the gold points are matched`);
    assert.equal(c.noiseViolations, noisePoints.length, `${label}: every noise string is caught`);
    assert.equal(report.merges.counts.merged, report.merges.counts.pairs, `${label}: merges`);
    assert.equal(report.merges.counts.wrongMerges, 0, `${label}: wrong merges`);
    const l = report.links.counts;
    assert.ok(l.gold > 0, `${label}: the gold has reply links`);
    assert.equal(l.found, l.gold, `${label}: reply links found ${JSON.stringify(report.links.missed)}`);
    assert.equal(l.correct, l.predicted, `${label}: reply links right ${JSON.stringify(report.links.wrong)}`);
  }
});

function span(s: GoldStatement): number {
  return s.date && s.dateEnd ? Date.parse(s.dateEnd) - Date.parse(s.date) : Infinity;
}
