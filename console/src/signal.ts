// A value the pages re-render on: the smallest thing that does (no state library needed).
import { useEffect, useState } from 'preact/hooks';

export interface Signal<T> {
  get(): T;
  set(value: T): void;
  use(): T;
}

export function signal<T>(value: T): Signal<T> {
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: T) {
      value = next;
      listeners.forEach((l) => l());
    },
    use() {
      const [, tick] = useState(0);
      const rendered = value;
      useEffect(() => {
        const l = () => tick((n) => n + 1);
        listeners.add(l);
        // A change between this render and now (an answer that came back first) is not missed.
        if (value !== rendered) l();
        return () => void listeners.delete(l);
      }, []);
      return value;
    },
  };
}
