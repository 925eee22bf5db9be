/** The engine core's bindings and constants (everything that does not run a handshake or serialize). */
import type { BindingTable } from './table';
import type { World } from '../world';
import { registerCtx } from './core-ctx';
import { registerSsl } from './core-ssl';
import { registerSession } from './core-session';
import { registerCtrl } from './core-ctrl';
import * as K from '../constants';

/** Constants a snippet may name, with their C types and real OpenSSL values. */
export const CORE_CONSTANTS: [string, string, number][] = [
	...(
		[
			'SSL_SESS_CACHE_OFF',
			'SSL_SESS_CACHE_CLIENT',
			'SSL_SESS_CACHE_SERVER',
			'SSL_SESS_CACHE_BOTH',
			'SSL_SESS_CACHE_NO_AUTO_CLEAR',
			'SSL_SESS_CACHE_NO_INTERNAL_LOOKUP',
			'SSL_SESS_CACHE_NO_INTERNAL_STORE',
			'SSL_SESS_CACHE_NO_INTERNAL',
			'SSL_SESS_CACHE_UPDATE_TIME'
		] as const
	).map((n): [string, string, number] => [n, 'long', K[n]]),
	['SSL_OP_NO_TICKET', 'uint64_t', K.SSL_OP_NO_TICKET],
	['SSL_OP_ALLOW_CLIENT_RENEGOTIATION', 'uint64_t', K.SSL_OP_ALLOW_CLIENT_RENEGOTIATION],
	['SSL_OP_NO_TLSv1', 'uint64_t', 2 ** 26],
	['SSL_OP_NO_TLSv1_1', 'uint64_t', 2 ** 28],
	['SSL_OP_NO_TLSv1_2', 'uint64_t', 2 ** 27],
	['SSL_OP_NO_TLSv1_3', 'uint64_t', 2 ** 29],
	...(['TLS1_VERSION', 'TLS1_1_VERSION', 'TLS1_2_VERSION', 'TLS1_3_VERSION'] as const).map((n): [string, string, number] => [n, 'int', K[n]]),
	...(
		['SSL_VERIFY_NONE', 'SSL_VERIFY_PEER', 'SSL_VERIFY_FAIL_IF_NO_PEER_CERT', 'SSL_VERIFY_CLIENT_ONCE', 'SSL_VERIFY_POST_HANDSHAKE'] as const
	).map((n): [string, string, number] => [n, 'int', K[n]]),
	['SSL_SENT_SHUTDOWN', 'int', K.SSL_SENT_SHUTDOWN],
	['SSL_RECEIVED_SHUTDOWN', 'int', K.SSL_RECEIVED_SHUTDOWN],
	...(
		[
			'SSL_ERROR_NONE',
			'SSL_ERROR_SSL',
			'SSL_ERROR_WANT_READ',
			'SSL_ERROR_WANT_WRITE',
			'SSL_ERROR_WANT_X509_LOOKUP',
			'SSL_ERROR_SYSCALL',
			'SSL_ERROR_ZERO_RETURN',
			'SSL_ERROR_WANT_CONNECT',
			'SSL_ERROR_WANT_ACCEPT',
			'SSL_ERROR_WANT_ASYNC',
			'SSL_ERROR_WANT_ASYNC_JOB',
			'SSL_ERROR_WANT_CLIENT_HELLO_CB',
			'SSL_ERROR_WANT_RETRY_VERIFY'
		] as const
	).map((n): [string, string, number] => [n, 'int', K[n]]),
	['SSL_MAX_SSL_SESSION_ID_LENGTH', 'int', K.SSL_MAX_SSL_SESSION_ID_LENGTH],
	['SSL_MAX_SID_CTX_LENGTH', 'int', K.SSL_MAX_SID_CTX_LENGTH],
	['SSL_MAX_MASTER_KEY_LENGTH', 'int', K.SSL_MAX_MASTER_KEY_LENGTH]
];

export function register(table: BindingTable, world: World): void {
	void world;
	registerCtx(table);
	registerSsl(table);
	registerSession(table);
	registerCtrl(table);
	for (const [name, type, value] of CORE_CONSTANTS) table.constant(name, type, value);
}
