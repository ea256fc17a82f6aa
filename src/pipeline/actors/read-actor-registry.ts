import { readFile } from 'node:fs/promises';
import { parseActorRegistry } from './parse-actor-registry.ts';
import type { RegistryActor } from '../types.ts';

/** The actor registry from disk (editorial data: who is who, and for which side). */
export async function readActorRegistry(file: string): Promise<RegistryActor[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the actor registry (${(error as Error).message})`);
  }
  return parseActorRegistry(text, file);
}
