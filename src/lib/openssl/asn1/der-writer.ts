/** Minimal DER building blocks: tag-length-value with minimal lengths and minimal INTEGER contents. */

export function tlv(tag: number, content: Uint8Array): Uint8Array {
	const n = content.length;
	let lengthOctets = 0;
	if (n >= 0x80) for (let v = n; v > 0; v = Math.floor(v / 256)) lengthOctets++;
	const head = 2 + lengthOctets;
	const out = new Uint8Array(head + n);
	out[0] = tag;
	if (lengthOctets === 0) out[1] = n;
	else {
		out[1] = 0x80 | lengthOctets;
		for (let i = 0, v = n; i < lengthOctets; i++, v = Math.floor(v / 256)) out[head - 1 - i] = v % 256;
	}
	out.set(content, head);
	return out;
}

/** Two's-complement contents of a DER INTEGER: the shortest form (a 00 byte keeps a set top bit positive). */
export function integerContents(value: number | bigint): Uint8Array {
	if (typeof value === 'number' && Number.isSafeInteger(value)) return smallIntegerContents(value);
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

/** Same as the BigInt path for safe integers, without BigInt (hot in ticket encoding). */
function smallIntegerContents(value: number): Uint8Array {
	const bytes: number[] = [];
	let v = value;
	for (;;) {
		const low = ((v % 256) + 256) % 256;
		bytes.unshift(low);
		v = Math.floor(v / 256); // floor keeps -1 at -1, like an arithmetic shift
		const signBit = low & 0x80;
		if ((v === 0 && !signBit) || (v === -1 && signBit)) break;
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
