/** The island's shell is server-rendered: a part missing from it is a bug in the page, said by name. */
export function must<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`timeline: the page has no ${selector}`);
  return found;
}
