// Bench settings: defaults sized for a 3-minute run on a 2-core machine, overridable from the
// environment for quick local iterations (BENCH_SECONDS=2 BENCH_ARTICLES=1000 npm run bench).

/** How the bench runs. */
export interface BenchSettings {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  articles: number;
  authors: number;
  tags: number;
  seed: number;
  /** Wall-clock budget of the in-process search measurement. */
  searchSeconds: number;
  /** Run ANALYZE after loading: a what-if showing the effect of planner statistics. */
  analyze: boolean;
  /** Directory for --cpu-prof output of the Silkpress children, or null for no profiling. */
  cpuProfileDir: string | null;
  /** The overrides in effect, as they'd be typed before the command. */
  overrides: string[];
}

const NUMERIC = {
  BENCH_SECONDS: 10,
  BENCH_WARMUP_SECONDS: 2,
  BENCH_CONNECTIONS: 50,
  BENCH_ARTICLES: 10_000,
  BENCH_SEARCH_SECONDS: 20,
} as const;

/** Reads BENCH_* variables from `env`, falling back to the defaults. */
export function readSettings(env: Record<string, string | undefined>): BenchSettings {
  const overrides: string[] = [];
  const num = (name: keyof typeof NUMERIC): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return NUMERIC[name];
    const value = Number(raw);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number`);
    overrides.push(`${name}=${raw}`);
    return value;
  };
  const profile = env.BENCH_CPU_PROF;
  if (profile) overrides.push(`BENCH_CPU_PROF=${profile}`);
  const analyze = env.BENCH_ANALYZE === '1';
  if (analyze) overrides.push('BENCH_ANALYZE=1');
  return {
    seconds: num('BENCH_SECONDS'),
    warmupSeconds: num('BENCH_WARMUP_SECONDS'),
    connections: Math.max(1, Math.round(num('BENCH_CONNECTIONS'))),
    articles: Math.round(num('BENCH_ARTICLES')),
    authors: 24,
    tags: 40,
    seed: 2026,
    searchSeconds: num('BENCH_SEARCH_SECONDS'),
    analyze,
    cpuProfileDir: profile ? (profile === '1' ? 'bench/results/profiles' : profile) : null,
    overrides,
  };
}
