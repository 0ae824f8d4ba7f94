/**
 * A resource that a test run starts once however many projects use it (the projects' global setups all
 * run in the one main process), and stops when the last project using it is done.
 */
export function sharedResource<T extends { stop: () => Promise<void> }>(key: string) {
  const registry = ((globalThis as { __mzoSuite?: Map<string, { value: Promise<T>; users: number }> }).__mzoSuite ??= new Map());
  return {
    acquire(start: () => Promise<T>): Promise<T> {
      let entry = registry.get(key);
      if (!entry) registry.set(key, (entry = { value: start(), users: 0 }));
      entry.users++;
      return entry.value;
    },
    async release(): Promise<void> {
      const entry = registry.get(key);
      if (!entry || --entry.users > 0) return;
      registry.delete(key);
      await (await entry.value).stop();
    },
  };
}
