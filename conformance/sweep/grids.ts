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
		prepare: (s) =>
			s
				.replace('#define APPFREE 1', '#define APPFREE 1\n#define CVERSION TLS1_2_VERSION\n#define SOPTS SSL_OP_NO_TICKET')
				.replace('SSL_CTX_set_max_proto_version(cctx, TLS1_2_VERSION);', 'SSL_CTX_set_max_proto_version(cctx, CVERSION);')
				.replace('SSL_CTX_set_options(sctx, SSL_OP_NO_TICKET);', 'if (SOPTS != 0) SSL_CTX_set_options(sctx, SOPTS);'),
		defines: {
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
		},
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
		defines: {
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
		}
	}
];
