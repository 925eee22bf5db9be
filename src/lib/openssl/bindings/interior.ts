/**
 * Interior pointers into a session, with OpenSSL's storage behaviour:
 * - session id and id context are inline arrays (32 bytes each): a pointer stays valid for the life of
 *   the session and shows whatever bytes are there now, including bytes left over past a shorter id;
 * - hostname, ALPN, ticket and ticket appdata are heap buffers: replacing one frees the old buffer, so
 *   reading through a pointer obtained before is a use-after-free (probe-danger-stale-*).
 */
import type { NativeContext, Pointer } from '../../snippet/abi';
import type { World } from '../world';
import type { SslSession } from '../objects/session';
import { EngineFault } from '../faults';

type Inline = 'sessionId' | 'sidCtx';
const INLINE_CAP = 32;
const inline = new WeakMap<SslSession, Partial<Record<Inline, { raw: Uint8Array; last: Uint8Array }>>>();

/** The inline array behind fields[name], updated with memcpy semantics (only the first len bytes change). */
function inlineBytes(s: SslSession, name: Inline): Uint8Array {
	let m = inline.get(s);
	if (!m) inline.set(s, (m = {}));
	let e = m[name];
	const cur = s.fields[name];
	if (!e) m[name] = e = { raw: new Uint8Array(INLINE_CAP), last: new Uint8Array(0) };
	if (e.last !== cur) {
		e.raw.set(cur.subarray(0, INLINE_CAP));
		e.last = cur;
	}
	return e.raw;
}

export function inlinePointer(n: NativeContext, s: SslSession, name: Inline, label: string): Pointer {
	return n.interiorPointer(s, label, () => inlineBytes(s, name));
}

export type HeapField = 'hostname' | 'alpnSelected' | 'ticket' | 'ticketAppdata';
interface Gen {
	n: number;
	line: number | null;
	via: string;
}
const gens = new WeakMap<SslSession, Partial<Record<HeapField, Gen>>>();

/** A setter replaced the buffer (the old one is freed even if the new content is equal). */
export function heapReplaced(w: World, s: SslSession, field: HeapField, via: string): void {
	let m = gens.get(s);
	if (!m) gens.set(s, (m = {}));
	m[field] = { n: (m[field]?.n ?? 0) + 1, line: w.line, via };
}

const encoder = new TextEncoder();

export function heapPointer(w: World, n: NativeContext, s: SslSession, field: HeapField, label: string, getter: string, cString = false): Pointer {
	const gen = gens.get(s)?.[field]?.n ?? 0;
	const captured = s.fields[field];
	const gotLine = w.line;
	const toBytes = (v: typeof captured) => (v === null ? new Uint8Array(0) : typeof v === 'string' ? encoder.encode(v) : v);
	return n.interiorPointer(
		s,
		`${label} (buffer ${gen + 1})`,
		() => {
			const g = gens.get(s)?.[field];
			if ((g?.n ?? 0) !== gen || s.fields[field] !== captured) {
				const by = g && g.n !== gen ? `${g.via}${g.line !== null ? ` at line ${g.line}` : ''}` : 'a later call that rewrote the session (d2i_SSL_SESSION into it)';
				throw new EngineFault({
					kind: 'use-after-free',
					objectKey: `${label} of ${s.key}`,
					access: `read through the pointer ${getter} returned${gotLine !== null ? ` at line ${gotLine}` : ''}`,
					line: null,
					allocatedLine: gotLine,
					freedLine: g && g.n !== gen ? g.line : null,
					story: `${getter} returns a pointer into ${s.key}'s own ${label} buffer; ${by} replaced that buffer and freed the old one. Copy the bytes if you need them after changing the session.`
				});
			}
			return toBytes(captured);
		},
		cString
	);
}
