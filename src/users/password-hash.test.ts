// scrypt hashing: round trip, parameters carried in the hash, tampering, rehash decisions.
import { describe, expect, it } from 'vitest';
import { createScryptHasher, parseScryptHash, TEST_SCRYPT_PARAMS } from './password-hash.ts';

describe('scrypt password hashing', () => {
  const hasher = createScryptHasher(TEST_SCRYPT_PARAMS);

  it('verifies the right password and rejects others', async () => {
    const hash = await hasher.hash('orbit lantern tundra 42');
    expect(hash).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/);
    expect(await hasher.verify('orbit lantern tundra 42', hash)).toBe(true);
    expect(await hasher.verify('orbit lantern tundra 43', hash)).toBe(false);
    expect(await hasher.verify('', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hasher.hash('same password twice')).not.toBe(await hasher.hash('same password twice'));
  });

  it('treats composed and decomposed Unicode as the same password', async () => {
    const hash = await hasher.hash('café au lait 1234'.normalize('NFC'));
    expect(await hasher.verify('café au lait 1234'.normalize('NFD'), hash)).toBe(true);
  });

  it('reads the cost from each hash, so old hashes verify after the cost is raised', async () => {
    const old = await createScryptHasher({ ln: 11, r: 8, p: 1 }).hash('a long enough password');
    const stronger = createScryptHasher({ ln: 12, r: 8, p: 1 });
    expect(await stronger.verify('a long enough password', old)).toBe(true);
    expect(stronger.needsRehash(old)).toBe(true);
    expect(stronger.needsRehash(await stronger.hash('x'))).toBe(false);
  });

  it('refuses malformed or out-of-bounds hashes without throwing', async () => {
    for (const bad of [
      '',
      'plain',
      '$scrypt$ln=40,r=8,p=1$AAAA$AAAA',
      '$argon2id$v=19$m=65536,t=3,p=4$x$y',
    ]) {
      expect(await hasher.verify('anything at all', bad)).toBe(false);
    }
    expect(parseScryptHash('$scrypt$ln=40,r=8,p=1$AAAA$AAAA')).toBeNull();
  });

  it('keeps one dummy hash per hasher for constant-time misses', async () => {
    const a = await hasher.dummyHash();
    expect(await hasher.dummyHash()).toBe(a);
    expect(parseScryptHash(a)?.params).toEqual(TEST_SCRYPT_PARAMS);
  });
});
