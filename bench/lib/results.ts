// The shape of one bench run's results (written to bench/results/latest.json).
import type { CommentBenchResults } from './comments-bench.ts';
import type { LoadResult } from './load.ts';
import type { MachineInfo } from './machine.ts';
import type { ProcessMemory } from './proc-memory.ts';
import type { SearchLatency } from './search-latency.ts';

/** One HTTP load measurement. */
export interface ScenarioResult {
  id: string;
  label: string;
  /** Which server answered: the baseline or Silkpress with the page cache on or off. */
  server: 'baseline' | 'nginx' | 'cache-on' | 'cache-off' | 'all-cores-on' | 'all-cores-off';
  /** The paths requested (first few when rotating). */
  paths: string[];
  distinctPaths: number;
  result: LoadResult;
}

/** Memory of one Silkpress server process. */
export interface ServerMemory {
  /** Right after it started listening. */
  ready: ProcessMemory | null;
  /** After its last load measurement. */
  afterLoad: ProcessMemory | null;
}

/** A ratio or a target with what was reached. */
export interface TargetCheck {
  name: string;
  goal: string;
  measured: string;
  met: boolean;
}

/** Everything one run measured. */
export interface BenchResults {
  date: string;
  command: string;
  machine: MachineInfo;
  settings: {
    seconds: number;
    warmupSeconds: number;
    connections: number;
    pipelining: number;
    /** True when ANALYZE ran after loading (a what-if, not production behaviour). */
    analyze: boolean;
  };
  dataset: {
    demoArticles: number;
    generatedArticles: number;
    authors: number;
    tags: number;
    databaseMiB: number;
    seconds: { demo: number; insert: number; waitForGenerator: number; total: number };
  };
  articlePath: string;
  articleBytes: number;
  scenarios: ScenarioResult[];
  /** Silkpress processes, and the baseline process (the floor of Node + tsx with no app). */
  memory: {
    cacheOn: ServerMemory;
    cacheOff: ServerMemory;
    baseline: ServerMemory;
    /** One worker per core (rss/peakRss: the largest worker's). */
    allCoresOn: ServerMemory;
    allCoresOff: ServerMemory;
    nginx: ServerMemory;
  };
  search: SearchLatency;
  /** The 500-comment article and comment POST throughput (issue 4). */
  comments: CommentBenchResults;
  ratios: Record<string, number>;
  targets: TargetCheck[];
  totalSeconds: number;
}
