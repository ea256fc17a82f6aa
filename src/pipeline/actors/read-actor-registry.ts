import { readFile } from 'node:fs/promises';
import { parseActorRegistry } from './parse-actor-registry.ts';
import type { RegistryActor } from '../types.ts';

/** The actor registry from disk (editorial data: who is who, and for which side). */
export async function readActorRegistry(file: string): Promise<RegistryActor[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    // A story built with ARTICLES_DIR needs its own registry beside the articles folder (even an empty list, `[]`).
    throw new Error(
      `${file}: cannot read the actor registry (${(error as Error).message}): put one beside the articles folder, or give its path in ACTORS_FILE`,
    );
  }
  return parseActorRegistry(text, file);
}
