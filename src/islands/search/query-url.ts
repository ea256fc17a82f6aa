/**
 * The search in the address bar: `?q=…`, so that a search can be shared and
 * survives a reload. Every other parameter (the timeline's `p`, `from`, `to`,
 * `side`, `kind`…) is kept as it is, so a search combines with the timeline's view.
 */
const QUERY_PARAM = 'q';

export function readQuery(search: string): string {
  return new URLSearchParams(search).get(QUERY_PARAM) ?? '';
}

/** The query string with `q` set to `query`, or without it when the query is blank. */
export function writeQuery(search: string, query: string): string {
  const params = new URLSearchParams(search);
  if (query.trim()) params.set(QUERY_PARAM, query);
  else params.delete(QUERY_PARAM);
  const written = params.toString();
  return written ? `?${written}` : '';
}
