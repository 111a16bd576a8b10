// An Akismet API client's submit-spam / submit-ham: remembered in the hub's campaign memory under
// the client's key (its own next checks use it at once), then learned from. What every client
// shares (the fingerprint as moderated spam, the link domains as spam domains, the site model) an
// untrusted client's report changes only once its campaign counts for the other clients too (two
// independent clients), and then its model updates draw on a budget of its own per day; so one
// client cannot move the others' verdicts on its word alone.
import type { ApiKeyRecord } from './api-key-repo.ts';
import type { CommentInput } from '../analyze.ts';
import type { ModeratorDecision } from '../classifier/learn.ts';
import type { NetworkStore } from './network-store.ts';
import { contentHash, type LearnableVerdict, type SpamService } from '../service/spam-service.ts';
import type { StoredVerdict, VerdictRepo } from '../service/verdict-repo.ts';

/** A client's submit-spam / submit-ham as the API received it. */
export interface ClientReport {
  /** The guid comment-check answered with, when the client sends it back. */
  guid: string | null;
  /** The reported comment, as it would be checked. */
  input: CommentInput;
  /** Akismet's is_test: learn nothing that others share. */
  isTest: boolean;
  /** The article id or permalink, for a check made now. */
  articleKey: string | null;
}

/**
 * A client's report: joined to the check it reports on (by guid, else by the latest check of
 * the same text with this key; a comment never checked is checked now), then learned from.
 */
export async function reportFromClient(
  deps: {
    service: Pick<SpamService, 'check' | 'learn'>;
    verdicts: Pick<VerdictRepo, 'findByGuid' | 'findLatestByContent'>;
    network: Pick<NetworkStore, 'report'>;
  },
  client: Pick<ApiKeyRecord, 'id' | 'trusted'>,
  report: ClientReport,
  decision: ModeratorDecision,
  now: Date,
): Promise<void> {
  let stored: StoredVerdict | null =
    (report.guid ? await deps.verdicts.findByGuid(report.guid, client.id) : null) ??
    (report.input.content
      ? await deps.verdicts.findLatestByContent(contentHash(report.input.content), client.id)
      : null);
  if (!stored) {
    const checked = await deps.service.check(report.input, {
      origin: 'api',
      apiKeyId: client.id,
      isTest: report.isTest,
      articleKey: report.articleKey,
    });
    stored = await deps.verdicts.findByGuid(checked.guid);
  }
  if (stored)
    await learnFromClientReport(
      deps,
      client,
      { ...stored, isTest: stored.isTest || report.isTest },
      decision,
      now,
    );
}

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
