/** Work/personal mode per account key, asked from the background and cached for the page. */
import type { Mode } from '../../rules/types';
import type { Send } from './bridge';

export interface ModeInfo {
  mode: Mode | null;
  official: boolean;
}

export class ModeStore {
  private cache = new Map<string, Promise<ModeInfo>>();
  private listeners = new Set<(key: string) => void>();

  constructor(private readonly send: Send) {}

  get(key: string): Promise<ModeInfo> {
    let got = this.cache.get(key);
    if (!got) {
      got = this.send({ type: 'get-mode', account: key }).then((r) => (r ? { mode: r.mode, official: r.official } : { mode: null, official: false }));
      this.cache.set(key, got);
    }
    return got;
  }

  async set(key: string, mode: Mode): Promise<void> {
    const r = await this.send({ type: 'set-mode', account: key, mode });
    this.cache.set(key, Promise.resolve(r ? { mode: r.mode, official: r.official } : { mode, official: false }));
    for (const l of this.listeners) l(key);
  }

  /** Settings changed elsewhere (popup, another tab): ask again. */
  invalidate(): void {
    this.cache.clear();
    for (const l of this.listeners) l('*');
  }

  onChange(listener: (key: string) => void): void {
    this.listeners.add(listener);
  }
}
