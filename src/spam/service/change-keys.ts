// Change-bus keys of the spam defense's in-memory context (see context-store.ts): every instance
// hears them and updates its memory. Other folders publish them too (an erasure request).

/** `spam-fingerprint:<id>`: that fingerprint changed (moderated, or blanked); re-read it. */
export const FINGERPRINT_DECIDED = 'spam-fingerprint:';
/** `spam-domain:<domain>`: a domain was seen in spam. */
export const SPAM_DOMAIN_SEEN = 'spam-domain:';
/** The Akismet API keys changed (created, revoked): every instance forgets the keys it knows. */
export const API_KEYS_CHANGED = 'spam-apikeys';
/** `spam-fingerprints-pruned:<before>|<undecidedBefore>`: the prune job deleted rows. */
export const FINGERPRINTS_PRUNED = 'spam-fingerprints-pruned:';
