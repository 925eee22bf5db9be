/**
 * Interior pointers into a session, with OpenSSL's storage behaviour:
 * - session id and id context are inline arrays (32 bytes each): a pointer stays valid for the life of
 *   the session and shows whatever bytes are there now, including bytes left over past a shorter id;
 * - hostname, ALPN, ticket and ticket appdata are heap buffers: replacing one frees the old buffer, so
 *   reading through a pointer obtained before is a use-after-free (probe-danger-stale-*).
 */
import type { NativeContext, Pointer } from '../../snippet/abi';
import type { World } from '../world';
import type { HeapField, SessionMemory, SslSession } from '../objects/session';
import { EngineFault } from '../faults';

export type { HeapField };

type Inline = 'sessionId' | 'sidCtx';
const INLINE_CAP = 32;

/** The session's pointer storage (SslSession.memory), created when a getter first hands out a pointer. */
export function memoryOf(s: SslSession): SessionMemory {
	return (s.memory ??= { inline: {}, generations: {}, lent: {}, peer: null });
}

/** The inline array behind fields[name], updated with memcpy semantics (only the first len bytes change). */
function inlineBytes(s: SslSession, name: Inline): Uint8Array {
	const m = memoryOf(s).inline;
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
	return n.interiorPointer(s, label, (o) => inlineBytes(o as SslSession, name));
}

/** A setter replaced the buffer (the old one is freed even if the new content is equal). */
export function heapReplaced(w: World, s: SslSession, field: HeapField, via: string): void {
	const m = memoryOf(s).generations;
	m[field] = { n: (m[field]?.n ?? 0) + 1, line: w.line, via };
}

const encoder = new TextEncoder();

/**
 * A pointer into one of the session's heap buffers. It goes stale when a setter replaces the buffer
 * (generations) or when something else rewrites the field (d2i_SSL_SESSION into the session). The
 * reader captures only numbers: the buffer it was lent is remembered in the session itself
 * (memory.lent), so a checkpoint that restores the session restores what the pointer refers to.
 */
export function heapPointer(w: World, n: NativeContext, s: SslSession, field: HeapField, label: string, getter: string, cString = false): Pointer {
	const m = memoryOf(s);
	const current = s.fields[field];
	let lent = m.lent[field];
	if (!lent) m.lent[field] = lent = { value: current, rewrites: 0 };
	else if (lent.value !== current) {
		lent.value = current;
		lent.rewrites++;
	}
	const gen = m.generations[field]?.n ?? 0;
	const rewrites = lent.rewrites;
	const gotLine = w.line;
	const toBytes = (v: typeof current) => (v === null ? new Uint8Array(0) : typeof v === 'string' ? encoder.encode(v) : v);
	return n.interiorPointer(
		s,
		`${label} (buffer ${gen + 1})`,
		(o) => {
			const s = o as SslSession; // the owner as it is now (a checkpoint may have restored it)
			const g = s.memory?.generations[field];
			const l = s.memory?.lent[field];
			const rewritten = !l || l.rewrites !== rewrites || s.fields[field] !== l.value;
			if ((g?.n ?? 0) !== gen || rewritten) {
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
			return toBytes(s.fields[field]);
		},
		cString
	);
}
