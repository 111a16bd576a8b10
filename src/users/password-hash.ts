// Password hashing with Node's built-in scrypt. Each hash string carries its own parameters
// (`$scrypt$ln=15,r=8,p=3$salt$key`), so the cost can be raised later without breaking old
// hashes; a login with an outdated hash re-hashes it (needsRehash).
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost: N = 2^ln, block size r, parallelism p. */
export interface ScryptParams {
  ln: number;
  r: number;
  p: number;
}

/**
 * Production cost: one of OWASP's equivalent scrypt settings (N=2^15, r=8, p=3) — 32 MiB per
 * hash instead of 128 MiB for N=2^17, p=1, so concurrent logins cannot exhaust memory.
 */
export const DEFAULT_SCRYPT_PARAMS: ScryptParams = { ln: 15, r: 8, p: 3 };

/** Cheap parameters for tests only (hashes still verify with the same code). */
export const TEST_SCRYPT_PARAMS: ScryptParams = { ln: 10, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const FORMAT =
  /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

/** Hashes and verifies passwords; `verify` always does the full work, found or not. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** True when `password` matches `stored`; false for a wrong password or a malformed hash. */
  verify(password: string, stored: string): Promise<boolean>;
  /** True when `stored` was made with weaker parameters than the current ones. */
  needsRehash(stored: string): boolean;
  /** A hash of a random password with the current parameters, for constant-time misses. */
  dummyHash(): Promise<string>;
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.ln;
  const maxmem = 256 * N * params.r * params.p + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      KEY_LENGTH,
      { N, r: params.r, p: params.p, maxmem },
      (err, key) => (err ? reject(err) : resolve(key)),
    );
  });
}

/** Parses a stored hash string, or null when it is not one of ours. */
export function parseScryptHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const m = FORMAT.exec(stored);
  if (!m) return null;
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  // Bounds keep a tampered row from making one login allocate gigabytes.
  if (params.ln < 10 || params.ln > 20 || params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16)
    return null;
  return { params, salt: Buffer.from(m[4]!, 'base64'), key: Buffer.from(m[5]!, 'base64') };
}

/** A scrypt hasher with `params` for new hashes. */
export function createScryptHasher(params: ScryptParams = DEFAULT_SCRYPT_PARAMS): PasswordHasher {
  let dummy: Promise<string> | null = null;
  const hash = async (password: string): Promise<string> => {
    const salt = randomBytes(SALT_LENGTH);
    const key = await derive(password, salt, params);
    return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
  };
  return {
    hash,
    async verify(password, stored) {
      const parsed = parseScryptHash(stored);
      if (!parsed || parsed.key.length !== KEY_LENGTH) {
        // Still spend the usual time so a broken row looks like any wrong password.
        await derive(password, randomBytes(SALT_LENGTH), params);
        return false;
      }
      const key = await derive(password, parsed.salt, parsed.params);
      return timingSafeEqual(key, parsed.key);
    },
    needsRehash(stored) {
      const parsed = parseScryptHash(stored);
      if (!parsed) return true;
      const cost = (p: ScryptParams) => 2 ** p.ln * p.r * p.p;
      return cost(parsed.params) < cost(params);
    },
    dummyHash() {
      dummy ??= hash(randomBytes(24).toString('base64'));
      return dummy;
    },
  };
}
