/**
 * The build's report: every file left out (and why), every warning. Written beside the dataset
 * for the pages (the data page lists what was not published, each article page its own
 * warnings) and printed by the build, one line per problem, with no stack trace around it.
 */
import path from 'node:path';
import type { SkippedFile, Warning } from '../types.ts';

export interface BuildReport {
  /** Files of the articles folder that are not published, with the reason: "not published, and why". */
  skipped: SkippedFile[];
  /** Everything else worth an editor's eye, by article. */
  warnings: Warning[];
}

export interface ReportLine {
  level: 'info' | 'warn';
  text: string;
}

/** What the build prints: the files not published first, each with its path; then the warnings. */
export function reportLines(report: BuildReport, articlesDir: string): ReportLine[] {
  const lines: ReportLine[] = [];
  const { skipped } = report;
  if (skipped.length > 0) {
    const count = skipped.length === 1 ? '1 file is' : `${skipped.length} files are`;
    lines.push({ level: 'warn', text: `${count} not published (the data page lists ${skipped.length === 1 ? 'it' : 'them'}):` });
    for (const s of skipped) lines.push({ level: 'warn', text: `  NOT PUBLISHED ${path.join(articlesDir, s.file)}: ${s.reason}` });
  }
  // A skipped file's warning says the same as its line above.
  for (const w of report.warnings) if (w.kind !== 'not-published') lines.push({ level: 'warn', text: `${w.article}: ${w.message}` });
  return lines;
}
