/** SSL_CTX bindings: lifecycle, configuration stores, cache control, callbacks, statistics. */
import type { CValue } from '../../snippet/abi';
import type { BindingTable } from './table';
import { ctxArg, isNull, num, ptr, sessionArg } from './args';
import { SslMethod, TLS_CLIENT_METHOD, TLS_METHOD, TLS_SERVER_METHOD } from '../objects/method';
import { ctxNew } from '../ctx-ops';
import { releaseRef, takeRef, fault } from '../ledger';
import { cacheAdd, cacheFlush, removeEntry, cacheNumber } from '../cache/ops';
import { STAT_NAMES, type GetSessionCb, type NewSessionCb, type RemoveSessionCb } from '../objects/ctx';
import { SslSession } from '../objects/session';
import { ERR_LIB_SSL, SSL_MAX_SID_CTX_LENGTH, SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG } from '../constants';

export function fnName(v: CValue): string {
	return v !== null && typeof v === 'object' && v.kind === 'fn' ? v.name : '(callback)';
}

/** A proto version bound is valid when 0 (no bound) or a TLS/SSL3 version (ssl_set_version_bound). */
export function validProtoVersion(v: number): boolean {
	return v === 0 || (v >= 0x0300 && v <= 0x0304);
}

export function registerCtx(t: BindingTable): void {
	const w = t.world;
	const methods: [string, SslMethod][] = [
		['TLS_method', TLS_METHOD],
		['TLS_client_method', TLS_CLIENT_METHOD],
		['TLS_server_method', TLS_SERVER_METHOD]
	];
	for (const [name, m] of methods) t.fn(`const SSL_METHOD *${name}(void)`, () => ptr(m));

	t.fn('SSL_CTX *SSL_CTX_new(const SSL_METHOD *meth)', ([m]) => {
		if (isNull(m)) {
			w.pushError(ERR_LIB_SSL, 196 /* SSL_R_NULL_SSL_METHOD_PASSED */, 'SSL_CTX_new');
			return null;
		}
		const meth = (m as { kind: 'obj'; object: unknown }).object;
		if (!(meth instanceof SslMethod)) fault(w, 'invalid-free', null, 'SSL_CTX_new was given a pointer that is not an SSL_METHOD');
		return ptr(ctxNew(w, meth));
	});
	t.fn('int SSL_CTX_up_ref(SSL_CTX *ctx)', ([c]) => {
		takeRef(w, ctxArg(w, c, 'SSL_CTX_up_ref', 'crash'), 'app', null, 'SSL_CTX_up_ref');
		return 1;
	});
	t.fn('void SSL_CTX_free(SSL_CTX *ctx)', ([c]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_free', 'null', false);
		if (ctx) releaseRef(w, ctx, 'app', null, 'SSL_CTX_free');
		return null;
	});

	// ---- configuration (NULL ctx: the SSL_CTX_ctrl macros return 0) -------------------------
	t.fn('long SSL_CTX_set_session_cache_mode(SSL_CTX *ctx, long mode)', ([c, m]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_set_session_cache_mode', 'null');
		if (!ctx) return 0;
		const prev = ctx.mode;
		ctx.mode = num(m);
		w.touch(ctx);
		return prev;
	});
	t.fn('long SSL_CTX_get_session_cache_mode(SSL_CTX *ctx)', ([c]) => ctxArg(w, c, 'SSL_CTX_get_session_cache_mode', 'null')?.mode ?? 0);
	t.fn('long SSL_CTX_sess_set_cache_size(SSL_CTX *ctx, long t)', ([c, n]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_sess_set_cache_size', 'null');
		const v = num(n);
		if (!ctx || v < 0) return 0;
		const prev = ctx.cacheSize;
		ctx.cacheSize = v;
		w.touch(ctx);
		return prev;
	});
	t.fn('long SSL_CTX_sess_get_cache_size(SSL_CTX *ctx)', ([c]) => ctxArg(w, c, 'SSL_CTX_sess_get_cache_size', 'null')?.cacheSize ?? 0);
	t.fn('long SSL_CTX_set_timeout(SSL_CTX *ctx, long t)', ([c, v]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_set_timeout', 'null');
		if (!ctx) return 0;
		const prev = ctx.timeout;
		ctx.timeout = num(v);
		w.touch(ctx);
		return prev;
	});
	t.fn('long SSL_CTX_get_timeout(const SSL_CTX *ctx)', ([c]) => ctxArg(w, c, 'SSL_CTX_get_timeout', 'null')?.timeout ?? 0);
	t.fn('int SSL_CTX_set_session_id_context(SSL_CTX *ctx, const unsigned char *sid_ctx, unsigned int sid_ctx_len)', ([c, p, l], n) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_set_session_id_context', 'crash');
		const len = num(l);
		if (len > SSL_MAX_SID_CTX_LENGTH) {
			w.pushError(ERR_LIB_SSL, SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG, 'SSL_CTX_set_session_id_context');
			return 0;
		}
		ctx.sidCtx = len ? n.readBytes(p, len).slice() : new Uint8Array(0);
		return 1;
	});
	t.fn('uint64_t SSL_CTX_set_options(SSL_CTX *ctx, uint64_t op)', ([c, o]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_set_options', 'crash');
		ctx.options = Number(BigInt(ctx.options) | BigInt(num(o)));
		return ctx.options;
	});
	t.fn('uint64_t SSL_CTX_clear_options(SSL_CTX *ctx, uint64_t op)', ([c, o]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_clear_options', 'crash');
		ctx.options = Number(BigInt(ctx.options) & ~BigInt(num(o)));
		return ctx.options;
	});
	t.fn('uint64_t SSL_CTX_get_options(const SSL_CTX *ctx)', ([c]) => ctxArg(w, c, 'SSL_CTX_get_options', 'crash').options);
	for (const which of ['min', 'max'] as const) {
		t.fn(`int SSL_CTX_set_${which}_proto_version(SSL_CTX *ctx, int version)`, ([c, v]) => {
			const ctx = ctxArg(w, c, `SSL_CTX_set_${which}_proto_version`, 'null');
			if (!ctx || !validProtoVersion(num(v))) return 0;
			if (which === 'min') ctx.minProto = num(v);
			else ctx.maxProto = num(v);
			return 1;
		});
		t.fn(`int SSL_CTX_get_${which}_proto_version(SSL_CTX *ctx)`, ([c]) => {
			const ctx = ctxArg(w, c, `SSL_CTX_get_${which}_proto_version`, 'null');
			return ctx ? (which === 'min' ? ctx.minProto : ctx.maxProto) : 0;
		});
	}
	t.fn('int SSL_CTX_set_num_tickets(SSL_CTX *ctx, size_t num_tickets)', ([c, v]) => {
		ctxArg(w, c, 'SSL_CTX_set_num_tickets', 'crash').numTickets = num(v);
		return 1;
	});
	t.fn('size_t SSL_CTX_get_num_tickets(const SSL_CTX *ctx)', ([c]) => ctxArg(w, c, 'SSL_CTX_get_num_tickets', 'crash').numTickets);
	t.fn('int SSL_CTX_set_max_early_data(SSL_CTX *ctx, uint32_t max_early_data)', ([c, v]) => {
		ctxArg(w, c, 'SSL_CTX_set_max_early_data', 'crash').maxEarlyData = num(v) >>> 0;
		return 1;
	});
	t.fn('uint32_t SSL_CTX_get_max_early_data(const SSL_CTX *ctx)', ([c]) => ctxArg(w, c, 'SSL_CTX_get_max_early_data', 'crash').maxEarlyData);
	t.fn('void SSL_CTX_set_verify(SSL_CTX *ctx, int mode, int (*verify_callback)(int, void *))', ([c, m]) => {
		ctxArg(w, c, 'SSL_CTX_set_verify', 'crash').verifyMode = num(m);
		return null;
	});
	t.fn('int SSL_CTX_get_verify_mode(const SSL_CTX *ctx)', ([c]) => ctxArg(w, c, 'SSL_CTX_get_verify_mode', 'crash').verifyMode);
	t.fn('void SSL_CTX_set_quiet_shutdown(SSL_CTX *ctx, int mode)', ([c, m]) => {
		ctxArg(w, c, 'SSL_CTX_set_quiet_shutdown', 'crash').quietShutdown = num(m);
		return null;
	});
	t.fn('int SSL_CTX_get_quiet_shutdown(const SSL_CTX *ctx)', ([c]) => ctxArg(w, c, 'SSL_CTX_get_quiet_shutdown', 'crash').quietShutdown);

	// ---- callbacks ---------------------------------------------------------------------------
	t.fn('void SSL_CTX_sess_set_new_cb(SSL_CTX *ctx, int (*new_session_cb)(SSL *, SSL_SESSION *))', ([c, f]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_sess_set_new_cb', 'crash');
		const cb: NewSessionCb | null = isNull(f)
			? null
			: { name: fnName(f), pointer: f, invoke: (ssl, s) => num(t.native().callFunction(f, [ptr(ssl), ptr(s)])) };
		ctx.newCb = cb;
		w.touch(ctx);
		return null;
	});
	t.fn('void SSL_CTX_sess_set_remove_cb(SSL_CTX *ctx, void (*remove_session_cb)(SSL_CTX *, SSL_SESSION *))', ([c, f]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_sess_set_remove_cb', 'crash');
		const cb: RemoveSessionCb | null = isNull(f)
			? null
			: {
					name: fnName(f),
					pointer: f,
					invoke: (x, s) => {
						t.native().callFunction(f, [ptr(x), ptr(s)]);
					}
				};
		ctx.removeCb = cb;
		w.touch(ctx);
		return null;
	});
	t.fn('void SSL_CTX_sess_set_get_cb(SSL_CTX *ctx, SSL_SESSION *(*get_session_cb)(SSL *, const unsigned char *, int, int *))', ([c, f]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_sess_set_get_cb', 'crash');
		const cb: GetSessionCb | null = isNull(f)
			? null
			: {
					name: fnName(f),
					pointer: f,
					invoke: (ssl, id, copy) => {
						const n = t.native();
						const idPtr = n.interiorPointer(ssl, 'session id passed to get_session_cb', () => id);
						const copyPtr = n.allocHeap(new Uint8Array(4), 'int copy (get_session_cb)');
						n.storeScalar(copyPtr, 'int', copy.value);
						try {
							const r = n.callFunction(f, [ptr(ssl), idPtr, id.length, copyPtr]);
							copy.value = n.loadScalar(copyPtr, 'int');
							if (isNull(r)) return null;
							const s = sessionArg(w, r, 'get_session_cb result', 'null', false);
							return s instanceof SslSession ? s : null;
						} finally {
							n.freeHeap(copyPtr, 'free');
						}
					}
				};
		ctx.getCb = cb;
		w.touch(ctx);
		return null;
	});

	// ---- cache -------------------------------------------------------------------------------
	t.fn('int SSL_CTX_add_session(SSL_CTX *ctx, SSL_SESSION *session)', ([c, s]) => {
		const sess = sessionArg(w, s, 'SSL_CTX_add_session', 'crash');
		return cacheAdd(w, ctxArg(w, c, 'SSL_CTX_add_session', 'crash'), sess);
	});
	t.fn('int SSL_CTX_remove_session(SSL_CTX *ctx, SSL_SESSION *session)', ([c, s]) => {
		const sess = sessionArg(w, s, 'SSL_CTX_remove_session', 'null');
		if (!sess || sess.fields.sessionId.length === 0) return 0;
		return removeEntry(w, ctxArg(w, c, 'SSL_CTX_remove_session', 'crash'), sess, 'remove');
	});
	t.fn('void SSL_CTX_flush_sessions(SSL_CTX *ctx, long tm)', ([c, tm]) => {
		cacheFlush(w, ctxArg(w, c, 'SSL_CTX_flush_sessions', 'crash'), num(tm));
		return null;
	});
	t.fn('long SSL_CTX_sess_number(SSL_CTX *ctx)', ([c]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_sess_number', 'null');
		return ctx ? cacheNumber(ctx) : 0;
	});
	for (const stat of STAT_NAMES) {
		t.fn(`long SSL_CTX_sess_${stat}(SSL_CTX *ctx)`, ([c]) => ctxArg(w, c, `SSL_CTX_sess_${stat}`, 'null')?.stats[stat] ?? 0);
	}
}
