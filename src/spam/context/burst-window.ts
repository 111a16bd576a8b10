// The burst window of the context memory: the newest comments of the last hour counted per IP and
// per network, without one object per comment. Each comment is a slot of three typed arrays (its
// time and the ids of its IP and network) in a ring that grows up to `capacity`; the IP and network
// strings are interned once per distinct value, and an id's reference count is its burst count.
// A check's own strings and the slot therefore die young: before, every check left a small object
// and two strings in the old generation for an hour (docs/akismet-api.md, "Garbage collection").

const NONE = -1;
const FIRST_SLOTS = 1024;

/** Strings interned as small ids, each counted; an id is reused once its count falls to zero. */
export class CountedKeys {
  private readonly ids = new Map<string, number>();
  private keys: (string | undefined)[] = [];
  private counts = new Int32Array(64);
  private readonly free: number[] = [];

  /** Counts `key` once more and returns its id. */
  acquire(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.free.pop() ?? this.keys.length;
      if (id >= this.counts.length) {
        const grown = new Int32Array(this.counts.length * 2);
        grown.set(this.counts);
        this.counts = grown;
      }
      this.ids.set(key, id);
      this.keys[id] = key;
      this.counts[id] = 0;
    }
    this.counts[id]!++;
    return id;
  }

  /** Counts an id once less (forgetting its string at zero). */
  release(id: number): void {
    if (--this.counts[id]! > 0) return;
    this.ids.delete(this.keys[id]!);
    this.keys[id] = undefined;
    this.free.push(id);
  }

  /** How often `key` is counted now. */
  count(key: string): number {
    const id = this.ids.get(key);
    return id === undefined ? 0 : this.counts[id]!;
  }

  /** Distinct strings held. */
  get size(): number {
    return this.ids.size;
  }
}

/** At most `capacity` comments, oldest first out, counted by IP and network. */
export class BurstWindow {
  private at: Float64Array;
  private ip: Int32Array;
  private network: Int32Array;
  private head = 0;
  private count = 0;
  private readonly ips = new CountedKeys();
  private readonly networks = new CountedKeys();

  constructor(readonly capacity: number) {
    const slots = Math.max(1, Math.min(capacity, FIRST_SLOTS));
    this.at = new Float64Array(slots);
    this.ip = new Int32Array(slots);
    this.network = new Int32Array(slots);
  }

  /** Remembers a comment (the oldest is forgotten past the capacity). */
  add(ip: string | null, network: string | null, at: number): void {
    if (this.capacity <= 0) return;
    if (this.count === this.capacity) this.dropOldest();
    if (this.count === this.at.length) this.grow();
    const slot = (this.head + this.count) % this.at.length;
    this.at[slot] = at;
    this.ip[slot] = ip === null ? NONE : this.ips.acquire(ip);
    this.network[slot] = network === null ? NONE : this.networks.acquire(network);
    this.count++;
  }

  /** Forgets the comments, from the oldest on, until one is at or after `since`. */
  dropBefore(since: number): void {
    while (this.count > 0 && this.at[this.head]! < since) this.dropOldest();
  }

  /** Comments held from this IP. */
  fromIp(ip: string): number {
    return this.ips.count(ip);
  }

  /** Comments held from this network. */
  fromNetwork(network: string): number {
    return this.networks.count(network);
  }

  /** Comments held, and the distinct IPs and networks among them. */
  sizes(): { comments: number; ips: number; networks: number; slots: number } {
    return { comments: this.count, ips: this.ips.size, networks: this.networks.size, slots: this.at.length };
  }

  private dropOldest(): void {
    const h = this.head;
    if (this.ip[h] !== NONE) this.ips.release(this.ip[h]!);
    if (this.network[h] !== NONE) this.networks.release(this.network[h]!);
    this.head = (h + 1) % this.at.length;
    this.count--;
  }

  /** Doubles the ring (up to the capacity), the oldest comment moving to slot 0. */
  private grow(): void {
    const size = Math.min(this.capacity, this.at.length * 2);
    const order = <T extends Float64Array | Int32Array>(a: T, into: T): T => {
      into.set(a.subarray(this.head));
      into.set(a.subarray(0, this.head), a.length - this.head);
      return into;
    };
    this.at = order(this.at, new Float64Array(size));
    this.ip = order(this.ip, new Int32Array(size));
    this.network = order(this.network, new Int32Array(size));
    this.head = 0;
  }
}
