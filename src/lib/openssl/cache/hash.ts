/**
 * The cache's hash table (OpenSSL's lhash). Buckets are chosen by a hash of the key (protocol
 * version, id length, id bytes) *at insertion*; entries are compared with the session's *current*
 * fields. So a session re-keyed while cached (9.8) stays in its old bucket where neither a remove
 * nor a flush finds it, and comparing with a freed entry is a use-after-free, as in the real table.
 */
import type { World } from '../world';
import type { SslCtx } from '../objects/ctx';
import type { SslSession } from '../objects/session';
import { fault } from '../ledger';

/**
 * OpenSSL's session hash: the first four id bytes (zero-padded), little-endian. The protocol
 * version and the rest of the id only matter in the comparison, so a cached session whose version
 * changes is still found under its new version (probe-matching-id-version), while changing its id
 * moves it out of reach (9.8).
 */
export function hashCode(_version: number, id: Uint8Array): number {
	const n = id.length;
	return ((n > 0 ? id[0] : 0) | ((n > 1 ? id[1] : 0) << 8) | ((n > 2 ? id[2] : 0) << 16) | ((n > 3 ? id[3] : 0) << 24)) >>> 0;
}

/** Slot index: spread the lhash value over the table (ids often differ only in one byte). */
function slotStart(code: number, shift: number): number {
	return Math.imul(code, 0x9e3779b1) >>> shift;
}

function sameKey(s: SslSession, version: number, id: Uint8Array): boolean {
	const f = s.fields;
	if (f.sslVersion !== version) return false;
	const a = f.sessionId;
	if (a.length !== id.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== id[i]) return false;
	return true;
}

/** Slot states in `codes` (real codes are unsigned 32-bit, so these never collide with one). */
const EMPTY = -1;
const DELETED = -2;

/**
 * Open addressing with linear probing over parallel arrays: no allocation per operation (the
 * cache churns hundreds of thousands of sessions in the benchmark). Only entries whose stored
 * hash equals the probe's are compared, as lhash does. Probes walk `codes` alone (emptiness and
 * tombstones are encoded there) and read `vals` only on a code match: one cache miss per probed
 * slot instead of two.
 */
export class SessionHash {
	private codes = new Float64Array(16).fill(EMPTY);
	private vals: (SslSession | null)[] = new Array<SslSession | null>(16).fill(null);
	private mask = 15;
	private shift = 28;
	private tombs = 0;
	size = 0;

	private slotOf(w: World, code: number, version: number, id: Uint8Array, access: string): number {
		const { codes, vals, mask } = this;
		for (let i = slotStart(code, this.shift); ; i = (i + 1) & mask) {
			const c = codes[i];
			if (c === EMPTY) return -1;
			if (c === code) {
				const e = vals[i] as SslSession;
				if (e.freed) fault(w, 'use-after-free', e, `${access} compares with a cache entry that was already destroyed`);
				if (sameKey(e, version, id)) return i;
			}
		}
	}

	/** lh_retrieve: the entry equal to the key, comparing through each stored session. */
	find(w: World, version: number, id: Uint8Array, access: string): SslSession | null {
		const i = this.slotOf(w, hashCode(version, id), version, id, access);
		return i < 0 ? null : this.vals[i];
	}

	/** lh_insert: replaces an equal entry and returns it, else adds s and returns null. */
	insert(w: World, s: SslSession, access: string): SslSession | null {
		const { sslVersion: v, sessionId: id } = s.fields;
		const code = hashCode(v, id);
		const i = this.slotOf(w, code, v, id, access);
		if (i >= 0) {
			const old = this.vals[i];
			this.vals[i] = s;
			return old;
		}
		if ((this.size + this.tombs + 1) * 2 > this.vals.length) this.rebuild(this.size * 4 + 16);
		const { codes, mask } = this;
		let j = slotStart(code, this.shift);
		while (codes[j] >= 0) j = (j + 1) & mask;
		if (codes[j] === DELETED) this.tombs--;
		this.vals[j] = s;
		codes[j] = code;
		this.size++;
		return null;
	}

	/** lh_delete(s): removes the entry equal to s's current key (maybe another object); a re-keyed entry stays. */
	delete(w: World, s: SslSession, access: string): SslSession | null {
		const { sslVersion: v, sessionId: id } = s.fields;
		const i = this.slotOf(w, hashCode(v, id), v, id, access);
		if (i < 0) return null;
		const e = this.vals[i];
		this.vals[i] = null;
		this.codes[i] = DELETED;
		this.tombs++;
		this.size--;
		return e;
	}

	private rebuild(minCapacity: number): void {
		let cap = 16;
		while (cap < minCapacity) cap *= 2;
		const oldVals = this.vals;
		const oldCodes = this.codes;
		const vals = (this.vals = new Array<SslSession | null>(cap).fill(null));
		const codes = (this.codes = new Float64Array(cap).fill(EMPTY));
		const mask = (this.mask = cap - 1);
		this.shift = 32 - Math.log2(cap);
		this.tombs = 0;
		for (let k = 0; k < oldCodes.length; k++) {
			const c = oldCodes[k];
			if (c < 0) continue;
			let j = slotStart(c, this.shift);
			while (codes[j] !== EMPTY) j = (j + 1) & mask;
			vals[j] = oldVals[k];
			codes[j] = c;
		}
	}

	/** Every stored entry (stale ones included), in slot order. */
	values(): SslSession[] {
		const out: SslSession[] = [];
		for (let k = 0; k < this.codes.length; k++) if (this.codes[k] >= 0) out.push(this.vals[k] as SslSession);
		return out;
	}

	clear(): void {
		this.vals = new Array<SslSession | null>(16).fill(null);
		this.codes = new Float64Array(16).fill(EMPTY);
		this.mask = 15;
		this.shift = 28;
		this.tombs = 0;
		this.size = 0;
	}
}

/** SSL_CTX_sess_number: hash entries, stale ones included. */
export function hashCount(ctx: SslCtx): number {
	return ctx.hash.size;
}
