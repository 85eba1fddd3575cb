// The storage the case store writes to: the subset of `browser.storage.local`
// it uses, so the store runs in tests on an in-memory area and in the
// extension on the real one.

export interface KeyValueArea {
  /** Values of the keys that exist; missing keys are absent from the result. */
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  /** Writes every item, or (on failure) none: `browser.storage.local.set` commits one batch. */
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Bytes in use, as the browser counts them (Chromium's `storage.local`); absent where the browser does not say. */
  getBytesInUse?(keys?: null): Promise<number>;
  /** The most the area holds (Chromium: 10 MB without the `unlimitedStorage` permission); absent where there is no such limit. */
  readonly QUOTA_BYTES?: number;
}

const utf8 = new TextEncoder();

/** An item's size as Chromium counts it against the quota: its key and its value as JSON. */
export function itemBytes(key: string, value: unknown): number {
  return utf8.encode(key).length + utf8.encode(JSON.stringify(value) ?? '').length;
}

/**
 * An in-memory area that copies values in and out as the browser does
 * (structured clone); with `quotaBytes`, it counts and refuses as Chromium's
 * `storage.local` does.
 */
export function createMemoryArea(initial: Record<string, unknown> = {}, options: { quotaBytes?: number } = {}): KeyValueArea & { dump(): Record<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const inUse = () => [...data].reduce((n, [key, value]) => n + itemBytes(key, value), 0);
  const quota = options.quotaBytes;
  return {
    ...(quota === undefined ? {} : { QUOTA_BYTES: quota, getBytesInUse: async () => inUse() }),
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (data.has(key)) out[key] = structuredClone(data.get(key));
      }
      return out;
    },
    async set(items) {
      if (quota !== undefined) {
        const after = inUse() + Object.entries(items).reduce((n, [key, value]) => n + itemBytes(key, value) - (data.has(key) ? itemBytes(key, data.get(key)) : 0), 0);
        if (after > quota) throw new Error('QUOTA_BYTES quota exceeded');
      }
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
