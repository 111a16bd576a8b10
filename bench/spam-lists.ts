// Reputation-list cost. Run: node --expose-gc --import tsx bench/spam-lists.ts [entries]
// Builds synthetic lists (documentation and private address ranges, `.example` domains: no real
// list's data) of N entries each (default 100,000): an IP list (three quarters single addresses,
// the rest CIDR blocks, a tenth of them IPv6), a domain list and an e-mail list, then measures
// parsing, compiling, the heap they take, and matching one check (IP, e-mail, author, author
// website and three link hosts) against all three, half of the checks hitting.
import { ListSet, CompiledList } from '../src/spam/lists/matcher.ts';
import { parseListText } from '../src/spam/lists/parse.ts';
import { seededRandom } from '../src/spam/classifier/random.ts';

const N = Number(process.argv[2] ?? 100_000);
const random = seededRandom(7);
const int = (n: number) => Math.floor(random() * n);
const ipv4 = () => `${10 + int(200)}.${int(256)}.${int(256)}.${int(256)}`;

function ipList(): string {
  const lines = ['# synthetic'];
  for (let i = 0; i < N; i++) {
    const r = random();
    if (r < 0.1) lines.push(`2001:db8:${int(65536).toString(16)}:${int(65536).toString(16)}::/64`);
    else if (r < 0.85) lines.push(ipv4());
    else lines.push(`${ipv4()}/${20 + int(9)}`);
  }
  return lines.join('\n');
}
const domain = (i: number) => `site${i}.example`;
const domainList = () => Array.from({ length: N }, (_, i) => `0.0.0.0 ${domain(i)}`).join('\n');
const emailList = () =>
  Array.from({ length: N }, (_, i) => (i % 4 === 0 ? `@mail${i}.example` : `user${i}@mail${i}.example`)).join(
    '\n',
  );

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** The result and the CPU milliseconds it took (CPU, not wall: the figure holds on a busy machine). */
function timed<T>(fn: () => T): [T, number] {
  const cpu = process.cpuUsage();
  const r = fn();
  const used = process.cpuUsage(cpu);
  return [r, (used.user + used.system) / 1000];
}

const texts = { ip: ipList(), domain: domainList(), email: emailList() };
const before = heapMb();
const lists: CompiledList[] = [];
for (const [kind, format] of [
  ['ip', 'lines'],
  ['domain', 'hosts'],
  ['email', 'lines'],
] as const) {
  const [parsed, parseMs] = timed(() => parseListText(texts[kind], { kind, format }));
  const [list, compileMs] = timed(
    () => new CompiledList({ name: kind, kind, weight: 2, action: 'hold' }, parsed.entries),
  );
  lists.push(list);
  console.log(
    `${kind.padEnd(6)} ${String(list.size).padStart(7)} entries, ${(texts[kind].length / 2 ** 20).toFixed(1)} MB text: parse ${parseMs.toFixed(0)} ms CPU, compile ${compileMs.toFixed(0)} ms CPU`,
  );
}
const set = new ListSet(lists);
console.log(`heap for the three compiled lists: ${(heapMb() - before).toFixed(1)} MB`);

const checks = Array.from({ length: 200_000 }, (_, i) => {
  const hit = i % 2 === 0;
  const k = int(N);
  return {
    ip: hit ? ipv4() : `203.0.113.${int(256)}`,
    email: hit ? `user${k}@mail${k}.example` : `reader${k}@example.org`,
    author: `Reader ${k}`,
    authorUrl: hit ? `https://www.${domain(k)}/about` : null,
    linkHosts: hit ? [`shop.${domain(k)}`, 'news.example.org', 'cdn.example.net'] : ['news.example.org'],
  };
});
for (const c of checks.slice(0, 20_000)) set.match(c); // warm up
const cpu = process.cpuUsage();
const wall = performance.now();
let hits = 0;
for (const c of checks) hits += set.match(c).length;
const used = process.cpuUsage(cpu);
const us = ((used.user + used.system) / checks.length).toFixed(2);
const wallUs = (((performance.now() - wall) * 1000) / checks.length).toFixed(2);
console.log(
  `match one check against all three: ${us} µs CPU (${wallUs} µs wall), ${checks.length} checks, ${hits} hits`,
);
