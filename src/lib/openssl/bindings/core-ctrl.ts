/**
 * SSL_CTX_ctrl / SSL_ctrl (the target of OpenSSL's cache, statistics and version macros), the
 * callback getters, the small ctrl-only settings (mode, read_ahead, max_cert_list: fields of SslCtx)
 * and ex_data on SSL / SSL_CTX (RefCounted.exData). Behaviour checked against real OpenSSL 3.0 runs (see core-ctrl.test.ts).
 */
import type { CValue } from '../../snippet/abi';
import type { BindingTable } from './table';
import { ctxArg, num, sslArg } from './args';
import { cacheNumber } from '../cache/ops';
import { SSL_MODE_AUTO_RETRY, STAT_NAMES } from '../objects/ctx';
import type { SslCtx } from '../objects/ctx';
import type { RefCounted } from '../objects/refcounted';
import { validProtoVersion } from './core-ctx';
import * as K from '../constants';
import { ASN1_R, ERR_LIB_ASN1, ERR_LIB_PEM, ERR_LIB_SYS, PEM_R_BAD_BASE64_DECODE, PEM_R_BAD_END_LINE, PEM_R_NO_START_LINE, SSL_R } from '../asn1/err-codes';

export function registerCtrl(t: BindingTable): void {
	const w = t.world;
	for (const [name, value] of CTRL_CONSTANTS) t.constant(name, 'int', value);
	// Error library / reason numbers a program compares ERR_GET_LIB / ERR_GET_REASON with.
	const errConstants: [string, number][] = [
		['ERR_LIB_SYS', ERR_LIB_SYS],
		['ERR_LIB_PEM', ERR_LIB_PEM],
		['ERR_LIB_ASN1', ERR_LIB_ASN1],
		['ERR_LIB_SSL', K.ERR_LIB_SSL],
		['PEM_R_NO_START_LINE', PEM_R_NO_START_LINE],
		['PEM_R_BAD_END_LINE', PEM_R_BAD_END_LINE],
		['PEM_R_BAD_BASE64_DECODE', PEM_R_BAD_BASE64_DECODE],
		...Object.entries(SSL_R).map(([k, v]): [string, number] => [`SSL_R_${k}`, v]),
		...Object.entries(ASN1_R).map(([k, v]): [string, number] => [`ASN1_R_${k}`, v]),
		['SSL3_VERSION', 0x0300],
		['TLSEXT_NAMETYPE_host_name', 0],
		['SSL_CTRL_SET_TLSEXT_HOSTNAME', 55],
		['TLS_ANY_VERSION', 0x10000]
	];
	for (const [name, value] of errConstants) if (!t.constants.has(name)) t.constant(name, 'int', value);

	/** SSL_CTX_ctrl: every command used by the session macros; anything else answers 0. */
	const ctxCtrl = (ctx: SslCtx, cmd: number, larg: number): number => {
		const st = cmd - K.SSL_CTRL_SESS_CONNECT;
		if (st >= 0 && st < STAT_NAMES.length) return ctx.stats[STAT_NAMES[st]];
		switch (cmd) {
			case K.SSL_CTRL_SESS_NUMBER:
				return cacheNumber(ctx);
			case K.SSL_CTRL_SET_SESS_CACHE_SIZE: {
				if (larg < 0) return 0;
				const prev = ctx.cacheSize;
				ctx.cacheSize = larg;
				w.touch(ctx);
				return prev;
			}
			case K.SSL_CTRL_GET_SESS_CACHE_SIZE:
				return ctx.cacheSize;
			case K.SSL_CTRL_SET_SESS_CACHE_MODE: {
				const prev = ctx.mode;
				ctx.mode = larg;
				w.touch(ctx);
				return prev;
			}
			case K.SSL_CTRL_GET_SESS_CACHE_MODE:
				return ctx.mode;
			case K.SSL_CTRL_MODE:
				return (ctx.sslMode |= larg);
			case K.SSL_CTRL_CLEAR_MODE:
				return (ctx.sslMode &= ~larg);
			case K.SSL_CTRL_GET_READ_AHEAD:
				return ctx.readAhead;
			case K.SSL_CTRL_SET_READ_AHEAD: {
				const prev = ctx.readAhead;
				ctx.readAhead = larg;
				return prev;
			}
			case K.SSL_CTRL_GET_MAX_CERT_LIST:
				return ctx.maxCertList;
			case K.SSL_CTRL_SET_MAX_CERT_LIST: {
				if (larg < 0) return 0;
				const prev = ctx.maxCertList;
				ctx.maxCertList = larg;
				return prev;
			}
			case K.SSL_CTRL_SET_MIN_PROTO_VERSION:
			case K.SSL_CTRL_SET_MAX_PROTO_VERSION:
				if (!validProtoVersion(larg)) return 0;
				if (cmd === K.SSL_CTRL_SET_MIN_PROTO_VERSION) ctx.minProto = larg;
				else ctx.maxProto = larg;
				return 1;
			case K.SSL_CTRL_GET_MIN_PROTO_VERSION:
				return ctx.minProto;
			case K.SSL_CTRL_GET_MAX_PROTO_VERSION:
				return ctx.maxProto;
			default:
				return 0;
		}
	};
	t.fn('long SSL_CTX_ctrl(SSL_CTX *ctx, int cmd, long larg, void *parg)', ([c, cmd, l]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_ctrl', 'null');
		return ctx ? ctxCtrl(ctx, num(cmd), num(l)) : 0;
	});
	t.fn('long SSL_ctrl(SSL *ssl, int cmd, long larg, void *parg)', ([s, cmd, l]) => {
		const ssl = sslArg(w, s, 'SSL_ctrl', 'crash');
		const larg = num(l);
		switch (num(cmd)) {
			case K.SSL_CTRL_SET_MIN_PROTO_VERSION:
			case K.SSL_CTRL_SET_MAX_PROTO_VERSION:
				if (!validProtoVersion(larg)) return 0;
				if (num(cmd) === K.SSL_CTRL_SET_MIN_PROTO_VERSION) ssl.minProto = larg;
				else ssl.maxProto = larg;
				return 1;
			case K.SSL_CTRL_GET_MIN_PROTO_VERSION:
				return ssl.minProto;
			case K.SSL_CTRL_GET_MAX_PROTO_VERSION:
				return ssl.maxProto;
			default:
				return 0;
		}
	});
	// The SSL_CTX mode / read_ahead macros.
	t.fn('long SSL_CTX_set_mode(SSL_CTX *ctx, long mode)', ([c, m]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_set_mode', 'null');
		return ctx ? ctxCtrl(ctx, K.SSL_CTRL_MODE, num(m)) : 0;
	});
	t.fn('long SSL_CTX_clear_mode(SSL_CTX *ctx, long mode)', ([c, m]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_clear_mode', 'null');
		return ctx ? ctxCtrl(ctx, K.SSL_CTRL_CLEAR_MODE, num(m)) : 0;
	});
	t.fn('long SSL_CTX_get_mode(SSL_CTX *ctx)', ([c]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_get_mode', 'null');
		return ctx ? ctxCtrl(ctx, K.SSL_CTRL_MODE, 0) : 0;
	});
	t.fn('long SSL_CTX_get_read_ahead(SSL_CTX *ctx)', ([c]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_get_read_ahead', 'null');
		return ctx ? ctxCtrl(ctx, K.SSL_CTRL_GET_READ_AHEAD, 0) : 0;
	});
	t.fn('long SSL_CTX_set_read_ahead(SSL_CTX *ctx, long m)', ([c, m]) => {
		const ctx = ctxArg(w, c, 'SSL_CTX_set_read_ahead', 'null');
		return ctx ? ctxCtrl(ctx, K.SSL_CTRL_SET_READ_AHEAD, num(m)) : 0;
	});

	// ---- callback getters: the pointer stored by the setter, NULL when unset ------------------
	t.fn('int (*SSL_CTX_sess_get_new_cb(SSL_CTX *ctx))(SSL *, SSL_SESSION *)', ([c]) => ctxArg(w, c, 'SSL_CTX_sess_get_new_cb', 'crash').newCb?.pointer ?? null);
	t.fn('void (*SSL_CTX_sess_get_remove_cb(SSL_CTX *ctx))(SSL_CTX *, SSL_SESSION *)', ([c]) => ctxArg(w, c, 'SSL_CTX_sess_get_remove_cb', 'crash').removeCb?.pointer ?? null);
	t.fn('SSL_SESSION *(*SSL_CTX_sess_get_get_cb(SSL_CTX *ctx))(SSL *, const unsigned char *, int, int *)', ([c]) => ctxArg(w, c, 'SSL_CTX_sess_get_get_cb', 'crash').getCb?.pointer ?? null);

	// ---- options / state -----------------------------------------------------------------------
	t.fn('uint64_t SSL_clear_options(SSL *s, uint64_t op)', ([s, o]) => {
		const ssl = sslArg(w, s, 'SSL_clear_options', 'crash');
		ssl.options = Number(BigInt(ssl.options) & ~BigInt(num(o)));
		return ssl.options;
	});
	t.fn('int SSL_in_before(const SSL *s)', ([s]) => (sslArg(w, s, 'SSL_in_before', 'crash').handshake === 'before' ? 1 : 0));

	// ---- ex_data on SSL and SSL_CTX (the prelude registered index 1 of each class) -------------
	const getEx = (o: RefCounted, idx: number): CValue => {
		const v = o.exData?.get(idx);
		if (v !== undefined) return v;
		return idx === 1 ? o.n : null;
	};
	const setEx = (o: RefCounted, idx: number, v: CValue): number => {
		(o.exData ??= new Map()).set(idx, v);
		return 1;
	};
	t.fn('void *SSL_get_ex_data(const SSL *ssl, int idx)', ([s, i]) => getEx(sslArg(w, s, 'SSL_get_ex_data', 'crash'), num(i)));
	t.fn('int SSL_set_ex_data(SSL *ssl, int idx, void *data)', ([s, i, v]) => setEx(sslArg(w, s, 'SSL_set_ex_data', 'crash'), num(i), v));
	t.fn('void *SSL_CTX_get_ex_data(const SSL_CTX *ctx, int idx)', ([c, i]) => getEx(ctxArg(w, c, 'SSL_CTX_get_ex_data', 'crash'), num(i)));
	t.fn('int SSL_CTX_set_ex_data(SSL_CTX *ctx, int idx, void *data)', ([c, i, v]) => setEx(ctxArg(w, c, 'SSL_CTX_set_ex_data', 'crash'), num(i), v));
	t.fn('void *SSL_get_app_data(const SSL *ssl)', ([s]) => getEx(sslArg(w, s, 'SSL_get_app_data', 'crash'), 0));
	t.fn('int SSL_set_app_data(SSL *ssl, void *data)', ([s, v]) => setEx(sslArg(w, s, 'SSL_set_app_data', 'crash'), 0, v));
	t.fn('void *SSL_CTX_get_app_data(const SSL_CTX *ctx)', ([c]) => getEx(ctxArg(w, c, 'SSL_CTX_get_app_data', 'crash'), 0));
	t.fn('int SSL_CTX_set_app_data(SSL_CTX *ctx, void *data)', ([c, v]) => setEx(ctxArg(w, c, 'SSL_CTX_set_app_data', 'crash'), 0, v));
	// New indices: each class numbers its own (counted in the World); the prelude already took 1 of each.
	for (const cls of ['SSL', 'SSL_CTX', 'SSL_SESSION'] as const) {
		// Index callbacks (new/dup/free) are not simulated: the slot itself works.
		t.fn(`int ${cls}_get_ex_new_index(long argl, void *argp, void *new_func, void *dup_func, void *free_func)`, () => ++w.exIndexes[cls]);
	}
}

export const CTRL_CONSTANTS: [string, number][] = [
	['SSL_CTRL_SESS_NUMBER', K.SSL_CTRL_SESS_NUMBER],
	['SSL_CTRL_SESS_CONNECT', K.SSL_CTRL_SESS_CONNECT],
	['SSL_CTRL_SESS_CONNECT_GOOD', 22],
	['SSL_CTRL_SESS_CONNECT_RENEGOTIATE', 23],
	['SSL_CTRL_SESS_ACCEPT', 24],
	['SSL_CTRL_SESS_ACCEPT_GOOD', 25],
	['SSL_CTRL_SESS_ACCEPT_RENEGOTIATE', 26],
	['SSL_CTRL_SESS_HIT', 27],
	['SSL_CTRL_SESS_CB_HIT', 28],
	['SSL_CTRL_SESS_MISSES', 29],
	['SSL_CTRL_SESS_TIMEOUTS', 30],
	['SSL_CTRL_SESS_CACHE_FULL', 31],
	['SSL_CTRL_MODE', K.SSL_CTRL_MODE],
	['SSL_CTRL_GET_READ_AHEAD', K.SSL_CTRL_GET_READ_AHEAD],
	['SSL_CTRL_SET_READ_AHEAD', K.SSL_CTRL_SET_READ_AHEAD],
	['SSL_CTRL_SET_SESS_CACHE_SIZE', K.SSL_CTRL_SET_SESS_CACHE_SIZE],
	['SSL_CTRL_GET_SESS_CACHE_SIZE', K.SSL_CTRL_GET_SESS_CACHE_SIZE],
	['SSL_CTRL_SET_SESS_CACHE_MODE', K.SSL_CTRL_SET_SESS_CACHE_MODE],
	['SSL_CTRL_GET_SESS_CACHE_MODE', K.SSL_CTRL_GET_SESS_CACHE_MODE],
	['SSL_CTRL_GET_MAX_CERT_LIST', K.SSL_CTRL_GET_MAX_CERT_LIST],
	['SSL_CTRL_SET_MAX_CERT_LIST', K.SSL_CTRL_SET_MAX_CERT_LIST],
	['SSL_CTRL_CLEAR_MODE', K.SSL_CTRL_CLEAR_MODE],
	['SSL_CTRL_SET_MIN_PROTO_VERSION', K.SSL_CTRL_SET_MIN_PROTO_VERSION],
	['SSL_CTRL_SET_MAX_PROTO_VERSION', K.SSL_CTRL_SET_MAX_PROTO_VERSION],
	['SSL_CTRL_GET_MIN_PROTO_VERSION', K.SSL_CTRL_GET_MIN_PROTO_VERSION],
	['SSL_CTRL_GET_MAX_PROTO_VERSION', K.SSL_CTRL_GET_MAX_PROTO_VERSION],
	['SSL_MODE_AUTO_RETRY', SSL_MODE_AUTO_RETRY]
];
