/** SSL_CTX_ctrl / SSL_ctrl and friends; expected values are those of real OpenSSL 3.0 runs. */
import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness';
import { createEngineLibrary } from './index';

const K = (name: string): number => {
	const c = createEngineLibrary({ now: 1 }).library.constants.get(name);
	if (!c) throw new Error(`no constant ${name}`);
	return c.value as number;
};

describe('SSL_CTX_ctrl', () => {
	it('SSL_CTX_ctrl reads and writes the cache mode and size like the macros (previous value back, negative size refused)', () => {
		const h = new Harness();
		const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_GET_SESS_CACHE_MODE'), 0, null)).toBe(2);
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_SET_SESS_CACHE_MODE'), 3, null)).toBe(2);
		expect(h.n('SSL_CTX_get_session_cache_mode', ctx)).toBe(3);
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_GET_SESS_CACHE_SIZE'), 0, null)).toBe(20480);
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_SET_SESS_CACHE_SIZE'), -1, null)).toBe(0);
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_SET_SESS_CACHE_SIZE'), 5, null)).toBe(20480);
		expect(h.n('SSL_CTX_sess_get_cache_size', ctx)).toBe(5);
	});

	it('SSL_CTX_ctrl answers the session count and every statistic by its command number', () => {
		const h = new Harness();
		const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const s = h.call('SSL_SESSION_new');
		h.call('SSL_SESSION_set1_id', s, h.buf(new Uint8Array([1, 2])), 2);
		h.call('SSL_CTX_add_session', ctx, s);
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_SESS_NUMBER'), 0, null)).toBe(1);
		// statistics: set one and read it through its command
		(ctx as unknown as { object: { stats: Record<string, number> } }).object.stats.misses = 7;
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_SESS_MISSES'), 0, null)).toBe(7);
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_SESS_CACHE_FULL'), 0, null)).toBe(0);
	});

	it('SSL_CTX_ctrl sets protocol bounds (1 or 0 for an invalid version), answers 0 for NULL and unknown commands, and keeps mode / read_ahead', () => {
		const h = new Harness();
		const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_SET_MAX_PROTO_VERSION'), 0x303, null)).toBe(1);
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_SET_MIN_PROTO_VERSION'), 0x305, null)).toBe(0);
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_GET_MAX_PROTO_VERSION'), 0, null)).toBe(0x303);
		expect(h.n('SSL_CTX_get_max_proto_version', ctx)).toBe(0x303);
		expect(h.n('SSL_CTX_ctrl', ctx, 9999, 0, null)).toBe(0);
		expect(h.n('SSL_CTX_ctrl', null, K('SSL_CTRL_SESS_NUMBER'), 0, null)).toBe(0);
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_MODE'), 0, null)).toBe(4);
		expect(h.n('SSL_CTX_ctrl', ctx, K('SSL_CTRL_SET_READ_AHEAD'), 1, null)).toBe(0);
		expect(h.n('SSL_CTX_get_read_ahead', ctx)).toBe(1);
	});

	it('SSL_ctrl reads and sets the SSL protocol bounds', () => {
		const h = new Harness();
		const ssl = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_server_method')));
		expect(h.n('SSL_ctrl', ssl, K('SSL_CTRL_SET_MAX_PROTO_VERSION'), 0x303, null)).toBe(1);
		expect(h.n('SSL_ctrl', ssl, K('SSL_CTRL_GET_MAX_PROTO_VERSION'), 0, null)).toBe(0x303);
	});
});

describe('callback getters, options, state and ex_data', () => {
	it('SSL_CTX_sess_get_new_cb returns NULL until a callback is set, then that callback', () => {
		const h = new Harness();
		const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		expect(h.call('SSL_CTX_sess_get_new_cb', ctx)).toBeNull();
		const f = h.fn('on_new', () => 0);
		h.call('SSL_CTX_sess_set_new_cb', ctx, f);
		expect(h.call('SSL_CTX_sess_get_new_cb', ctx)).toBe(f);
		const g = h.fn('on_get', () => null);
		h.call('SSL_CTX_sess_set_get_cb', ctx, g);
		expect(h.call('SSL_CTX_sess_get_get_cb', ctx)).toBe(g);
		expect(h.call('SSL_CTX_sess_get_remove_cb', ctx)).toBeNull();
	});

	it('SSL_clear_options clears bits and returns the options left; SSL_in_before is 1 on a fresh SSL', () => {
		const h = new Harness();
		const ssl = h.call('SSL_new', h.call('SSL_CTX_new', h.call('TLS_client_method')));
		const ticket = K('SSL_OP_NO_TICKET');
		expect(h.n('SSL_set_options', ssl, ticket) & ticket).toBe(ticket);
		expect(h.n('SSL_clear_options', ssl, ticket) & ticket).toBe(0);
		expect(h.n('SSL_in_before', ssl)).toBe(1);
	});

	it('SSL_get_ex_data answers the trace number at the prelude index 1, NULL elsewhere, and stored values (app_data = index 0)', () => {
		const h = new Harness();
		const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		const ssl = h.call('SSL_new', ctx);
		expect(h.call('SSL_get_ex_data', ssl, 1)).toBe(1);
		expect(h.call('SSL_CTX_get_ex_data', ctx, 1)).toBe(1);
		expect(h.call('SSL_get_ex_data', ssl, 0)).toBeNull();
		expect(h.n('SSL_set_ex_data', ssl, 0, 42)).toBe(1);
		expect(h.call('SSL_get_app_data', ssl)).toBe(42);
		h.call('SSL_CTX_set_app_data', ctx, 43);
		expect(h.call('SSL_CTX_get_ex_data', ctx, 0)).toBe(43);
		expect(h.n('SSL_get_ex_new_index', 0, null, null, null, null)).toBe(2);
		expect(h.n('SSL_SESSION_get_ex_new_index', 0, null, null, null, null)).toBe(2);
	});

	it('PEM_read_SSL_SESSION on stdout (no readable stream) returns NULL with PEM "no start line"', () => {
		const h = new Harness();
		const stdout = { kind: 'obj' as const, object: { cType: 'FILE', name: 'stdout' } };
		expect(h.call('PEM_read_SSL_SESSION', stdout, null, null, null)).toBeNull();
		const e = h.n('ERR_get_error');
		expect([h.n('ERR_GET_LIB', e), h.n('ERR_GET_REASON', e)]).toEqual([K('ERR_LIB_PEM'), K('PEM_R_NO_START_LINE')]);
	});

	it('SSL_CTX_set_quiet_shutdown keeps the int mode as given: 5 reads back 5 from the ctx and from a new SSL', () => {
		const h = new Harness();
		const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		h.call('SSL_CTX_set_quiet_shutdown', ctx, 5);
		expect(h.n('SSL_CTX_get_quiet_shutdown', ctx)).toBe(5);
		const ssl = h.call('SSL_new', ctx);
		expect(h.n('SSL_get_quiet_shutdown', ssl)).toBe(5);
		h.call('SSL_set_quiet_shutdown', ssl, 0);
		expect(h.n('SSL_get_quiet_shutdown', ssl)).toBe(0);
	});
});
