// One spelling per legacy URL, so a redirect stored at import time is found whatever the
// request looks like: decoded, without the trailing slash, with only the query that matters.

/** Query parameters WordPress answers on `/` with (`/?p=123`, `/?cat=4`…). */
const LEGACY_QUERY_KEYS = ['p', 'page_id', 'cat', 'tag', 'author', 'feed'] as const;

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The lookup key of a path with optional query (`/2024/05/slug/?utm=x` → `/2024/05/slug`). */
export function legacyPathKey(pathWithQuery: string): string {
  const q = pathWithQuery.indexOf('?');
  const rawPath = q === -1 ? pathWithQuery : pathWithQuery.slice(0, q);
  let path = decode(rawPath).replace(/\/+$/, '');
  if (!path.startsWith('/')) path = `/${path}`;
  if (q === -1) return path;
  const params = new URLSearchParams(pathWithQuery.slice(q + 1));
  for (const key of LEGACY_QUERY_KEYS) {
    const value = params.get(key);
    if (value) return `${path === '/' ? '' : path}/?${key}=${value}`;
  }
  return path;
}

/** True when a request may be an old WordPress URL worth a lookup (Silkpress never links these). */
export function mayBeLegacyUrl(pathWithQuery: string): boolean {
  const q = pathWithQuery.indexOf('?');
  const path = q === -1 ? pathWithQuery : pathWithQuery.slice(0, q);
  if (q !== -1 && path === '/') {
    const params = new URLSearchParams(pathWithQuery.slice(q + 1));
    return LEGACY_QUERY_KEYS.some((k) => params.has(k));
  }
  return (path.length > 1 && path.endsWith('/')) || /\.html?$/i.test(path) || path.startsWith('/index.php');
}
