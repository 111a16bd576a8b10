// What request logs may contain: method and path only. Client IPs, hosts and query strings
// (which can carry tokens or emails) stay out of info-level logs (DESIGN.md §4).

/** The logged view of an incoming request. */
export function serializeRequest(req: { method?: string; url?: string }): { method?: string; url?: string } {
  return { method: req.method, url: req.url?.split('?')[0] };
}
