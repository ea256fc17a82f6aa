/**
 * Renders an eval report as plain text: overall, per corpus, per article, and on request
 * every miss, false positive and wrong attribute with what was expected and what came out.
 */
import { MATCH_THRESHOLD } from './match.ts';
import type { ArticleReport, CombinedReport, Counts, EvalReport, GoldRef, LinkCounts, MergeCounts } from './score.ts';

export interface FormatOptions {
  verbose?: boolean;
}

/** "95.2% (20/21)"; "n/a (0/0)" when there is nothing to measure. */
export function ratio(numerator: number, denominator: number): string {
  if (denominator === 0) return `n/a (0/0)`;
  return `${((100 * numerator) / denominator).toFixed(1)}% (${numerator}/${denominator})`;
}

export function formatReport(report: CombinedReport, options: FormatOptions = {}): string {
  const out: string[] = [];
  const articleCount = report.corpora.reduce((n, c) => n + c.report.articles.length, 0);
  out.push('Eval: who said what to whom, and when');
  out.push(
    `Matching: gold and predicted words share >= ${(MATCH_THRESHOLD * 100).toFixed(0)}% of the shorter side's tokens ` +
      '(and >= 3 content tokens, or all of a shorter gold), assigned one to one, best first.',
  );
  out.push('');
  out.push(...summary(`OVERALL (${articleCount} articles)`, report.counts, report.merges, report.unscoredSources, report.links));
  for (const { name, report: corpus } of report.corpora) {
    out.push('');
    out.push(
      ...summary(
        `${name.toUpperCase()} (${corpus.articles.length} articles)`,
        corpus.counts,
        corpus.merges.counts,
        corpus.unscoredSources,
        corpus.links.counts,
      ),
    );
  }
  out.push('');
  out.push('PER ARTICLE');
  out.push(...articleTable(report));
  if (options.verbose) {
    for (const { name, report: corpus } of report.corpora) {
      out.push('');
      out.push(...details(name, corpus));
    }
  }
  return out.join('\n') + '\n';
}

function summary(title: string, c: Counts, merges: MergeCounts, unscored: number, links: LinkCounts): string[] {
  const rows: [string, string][] = [
    ['sources predicted', String(c.predicted)],
    ['gold statements', String(c.gold)],
    ['precision', ratio(c.matchedPredicted, c.predicted)],
    ['recall', ratio(c.matchedGold, c.gold)],
    ['direct-quote recall', ratio(c.matchedGoldDirect, c.goldDirect)],
    ['speaker accuracy', ratio(c.speakerCorrect, c.speakerChecked)],
    ['addressee accuracy', ratio(c.addresseesCorrect, c.addresseesChecked)],
    ['date accuracy', ratio(c.datesCorrect, c.datesChecked)],
    ['article dates', ratio(c.articleDatesCorrect, c.articleDatesChecked)],
    ['merges', `${ratio(merges.merged, merges.pairs)} of keyed pairs; ${merges.bothMatched} with both matched`],
    ['wrong merges', String(merges.wrongMerges)],
    ['noise violations', String(c.noiseViolations)],
    ['reply links', `precision ${ratio(links.correct, links.predicted)}, recall ${ratio(links.found, links.gold)}`],
  ];
  if (unscored > 0) rows.push(['unscored sources', `${unscored} (articles without gold)`]);
  return [title, ...rows.map(([label, value]) => `  ${label.padEnd(21)}${value}`)];
}

function articleTable(report: CombinedReport): string[] {
  const header = ['article', 'pred', 'gold', 'precision', 'recall', 'direct recall', 'speaker', 'addressees', 'dates', 'noise'];
  const rows: string[][] = [];
  for (const { name, report: corpus } of report.corpora) {
    for (const a of corpus.articles) {
      const c = a.counts;
      rows.push([
        `${name}/${a.article}`,
        String(c.predicted),
        String(c.gold),
        ratio(c.matchedPredicted, c.predicted),
        ratio(c.matchedGold, c.gold),
        ratio(c.matchedGoldDirect, c.goldDirect),
        ratio(c.speakerCorrect, c.speakerChecked),
        ratio(c.addresseesCorrect, c.addresseesChecked),
        ratio(c.datesCorrect, c.datesChecked),
        String(c.noiseViolations),
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

function details(corpus: string, report: EvalReport): string[] {
  const out: string[] = [`DETAILS: ${corpus}`];
  for (const a of report.articles) out.push(...articleDetails(corpus, a));
  const { missed, wrong } = report.merges;
  if (missed.length > 0 || wrong.length > 0) {
    out.push(`  == ${corpus}: merges ==`);
    for (const m of missed) out.push(`    not merged [${m.key}]: ${ref(m.a)} -> ${m.points[0]}; ${ref(m.b)} -> ${m.points[1]}`);
    for (const w of wrong) {
      out.push(`    wrong merge in ${w.point}: ${w.statements.map((s) => `${s.article}/${s.id} [${s.same ?? 'no key'}]`).join(', ')}`);
    }
  }
  const links = report.links;
  if (links.missed.length > 0 || links.wrong.length > 0) {
    out.push(`  == ${corpus}: reply links ==`);
    for (const m of links.missed) out.push(`    missed ${m.field} ${ref(m)} -> ${m.target} (points ${m.points[0] ?? 'none'} -> ${m.points[1] ?? 'none'})`);
    for (const w of links.wrong) out.push(`    wrong ${w.field}: ${w.point} -> ${w.target}`);
  }
  return out;
}

function articleDetails(corpus: string, a: ArticleReport): string[] {
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push(`    ${title} (${lines.length}):`, ...lines.map((l) => `      ${l}`));
  };
  if (a.articleDate.got !== a.articleDate.expected) {
    out.push(`    article date: expected ${a.articleDate.expected ?? 'none'}, got ${a.articleDate.got ?? 'none'}`);
  }
  section(
    'missed',
    a.misses.map((m) => `${m.id} ${m.direct ? '[direct] ' : ''}${quote(m.words)} by ${m.speaker ? m.speaker[0] : 'unknown speaker'}`),
  );
  section(
    'false positives',
    a.falsePositives.map((f) => `${f.point} ${f.speaker}: ${quote(f.quote)}`),
  );
  section(
    'wrong speaker',
    a.wrongSpeakers.map((m) => `${m.id} ${quote(m.words)}: expected ${m.expected}; got ${m.got}`),
  );
  section(
    'wrong addressees',
    a.wrongAddressees.map((m) => `${m.id} ${quote(m.words)}: expected ${m.expected}; got ${m.got}`),
  );
  section(
    'wrong date',
    a.wrongDates.map((m) => `${m.id} ${quote(m.words)}: expected ${m.expected}; got ${m.got}`),
  );
  section(
    'noise violations',
    a.noise.map((n) => `${n.point} ${quote(n.quote)} is noise ${quote(n.noise)}`),
  );
  return out.length > 0 ? [`  == ${corpus}/${a.article} ==`, ...out] : [];
}

function ref(r: GoldRef): string {
  return `${r.article}/${r.id} ${quote(r.words)}`;
}

function quote(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}
