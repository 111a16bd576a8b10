// The verdict repository as the service's users see it: checks answered before their verdict was
// stored sit in the write-behind queue for a few milliseconds, so every read of verdicts writes
// that queue first (a submit-spam right after its comment-check still finds it by guid).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { type StoredVerdict, VerdictRepo } from './verdict-repo.ts';

/** VerdictRepo whose reads see every check this instance answered. */
export class BufferedVerdictRepo extends VerdictRepo {
  constructor(
    db: Kysely<Database>,
    private readonly flush: () => Promise<void>,
  ) {
    super(db);
  }

  override async findByGuid(guid: string, apiKeyId?: number): Promise<StoredVerdict | null> {
    await this.flush();
    return super.findByGuid(guid, apiKeyId);
  }

  override async findLatestByContent(contentHash: string, apiKeyId: number): Promise<StoredVerdict | null> {
    await this.flush();
    return super.findLatestByContent(contentHash, apiKeyId);
  }

  override async findByComments(commentIds: number[]): Promise<Map<number, StoredVerdict>> {
    await this.flush();
    return super.findByComments(commentIds);
  }
}
