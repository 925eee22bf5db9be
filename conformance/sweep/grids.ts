/**
 * The sweeps: a template (one of the shared conformance programs whose
 * behaviour is chosen by #defines at the top) and the values to combine.
 * `prepare` may turn hard-coded settings of a template into more #defines.
 */
import type { Combination, Defines } from './grid';

export interface Sweep {
	name: string;
	/** path relative to the repository root or absolute */
	template: string;
	defines: Defines;
	/** rewrites the template before the defines are applied */
	prepare?: (source: string) => string;
	/** combinations never to run (e.g. ones that would make real OpenSSL spin) */
	allowed?: (c: Combination) => boolean;
}

const SHARED = '/work/shared/conformance';

const SERVER_MODES = [
	'-1',
	'SSL_SESS_CACHE_OFF',
	'SSL_SESS_CACHE_CLIENT',
	'SSL_SESS_CACHE_BOTH',
	'SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_STORE',
	'SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_LOOKUP',
	'SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL',
	'SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_AUTO_CLEAR'
];
const CLIENT_MODES = [
	'-1',
	'SSL_SESS_CACHE_OFF',
	'SSL_SESS_CACHE_CLIENT',
	'SSL_SESS_CACHE_BOTH',
	'SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_INTERNAL_STORE',
	'SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_NO_AUTO_CLEAR'
];

/** a server mode under which the session also sits in the internal cache */
function storesInternally(mode: string): boolean {
	return /SERVER|BOTH/.test(mode) && !/NO_INTERNAL_STORE|NO_INTERNAL$/.test(mode);
}

const getcbPrepare = (s: string): string =>
			s
				.replace('#define APPFREE 1', '#define APPFREE 1\n#define CVERSION TLS1_2_VERSION\n#define SOPTS SSL_OP_NO_TICKET')
				.replace('SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);', 'SSL_CTX_set_max_proto_version(cctx, CVERSION);')
				.replace('SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);', 'if (SOPTS != 0) SSL_CTX_set_options(sctx, SOPTS);');

const GETCB_DEFINES: Defines = {
	SMODE: [
		'SSL_SESS_CACHE_SERVER',
		'SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL',
		'SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_LOOKUP',
		'SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_STORE',
		'SSL_SESS_CACHE_OFF',
		'SSL_SESS_CACHE_BOTH | SSL_SESS_CACHE_NO_AUTO_CLEAR'
	],
	COPYVAL: ['-1', '0', '1'],
	APPFREE: ['0', '1'],
	CVERSION: ['TLS1_2_VERSION', 'TLS1_3_VERSION'],
	SOPTS: ['0', 'SSL_OP_NO_TICKET']
};

/** hs template callbacks that also print both contexts' counters */
const withCbStats = (s: string): string =>
			s
				.replace('static long num(SSL_SESSION *s)', 'static void cbstats(void);\nstatic int ending;\nstatic long num(SSL_SESSION *s)')
				// no counters once the contexts are being freed (the other one may be gone)
				.replace('    printf("-- free kept', '    ending = 1;\n    printf("-- free kept')
				.replace(/(printf\("\[%s new_cb\][^;]*;)/g, '$1\n    cbstats();')
				.replace(/(printf\("\[%s remove_cb\][^;]*;)/, '$1\n    cbstats();')
				.replace(
					'static SSL_SESSION *run(',
					'static void cbstats(void) {\n    if (ending) return;\n    printf("   in cb: server number=%ld accept=%ld/%ld hits=%ld misses=%ld timeouts=%ld; client number=%ld connect=%ld/%ld hits=%ld\\n",\n           SSL_CTX_sess_number(sctx), SSL_CTX_sess_accept(sctx), SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_hits(sctx),\n           SSL_CTX_sess_misses(sctx), SSL_CTX_sess_timeouts(sctx), SSL_CTX_sess_number(cctx), SSL_CTX_sess_connect(cctx),\n           SSL_CTX_sess_connect_good(cctx), SSL_CTX_sess_hits(cctx));\n}\n\nstatic SSL_SESSION *run('
				);

const HS_EXT_DEFINES: Defines = {
	VERSION: ['TLS1_2_VERSION', 'TLS1_3_VERSION'],
	SOPTS: ['0', 'SSL_OP_NO_TICKET'],
	NTICKETS: ['-1', '0', '1', '3'],
	SMODE: ['-1', 'SSL_SESS_CACHE_OFF', 'SSL_SESS_CACHE_BOTH', 'SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_STORE'],
	CMODE: ['-1', 'SSL_SESS_CACHE_CLIENT', 'SSL_SESS_CACHE_BOTH | SSL_SESS_CACHE_NO_INTERNAL_LOOKUP'],
	NEWCB_S: ['0', '1', '2'],
	NEWCB_C: ['0', '1', '2'],
	REMCB_S: ['0', '1'],
	REMCB_C: ['0', '1'],
	RESUME3: ['0', '1', '2'],
	FLUSH: ['0', '1', '2', '3'],
	SCACHE: ['-1', '1', '2'],
	SIDCTX: ['0', '1'],
	GETCB: ['0', '1'],
	STIMEOUT: ['-1', '0', '100'],
	SERVERFIRST: ['0', '1']
};

export const SWEEPS: Sweep[] = [
	{
		name: 'hs',
		template: `${SHARED}/hs-tls13-cb.c`,
		defines: {
			VERSION: ['TLS1_2_VERSION', 'TLS1_3_VERSION'],
			SOPTS: ['0', 'SSL_OP_NO_TICKET'],
			COPTS: ['0', 'SSL_OP_NO_TICKET'],
			NTICKETS: ['-1', '0', '1', '3'],
			SMODE: SERVER_MODES,
			CMODE: CLIENT_MODES,
			NEWCB_S: ['0', '1', '2'],
			NEWCB_C: ['0', '1', '2'],
			REMCB_S: ['0', '1'],
			REMCB_C: ['0', '1']
		}
	},
	{
		name: 'getcb',
		template: `${SHARED}/getcb-copy-default.c`,
		prepare: getcbPrepare,
		defines: GETCB_DEFINES,
		// copy=0 plus the app's own free while the session sits in the internal cache leaves a freed
		// entry there, and SSL_CTX_free would then walk it
		allowed: (c) => !(c.COPYVAL === '0' && c.APPFREE === '1' && storesInternally(c.SMODE))
	},
	{
		name: 'cache',
		template: 'conformance/sweep/templates/cache-ops.c',
		defines: {
			CACHESIZE: ['0', '1', '2', '3', '4', '5'],
			NADD: ['1', '3', '5', '6'],
			TIMEMODE: ['0', '1', '2', '3'],
			TIMEOUT: ['0', '1', '100', '200'],
			REMCB: ['0', '1'],
			MODE: ['-1', 'SSL_SESS_CACHE_OFF', 'SSL_SESS_CACHE_CLIENT', 'SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_AUTO_CLEAR', 'SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL_STORE'],
			SHRINK: ['-1', '0', '1', '2'],
			FLUSHAT: ['-1', '0', '1001', '1050', '1101'],
			DUPID: ['0', '1'],
			RESORT: ['0', '1', '2', '3']
		}
	},
	{
		name: 'null',
		template: 'conformance/sweep/templates/null-args.c',
		defines: { WHICH: Array.from({ length: 85 }, (_, i) => String(i)) }
	}
,
	{
		name: 'hs-ext',
		template: 'conformance/sweep/templates/hs-ext.c',
		defines: HS_EXT_DEFINES
	}
,
	{
		name: 'der',
		template: 'conformance/sweep/templates/der-mutate.c',
		defines: {
			MUT: ['0', '1', '2', '3', '4'],
			FIELDS: ['0', '1', '2', '3', '4', '8', '15'],
			PROTO: ['TLS1_2_VERSION', 'TLS1_3_VERSION']
		}
	}
,
	{
		name: 'danger',
		template: 'conformance/sweep/templates/danger-refs.c',
		defines: {
			VERSION: ['TLS1_2_VERSION', 'TLS1_3_VERSION'],
			WHO: ['0', '1'],
			GETTER: ['0', '1', '2'],
			ACTION: ['0', '1', '2', '3', '4'],
			CMODE: ['-1', 'SSL_SESS_CACHE_CLIENT'],
			SMODE: ['-1', 'SSL_SESS_CACHE_OFF'],
			SHUTDOWN: ['0', '1'],
			REMCB: ['0', '1']
		}
	}
,
	{
		name: 'danger-core',
		template: 'conformance/sweep/templates/danger-refs.c',
		// run with --full: every getter × action × side × version × client cache
		defines: {
			VERSION: ['TLS1_2_VERSION', 'TLS1_3_VERSION'],
			WHO: ['0', '1'],
			GETTER: ['0', '1', '2'],
			ACTION: ['0', '1', '2', '3', '4'],
			CMODE: ['-1', 'SSL_SESS_CACHE_CLIENT']
		}
	}
,
	{
		name: 'autoflush',
		template: 'conformance/sweep/templates/autoflush.c',
		defines: {
			VERSION: ['TLS1_2_VERSION', 'TLS1_3_VERSION'],
			SIDE: ['0', '1'],
			SOPTS: ['0', 'SSL_OP_NO_TICKET'],
			NTICKETS: ['-1', '0', '1', '3'],
			RESUME: ['0', '1', '2'],
			NOAUTO: ['0', '1']
		}
	}
,
	{
		// hs-tls13-cb.c whose callbacks also print both contexts' counters: catches
		// callbacks that run at another moment of the handshake than in real OpenSSL
		name: 'hs-cbstats',
		template: `${SHARED}/hs-tls13-cb.c`,
		prepare: withCbStats,
		defines: {
			VERSION: ['TLS1_2_VERSION', 'TLS1_3_VERSION'],
			SOPTS: ['0', 'SSL_OP_NO_TICKET'],
			COPTS: ['0', 'SSL_OP_NO_TICKET'],
			NTICKETS: ['-1', '0', '1', '3'],
			SMODE: SERVER_MODES,
			CMODE: CLIENT_MODES,
			NEWCB_S: ['0', '1', '2'],
			NEWCB_C: ['0', '1', '2'],
			REMCB_S: ['0', '1'],
			REMCB_C: ['0', '1']
		}
	}
,
	{
		// getcb template whose callbacks print the server counters at the moment they run
		name: 'getcb-cbstats',
		template: `${SHARED}/getcb-copy-default.c`,
		prepare: (s) =>
			getcbPrepare(s)
				.replace('static long num(SSL_SESSION *s)', 'static void cbstats(void);\nstatic long num(SSL_SESSION *s)')
				.replace(/(printf\("\[server (new_cb|get_cb|remove_cb)\][^;]*;)/g, '$1\n    cbstats();')
				.replace(
					'int main(void) {',
					'static void cbstats(void) {\n    printf("   in cb: number=%ld accept=%ld/%ld hits=%ld cb_hits=%ld misses=%ld timeouts=%ld\\n", SSL_CTX_sess_number(sctx),\n           SSL_CTX_sess_accept(sctx), SSL_CTX_sess_accept_good(sctx), SSL_CTX_sess_hits(sctx), SSL_CTX_sess_cb_hits(sctx),\n           SSL_CTX_sess_misses(sctx), SSL_CTX_sess_timeouts(sctx));\n}\n\nint main(void) {'
				)
				// the server ctx is freed last; its remove_cb must not read it then
				.replace('    printf("-- SSL_CTX_free server\\n");', '    SSL_CTX_sess_set_remove_cb(sctx, NULL);\n    printf("-- SSL_CTX_free server\\n");'),
		defines: GETCB_DEFINES,
		allowed: (c) => !(c.COPYVAL === '0' && c.APPFREE === '1' && storesInternally(c.SMODE))
	}
,
	{
		// hs-tls13-cb.c whose new_cb also prints what the SSL and the session look like at that moment
		name: 'hs-cbstate',
		template: `${SHARED}/hs-tls13-cb.c`,
		prepare: (s) =>
			s
				.replace('static long num(SSL_SESSION *s)', 'static void cbstate(SSL *ssl, SSL_SESSION *sess);\nstatic long num(SSL_SESSION *s)')
				.replace(/(printf\("\[%s new_cb\][^;]*;)/g, '$1\n    cbstate(ssl, sess);')
				.replace(
					'static SSL_SESSION *run(',
					'static void cbstate(SSL *ssl, SSL_SESSION *sess) {\n    unsigned int idlen, ctxlen;\n    size_t ticklen;\n    SSL_SESSION_get_id(sess, &idlen);\n    SSL_SESSION_get0_id_context(sess, &ctxlen);\n    SSL_SESSION_get0_ticket(sess, NULL, &ticklen);\n    printf("   state: ssl session #%ld reused=%d version=%x; sess proto=%x idlen=%u ctxlen=%u ticket=%d/%d hint=%lu timeout=%ld early=%u mk=%zu\\n",\n           num(SSL_get_session(ssl)), SSL_session_reused(ssl), SSL_version(ssl), SSL_SESSION_get_protocol_version(sess), idlen, ctxlen,\n           SSL_SESSION_has_ticket(sess), ticklen > 0, SSL_SESSION_get_ticket_lifetime_hint(sess), SSL_SESSION_get_timeout(sess),\n           SSL_SESSION_get_max_early_data(sess), SSL_SESSION_get_master_key(sess, NULL, 0));\n}\n\nstatic SSL_SESSION *run('
				),
		defines: {
			VERSION: ['TLS1_2_VERSION', 'TLS1_3_VERSION'],
			SOPTS: ['0', 'SSL_OP_NO_TICKET'],
			COPTS: ['0', 'SSL_OP_NO_TICKET'],
			NTICKETS: ['-1', '0', '1', '3'],
			SMODE: ['-1', 'SSL_SESS_CACHE_OFF', 'SSL_SESS_CACHE_BOTH', 'SSL_SESS_CACHE_SERVER | SSL_SESS_CACHE_NO_INTERNAL'],
			CMODE: ['-1', 'SSL_SESS_CACHE_CLIENT', 'SSL_SESS_CACHE_OFF'],
			NEWCB_S: ['1', '2'],
			NEWCB_C: ['1', '2'],
			REMCB_S: ['0', '1'],
			REMCB_C: ['0', '1']
		}
	}
,
	{
		name: 'hs-ext-cbstats',
		template: 'conformance/sweep/templates/hs-ext.c',
		prepare: withCbStats,
		defines: HS_EXT_DEFINES
	}
];
