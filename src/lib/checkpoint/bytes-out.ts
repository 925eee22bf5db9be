/**
 * A growable byte writer and its reader: varints, doubles and latin-1 / UTF-16 strings. The
 * checkpoint codec writes every record through these (no per-value allocation on the hot path).
 */
const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);

export class ByteWriter {
	buf = new Uint8Array(4096);
	pos = 0;

	reset(): void {
		this.pos = 0;
	}

	private ensure(n: number): void {
		if (this.pos + n <= this.buf.length) return;
		let size = this.buf.length * 2;
		while (size < this.pos + n) size *= 2;
		const b = new Uint8Array(size);
		b.set(this.buf.subarray(0, this.pos));
		this.buf = b;
	}

	u8(x: number): void {
		this.ensure(1);
		this.buf[this.pos++] = x;
	}

	/** Unsigned integer below 2^53, 7 bits per byte. */
	uint(x: number): void {
		this.ensure(8);
		while (x >= 0x80) {
			this.buf[this.pos++] = (x % 0x80) | 0x80;
			x = Math.floor(x / 0x80);
		}
		this.buf[this.pos++] = x;
	}

	/** Signed safe integer (zig-zag). */
	int(x: number): void {
		this.uint(x < 0 ? -2 * x - 1 : 2 * x);
	}

	f64(x: number): void {
		this.ensure(8);
		f64[0] = x;
		this.buf.set(f64Bytes, this.pos);
		this.pos += 8;
	}

	bytes(b: Uint8Array): void {
		this.uint(b.length);
		this.ensure(b.length);
		this.buf.set(b, this.pos);
		this.pos += b.length;
	}

	/** Strings: a flag for the width, then latin-1 bytes or UTF-16 code units. */
	str(s: string): void {
		const n = s.length;
		let wide = false;
		for (let i = 0; i < n; i++) if (s.charCodeAt(i) > 0xff) wide = true;
		this.uint(n * 2 + (wide ? 1 : 0));
		this.ensure(wide ? n * 2 : n);
		const b = this.buf;
		let p = this.pos;
		if (wide) {
			for (let i = 0; i < n; i++) {
				const c = s.charCodeAt(i);
				b[p++] = c & 0xff;
				b[p++] = c >> 8;
			}
		} else for (let i = 0; i < n; i++) b[p++] = s.charCodeAt(i);
		this.pos = p;
	}

	/** The bytes written so far (a view: copy before the next reset). */
	view(): Uint8Array {
		return this.buf.subarray(0, this.pos);
	}
}

/** Small arrays are cut from shared slabs: a restore makes tens of thousands of 32-byte ids. */
const SLAB = 64 * 1024;
const SMALL = 256;
let slab = new Uint8Array(SLAB);
let used = 0;
const EMPTY = new Uint8Array(0);

function copyOf(src: Uint8Array): Uint8Array {
	const n = src.length;
	if (n === 0) return EMPTY; // like the engine's fresh fields: one shared empty array
	if (n > SMALL) return src.slice();
	if (used + n > SLAB) {
		slab = new Uint8Array(SLAB);
		used = 0;
	}
	const out = slab.subarray(used, used + n);
	out.set(src);
	used += n;
	return out;
}

export class ByteReader {
	pos = 0;
	constructor(readonly buf: Uint8Array) {}

	u8(): number {
		return this.buf[this.pos++];
	}

	uint(): number {
		let x = 0;
		let scale = 1;
		for (;;) {
			const b = this.buf[this.pos++];
			x += (b & 0x7f) * scale;
			if (b < 0x80) return x;
			scale *= 0x80;
		}
	}

	int(): number {
		const z = this.uint();
		return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
	}

	f64(): number {
		f64Bytes.set(this.buf.subarray(this.pos, this.pos + 8));
		this.pos += 8;
		return f64[0];
	}

	/** A copy of the next byte string (small ones share a slab; read the data through the view, not .buffer). */
	bytes(): Uint8Array {
		const n = this.uint();
		const out = copyOf(this.buf.subarray(this.pos, this.pos + n));
		this.pos += n;
		return out;
	}

	str(): string {
		const h = this.uint();
		const n = h >> 1;
		const b = this.buf;
		let p = this.pos;
		let s = '';
		if (h & 1) {
			for (let i = 0; i < n; i++, p += 2) s += String.fromCharCode(b[p] | (b[p + 1] << 8));
		} else if (n < 64) {
			for (let i = 0; i < n; i++) s += String.fromCharCode(b[p++]);
		} else {
			for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, Array.from(b.subarray(p + i, p + Math.min(n, i + 8192))));
			p += n;
		}
		this.pos = p;
		return s;
	}
}
