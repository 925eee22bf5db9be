/**
 * Connection bindings (owner: handshake): the calls that run the simulated TLS state machines, and
 * the dialect's connect_pair / shutdown_pair helpers. Registered by bindings/index.ts after core, so
 * a name here replaces a plainer core binding.
 */
import type { BindingTable } from './table';
import type { World } from '../world';
import { num, sslArg } from './args';
import {
	connectPair,
	doHandshake,
	getError,
	newSessionTicket,
	readEx,
	renegotiate,
	renegotiatePending,
	setRole,
	shutdown,
	shutdownPair,
	hsOf
} from '../handshake/index';
import {
	SSL_OP_NO_ANTI_REPLAY,
	SSL_OP_NO_RENEGOTIATION,
	SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION,
	VERIFY_SELF_SIGNED,
	X509_V_OK
} from '../handshake/constants';

export function register(t: BindingTable, world: World): void {
	const w = world;
	t.fn('int SSL_do_handshake(SSL *s)', ([s]) => doHandshake(w, sslArg(w, s, 'SSL_do_handshake', 'crash')));
	t.fn('int SSL_connect(SSL *ssl)', ([s]) => {
		const ssl = sslArg(w, s, 'SSL_connect', 'crash');
		if (ssl.side !== 'client' || !hsOf(ssl).roleSet) setRole(w, ssl, 'client');
		return doHandshake(w, ssl);
	});
	t.fn('int SSL_accept(SSL *ssl)', ([s]) => {
		const ssl = sslArg(w, s, 'SSL_accept', 'crash');
		if (ssl.side !== 'server' || !hsOf(ssl).roleSet) setRole(w, ssl, 'server');
		return doHandshake(w, ssl);
	});
	t.fn('void SSL_set_connect_state(SSL *s)', ([s]) => {
		setRole(w, sslArg(w, s, 'SSL_set_connect_state', 'crash'), 'client');
		return null;
	});
	t.fn('void SSL_set_accept_state(SSL *s)', ([s]) => {
		setRole(w, sslArg(w, s, 'SSL_set_accept_state', 'crash'), 'server');
		return null;
	});
	t.fn('int SSL_is_server(const SSL *s)', ([s]) => (sslArg(w, s, 'SSL_is_server', 'crash').side === 'server' ? 1 : 0));
	t.fn('int SSL_in_init(const SSL *s)', ([s]) => (sslArg(w, s, 'SSL_in_init', 'crash').handshake === 'done' ? 0 : 1));
	t.fn('int SSL_is_init_finished(const SSL *s)', ([s]) => (sslArg(w, s, 'SSL_is_init_finished', 'crash').handshake === 'done' ? 1 : 0));
	// No application data ever flows in snippets: SSL_read_ex processes post-handshake messages and
	// returns 0 (SSL_get_error: WANT_READ). Like real OpenSSL it leaves *readbytes alone on failure.
	t.fn('int SSL_read_ex(SSL *ssl, void *buf, size_t num, size_t *readbytes)', ([s]) => readEx(w, sslArg(w, s, 'SSL_read_ex', 'crash')));
	t.fn('int SSL_read(SSL *ssl, void *buf, int num)', ([s]) => {
		const ssl = sslArg(w, s, 'SSL_read', 'crash');
		readEx(w, ssl);
		return getError(w, ssl, 0) === 6 ? 0 : -1;
	});
	t.fn('int SSL_shutdown(SSL *s)', ([s]) => shutdown(w, sslArg(w, s, 'SSL_shutdown', 'crash')));
	t.fn('int SSL_get_error(const SSL *s, int ret_code)', ([s, r]) => getError(w, sslArg(w, s, 'SSL_get_error', 'crash'), num(r)));
	t.fn('int SSL_renegotiate(SSL *s)', ([s]) => renegotiate(w, sslArg(w, s, 'SSL_renegotiate', 'crash')));
	t.fn('int SSL_renegotiate_pending(const SSL *s)', ([s]) => renegotiatePending(sslArg(w, s, 'SSL_renegotiate_pending', 'crash')));
	t.fn('int SSL_new_session_ticket(SSL *s)', ([s]) => newSessionTicket(w, sslArg(w, s, 'SSL_new_session_ticket', 'crash')));
	t.fn('long SSL_get_verify_result(const SSL *ssl)', ([s]) => sslArg(w, s, 'SSL_get_verify_result', 'crash').verifyResult);
	// Options and verify codes the handshake reads (values of OpenSSL 3.0's headers).
	t.constant('SSL_OP_NO_ANTI_REPLAY', 'uint64_t', SSL_OP_NO_ANTI_REPLAY);
	t.constant('SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION', 'uint64_t', SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION);
	t.constant('SSL_OP_NO_RENEGOTIATION', 'uint64_t', SSL_OP_NO_RENEGOTIATION);
	t.constant('X509_V_OK', 'int', X509_V_OK);
	t.constant('X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT', 'int', VERIFY_SELF_SIGNED);
	t.fn('int connect_pair(SSL *client, SSL *server)', ([c, s]) =>
		connectPair(w, sslArg(w, c, 'connect_pair', 'crash'), sslArg(w, s, 'connect_pair', 'crash'))
	);
	t.fn('void shutdown_pair(SSL *client, SSL *server)', ([c, s]) => {
		shutdownPair(w, sslArg(w, c, 'shutdown_pair', 'crash'), sslArg(w, s, 'shutdown_pair', 'crash'));
		return null;
	});
}
