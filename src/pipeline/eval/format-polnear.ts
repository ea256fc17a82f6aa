/**
 * The PolNeAR scorer's figures as a plain-text table: the whole corpus, then each
 * publisher. The figures are `score.py`'s own; this only lays them out.
 */

/** What `score.py --json` prints (the fields this report reads). */
export interface PolnearScores {
  'P@30': number;
  'R@30': number;
  'F1@30': number;
  'P@80': number;
  'R@80': number;
  'F1@80': number;
  'direct_R@30': number;
  'indirect_R@30': number;
  speaker_acc: number;
  speaker_pairs: number;
  system_quotes: number;
  gold_speech: number;
  'R@30_by_sourceKind': Record<string, number>;
  per_publisher: Record<string, { 'P@30': number; 'R@30': number; 'F1@30': number; system: number; gold: number }>;
}

export interface PublisherSpeakers {
  checked: number;
  correct: number;
}

export interface PolnearResult {
  articles: number;
  points: number;
  /** Wall time of the pipeline run over the corpus. */
  seconds: number;
  scores: PolnearScores;
  /** Speaker accuracy per publisher, from the scorer's verdicts. */
  speakers: Record<string, PublisherSpeakers>;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function formatPolnear(result: PolnearResult): string {
  const s = result.scores;
  const rows: string[][] = [['', 'P@30', 'R@30', 'F1@30', 'speaker', 'quotes', 'gold']];
  rows.push(['all', pct(s['P@30']), pct(s['R@30']), pct(s['F1@30']), pct(s.speaker_acc), String(s.system_quotes), String(s.gold_speech)]);
  for (const [name, p] of Object.entries(s.per_publisher)) {
    const sp = result.speakers[name];
    rows.push([
      name,
      pct(p['P@30']),
      pct(p['R@30']),
      pct(p['F1@30']),
      sp && sp.checked > 0 ? pct(sp.correct / sp.checked) : 'n/a',
      String(p.system),
      String(p.gold),
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) => `  ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`);
  const kinds = Object.entries(s['R@30_by_sourceKind'])
    .map(([k, v]) => `${k} ${pct(v)}`)
    .join(', ');
  return (
    [
      `POLNEAR (${result.articles} real articles, seven publishers; scored by the corpus's score.py; pipeline ${result.seconds.toFixed(1)} s)`,
      `  F1@30 ${pct(s['F1@30'])}  F1@80 ${pct(s['F1@80'])}  precision ${pct(s['P@30'])}  recall ${pct(s['R@30'])}  ` +
        `speaker ${pct(s.speaker_acc)} (${s.speaker_pairs} pairs)  direct-quote recall ${pct(s['direct_R@30'])}  indirect recall ${pct(s['indirect_R@30'])}`,
      `  recall by source kind: ${kinds}`,
      ...table,
    ].join('\n') + '\n'
  );
}
