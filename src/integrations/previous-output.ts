/**
 * The last build's output, kept for the next build to complete rather than rebuilt from nothing.
 *
 * Astro empties the output folder before it builds. At hundreds of articles that folder holds
 * tens of thousands of files in thousands of folders, nearly all of them hard links to the page
 * cache, which the next build would link again: unlinking them, making the folders again and
 * linking them again took most of a rebuild that rendered a few pages. So the output is moved
 * aside before Astro starts (`setAside`), Astro builds into an empty folder, and `complete`
 * moves what Astro wrote into the old output, links what the cache holds and the old output
 * lacks, deletes what this build did not make, and puts the result back in place: the same
 * files as a build from nothing.
 *
 * Every file is replaced by renaming or linking, never written through: an old file is often
 * the cache's own copy, and writing into it would change the cache.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';

/** A file of the output that is a file of the cache. */
export interface ReusedFile {
  /** Relative to the output folder. */
  file: string;
  /** Its copy in the cache. */
  cached: string;
}

/**
 * `to` as the same file as `from`: a hard link where the file system allows (a fraction of a
 * copy's time), else a copy. Synchronous, like everything here: one after the other through the
 * thread pool, tens of thousands of these took seconds of waiting.
 */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Folders made once: tens of thousands of files share a few thousand folders. */
export class Folders {
  readonly #made = new Set<string>();

  /** Makes the folder `file` goes in, unless already made. */
  for(file: string): void {
    const folder = path.dirname(file);
    if (this.#made.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    this.#made.add(folder);
  }
}

/** Files `from` as `to`, making its folder first. */
export function fileAs(from: string, to: string, folders: Folders): void {
  folders.for(to);
  linkOrCopy(from, to);
}

/** The files under `root`, relative to it, in no particular order. */
function walk(root: string, visit: (file: string) => void, folder = ''): void {
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const inner = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(root, visit, inner);
    else visit(inner);
  }
}

/** Removes the folders under `dir` that hold no file, deepest first; true if `dir` is left empty. */
function dropEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const inner = path.join(dir, entry.name);
    if (entry.isDirectory() && dropEmptyFolders(inner)) rmdirSync(inner);
    else empty = false;
  }
  return empty;
}

/**
 * Puts a file at `file` under `root` with `put`. Should an older output have a folder where
 * the file goes, or a file where one of its folders goes (the site's code changed an address),
 * that is removed first.
 */
function place(root: string, file: string, folders: Folders, put: (target: string) => void): void {
  const target = path.join(root, file);
  try {
    folders.for(target);
    put(target);
  } catch {
    let at = root;
    for (const part of path.dirname(file).split(path.sep)) {
      at = path.join(at, part);
      if (statSync(at, { throwIfNoEntry: false })?.isFile()) unlinkSync(at);
    }
    rmSync(target, { recursive: true, force: true });
    mkdirSync(path.dirname(target), { recursive: true });
    put(target);
  }
}

const sameInode = (a: string, b: string): boolean => {
  const [x, y] = [statSync(a, { throwIfNoEntry: false }), statSync(b, { throwIfNoEntry: false })];
  return x !== undefined && y !== undefined && x.ino === y.ino && x.dev === y.dev;
};

/**
 * Moves `outDir` to `keptDir`, which must be on the same file system. False when there was
 * nothing to move, or it could not be moved: Astro then empties the output as it does.
 */
export function setAside(outDir: string, keptDir: string): boolean {
  // What a build that stopped halfway left there.
  rmSync(keptDir, { recursive: true, force: true });
  if (!existsSync(outDir)) return false;
  mkdirSync(path.dirname(keptDir), { recursive: true });
  try {
    renameSync(outDir, keptDir);
    return true;
  } catch {
    return false;
  }
}

/**
 * This build's output in `outDir`: what Astro wrote there, and the `reused` files from the
 * cache. With the last output set aside in `keptDir`, that is completed and moved back; with
 * none (`null`), the reused files are linked into `outDir`.
 */
export function complete(outDir: string, keptDir: string | null, reused: readonly ReusedFile[]): void {
  const folders = new Folders();
  if (keptDir === null) {
    for (const page of reused) fileAs(page.cached, path.join(outDir, page.file), folders);
    return;
  }
  const wanted = new Set(reused.map((page) => path.normalize(page.file)));
  walk(outDir, (file) => {
    wanted.add(file);
    place(keptDir, file, folders, (target) => renameSync(path.join(outDir, file), target));
  });
  for (const page of reused) {
    if (sameInode(page.cached, path.join(keptDir, page.file))) continue;
    place(keptDir, page.file, folders, (target) => {
      rmSync(target, { recursive: true, force: true });
      linkOrCopy(page.cached, target);
    });
  }
  walk(keptDir, (file) => {
    if (!wanted.has(file)) unlinkSync(path.join(keptDir, file));
  });
  dropEmptyFolders(keptDir);
  rmSync(outDir, { recursive: true, force: true });
  renameSync(keptDir, outDir);
}
