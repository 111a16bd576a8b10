// The words a moderator reads for a reputation-list hit. What is stored with a verdict quotes the
// list and its entry (a CIDR block, a listed domain), never the commenter's own IP address, e-mail
// address or name: stored reasons outlive the IP retention purge and a person's erasure, so they
// must hold nothing of the person. `spam check` shows the values too (nothing is stored there).
import type { ListHit, ListHitField } from './matcher.ts';

/**
 * Log-odds a disposable-mail address adds. Weak on purpose: privacy-minded readers use such
 * addresses too, so it may tip an already doubtful comment into the hold band, and verdict.ts
 * never lets it alone send a comment to spam (docs/spam.md, "Reputation lists").
 */
export const DISPOSABLE_EMAIL_WEIGHT = 1;

/** Default log-odds of a list hit: with the default `hold` action a hit alone holds the comment. */
export const DEFAULT_LIST_WEIGHT = 2;

function entryNote(hit: ListHit): string {
  switch (hit.field) {
    case 'ip':
      if (hit.entry.includes('/')) return ` (CIDR ${hit.entry})`;
      if (hit.entry.includes('-')) return ` (range ${hit.entry})`;
      return ' (this address)';
    case 'email':
      return hit.entry.startsWith('@') ? ` (domain ${hit.entry.slice(1)})` : ' (this address)';
    case 'link':
      return hit.entry === hit.value ? '' : ` (${hit.entry})`;
    case 'author-url':
      return ` (domain ${hit.entry})`;
    case 'author':
      return '';
  }
}

function subject(hit: ListHit, withValue: boolean): string {
  const v = withValue ? ` ${hit.value}` : '';
  switch (hit.field) {
    case 'ip':
      return withValue ? `IP${v}` : 'IP address';
    case 'email':
      return `e-mail address${v}`;
    case 'link':
      return `link to ${hit.value}`;
    case 'author-url':
      return `author website${v}`;
    case 'author':
      return withValue ? `author name "${hit.value}"` : 'author name';
  }
}

/**
 * One hit in words: "IP address is on list 'forum-spam-ips' (CIDR 203.0.113.0/24)", with the
 * comment's own value when `withValue` ("IP 203.0.113.7 is on list …"), and "held for
 * moderation" when the list's action holds.
 */
export function describeListHit(hit: ListHit, options: { withValue?: boolean } = {}): string {
  const held = hit.action === 'hold' ? ', held for moderation' : '';
  return `${subject(hit, options.withValue === true)} is on list '${hit.list}'${entryNote(hit)}${held}`;
}

/** Several hits of one kind in one reason. */
export function describeListHits(hits: readonly ListHit[]): string {
  return hits.map((h) => describeListHit(h)).join('; ');
}

/**
 * One hit as a verdict's reason keeps it for the admin to word in its language: the field, the
 * list, how the entry matched and the entry itself when it is the list's (a CIDR block, a range,
 * a domain), never when it is the commenter's own value (`match: 'same'`). `link` is the host a
 * link in the text points to.
 */
export interface ReasonListHit {
  field: ListHitField;
  list: string;
  match: 'cidr' | 'range' | 'domain' | 'entry' | 'same';
  entry: string;
  link: string;
  held: boolean;
}

function matchOf(hit: ListHit): Pick<ReasonListHit, 'match' | 'entry'> {
  switch (hit.field) {
    case 'ip':
      if (hit.entry.includes('/')) return { match: 'cidr', entry: hit.entry };
      if (hit.entry.includes('-')) return { match: 'range', entry: hit.entry };
      return { match: 'same', entry: '' };
    case 'email':
      return hit.entry.startsWith('@')
        ? { match: 'domain', entry: hit.entry.slice(1) }
        : { match: 'same', entry: '' };
    case 'link':
      return hit.entry === hit.value ? { match: 'same', entry: '' } : { match: 'entry', entry: hit.entry };
    case 'author-url':
      return { match: 'domain', entry: hit.entry };
    case 'author':
      return { match: 'same', entry: '' };
  }
}

/** The hits as a reason stores them (what describeListHits says, as values). */
export function reasonListHits(hits: readonly ListHit[]): ReasonListHit[] {
  return hits.map((h) => ({
    field: h.field,
    list: h.list,
    ...matchOf(h),
    link: h.field === 'link' ? h.value : '',
    held: h.action === 'hold',
  }));
}
