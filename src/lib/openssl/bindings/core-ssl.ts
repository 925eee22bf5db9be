/** SSL bindings that do not run a handshake: lifecycle, session slot, context switch, stores. */
import type { BindingTable } from './table';
import { ctxArg, num, ptr, sessionArg, sslArg } from './args';
import { sslClear, sslCopySessionId, sslNew, sslSetSession, sslSetSslCtx } from '../ssl-ops';
import { noteBorrow, releaseRef, takeRef } from '../ledger';
import { cacheFind } from '../cache/ops';
import { validProtoVersion } from './core-ctx';
import { METHOD_DEFAULT_TIMEOUT } from '../objects/method';
import {
	ERR_LIB_SSL,
	SSL_MAX_SID_CTX_LENGTH,
	SSL_MAX_SSL_SESSION_ID_LENGTH,
	SSL_R_NULL_SSL_CTX,
	SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG
} from '../constants';

/** Zero-length id for SSL_has_matching_session_id (read only: lookups keep nothing). */
const EMPTY_ID = new Uint8Array(0);

export function registerSsl(t: BindingTable): void {
	const w = t.world;
	t.fn('SSL *SSL_new(SSL_CTX *ctx)', ([c]) => {
		const ctx = ctxArg(w, c, 'SSL_new', 'null');
		if (!ctx) {
			w.pushError(ERR_LIB_SSL, SSL_R_NULL_SSL_CTX, 'SSL_new');
			return null;
		}
		return ptr(sslNew(w, ctx));
	});
	t.fn('int SSL_up_ref(SSL *s)', ([s]) => {
		takeRef(w, sslArg(w, s, 'SSL_up_ref', 'crash'), 'app', null, 'SSL_up_ref');
		return 1;
	});
	t.fn('void SSL_free(SSL *ssl)', ([s]) => {
		const ssl = sslArg(w, s, 'SSL_free', 'null', false);
		if (ssl) releaseRef(w, ssl, 'app', null, 'SSL_free');
		return null;
	});
	t.fn('int SSL_clear(SSL *s)', ([s]) => sslClear(w, sslArg(w, s, 'SSL_clear', 'crash')));
	t.fn('SSL_CTX *SSL_get_SSL_CTX(const SSL *ssl)', ([s]) => ptr(sslArg(w, s, 'SSL_get_SSL_CTX', 'crash').ctx));
	t.fn('SSL_CTX *SSL_set_SSL_CTX(SSL *ssl, SSL_CTX *ctx)', ([s, c]) => {
		const ssl = sslArg(w, s, 'SSL_set_SSL_CTX', 'crash');
		return ptr(sslSetSslCtx(w, ssl, ctxArg(w, c, 'SSL_set_SSL_CTX', 'null')));
	});

	// ---- session slot ------------------------------------------------------------------------
	t.fn('int SSL_set_session(SSL *to, SSL_SESSION *session)', ([s, x]) => {
		const ssl = sslArg(w, s, 'SSL_set_session', 'crash');
		return sslSetSession(w, ssl, sessionArg(w, x, 'SSL_set_session', 'null'));
	});
	for (const name of ['SSL_get_session', 'SSL_get0_session'] as const) {
		t.fn(`SSL_SESSION *${name}(const SSL *ssl)`, ([s]) => {
			const ssl = sslArg(w, s, name, 'crash');
			const sess = ssl.session;
			if (sess) noteBorrow(w, sess, name, { kind: 'session', holder: ssl });
			return ptr(sess);
		});
	}
	t.fn('SSL_SESSION *SSL_get1_session(SSL *ssl)', ([s]) => {
		const sess = sslArg(w, s, 'SSL_get1_session', 'crash').session;
		if (sess) takeRef(w, sess, 'app', null, 'SSL_get1_session');
		return ptr(sess);
	});
	t.fn('int SSL_session_reused(const SSL *s)', ([s]) => (sslArg(w, s, 'SSL_session_reused', 'crash').hit ? 1 : 0));
	t.fn('int SSL_copy_session_id(SSL *to, const SSL *from)', ([a, b]) => {
		const from = sslArg(w, b, 'SSL_copy_session_id', 'crash');
		return sslCopySessionId(w, sslArg(w, a, 'SSL_copy_session_id', 'crash'), from);
	});
	t.fn('int SSL_has_matching_session_id(const SSL *s, const unsigned char *id, unsigned int id_len)', ([s, p, l], n) => {
		const ssl = sslArg(w, s, 'SSL_has_matching_session_id', 'crash');
		const len = num(l);
		if (len > SSL_MAX_SSL_SESSION_ID_LENGTH) return 0;
		// No copy of the read bytes: the lookup only compares them and keeps nothing.
		const id = len ? n.readBytes(p, len) : EMPTY_ID;
		return cacheFind(w, ssl.sessionCtx, ssl.version, id, 'SSL_has_matching_session_id') ? 1 : 0;
	});
	t.fn('int SSL_set_session_id_context(SSL *ssl, const unsigned char *sid_ctx, unsigned int sid_ctx_len)', ([s, p, l], n) => {
		const ssl = sslArg(w, s, 'SSL_set_session_id_context', 'crash');
		const len = num(l);
		if (len > SSL_MAX_SID_CTX_LENGTH) {
			w.pushError(ERR_LIB_SSL, SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG, 'SSL_set_session_id_context');
			return 0;
		}
		ssl.sidCtx = len ? n.readBytes(p, len).slice() : new Uint8Array(0);
		return 1;
	});

	// ---- stores ------------------------------------------------------------------------------
	t.fn('int SSL_version(const SSL *s)', ([s]) => sslArg(w, s, 'SSL_version', 'crash').version);
	t.fn('long SSL_get_default_timeout(const SSL *s)', ([s]) => {
		sslArg(w, s, 'SSL_get_default_timeout', 'crash');
		return METHOD_DEFAULT_TIMEOUT;
	});
	for (const which of ['min', 'max'] as const) {
		t.fn(`int SSL_set_${which}_proto_version(SSL *s, int version)`, ([s, v]) => {
			const ssl = sslArg(w, s, `SSL_set_${which}_proto_version`, 'crash');
			if (!ssl || !validProtoVersion(num(v))) return 0;
			if (which === 'min') ssl.minProto = num(v);
			else ssl.maxProto = num(v);
			return 1;
		});
		t.fn(`int SSL_get_${which}_proto_version(SSL *s)`, ([s]) => {
			const ssl = sslArg(w, s, `SSL_get_${which}_proto_version`, 'crash');
			return ssl ? (which === 'min' ? ssl.minProto : ssl.maxProto) : 0;
		});
	}
	t.fn('uint64_t SSL_set_options(SSL *s, uint64_t op)', ([s, o]) => {
		const ssl = sslArg(w, s, 'SSL_set_options', 'crash');
		ssl.options = Number(BigInt(ssl.options) | BigInt(num(o)));
		return ssl.options;
	});
	t.fn('uint64_t SSL_get_options(const SSL *s)', ([s]) => sslArg(w, s, 'SSL_get_options', 'crash').options);
	t.fn('int SSL_set_num_tickets(SSL *s, size_t num_tickets)', ([s, v]) => {
		sslArg(w, s, 'SSL_set_num_tickets', 'crash').numTickets = num(v);
		return 1;
	});
	t.fn('size_t SSL_get_num_tickets(const SSL *s)', ([s]) => sslArg(w, s, 'SSL_get_num_tickets', 'crash').numTickets);
	t.fn('int SSL_set_max_early_data(SSL *s, uint32_t max_early_data)', ([s, v]) => {
		sslArg(w, s, 'SSL_set_max_early_data', 'crash').maxEarlyData = num(v) >>> 0;
		return 1;
	});
	t.fn('uint32_t SSL_get_max_early_data(const SSL *s)', ([s]) => sslArg(w, s, 'SSL_get_max_early_data', 'crash').maxEarlyData);
	t.fn('void SSL_set_verify(SSL *s, int mode, int (*verify_callback)(int, void *))', ([s, m]) => {
		sslArg(w, s, 'SSL_set_verify', 'crash').verifyMode = num(m);
		return null;
	});
	t.fn('int SSL_get_verify_mode(const SSL *s)', ([s]) => sslArg(w, s, 'SSL_get_verify_mode', 'crash').verifyMode);
	// Plain flag stores; connection.ts may register richer versions (a later registration wins).
	t.fn('void SSL_set_shutdown(SSL *ssl, int mode)', ([s, m]) => {
		const ssl = sslArg(w, s, 'SSL_set_shutdown', 'crash');
		ssl.shutdown = num(m);
		w.touch(ssl);
		return null;
	});
	t.fn('int SSL_get_shutdown(const SSL *ssl)', ([s]) => sslArg(w, s, 'SSL_get_shutdown', 'crash').shutdown);
	t.fn('void SSL_set_quiet_shutdown(SSL *ssl, int mode)', ([s, m]) => {
		sslArg(w, s, 'SSL_set_quiet_shutdown', 'crash').quietShutdown = num(m);
		return null;
	});
	t.fn('int SSL_get_quiet_shutdown(const SSL *ssl)', ([s]) => sslArg(w, s, 'SSL_get_quiet_shutdown', 'crash').quietShutdown);
}
