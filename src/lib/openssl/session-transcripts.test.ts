/** conformance/basic-new-free.c, session-accessors.c, null-handling.c through the bindings. */
import { describe, expect, it } from 'vitest';
import { Harness } from './testing/harness';
import { SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG, SSL_R_SSL_SESSION_ID_TOO_LONG } from './constants';

const REASONS: Record<number, string> = {
	[SSL_R_SSL_SESSION_ID_TOO_LONG]: 'ssl session id too long',
	[SSL_R_SSL_SESSION_ID_CONTEXT_TOO_LONG]: 'ssl session id context too long'
};

describe('SSL_SESSION transcripts', () => {
	it('SSL_SESSION_new, up_ref, dup and free print their lifecycle lines (basic-new-free.c)', () => {
		const h = new Harness();
		h.run(() => {
			const a = h.at(10).call('SSL_SESSION_new');
			h.print(`a is #${h.num(a)}\n`);
			h.print(`up_ref -> ${h.at(14).n('SSL_SESSION_up_ref', a)}\n`);
			h.at(16).call('SSL_SESSION_free', a);
			h.print('after first free (still alive)\n');
			const b = h.at(18).call('SSL_SESSION_dup', a);
			h.print(`b is #${h.num(b)}\n`);
			h.print(`timeout=${h.n('SSL_SESSION_get_timeout', a)} time-now=${h.n('SSL_SESSION_get_time', a) - h.world.now}\n`);
			h.print(`resumable=${h.n('SSL_SESSION_is_resumable', a)} has_ticket=${h.n('SSL_SESSION_has_ticket', a)}\n`);
			h.at(22).call('SSL_SESSION_free', a);
			h.at(23).call('SSL_SESSION_free', b);
			h.at(24).call('SSL_SESSION_free', null);
			h.print('end\n');
		});
		expect(h.text).toBe(`# new SSL_SESSION#1
a is #1
up_ref -> 1
after first free (still alive)
# new SSL_SESSION#2
b is #2
timeout=304 time-now=0
resumable=0 has_ticket=0
# free SSL_SESSION#1
# free SSL_SESSION#2
end
`);
	});

	it('SSL_SESSION getters and setters follow 8.1, and removing a dup removes the cached original (session-accessors.c)', () => {
		const h = new Harness();
		const errGet = () => {
			const e = h.world.errors.shift();
			return e ? e.reason : 0;
		};
		h.run(() => {
			const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			const s = h.call('SSL_SESSION_new');
			const big = h.buf(new Uint8Array(600).fill(0x42));
			const out = h.buf(8);
			const len = h.buf(4);
			const sz = h.buf(8);
			const pp = h.buf(8);
			const hex = (v: number) => v.toString(16);
			const p = (v: unknown) => (v === null ? '(nil)' : '0x55');
			h.print(`defaults: proto=0x${hex(h.n('SSL_SESSION_get_protocol_version', s))} cipher=${p(h.call('SSL_SESSION_get0_cipher', s))} idlen=`);
			h.call('SSL_SESSION_get_id', s, len);
			h.print(`${h.loadScalar(len, 'uint')} ctxlen=`);
			h.call('SSL_SESSION_get0_id_context', s, len);
			h.print(
				`${h.loadScalar(len, 'uint')} mklen=${h.n('SSL_SESSION_get_master_key', s, out, 0)} timeout=${h.n('SSL_SESSION_get_timeout', s)} has_ticket=${h.n('SSL_SESSION_has_ticket', s)} hint=${h.n('SSL_SESSION_get_ticket_lifetime_hint', s)} max_early=${h.n('SSL_SESSION_get_max_early_data', s)} compress=${h.n('SSL_SESSION_get_compress_id', s)} host=${p(h.call('SSL_SESSION_get0_hostname', s))} peer=${p(h.call('SSL_SESSION_get0_peer', s))} resumable=${h.n('SSL_SESSION_is_resumable', s)}\n`
			);
			h.call('SSL_SESSION_get0_ticket', s, pp, sz);
			h.print(`ticket ptr=${p(h.loadPointer(pp))} len=${h.loadScalar(sz, 'size_t')}\n`);
			h.call('SSL_SESSION_get0_alpn_selected', s, pp, sz);
			h.print(`alpn ptr=${p(h.loadPointer(pp))} len=${h.loadScalar(sz, 'size_t')}\n`);
			h.call('SSL_SESSION_get0_ticket_appdata', s, pp, sz);
			h.print(`appdata ptr=${p(h.loadPointer(pp))} len=${h.loadScalar(sz, 'size_t')}\n`);
			let r = h.n('SSL_SESSION_set1_id', s, big, 33);
			h.print(`set1_id(33) -> ${r} err=${REASONS[errGet()]}\n`);
			r = h.n('SSL_SESSION_set1_id', s, big, 32);
			h.print(`set1_id(32) -> ${r} resumable=${h.n('SSL_SESSION_is_resumable', s)}\n`);
			r = h.n('SSL_SESSION_set1_id_context', s, big, 33);
			h.print(`set1_id_context(33) -> ${r} err=${REASONS[errGet()]}\n`);
			r = h.n('SSL_SESSION_set1_id_context', s, big, 32);
			h.print(`set1_id_context(32) -> ${r}\n`);
			r = h.n('SSL_SESSION_set1_master_key', s, big, 513);
			h.print(`set1_master_key(513) -> ${r} (err queued: ${errGet()})\n`);
			r = h.n('SSL_SESSION_set1_master_key', s, big, 512);
			const mk8 = h.n('SSL_SESSION_get_master_key', s, out, 8);
			h.print(`set1_master_key(512) -> ${r}; get_master_key(out,0)=${h.n('SSL_SESSION_get_master_key', s, out, 0)} get_master_key(out,8)=${mk8}\n`);
			r = h.n('SSL_SESSION_set1_hostname', s, h.buf('x.test'));
			h.print(`set1_hostname -> ${r} host=${h.readCString(h.call('SSL_SESSION_get0_hostname', s))}\n`);
			r = h.n('SSL_SESSION_set1_hostname', s, null);
			h.print(`set1_hostname(NULL) -> ${r} host=${p(h.call('SSL_SESSION_get0_hostname', s))}\n`);
			h.print(`set1_alpn_selected(len 0) -> ${h.n('SSL_SESSION_set1_alpn_selected', s, h.buf('h2'), 0)}\n`);
			r = h.n('SSL_SESSION_set_max_early_data', s, 100);
			h.print(`set_max_early_data -> ${r} now ${h.n('SSL_SESSION_get_max_early_data', s)}\n`);
			r = h.n('SSL_SESSION_set_protocol_version', s, 0x1234);
			h.print(`set_protocol_version(0x1234) -> ${r} now 0x${hex(h.n('SSL_SESSION_get_protocol_version', s))}\n`);
			h.print(`set_cipher(NULL) -> ${h.n('SSL_SESSION_set_cipher', s, null)}\n`);
			h.print('>> dup of a cached session\n');
			h.call('SSL_CTX_add_session', ctx, s);
			let d = h.call('SSL_SESSION_dup', s);
			h.print(`dup #${h.num(d)} of #${h.num(s)}; cache number=${h.n('SSL_CTX_sess_number', ctx)}; remove(dup) -> `);
			r = h.n('SSL_CTX_remove_session', ctx, d);
			h.print(`${r}; number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			h.print(
				`note: remove(dup) matched by id and removed the ORIGINAL; dup resumable=${h.n('SSL_SESSION_is_resumable', d)} orig resumable=${h.n('SSL_SESSION_is_resumable', s)}\n`
			);
			h.call('SSL_SESSION_free', d);
			r = h.n('SSL_CTX_remove_session', ctx, s);
			h.print(`remove(orig) again -> ${r} (not cached) but marks it: resumable=${h.n('SSL_SESSION_is_resumable', s)}\n`);
			d = h.call('SSL_SESSION_dup', s);
			h.print(`dup of non-resumable #${h.num(s)} -> #${h.num(d)} resumable=${h.n('SSL_SESSION_is_resumable', d)}\n`);
			h.call('SSL_SESSION_free', d);
			h.call('SSL_SESSION_free', s);
			h.call('SSL_CTX_free', ctx);
		});
		expect(h.text).toBe(`# new SSL_CTX#1
# new SSL_SESSION#1
defaults: proto=0x0 cipher=(nil) idlen=0 ctxlen=0 mklen=0 timeout=304 has_ticket=0 hint=0 max_early=0 compress=0 host=(nil) peer=(nil) resumable=0
ticket ptr=(nil) len=0
alpn ptr=(nil) len=0
appdata ptr=(nil) len=0
set1_id(33) -> 0 err=ssl session id too long
set1_id(32) -> 1 resumable=1
set1_id_context(33) -> 0 err=ssl session id context too long
set1_id_context(32) -> 1
set1_master_key(513) -> 0 (err queued: 0)
set1_master_key(512) -> 1; get_master_key(out,0)=512 get_master_key(out,8)=8
set1_hostname -> 1 host=x.test
set1_hostname(NULL) -> 1 host=(nil)
set1_alpn_selected(len 0) -> 1
set_max_early_data -> 1 now 100
set_protocol_version(0x1234) -> 1 now 0x1234
set_cipher(NULL) -> 1
>> dup of a cached session
# new SSL_SESSION#2
dup #2 of #1; cache number=1; remove(dup) -> 1; number=0
note: remove(dup) matched by id and removed the ORIGINAL; dup resumable=0 orig resumable=1
# free SSL_SESSION#2
remove(orig) again -> 0 (not cached) but marks it: resumable=0
# new SSL_SESSION#3
dup of non-resumable #1 -> #3 resumable=0
# free SSL_SESSION#3
# free SSL_SESSION#1
# free SSL_CTX#1
`);
	});

	it('NULL arguments are no-ops or 0 where OpenSSL checks, and a null-dereference where it does not (null-handling.c)', () => {
		const h = new Harness();
		h.run(() => {
			const ctx = h.at(7).call('SSL_CTX_new', h.call('TLS_server_method'));
			const ssl = h.at(8).call('SSL_new', ctx);
			h.at(10).call('SSL_SESSION_free', null);
			h.at(11).call('SSL_free', null);
			h.at(12).call('SSL_CTX_free', null);
			h.print('free(NULL) x3 ok\n');
			h.print(`SSL_CTX_up_ref -> ${h.at(14).n('SSL_CTX_up_ref', ctx)}\n`);
			h.at(15).call('SSL_CTX_free', ctx);
			h.at(16);
			h.print(
				`sess_number(NULL)=${h.n('SSL_CTX_sess_number', null)} cache_size(NULL)=${h.n('SSL_CTX_sess_get_cache_size', null)} set_cache_size(NULL,5)=${h.n('SSL_CTX_sess_set_cache_size', null, 5)} mode(NULL)=${h.n('SSL_CTX_get_session_cache_mode', null)}\n`
			);
			h.print(`set_timeout(NULL)=${h.n('SSL_CTX_set_timeout', null, 5)} get_timeout(NULL)=${h.n('SSL_CTX_get_timeout', null)}\n`);
			h.print(`remove_session(ctx, NULL)=${h.at(20).n('SSL_CTX_remove_session', ctx, null)}\n`);
			h.print(`SSL_set_session(ssl, NULL) on fresh ssl=${h.at(22).n('SSL_set_session', ssl, null)}\n`);
			h.at(24).call('SSL_CTX_flush_sessions', ctx, 0);
			h.print('flush of empty cache ok\n');
			h.print(`SSL_get1_session on fresh=${h.at(26).call('SSL_get1_session', ssl) === null ? '(nil)' : '?'}\n`);
			h.print('now SSL_SESSION_get_protocol_version(NULL)\n');
			h.print(`${h.at(28).n('SSL_SESSION_get_protocol_version', null)}\n`);
			h.print('not reached\n');
		});
		expect(h.text).toBe(`# new SSL_CTX#1
# new SSL#1
free(NULL) x3 ok
SSL_CTX_up_ref -> 1
sess_number(NULL)=0 cache_size(NULL)=0 set_cache_size(NULL,5)=0 mode(NULL)=0
set_timeout(NULL)=0 get_timeout(NULL)=0
remove_session(ctx, NULL)=0
SSL_set_session(ssl, NULL) on fresh ssl=1
flush of empty cache ok
SSL_get1_session on fresh=(nil)
now SSL_SESSION_get_protocol_version(NULL)
# error at line 28
`);
		expect(h.fault?.kind).toBe('null-dereference');
	});
});
