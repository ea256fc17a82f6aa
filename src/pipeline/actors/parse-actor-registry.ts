import { parse } from 'yaml';
import type { ActorKind, RegistryActor } from '../types.ts';

const KINDS: readonly ActorKind[] = ['person', 'organisation', 'country', 'group'];
const KEYS = new Set(['id', 'name', 'kind', 'aliases', 'roles', 'description', 'side']);

/** The actor registry (`actors.yaml`), validated strictly: a typo in editorial data should fail loudly, not drop an alias. */
export function parseActorRegistry(text: string, file: string): RegistryActor[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid YAML (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new Error(`${file}: expected a list of actors`);
  const seen = new Set<string>();
  return data.map((entry: unknown, index) => {
    const where = `${file}: actor #${index + 1}`;
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where} is not a mapping`);
    const record = entry as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!KEYS.has(key)) throw new Error(`${where} has an unknown key "${key}"`);
    }
    const id = requireString(record.id, `${where}: id`);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`${where}: id "${id}" is not a lowercase slug`);
    if (seen.has(id)) throw new Error(`${where}: id "${id}" is used twice`);
    seen.add(id);
    const kind = requireString(record.kind, `${where}: kind`) as ActorKind;
    if (!KINDS.includes(kind)) throw new Error(`${where}: kind must be one of ${KINDS.join(', ')}`);
    const actor: RegistryActor = {
      id,
      name: requireString(record.name, `${where}: name`),
      kind,
      aliases: stringList(record.aliases, `${where}: aliases`),
      roles: stringList(record.roles, `${where}: roles`),
    };
    if (record.description !== undefined) actor.description = requireString(record.description, `${where}: description`);
    if (record.side !== undefined) actor.side = requireString(record.side, `${where}: side`);
    return actor;
  });
}

function requireString(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${what} must be a non-empty string`);
  return value.trim();
}

function stringList(value: unknown, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${what} must be a list`);
  return value.map((item, i) => requireString(item, `${what}[${i}]`));
}
