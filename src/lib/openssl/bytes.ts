/**
 * Small byte copies (session ids, id contexts) carved out of shared slabs: one ArrayBuffer per
 * 64 KiB instead of one per copy, which keeps the garbage collector quiet in cache-heavy runs.
 */
const SLAB = 65536;
let slab = new Uint8Array(SLAB);
let used = 0;

export function copyBytes(src: Uint8Array): Uint8Array {
	const n = src.length;
	if (n === 0) return new Uint8Array(0);
	if (n > 256) return src.slice();
	if (used + n > SLAB) {
		slab = new Uint8Array(SLAB);
		used = 0;
	}
	// The constructor, not subarray(): subarray looks up Symbol.species on every call.
	const out = new Uint8Array(slab.buffer, used, n);
	out.set(src);
	used += n;
	return out;
}
