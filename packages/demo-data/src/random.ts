// A small seeded PRNG so that the same seed always builds the same dataset.

// Shared by every generator (forks included): generation order is deterministic, so ids are too. It
// starts at a 2024 timestamp in ms, as a real UUIDv7 would.
let nextUuidPrefix = 0x018c_0000_0000;

/** Restarts the id sequence (a new dataset). */
export function resetUuidSequence(): void {
  nextUuidPrefix = 0x018c_0000_0000;
}

/** splitmix32: spreads a seed over the generator's state words. */
function splitmix32(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/**
 * sfc32: 128 bits of state, so the millions of ids a large dataset draws do not collide (a 32-bit
 * generator would repeat its sequences long before).
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, salt = 0) {
    const mix = splitmix32(seed ^ Math.imul(salt, 0x27d4eb2d));
    this.a = mix();
    this.b = mix();
    this.c = mix() ^ salt;
    this.d = mix();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  private nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks by weight: [[value, weight], ...]. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, weight] of options) {
      r -= weight;
      if (r < 0) return value;
    }
    return options[options.length - 1]![0];
  }

  /** Normally distributed (Box-Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next();
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String(this.int(0, 9));
    return out;
  }

  /**
   * A UUID in the version 7 layout: a 48-bit ever-growing prefix, then random bits. Ids made one after
   * another sort one after another, so bulk loads append to the end of each index instead of writing
   * all over multi-gigabyte B-trees (random v4 ids made the 100,000-customer load super-linear).
   */
  uuid(): string {
    const prefix = (nextUuidPrefix++).toString(16).padStart(12, '0');
    const r1 = this.nextUint32().toString(16).padStart(8, '0');
    const r2 = this.nextUint32().toString(16).padStart(8, '0');
    const r3 = this.nextUint32().toString(16).padStart(8, '0');
    const variant = ((parseInt(r1[3]!, 16) & 0x3) | 0x8).toString(16);
    return `${prefix.slice(0, 8)}-${prefix.slice(8, 12)}-7${r1.slice(0, 3)}-${variant}${r1.slice(4, 7)}-${r2}${r3.slice(0, 4)}`;
  }

  /** An independent generator for a sub-task (e.g. one customer), stable whatever came before. */
  fork(salt: number): Random {
    return new Random(this.nextUint32(), salt);
  }
}
