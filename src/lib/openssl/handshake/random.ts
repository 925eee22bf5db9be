/**
 * Deterministic randomness for session ids, secrets and ticket keys: a small PRNG (sfc32) per World,
 * seeded with a constant, so two runs of a snippet produce the same bytes (the docs and the
 * replay-based snapshots depend on that). Not cryptographic — nothing here needs to be.
 */
import type { World } from '../world';

class Sfc32 {
	private a = 0x9e3779b9;
	private b = 0x243f6a88;
	private c = 0xb7e15162;
	private d = 1;
	constructor() {
		for (let i = 0; i < 12; i++) this.next();
	}
	next(): number {
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return t >>> 0;
	}
}

const generators = new WeakMap<World, Sfc32>();

function gen(w: World): Sfc32 {
	let g = generators.get(w);
	if (!g) {
		g = new Sfc32();
		generators.set(w, g);
	}
	return g;
}

export function randomBytes(w: World, n: number): Uint8Array {
	const g = gen(w);
	const out = new Uint8Array(n);
	for (let i = 0; i < n; i += 4) {
		const v = g.next();
		for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (v >>> (8 * j)) & 0xff;
	}
	return out;
}

export function randomUint32(w: World): number {
	return gen(w).next();
}
