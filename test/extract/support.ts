/** Shared helpers for the extractor's behaviour tests: a tiny invented registry and one-call extraction. */
import assert from 'node:assert/strict';
import { parseActorRegistry } from '../../src/pipeline/actors/parse-actor-registry.ts';
import { parseArticle } from '../../src/pipeline/article/parse-article.ts';
import { extractArticle } from '../../src/pipeline/extract/extract-article.ts';
import type { ArticleStatement } from '../../src/pipeline/types.ts';
import type { ParsedArticle, RegistryActor } from '../../src/pipeline/types.ts';

/** A fictional dispute between Freedonia and Sylvania, plus a press actor and a bloc. */
export const REGISTRY_YAML = `
- id: freedonia
  name: Freedonia
  kind: country
  aliases: [Freedonia City, the Freedonian side, Republic of Freedonia]
  side: Freedonia
- id: sylvania
  name: Sylvania
  kind: country
  aliases: [Port Sylvan, the Sylvanian side]
  side: Sylvania
- id: coastal-league
  name: Coastal League
  kind: group
  aliases: [the League, CL]
  side: Coastal League
- id: freedonian-foreign-ministry
  name: Freedonian Foreign Ministry
  kind: organisation
  aliases: [the Freedonian Foreign Ministry, Freedonia's Foreign Ministry, Foreign Ministry of Freedonia]
  side: Freedonia
- id: sylvanian-embassy
  name: Sylvanian Embassy in Freedonia City
  kind: organisation
  aliases: [the Sylvanian Embassy, Sylvania's Embassy in Freedonia City, the Embassy of Sylvania]
  side: Sylvania
- id: ana-ruiz
  name: Ana Ruiz
  kind: person
  aliases: [Ruiz]
  roles: [Foreign Minister of Freedonia]
  description: Freedonian Foreign Minister
  side: Freedonia
- id: tomas-brenner
  name: Tomas Brenner
  kind: person
  aliases: [Brenner]
  roles: [Foreign Minister of Sylvania]
  description: Sylvanian Foreign Minister
  side: Sylvania
- id: sergei-valenko
  name: Sergei Valenko
  kind: person
  aliases: [Valenko]
  roles: [President of Sylvania]
  description: Sylvanian President
  side: Sylvania
- id: aleksandr-petrin
  name: Aleksandr Petrin
  kind: person
  aliases: [Petrin]
  roles: [Ambassador to Freedonia of Sylvania]
  description: Sylvanian ambassador to Freedonia
  side: Sylvania
- id: marta-olsen
  name: Marta Olsen
  kind: person
  aliases: [Olsen]
  roles: [Secretary General of Coastal League]
  description: Coastal League Secretary General
  side: Coastal League
- id: press
  name: The press
  kind: group
  aliases: [reporters, journalists, the press]
`;

export function registry(): RegistryActor[] {
  return parseActorRegistry(REGISTRY_YAML, 'test');
}

export interface ExtractOptions {
  /** Article day, given as sidecar metadata. */
  date?: string;
  /** Use the test registry (default) or none at all. */
  registry?: 'test' | 'none';
  id?: string;
}

export function parse(text: string, options: ExtractOptions = {}): ParsedArticle {
  return parseArticle(options.id ?? 'test-article', text, options.date ? { date: options.date } : {});
}

/** The statements one article reports. */
export function extract(text: string, options: ExtractOptions = {}): ArticleStatement[] {
  return extractArticle(parse(text, options), options.registry === 'none' ? [] : registry()).statements;
}

/** An article body from its paragraphs, one blank line apart, as copy arrives. */
export const paragraphs = (...texts: string[]): string => texts.join('\n\n');

/** Only reported speech (statements and denials), not calls, meetings or documents. */
export function speech(text: string, options: ExtractOptions = {}): ArticleStatement[] {
  return extract(text, options).filter((s) => s.kind === 'statement' || s.kind === 'denial');
}

/** The one statement whose words contain `needle`; fails when there is none or several. */
export function only(statements: readonly ArticleStatement[], needle: string): ArticleStatement {
  const found = statements.filter((s) => s.words.includes(needle));
  assert.equal(found.length, 1, `expected one statement with "${needle}", got ${found.length}: ${describeAll(statements)}`);
  return found[0]!;
}

export function describe1(s: ArticleStatement): string {
  const to = s.addressees.map((a) => a.id).join(',');
  return `[${s.kind} ${s.speaker.id}${to ? ` -> ${to}` : ''} direct=${s.direct} when=${s.when ? `${s.when.date}..${s.when.dateEnd}/${s.when.precision}` : 'null'}] ${s.words}`;
}

export function describeAll(statements: readonly ArticleStatement[]): string {
  return statements.length === 0 ? '(none)' : '\n  ' + statements.map(describe1).join('\n  ');
}

/** Asserts the statements hold exactly these speaker ids (in order). */
export function speakers(statements: readonly ArticleStatement[]): string[] {
  return statements.map((s) => s.speaker.id);
}

export function addresseeIds(s: ArticleStatement): string[] {
  return s.addressees.map((a) => a.id);
}

/** Indirect words without the conjunction that introduces them: "that X" → "X". */
export function content(s: ArticleStatement): string {
  return s.words.replace(/^that\s+/i, '');
}

/** The day range of a statement, as "FROM..TO/precision" for compact assertions. */
export function when(s: ArticleStatement): string | null {
  return s.when ? `${s.when.date}..${s.when.dateEnd}/${s.when.precision}` : null;
}
