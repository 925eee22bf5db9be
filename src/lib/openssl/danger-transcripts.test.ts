/** Section 9 transcripts (conformance/danger-*.c): faults at the line where valgrind reported the error. */
import { describe, expect, it } from 'vitest';
import { Harness } from './testing/harness';
import { mk } from './testing/programs';

describe('dangerous patterns', () => {
	it('SSL_SESSION_free on an already destroyed session is a double-free at that line (danger-double-free.c)', () => {
		const h = new Harness();
		h.run(() => {
			const s = h.at(7).call('SSL_SESSION_new');
			h.at(8).call('SSL_SESSION_free', s);
			h.print('first free done\n');
			h.at(10).call('SSL_SESSION_free', s);
			h.print('second free done\n');
		});
		expect(h.text).toBe('# new SSL_SESSION#1\n# free SSL_SESSION#1\nfirst free done\n# error at line 10\n');
		expect(h.fault?.kind).toBe('double-free');
		expect(h.fault?.details.allocatedLine).toBe(7);
		expect(h.fault?.details.freedLine).toBe(8);
	});

	it('SSL_CTX_add_session faults when its eviction reaches a session freed while cached (danger-freed-cached-evict.c)', () => {
		const h = new Harness();
		h.run(() => {
			const ctx = h.at(19).call('SSL_CTX_new', h.call('TLS_server_method'));
			const a = mk(h.at(20), 1);
			const b = mk(h, 2);
			h.at(21).call('SSL_CTX_add_session', ctx, a);
			h.at(22).call('SSL_SESSION_free', a);
			h.at(23).call('SSL_SESSION_free', a);
			h.print(`a freed while cached; number=${h.at(24).n('SSL_CTX_sess_number', ctx)}\n`);
			h.at(25).call('SSL_CTX_sess_set_cache_size', ctx, 2);
			h.print('adding b evicts the tail\n');
			h.at(27).call('SSL_CTX_add_session', ctx, b);
			h.print('not reached in the simulation\n');
		});
		expect(h.text).toBe(`# new SSL_CTX#1
# new SSL_SESSION#1
# new SSL_SESSION#2
# free SSL_SESSION#1
a freed while cached; number=1
adding b evicts the tail
# error at line 27
`);
		expect(h.fault?.kind).toBe('use-after-free');
		expect(h.fault?.details.story).toMatch(/line 23/);
		const warnings = h.world.events.filter((e) => e.type === 'ownership-warning');
		expect(warnings).toHaveLength(1);
		expect(warnings[0].line).toBe(23);
	});

	it('SSL_SESSION_set1_id on a cached session leaves a stale hash entry that a later lookup trips over (danger-set1-id-while-cached.c)', () => {
		const h = new Harness();
		h.run(() => {
			const ctx = h.at(12).call('SSL_CTX_new', h.call('TLS_server_method'));
			const s = h.at(14).call('SSL_SESSION_new');
			const id1 = h.buf(new Uint8Array(32).fill(1));
			const id2 = h.buf(new Uint8Array(32).fill(2));
			h.at(19).call('SSL_CTX_sess_set_remove_cb', ctx, h.fn('on_remove', ([, x]) => (h.print(`  [remove_cb] #${h.num(x)}\n`), null)));
			h.at(20).call('SSL_SESSION_set1_id', s, id1, 32);
			h.at(21).call('SSL_SESSION_set_protocol_version', s, 0x304);
			h.at(22).call('SSL_CTX_add_session', ctx, s);
			h.at(23).call('SSL_SESSION_set1_id', s, id2, 32);
			const r = h.at(24).n('SSL_CTX_remove_session', ctx, s);
			h.print(`remove after re-id -> ${r}, number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			h.at(26).call('SSL_SESSION_free', s);
			h.print('flush(0)\n');
			h.at(28).call('SSL_CTX_flush_sessions', ctx, 0);
			h.print(`number=${h.n('SSL_CTX_sess_number', ctx)} (stale hash entry)\n`);
			const ssl = h.at(30).call('SSL_new', ctx);
			h.print('lookup of the old id\n');
			const m = h.at(32).n('SSL_has_matching_session_id', ssl, id1, 32);
			h.print(`has_matching -> ${m}\n`);
		});
		expect(h.text).toBe(`# new SSL_CTX#1
# new SSL_SESSION#1
  [remove_cb] #1
remove after re-id -> 0, number=1
flush(0)
  [remove_cb] #1
# free SSL_SESSION#1
number=1 (stale hash entry)
# new SSL#1
lookup of the old id
# error at line 32
`);
		expect(h.fault?.kind).toBe('use-after-free');
	});

	it('adding a session to a second cache corrupts the first, whose destruction faults (danger-two-caches.c)', () => {
		const h = new Harness();
		h.run(() => {
			const a = h.at(19).call('SSL_CTX_new', h.call('TLS_server_method'));
			const b = h.at(20).call('SSL_CTX_new', h.call('TLS_server_method'));
			const x = mk(h.at(21), 1);
			const y = mk(h, 2);
			const z = mk(h, 3);
			const cb = h.fn('on_remove', ([, s]) => (h.print(`[remove_cb] #${h.num(s)}\n`), null));
			h.call('SSL_CTX_sess_set_remove_cb', a, cb);
			h.call('SSL_CTX_sess_set_remove_cb', b, cb);
			h.at(25).call('SSL_CTX_add_session', a, y);
			h.at(26).call('SSL_CTX_add_session', a, x);
			h.at(27).call('SSL_CTX_add_session', b, z);
			const r = h.at(28).n('SSL_CTX_add_session', b, x);
			h.print(`add x to second ctx -> ${r}; numbers a=${h.n('SSL_CTX_sess_number', a)} b=${h.n('SSL_CTX_sess_number', b)}\n`);
			h.at(30);
			for (const s of [x, y, z]) h.call('SSL_SESSION_free', s);
			h.print('-- SSL_CTX_free(b)\n');
			h.at(32).call('SSL_CTX_free', b);
			h.print('-- SSL_CTX_free(a)\n');
			h.at(34).call('SSL_CTX_free', a);
			h.print('end\n');
		});
		expect(h.text).toBe(`# new SSL_CTX#1
# new SSL_CTX#2
# new SSL_SESSION#1
# new SSL_SESSION#2
# new SSL_SESSION#3
add x to second ctx -> 1; numbers a=2 b=2
-- SSL_CTX_free(b)
[remove_cb] #3
[remove_cb] #1
# free SSL_SESSION#3
# free SSL_CTX#2
-- SSL_CTX_free(a)
[remove_cb] #2
# free SSL_SESSION#2
# free SSL_CTX#1
# error at line 34
`);
		expect(h.fault?.details.story).toMatch(/SSL_SESSION#1 was added to another context's cache at line 28/);
	});

	it('a nested SSL_CTX_remove_session in remove_session_cb works after an explicit remove but returns 0 under a flush (danger-cache-call-in-remove-cb.c)', () => {
		const h = new Harness();
		h.run(() => {
			const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			const a = mk(h, 1);
			const b = mk(h, 2);
			const other = mk(h, 3);
			let depth = 0;
			for (const s of [a, b, other]) h.call('SSL_CTX_add_session', ctx, s);
			h.call(
				'SSL_CTX_sess_set_remove_cb',
				ctx,
				h.fn('on_remove', ([c, s]) => {
					h.print(`[remove_cb] #${h.num(s)} (depth ${depth})\n`);
					if (depth > 0) return null;
					depth++;
					const r = h.n('SSL_CTX_remove_session', c, other);
					depth--;
					h.print(`[remove_cb] nested remove of #${h.num(other)} -> ${r}\n`);
					return null;
				})
			);
			h.print('>> explicit SSL_CTX_remove_session(a): callback runs after unlocking\n');
			h.call('SSL_CTX_remove_session', ctx, a);
			h.print(`number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			h.print('>> flush: callback runs under the lock\n');
			h.call('SSL_CTX_flush_sessions', ctx, 0);
			h.print(`flush finished, number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
		});
		expect(h.text).toBe(`# new SSL_CTX#1
# new SSL_SESSION#1
# new SSL_SESSION#2
# new SSL_SESSION#3
>> explicit SSL_CTX_remove_session(a): callback runs after unlocking
[remove_cb] #1 (depth 0)
[remove_cb] #3 (depth 1)
[remove_cb] nested remove of #3 -> 1
number=1
>> flush: callback runs under the lock
[remove_cb] #2 (depth 0)
[remove_cb] nested remove of #3 -> 0
flush finished, number=0
`);
	});
});
