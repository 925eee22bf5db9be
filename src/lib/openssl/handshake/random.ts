/**
 * Deterministic randomness for session ids, secrets and ticket keys: a small PRNG (sfc32) per World,
 * seeded with a constant, so two runs of a snippet produce the same bytes (the docs and the
 * replay-based snapshots depend on that). Not cryptographic — nothing here needs to be.
 */
import type { Sfc32State, World } from '../world';

/** A fresh generator: the constant seed, then 12 rounds to mix it. */
function seeded(): Sfc32State {
	const g: Sfc32State = { a: 0x9e3779b9, b: 0x243f6a88, c: 0xb7e15162, d: 1 };
	for (let i = 0; i < 12; i++) next(g);
	return g;
}

function next(g: Sfc32State): number {
	const t = (((g.a + g.b) | 0) + g.d) | 0;
	g.d = (g.d + 1) | 0;
	g.a = g.b ^ (g.b >>> 9);
	g.b = (g.c + (g.c << 3)) | 0;
	g.c = (g.c << 21) | (g.c >>> 11);
	g.c = (g.c + t) | 0;
	return t >>> 0;
}

/** The World's generator; its state is four plain numbers on the World, created on first use. */
function gen(w: World): Sfc32State {
	return (w.sfc32 ??= seeded());
}

export function randomBytes(w: World, n: number): Uint8Array {
	const g = gen(w);
	const out = new Uint8Array(n);
	for (let i = 0; i < n; i += 4) {
		const v = next(g);
		for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (v >>> (8 * j)) & 0xff;
	}
	return out;
}

export function randomUint32(w: World): number {
	return next(gen(w));
}
