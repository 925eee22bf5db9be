/** Small building blocks shared by the transcript tests (what the conformance programs' helpers do). */
import type { CValue } from '../../snippet/abi';
import type { Harness } from './harness';

/** mk(tag): SSL_SESSION_new + 32-byte id filled with tag (+ protocol version if given). */
export function mk(h: Harness, tag: number, version?: number): CValue {
	const s = h.call('SSL_SESSION_new');
	h.call('SSL_SESSION_set1_id', s, h.buf(new Uint8Array(32).fill(tag)), 32);
	if (version !== undefined) h.call('SSL_SESSION_set_protocol_version', s, version);
	return s;
}

/** A remove callback printing `prefix sess #n` (+ resumable) like the conformance files. */
export function removePrinter(h: Harness, format: (n: number, resumable: number) => string): CValue {
	return h.fn('on_remove', ([, s]) => {
		h.print(format(h.num(s), h.n('SSL_SESSION_is_resumable', s)));
		return null;
	});
}

/** Evaluate call arguments right to left, as gcc does (0.2): thunks run last-first, results in order. */
export function rtl<T extends unknown[]>(...thunks: { [K in keyof T]: () => T[K] }): T {
	const out = new Array(thunks.length) as T;
	for (let i = thunks.length - 1; i >= 0; i--) out[i] = thunks[i]();
	return out;
}
