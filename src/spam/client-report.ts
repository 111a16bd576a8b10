// An Akismet API client's submit-spam / submit-ham: remembered in the hub's campaign memory under
// the client's key (its own next checks use it at once), then learned from. What every client
// shares (the fingerprint as moderated spam, the link domains as spam domains, the site model) an
// untrusted client's report changes only once its campaign counts for the other clients too (two
// independent clients), and then its model updates draw on a budget of its own per day; so one
// client cannot move the others' verdicts on its word alone.
import type { ApiKeyRecord } from './api-key-repo.ts';
import type { CommentInput } from './analyze.ts';
import type { ModeratorDecision } from './learn.ts';
import type { NetworkStore } from './network-store.ts';
import type { LearnableVerdict, SpamService } from './spam-service.ts';

/** Learns from a client's report about a stored check. */
export async function learnFromClientReport(
  deps: { service: Pick<SpamService, 'learn'>; network: Pick<NetworkStore, 'report'> },
  client: Pick<ApiKeyRecord, 'id' | 'trusted'>,
  stored: LearnableVerdict,
  decision: ModeratorDecision,
  now: Date,
): Promise<void> {
  if (stored.isTest) {
    await deps.service.learn(stored, decision);
    return;
  }
  const { confirmed } = await deps.network.report({
    keyId: client.id,
    verdictId: stored.id,
    decision: decision === 'spam' ? 'spam' : 'ham',
    input: JSON.parse(stored.input) as CommentInput,
  });
  await deps.service.learn(
    stored,
    decision,
    client.trusted
      ? {}
      : {
          shareContext: confirmed,
          teachModel: confirmed,
          source: `key:${client.id}:${now.toISOString().slice(0, 10)}`,
        },
  );
}
