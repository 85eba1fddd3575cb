// The storage the case store writes to: the subset of `browser.storage.local`
// it uses, so the store runs in tests on an in-memory area and in the
// extension on the real one.

export interface KeyValueArea {
  /** Values of the keys that exist; missing keys are absent from the result. */
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  /** Writes every item, or (on failure) none: `browser.storage.local.set` commits one batch. */
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** An in-memory area that copies values in and out as the browser does (structured clone). */
export function createMemoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { dump(): Record<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (data.has(key)) out[key] = structuredClone(data.get(key));
      }
      return out;
    },
    async set(items) {
      for (const [key, value] of Object.entries(structuredClone(items))) data.set(key, value);
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
    dump() {
      return structuredClone(Object.fromEntries(data));
    },
  };
}
