// Broadcast of "what changed" keys (e.g. `article:12`, `tag:trade`) so every app instance can
// purge exactly the cached pages that show them. In-process for SQLite; PostgreSQL LISTEN/NOTIFY
// across instances (see pg-change-bus.ts).

/** Receives the change keys published by any instance, including this one. */
export type ChangeListener = (keys: string[]) => void;

/** A publish/subscribe channel for content-change keys. */
export interface ChangeBus {
  publish(keys: string[]): Promise<void>;
  subscribe(listener: ChangeListener): () => void;
  close(): Promise<void>;
}

/** Key meaning "assume everything changed" (sent after a lost connection, for instance). */
export const ALL_CHANGED = '*';

/** Fan-out to local listeners; the building block of every bus. */
export class LocalListeners {
  private readonly listeners = new Set<ChangeListener>();

  add(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(keys: string[]): void {
    for (const listener of this.listeners) listener(keys);
  }
}

/** A bus for a single process (the embedded SQLite setup). */
export function createLocalChangeBus(): ChangeBus {
  const listeners = new LocalListeners();
  return {
    publish: async (keys) => listeners.emit(keys),
    subscribe: (listener) => listeners.add(listener),
    close: async () => {},
  };
}
