/**
 * Sidecar metadata (`NAME.meta.yaml` / `NAME.meta.json`): what an editor gives or
 * corrects about an article. Validated strictly, because a typo in a key would
 * otherwise be silently ignored and the editor's correction lost.
 */
import { parse as parseYaml } from 'yaml';
import type { ArticleMeta } from '../types.ts';
import { isIsoDay } from '../dates/calendar.ts';
import { isKnownEncoding } from './decode.ts';

export type SidecarFormat = 'yaml' | 'json';

export class SidecarError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'SidecarError';
  }
}

const KNOWN_KEYS = ['title', 'outlet', 'date', 'url', 'language', 'byline', 'encoding'] as const satisfies ReadonlyArray<keyof ArticleMeta>;
type MetaKey = (typeof KNOWN_KEYS)[number];

/** Loose BCP 47: primary subtag plus optional subtags ("en", "pt-BR", "zh-Hant-TW"). */
const LANGUAGE_TAG_RE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function isKnownKey(key: string): key is MetaKey {
  return (KNOWN_KEYS as readonly string[]).includes(key);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date/time value';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

function checkValue(key: MetaKey, value: string): string | null {
  switch (key) {
    case 'date':
      return isIsoDay(value) ? null : `"date" must be a real day written YYYY-MM-DD, got "${value}"`;
    case 'url': {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return `"url" is not a valid URL: "${value}"`;
      }
      return url.protocol === 'http:' || url.protocol === 'https:' ? null : `"url" must be http(s), got "${value}"`;
    }
    case 'language':
      return LANGUAGE_TAG_RE.test(value) ? null : `"language" must be a BCP 47 tag such as "en" or "pt-BR", got "${value}"`;
    case 'encoding':
      return isKnownEncoding(value) ? null : `"encoding" must name a text encoding such as "windows-1251" or "koi8-r", got "${value}"`;
    default:
      return null;
  }
}

function decode(fileName: string, content: string, format: SidecarFormat): unknown {
  try {
    // The YAML core schema keeps `2022-02-01` a string; dates stay as the editor wrote them.
    return format === 'json' ? JSON.parse(content) : parseYaml(content);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SidecarError(fileName, `not valid ${format.toUpperCase()} (${detail})`);
  }
}

/** Validate and return the metadata in a sidecar; throws `SidecarError` naming the file and reason. */
export function parseSidecar(fileName: string, content: string, format: SidecarFormat): ArticleMeta {
  const data = decode(fileName, content, format);
  // An empty (or comments-only) YAML sidecar says nothing, which is allowed.
  if (data === null || data === undefined) {
    if (format === 'yaml') return {};
    throw new SidecarError(fileName, 'expected an object of metadata, got null');
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new SidecarError(fileName, `expected a mapping of metadata keys, got ${describe(data)}`);
  }
  const meta: ArticleMeta = {};
  for (const [key, value] of Object.entries(data)) {
    if (!isKnownKey(key)) {
      throw new SidecarError(fileName, `unknown key "${key}" (allowed: ${KNOWN_KEYS.join(', ')})`);
    }
    if (typeof value !== 'string') {
      throw new SidecarError(fileName, `"${key}" must be a string, got ${describe(value)}`);
    }
    const trimmed = value.trim();
    if (trimmed === '') throw new SidecarError(fileName, `"${key}" must not be empty`);
    const problem = checkValue(key, trimmed);
    if (problem) throw new SidecarError(fileName, problem);
    meta[key] = trimmed;
  }
  return meta;
}
