import { readFile } from 'node:fs/promises';
import { emptyRegistry, parseIdRegistry, type IdRegistry } from './id-registry.ts';

/** The registry of published ids from disk; a story that has published nothing yet has none, which is an empty registry. */
export async function readIdRegistry(file: string): Promise<IdRegistry> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyRegistry();
    throw new Error(`${file}: cannot read the registry of published ids (${(error as Error).message})`);
  }
  return parseIdRegistry(text, file);
}
