import { readFile } from 'node:fs/promises';
import { parseRegistry } from './parse-registry.ts';
import type { RegistryActor } from '../types.ts';

export async function readActorRegistry(file: string): Promise<RegistryActor[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read the actor registry (${(error as Error).message})`);
  }
  return parseRegistry(text, file);
}
