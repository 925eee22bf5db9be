/** SSL_SESSION bindings: lifecycle and the field getters/setters of semantics 8.1 and 3.8. */
import type { CValue, OpaqueObject } from '../../snippet/abi';
import type { BindingTable } from './table';
import { isNull, num, ptr, sessionArg } from './args';
import { sessionDup, sessionNew, sessionSetTime, sessionSetTimeout, sessionChanged } from '../session-ops';
import { releaseRef, takeRef } from '../ledger';
import type { World } from '../world';
import { copyBytes } from '../bytes';
import { heapPointer, heapReplaced, inlinePointer, memoryOf } from './interior';
import {
	ERR_LIB_SSL,
	SSL_MAX_MASTER_KEY_LENGTH,
	SSL_MAX_SID_CTX_LENGTH,
	SSL_MAX_SSL_SESSION_ID_LENGTH,
	SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG,
	SSL_R_SSL_SESSION_ID_TOO_LONG
} from '../constants';

/**
 * Fallback SSL_CIPHER objects while asn1's table is not registered: like OpenSSL's static cipher
 * table, one immutable object per id shared by every World (only the first lookup creates it).
 */
const fallbackCiphers = new Map<number, OpaqueObject & { id: number }>();
function cipherObject(w: World, id: number): OpaqueObject | null {
	if (id === 0) return null;
	const reg = w.ciphers?.byId(id);
	if (reg) return reg;
	let c = fallbackCiphers.get(id);
	if (!c) fallbackCiphers.set(id, (c = { cType: 'SSL_CIPHER', id }));
	return c;
}
function cipherId(w: World, v: CValue): number {
	if (isNull(v) || typeof v !== 'object' || v === null || v.kind !== 'obj') return 0;
	const id = w.ciphers?.idOf(v.object);
	if (id !== null && id !== undefined) return id;
	const o = v.object as { id?: unknown };
	return typeof o.id === 'number' ? o.id & 0xffff : 0;
}

export function registerSession(t: BindingTable): void {
	const w = t.world;
	const S = (v: CValue, fn: string) => sessionArg(w, v, fn, 'crash');

	t.fn('SSL_SESSION *SSL_SESSION_new(void)', () => ptr(sessionNew(w)));
	t.fn('int SSL_SESSION_up_ref(SSL_SESSION *ses)', ([s]) => {
		takeRef(w, S(s, 'SSL_SESSION_up_ref'), 'app', null, 'SSL_SESSION_up_ref');
		return 1;
	});
	t.fn('void SSL_SESSION_free(SSL_SESSION *ses)', ([s]) => {
		const sess = sessionArg(w, s, 'SSL_SESSION_free', 'null', false);
		if (sess) releaseRef(w, sess, 'app', null, 'SSL_SESSION_free');
		return null;
	});
	t.fn('SSL_SESSION *SSL_SESSION_dup(const SSL_SESSION *src)', ([s]) =>
		ptr(sessionDup(w, S(s, 'SSL_SESSION_dup'), { kind: 'app', holder: null, via: 'SSL_SESSION_dup' }, { ticket: true }))
	);

	// ---- time / timeout (3.8): NULL gives 0 -------------------------------------------------
	for (const [get, set] of [
		['SSL_SESSION_get_time', 'SSL_SESSION_set_time'],
		['SSL_get_time', 'SSL_set_time']
	]) {
		t.fn(`long ${get}(const SSL_SESSION *s)`, ([s]) => sessionArg(w, s, get, 'null')?.fields.time ?? 0);
		t.fn(`long ${set}(SSL_SESSION *s, long t)`, ([s, v]) => {
			const sess = sessionArg(w, s, set, 'null');
			return sess ? sessionSetTime(w, sess, num(v)) : 0;
		});
	}
	for (const [get, set] of [
		['SSL_SESSION_get_timeout', 'SSL_SESSION_set_timeout'],
		['SSL_get_timeout', 'SSL_set_timeout']
	]) {
		t.fn(`long ${get}(const SSL_SESSION *s)`, ([s]) => sessionArg(w, s, get, 'null')?.fields.timeout ?? 0);
		t.fn(`long ${set}(SSL_SESSION *s, long t)`, ([s, v]) => {
			const sess = sessionArg(w, s, set, 'null');
			return sess ? sessionSetTimeout(w, sess, num(v)) : 0;
		});
	}

	// ---- id, id context, master key ----------------------------------------------------------
	t.fn('const unsigned char *SSL_SESSION_get_id(const SSL_SESSION *s, unsigned int *len)', ([s, l], n) => {
		const sess = S(s, 'SSL_SESSION_get_id');
		if (!isNull(l)) n.storeScalar(l, 'uint', sess.fields.sessionId.length);
		return inlinePointer(n, sess, 'sessionId', 'session id');
	});
	t.fn('int SSL_SESSION_set1_id(SSL_SESSION *s, const unsigned char *sid, unsigned int sid_len)', ([s, p, l], n) => {
		const sess = S(s, 'SSL_SESSION_set1_id');
		const len = num(l);
		if (len > SSL_MAX_SSL_SESSION_ID_LENGTH) {
			w.pushError(ERR_LIB_SSL, SSL_R_SSL_SESSION_ID_TOO_LONG, 'SSL_SESSION_set1_id');
			return 0;
		}
		sess.fields.sessionId = len ? copyBytes(n.readBytes(p, len)) : new Uint8Array(0);
		sessionChanged(w, sess);
		return 1;
	});
	t.fn('const unsigned char *SSL_SESSION_get0_id_context(const SSL_SESSION *s, unsigned int *len)', ([s, l], n) => {
		const sess = S(s, 'SSL_SESSION_get0_id_context');
		if (!isNull(l)) n.storeScalar(l, 'uint', sess.fields.sidCtx.length);
		return inlinePointer(n, sess, 'sidCtx', 'session id context');
	});
	t.fn('int SSL_SESSION_set1_id_context(SSL_SESSION *s, const unsigned char *sid_ctx, unsigned int sid_ctx_len)', ([s, p, l], n) => {
		const sess = S(s, 'SSL_SESSION_set1_id_context');
		const len = num(l);
		if (len > SSL_MAX_SID_CTX_LENGTH) {
			w.pushError(ERR_LIB_SSL, SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG, 'SSL_SESSION_set1_id_context');
			return 0;
		}
		sess.fields.sidCtx = len ? n.readBytes(p, len).slice() : new Uint8Array(0);
		sessionChanged(w, sess);
		return 1;
	});
	t.fn('size_t SSL_SESSION_get_master_key(const SSL_SESSION *sess, unsigned char *out, size_t outlen)', ([s, o, l], n) => {
		const key = S(s, 'SSL_SESSION_get_master_key').fields.masterKey;
		const outlen = num(l);
		if (outlen === 0) return key.length;
		const k = Math.min(outlen, key.length);
		if (k > 0) n.writeBytes(o, key.subarray(0, k));
		return k;
	});
	t.fn('int SSL_SESSION_set1_master_key(SSL_SESSION *sess, const unsigned char *in, size_t len)', ([s, p, l], n) => {
		const sess = S(s, 'SSL_SESSION_set1_master_key');
		const len = num(l);
		if (len > SSL_MAX_MASTER_KEY_LENGTH) return 0; // no error queued (8.1)
		sess.fields.masterKey = len ? n.readBytes(p, len).slice() : new Uint8Array(0);
		sessionChanged(w, sess);
		return 1;
	});

	// ---- protocol, cipher, flags -------------------------------------------------------------
	t.fn('int SSL_SESSION_get_protocol_version(const SSL_SESSION *s)', ([s]) => S(s, 'SSL_SESSION_get_protocol_version').fields.sslVersion);
	t.fn('int SSL_SESSION_set_protocol_version(SSL_SESSION *s, int version)', ([s, v]) => {
		const sess = S(s, 'SSL_SESSION_set_protocol_version');
		sess.fields.sslVersion = num(v);
		sessionChanged(w, sess);
		return 1;
	});
	t.fn('const SSL_CIPHER *SSL_SESSION_get0_cipher(const SSL_SESSION *s)', ([s]) => ptr(cipherObject(w, S(s, 'SSL_SESSION_get0_cipher').fields.cipherId)));
	t.fn('int SSL_SESSION_set_cipher(SSL_SESSION *s, const SSL_CIPHER *cipher)', ([s, c]) => {
		S(s, 'SSL_SESSION_set_cipher').fields.cipherId = cipherId(w, c);
		return 1;
	});
	t.fn('int SSL_SESSION_is_resumable(const SSL_SESSION *s)', ([s]) => (S(s, 'SSL_SESSION_is_resumable').resumable ? 1 : 0));
	t.fn('int SSL_SESSION_has_ticket(const SSL_SESSION *s)', ([s]) => {
		const tk = S(s, 'SSL_SESSION_has_ticket').fields.ticket;
		return tk !== null && tk.length > 0 ? 1 : 0;
	});
	t.fn('unsigned long SSL_SESSION_get_ticket_lifetime_hint(const SSL_SESSION *s)', ([s]) => S(s, 'SSL_SESSION_get_ticket_lifetime_hint').fields.ticketLifetimeHint);
	t.fn('void SSL_SESSION_get0_ticket(const SSL_SESSION *s, const unsigned char **tick, size_t *len)', ([s, tp, lp], n) => {
		const sess = S(s, 'SSL_SESSION_get0_ticket');
		const tk = sess.fields.ticket;
		n.storeScalar(lp, 'size_t', tk ? tk.length : 0);
		if (!isNull(tp)) n.storePointer(tp, tk && tk.length ? heapPointer(w, n, sess, 'ticket', 'session ticket', 'SSL_SESSION_get0_ticket') : null);
		return null;
	});
	t.fn('uint32_t SSL_SESSION_get_max_early_data(const SSL_SESSION *s)', ([s]) => S(s, 'SSL_SESSION_get_max_early_data').fields.maxEarlyData);
	t.fn('int SSL_SESSION_set_max_early_data(SSL_SESSION *s, uint32_t max_early_data)', ([s, v]) => {
		S(s, 'SSL_SESSION_set_max_early_data').fields.maxEarlyData = num(v) >>> 0;
		return 1;
	});
	t.fn('unsigned int SSL_SESSION_get_compress_id(const SSL_SESSION *s)', ([s]) => S(s, 'SSL_SESSION_get_compress_id').fields.compressMeth);

	// ---- strings and blobs -------------------------------------------------------------------
	t.fn('const char *SSL_SESSION_get0_hostname(const SSL_SESSION *s)', ([s], n) => {
		const sess = S(s, 'SSL_SESSION_get0_hostname');
		if (sess.fields.hostname === null) return null;
		return heapPointer(w, n, sess, 'hostname', 'hostname', 'SSL_SESSION_get0_hostname', true);
	});
	t.fn('int SSL_SESSION_set1_hostname(SSL_SESSION *s, const char *hostname)', ([s, h], n) => {
		const sess = S(s, 'SSL_SESSION_set1_hostname');
		sess.fields.hostname = isNull(h) ? null : n.readCString(h);
		heapReplaced(w, sess, 'hostname', 'SSL_SESSION_set1_hostname');
		return 1;
	});
	t.fn('void SSL_SESSION_get0_alpn_selected(const SSL_SESSION *s, const unsigned char **alpn, size_t *len)', ([s, ap, lp], n) => {
		const sess = S(s, 'SSL_SESSION_get0_alpn_selected');
		const a = sess.fields.alpnSelected;
		n.storePointer(ap, a ? heapPointer(w, n, sess, 'alpnSelected', 'selected ALPN', 'SSL_SESSION_get0_alpn_selected') : null);
		n.storeScalar(lp, 'size_t', a ? a.length : 0);
		return null;
	});
	t.fn('int SSL_SESSION_set1_alpn_selected(SSL_SESSION *s, const unsigned char *alpn, size_t len)', ([s, p, l], n) => {
		const sess = S(s, 'SSL_SESSION_set1_alpn_selected');
		const len = num(l);
		sess.fields.alpnSelected = isNull(p) || len === 0 ? null : n.readBytes(p, len).slice();
		heapReplaced(w, sess, 'alpnSelected', 'SSL_SESSION_set1_alpn_selected');
		return 1;
	});
	t.fn('int SSL_SESSION_get0_ticket_appdata(SSL_SESSION *ss, void **data, size_t *len)', ([s, dp, lp], n) => {
		const sess = S(s, 'SSL_SESSION_get0_ticket_appdata');
		const d = sess.fields.ticketAppdata;
		n.storePointer(dp, d ? heapPointer(w, n, sess, 'ticketAppdata', 'ticket appdata', 'SSL_SESSION_get0_ticket_appdata') : null);
		n.storeScalar(lp, 'size_t', d ? d.length : 0);
		return 1;
	});
	t.fn('int SSL_SESSION_set1_ticket_appdata(SSL_SESSION *ss, const void *data, size_t len)', ([s, p, l], n) => {
		const sess = S(s, 'SSL_SESSION_set1_ticket_appdata');
		const len = num(l);
		sess.fields.ticketAppdata = isNull(p) || len === 0 ? null : n.readBytes(p, len).slice();
		heapReplaced(w, sess, 'ticketAppdata', 'SSL_SESSION_set1_ticket_appdata');
		return 1;
	});
	t.fn('X509 *SSL_SESSION_get0_peer(SSL_SESSION *s)', ([s]) => {
		const sess = S(s, 'SSL_SESSION_get0_peer');
		const der = sess.fields.peer;
		if (!der) return null;
		// One X509 object per certificate of the session (borrowed: it dies with the session).
		const m = memoryOf(sess);
		if (!m.peer || m.peer.der !== der) m.peer = { cType: 'X509', der };
		return ptr(m.peer);
	});

	// ---- ex_data: index 1 is the prelude's and holds the trace number -------------------------
	t.fn('void *SSL_SESSION_get_ex_data(const SSL_SESSION *ss, int idx)', ([s, i]) => {
		const sess = S(s, 'SSL_SESSION_get_ex_data');
		const idx = num(i);
		const v = sess.exData?.get(idx);
		if (v !== undefined) return v;
		return idx === 1 ? sess.n : null;
	});
	t.fn('int SSL_SESSION_set_ex_data(SSL_SESSION *ss, int idx, void *arg)', ([s, i, v]) => {
		const sess = S(s, 'SSL_SESSION_set_ex_data');
		(sess.exData ??= new Map()).set(num(i), v);
		return 1;
	});
}
