/** conformance/cache-order-timeout.c through the bindings. */
import { expect, it } from 'vitest';
import { Harness } from '../testing/harness';
import type { CValue } from '../../snippet/abi';

it('the cache list is sorted by expiry, flushes walk it from the tail with a strict > and setters re-sort (cache-order-timeout.c)', () => {
	const h = new Harness();
	const mk = (tag: number, t: number, timeout: number): CValue => {
		const s = h.call('SSL_SESSION_new');
		h.call('SSL_SESSION_set1_id', s, h.buf(new Uint8Array(32).fill(tag)), 32);
		h.call('SSL_SESSION_set_time', s, t);
		h.call('SSL_SESSION_set_timeout', s, timeout);
		return s;
	};
	const fill = (ctx: CValue) => {
		const rows: [number, number, number, number][] = [
			[1, 1000, 100, 1100],
			[2, 1000, 50, 1050],
			[3, 1000, 200, 1200],
			[4, 1000, 100, 1100],
			[5, 900, 175, 1075],
			[6, 1100, 0, 1100]
		];
		for (const [tag, t, to, exp] of rows) {
			const s = mk(tag, t, to);
			h.print(`add #${h.num(s)} expires ${exp}\n`);
			h.call('SSL_CTX_add_session', ctx, s);
			h.call('SSL_SESSION_free', s);
		}
	};
	h.run(() => {
		const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
		h.call(
			'SSL_CTX_sess_set_remove_cb',
			ctx,
			h.fn('on_remove', ([, s]) => {
				h.print(`  [remove_cb] #${h.num(s)} (time ${h.n('SSL_SESSION_get_time', s)} timeout ${h.n('SSL_SESSION_get_timeout', s)})\n`);
				return null;
			})
		);
		h.print('>> order: flush(0) lists tail to head\n');
		fill(ctx);
		h.call('SSL_CTX_flush_sessions', ctx, 0);
		h.print('>> partial flushes\n');
		const a = mk(11, 1000, 100);
		const c = mk(13, 1000, 200);
		h.call('SSL_CTX_add_session', ctx, a);
		h.call('SSL_CTX_add_session', ctx, c);
		fill(ctx);
		h.print(`a=#${h.num(a)} c=#${h.num(c)} number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
		h.print('-- flush(1050): nothing (strict >)\n');
		h.call('SSL_CTX_flush_sessions', ctx, 1050);
		h.print('-- flush(1051)\n');
		h.call('SSL_CTX_flush_sessions', ctx, 1051);
		h.print('-- set_time(c, 500): c now expires 700, moves to the tail\n');
		h.print(`set_time returned ${h.n('SSL_SESSION_set_time', c, 500)}\n`);
		h.print('-- flush(800)\n');
		h.call('SSL_CTX_flush_sessions', ctx, 800);
		h.print(`-- set_timeout(a, 1) returned ${h.n('SSL_SESSION_set_timeout', a, 1)} (a expires 1001)\n`);
		h.print(`set_timeout(a, -5) returned ${h.n('SSL_SESSION_set_timeout', a, -5)}\n`);
		h.print(`timeout now ${h.n('SSL_SESSION_get_timeout', a)}\n`);
		h.print('-- flush(1002)\n');
		h.call('SSL_CTX_flush_sessions', ctx, 1002);
		h.print(`number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
		h.print(`set_time(a, 0) returned ${h.n('SSL_SESSION_set_time', a, 0)}\n`);
		h.print(`get_time -> ${h.n('SSL_SESSION_get_time', a)}\n`);
		h.print(`set_time(a, -7) returned ${h.n('SSL_SESSION_set_time', a, -7)}\n`);
		h.print(`NULL: set_time ${h.n('SSL_SESSION_set_time', null, 5)}\n`);
		h.print(`NULL: set_timeout ${h.n('SSL_SESSION_set_timeout', null, 5)}\n`);
		h.print(`NULL: get_time ${h.n('SSL_SESSION_get_time', null)} get_timeout ${h.n('SSL_SESSION_get_timeout', null)}\n`);
		h.print('-- SSL_CTX_free\n');
		h.call('SSL_CTX_free', ctx);
		h.print('-- free a, c\n');
		h.call('SSL_SESSION_free', a);
		h.call('SSL_SESSION_free', c);
	});
	expect(h.text).toBe(`# new SSL_CTX#1
>> order: flush(0) lists tail to head
# new SSL_SESSION#1
add #1 expires 1100
# new SSL_SESSION#2
add #2 expires 1050
# new SSL_SESSION#3
add #3 expires 1200
# new SSL_SESSION#4
add #4 expires 1100
# new SSL_SESSION#5
add #5 expires 1075
# new SSL_SESSION#6
add #6 expires 1100
  [remove_cb] #2 (time 1000 timeout 50)
  [remove_cb] #5 (time 900 timeout 175)
  [remove_cb] #1 (time 1000 timeout 100)
  [remove_cb] #4 (time 1000 timeout 100)
  [remove_cb] #6 (time 1100 timeout 0)
  [remove_cb] #3 (time 1000 timeout 200)
# free SSL_SESSION#2
# free SSL_SESSION#5
# free SSL_SESSION#1
# free SSL_SESSION#4
# free SSL_SESSION#6
# free SSL_SESSION#3
>> partial flushes
# new SSL_SESSION#7
# new SSL_SESSION#8
# new SSL_SESSION#9
add #9 expires 1100
# new SSL_SESSION#10
add #10 expires 1050
# new SSL_SESSION#11
add #11 expires 1200
# new SSL_SESSION#12
add #12 expires 1100
# new SSL_SESSION#13
add #13 expires 1075
# new SSL_SESSION#14
add #14 expires 1100
a=#7 c=#8 number=8
-- flush(1050): nothing (strict >)
-- flush(1051)
  [remove_cb] #10 (time 1000 timeout 50)
# free SSL_SESSION#10
-- set_time(c, 500): c now expires 700, moves to the tail
set_time returned 500
-- flush(800)
  [remove_cb] #8 (time 500 timeout 200)
-- set_timeout(a, 1) returned 1 (a expires 1001)
set_timeout(a, -5) returned 0
timeout now 1
-- flush(1002)
  [remove_cb] #7 (time 1000 timeout 1)
number=5
set_time(a, 0) returned 0
get_time -> 0
set_time(a, -7) returned -7
NULL: set_time 0
NULL: set_timeout 0
NULL: get_time 0 get_timeout 0
-- SSL_CTX_free
  [remove_cb] #13 (time 900 timeout 175)
  [remove_cb] #9 (time 1000 timeout 100)
  [remove_cb] #12 (time 1000 timeout 100)
  [remove_cb] #14 (time 1100 timeout 0)
  [remove_cb] #11 (time 1000 timeout 200)
# free SSL_SESSION#13
# free SSL_SESSION#9
# free SSL_SESSION#12
# free SSL_SESSION#14
# free SSL_SESSION#11
# free SSL_CTX#1
-- free a, c
# free SSL_SESSION#7
# free SSL_SESSION#8
`);
});
