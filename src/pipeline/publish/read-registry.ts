import { readFile } from 'node:fs/promises';
import { emptyRegistry, parseRegistry, type IdRegistry } from './registry.ts';

/** The committed registry; a story that has published nothing yet has none, which is an empty registry. */
export async function readIdRegistry(file: string): Promise<IdRegistry> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyRegistry();
    throw new Error(`${file}: cannot read the registry of published ids (${(error as Error).message})`);
  }
  return parseRegistry(text, file);
}
