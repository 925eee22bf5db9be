/** Transcripts of the real OpenSSL runs (conformance/cache-*.c), replayed through the bindings. */
import { describe, expect, it } from 'vitest';
import { Harness } from '../testing/harness';
import { mk, removePrinter } from '../testing/programs';

const TLS1_2 = 0x303;
const TLS1_3 = 0x304;

describe('cache transcripts', () => {
	it('SSL_CTX_add_session and SSL_CTX_remove_session print what OpenSSL prints (cache-add-remove.c)', () => {
		const h = new Harness();
		h.run(() => {
			const ctx = h.at(23).call('SSL_CTX_new', h.call('TLS_server_method'));
			h.at(24).call('SSL_CTX_sess_set_remove_cb', ctx, removePrinter(h, (n, r) => `[remove_cb] sess #${n} resumable=${r}\n`));
			const a = mk(h.at(25), 1, TLS1_2);
			const b = mk(h.at(26), 1, TLS1_2);
			const c = mk(h.at(27), 2, TLS1_2);
			h.print(`a=#${h.num(a)} b=#${h.num(b)} c=#${h.num(c)} resumable a=${h.n('SSL_SESSION_is_resumable', a)}\n`);
			let r = h.at(29).n('SSL_CTX_add_session', ctx, a);
			h.print(`add a -> ${r} number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			r = h.at(31).n('SSL_CTX_add_session', ctx, a);
			h.print(`add a again -> ${r} number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			h.print('-- drop my ref to a\n');
			h.at(34).call('SSL_SESSION_free', a);
			h.print('-- add b (same id as a)\n');
			r = h.at(36).n('SSL_CTX_add_session', ctx, b);
			h.print(`add b -> ${r} number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			h.print('-- remove c (not in cache)\n');
			r = h.at(39).n('SSL_CTX_remove_session', ctx, c);
			h.print(`remove c -> ${r} resumable c=${h.n('SSL_SESSION_is_resumable', c)}\n`);
			h.print('-- remove b\n');
			r = h.at(42).n('SSL_CTX_remove_session', ctx, b);
			h.print(`remove b -> ${r} resumable b=${h.n('SSL_SESSION_is_resumable', b)} number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			r = h.at(44).n('SSL_CTX_remove_session', ctx, b);
			h.print(`remove b again -> ${r}\n`);
			h.print('-- re-add b (not resumable)\n');
			r = h.at(47).n('SSL_CTX_add_session', ctx, b);
			h.print(`add b -> ${r} number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			h.print('-- empty-id session\n');
			const e = h.at(50).call('SSL_SESSION_new');
			h.print(`e=#${h.num(e)}\n`);
			r = h.at(52).n('SSL_CTX_add_session', ctx, e);
			h.print(`add e -> ${r} number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			r = h.at(54).n('SSL_CTX_remove_session', ctx, e);
			h.print(`remove e -> ${r} number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			h.print('-- same id, other protocol version\n');
			const d = mk(h.at(57), 1, TLS1_2);
			h.at(58).call('SSL_SESSION_set_protocol_version', d, TLS1_3);
			r = h.at(59).n('SSL_CTX_add_session', ctx, d);
			h.print(`d=#${h.num(d)} add d -> ${r} number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			h.print(`-- remove(NULL) -> ${h.at(61).n('SSL_CTX_remove_session', ctx, null)}\n`);
			h.print('-- free my refs b c e d\n');
			for (const s of [b, c, e, d]) h.at(63).call('SSL_SESSION_free', s);
			h.print('-- SSL_CTX_free\n');
			h.at(68).call('SSL_CTX_free', ctx);
			h.print('-- end\n');
		});
		expect(h.text).toBe(`# new SSL_CTX#1
# new SSL_SESSION#1
# new SSL_SESSION#2
# new SSL_SESSION#3
a=#1 b=#2 c=#3 resumable a=1
add a -> 1 number=1
add a again -> 0 number=1
-- drop my ref to a
-- add b (same id as a)
# free SSL_SESSION#1
add b -> 1 number=1
-- remove c (not in cache)
[remove_cb] sess #3 resumable=0
remove c -> 0 resumable c=0
-- remove b
[remove_cb] sess #2 resumable=0
remove b -> 1 resumable b=0 number=0
[remove_cb] sess #2 resumable=0
remove b again -> 0
-- re-add b (not resumable)
add b -> 1 number=1
-- empty-id session
# new SSL_SESSION#4
e=#4
add e -> 1 number=2
remove e -> 0 number=2
-- same id, other protocol version
# new SSL_SESSION#5
d=#5 add d -> 1 number=3
-- remove(NULL) -> 0
-- free my refs b c e d
# free SSL_SESSION#3
-- SSL_CTX_free
[remove_cb] sess #2 resumable=0
[remove_cb] sess #4 resumable=0
[remove_cb] sess #5 resumable=0
# free SSL_SESSION#2
# free SSL_SESSION#4
# free SSL_SESSION#5
# free SSL_CTX#1
-- end
`);
	});

	it('a cache of size N holds N - 1 sessions and evicts from the tail (cache-full-evict.c)', () => {
		const h = new Harness();
		const trial = (size: number, withcb: boolean) => {
			const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			const prev = h.n('SSL_CTX_sess_set_cache_size', ctx, size);
			h.print(`>> cache size ${size} (previous ${prev}, get ${h.n('SSL_CTX_sess_get_cache_size', ctx)}) remove_cb=${withcb ? 1 : 0}\n`);
			if (withcb) h.call('SSL_CTX_sess_set_remove_cb', ctx, removePrinter(h, (n) => `  [remove_cb] sess #${n}\n`));
			for (let i = 1; i <= 4; i++) {
				const s = mk(h, i);
				h.print(` add #${h.num(s)}\n`);
				const r = h.n('SSL_CTX_add_session', ctx, s);
				h.print(` -> ${r} number=${h.n('SSL_CTX_sess_number', ctx)} cache_full=${h.n('SSL_CTX_sess_cache_full', ctx)}\n`);
				h.call('SSL_SESSION_free', s);
			}
			h.print(' flush all\n');
			h.call('SSL_CTX_flush_sessions', ctx, 0);
			h.print(` number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			h.call('SSL_CTX_free', ctx);
		};
		h.run(() => {
			trial(1, true);
			trial(2, true);
			trial(3, false);
			trial(0, false);
			const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			h.print(`default size ${h.n('SSL_CTX_sess_get_cache_size', ctx)}\n`);
			// right-to-left: the getter runs before the setter
			const now = h.n('SSL_CTX_sess_get_cache_size', ctx);
			h.print(`set -1 -> ${h.n('SSL_CTX_sess_set_cache_size', ctx, -1)}, now ${now}\n`);
			h.call('SSL_CTX_free', ctx);
		});
		const expected: string[] = [];
		let n = 0;
		const sizes: [number, boolean][] = [
			[1, true],
			[2, true],
			[3, false],
			[0, false]
		];
		sizes.forEach(([size, cb], k) => {
			expected.push(`# new SSL_CTX#${k + 1}`, `>> cache size ${size} (previous 20480, get ${size}) remove_cb=${cb ? 1 : 0}`);
			const cached: number[] = [];
			let full = 0;
			for (let i = 1; i <= 4; i++) {
				const id = ++n;
				expected.push(`# new SSL_SESSION#${id}`, ` add #${id}`);
				cached.push(id);
				while (size > 0 && cached.length >= size && cached.length > 1) {
					const ev = cached.shift() as number;
					if (cb) expected.push(`  [remove_cb] sess #${ev}`);
					expected.push(`# free SSL_SESSION#${ev}`);
					full++;
				}
				if (size === 1 && cached.length === 1 && i > 1) void 0;
				expected.push(` -> 1 number=${cached.length} cache_full=${full}`);
			}
			expected.push(' flush all');
			if (cb) for (const c of cached) expected.push(`  [remove_cb] sess #${c}`);
			for (const c of cached) expected.push(`# free SSL_SESSION#${c}`);
			expected.push(' number=0', `# free SSL_CTX#${k + 1}`);
		});
		expected.push('# new SSL_CTX#5', 'default size 20480', 'set -1 -> 0, now 20480', '# free SSL_CTX#5');
		expect(h.text).toBe(expected.join('\n') + '\n');
	});

	it('lowering the cache size evicts at the next new entry, and a re-add never evicts (cache-shrink.c)', () => {
		const h = new Harness();
		h.run(() => {
			const ctx = h.call('SSL_CTX_new', h.call('TLS_server_method'));
			h.call('SSL_CTX_sess_set_remove_cb', ctx, removePrinter(h, (n) => `  [remove_cb] sess #${n}\n`));
			for (let i = 1; i <= 5; i++) {
				const s = mk(h, i);
				h.call('SSL_CTX_add_session', ctx, s);
				h.call('SSL_SESSION_free', s);
			}
			h.print(`number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			h.print(`set size 3 -> prev ${h.n('SSL_CTX_sess_set_cache_size', ctx, 3)}\n`);
			h.print(`number=${h.n('SSL_CTX_sess_number', ctx)}\n`);
			const s = mk(h, 9);
			h.print(`add #${h.num(s)}\n`);
			let r = h.n('SSL_CTX_add_session', ctx, s);
			h.print(`-> ${r} number=${h.n('SSL_CTX_sess_number', ctx)} cache_full=${h.n('SSL_CTX_sess_cache_full', ctx)}\n`);
			h.print(`re-add same #${h.num(s)} when full\n`);
			r = h.n('SSL_CTX_add_session', ctx, s);
			h.print(`-> ${r} number=${h.n('SSL_CTX_sess_number', ctx)} cache_full=${h.n('SSL_CTX_sess_cache_full', ctx)}\n`);
			h.call('SSL_SESSION_free', s);
			h.print('-- SSL_CTX_free\n');
			h.call('SSL_CTX_free', ctx);
		});
		expect(h.text).toBe(`# new SSL_CTX#1
# new SSL_SESSION#1
# new SSL_SESSION#2
# new SSL_SESSION#3
# new SSL_SESSION#4
# new SSL_SESSION#5
number=5
set size 3 -> prev 20480
number=5
# new SSL_SESSION#6
add #6
  [remove_cb] sess #1
# free SSL_SESSION#1
  [remove_cb] sess #2
# free SSL_SESSION#2
  [remove_cb] sess #3
# free SSL_SESSION#3
  [remove_cb] sess #4
# free SSL_SESSION#4
-> 1 number=2 cache_full=4
re-add same #6 when full
-> 0 number=2 cache_full=4
-- SSL_CTX_free
  [remove_cb] sess #5
  [remove_cb] sess #6
# free SSL_SESSION#5
# free SSL_SESSION#6
# free SSL_CTX#1
`);
	});
});
