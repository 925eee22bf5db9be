/** Minimal DER building blocks: tag-length-value with minimal lengths and minimal INTEGER contents. */

export function derLength(n: number): number[] {
	if (n < 0x80) return [n];
	const bytes: number[] = [];
	for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
	return [0x80 | bytes.length, ...bytes];
}

export function tlv(tag: number, content: Uint8Array): Uint8Array {
	const head = [tag, ...derLength(content.length)];
	const out = new Uint8Array(head.length + content.length);
	out.set(head, 0);
	out.set(content, head.length);
	return out;
}

/** Two's-complement contents of a DER INTEGER: the shortest form (a 00 byte keeps a set top bit positive). */
export function integerContents(value: number | bigint): Uint8Array {
	let v = BigInt(value);
	const bytes: number[] = [];
	for (;;) {
		const low = Number(v & 0xffn);
		bytes.unshift(low);
		v >>= 8n; // arithmetic shift: -1 stays -1
		const signBit = low & 0x80;
		if ((v === 0n && !signBit) || (v === -1n && signBit)) break;
	}
	return Uint8Array.from(bytes);
}

export function derInteger(value: number | bigint): Uint8Array {
	return tlv(0x02, integerContents(value));
}

export function derOctets(bytes: Uint8Array): Uint8Array {
	return tlv(0x04, bytes);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** C strings in the simulation are byte strings held as JS strings of code units 0..255. */
export function latin1Bytes(s: string): Uint8Array {
	return Uint8Array.from(s, (ch) => ch.charCodeAt(0) & 0xff);
}

export function latin1String(b: Uint8Array): string {
	let s = '';
	for (const x of b) s += String.fromCharCode(x);
	return s;
}
