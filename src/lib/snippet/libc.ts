/**
 * The libc subset of the dialect as NativeFunctions over the Machine (which is the NativeContext).
 * `sleep` advances the simulated clock at once; `exit`/`abort` unwind the interpreter.
 */
import type { CValue, NativeContext, NativeFunction } from './abi';
import { ProgramExit, RuntimeTrap } from './faults';
import type { Machine } from './machine';

/** The clock the library shares with libc `time`/`sleep` (the engine world's, when present). */
export interface Clock {
	now(): number;
	advance(seconds: number): void;
}

const M = (ctx: NativeContext) => ctx as Machine;
const num = (v: CValue) => (typeof v === 'number' ? v : v === null ? 0 : 1);

function fn(prototype: string, call: (m: Machine, a: CValue[]) => CValue, exactInts = false): NativeFunction {
	// exactInts: receives 64-bit values exactly (possibly bigint) instead of rounded numbers.
	return { prototype, call: (ctx, a) => call(M(ctx), a), exactInts } as NativeFunction;
}

function compareBytes(a: Uint8Array, b: Uint8Array, n: number): number {
	for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
	return 0;
}

export function createLibc(clock: Clock): Map<string, NativeFunction> {
	const streamOf = (m: Machine, s: CValue): 'stdout' | 'stderr' => {
		if (s !== null && typeof s === 'object' && s.kind === 'obj') {
			const named = m.streams.get(s.object);
			if (named) return named;
			if ((s.object as { name?: string }).name === 'stderr') return 'stderr';
		}
		return 'stdout';
	};
	const lib: [string, NativeFunction][] = [
		[
			'printf',
			fn('int printf(const char *format, ...)', (m, a) => {
				const s = m.format(m.readCString(a[0]), a.slice(1));
				m.write('stdout', s);
				return s.length;
			}, true)
		],
		[
			'fprintf',
			fn('int fprintf(FILE *stream, const char *format, ...)', (m, a) => {
				const s = m.format(m.readCString(a[1]), a.slice(2));
				m.write(streamOf(m, a[0]), s);
				return s.length;
			}, true)
		],
		[
			'puts',
			fn('int puts(const char *s)', (m, a) => {
				m.write('stdout', m.readCString(a[0]) + '\n');
				return 1;
			})
		],
		[
			'putchar',
			fn('int putchar(int c)', (m, a) => {
				const c = num(a[0]) & 0xff;
				m.write('stdout', String.fromCharCode(c));
				return c;
			})
		],
		['malloc', fn('void *malloc(size_t size)', (m, a) => m.malloc(num(a[0]), 'malloc'))],
		[
			'calloc',
			fn('void *calloc(size_t nmemb, size_t size)', (m, a) => m.malloc(num(a[0]) * num(a[1]), 'calloc'))
		],
		[
			'realloc',
			fn('void *realloc(void *ptr, size_t size)', (m, a) => {
				const size = num(a[1]);
				if (a[0] === null) return m.malloc(size, 'realloc');
				const old = m.mem.check(a[0], 0, 'read');
				const p = m.malloc(size, 'realloc');
				if (p === null) return null;
				const keep = Math.min(size, old.size - (a[0] as { offset: number }).offset);
				m.mem.copy(p, a[0], keep);
				m.freeHeap(a[0], 'realloc');
				return p;
			})
		],
		[
			'free',
			fn('void free(void *ptr)', (m, a) => {
				m.freeHeap(a[0], 'free');
				return null;
			})
		],
		[
			'memset',
			fn('void *memset(void *s, int c, size_t n)', (m, a) => {
				m.mem.fill(a[0], num(a[1]), num(a[2]));
				return a[0];
			})
		],
		[
			'memcpy',
			fn('void *memcpy(void *dest, const void *src, size_t n)', (m, a) => {
				m.mem.copy(a[0], a[1], num(a[2]));
				return a[0];
			})
		],
		[
			'memcmp',
			fn('int memcmp(const void *s1, const void *s2, size_t n)', (m, a) => {
				const n = num(a[2]);
				return compareBytes(m.readBytes(a[0], n), m.readBytes(a[1], n), n);
			})
		],
		['strlen', fn('size_t strlen(const char *s)', (m, a) => m.readCString(a[0]).length)],
		[
			'strcmp',
			fn('int strcmp(const char *s1, const char *s2)', (m, a) => {
				const x = m.readCString(a[0]);
				const y = m.readCString(a[1]);
				const n = Math.min(x.length, y.length) + 1;
				for (let i = 0; i < n; i++) {
					const d = (x.charCodeAt(i) || 0) - (y.charCodeAt(i) || 0);
					if (d !== 0) return d;
				}
				return 0;
			})
		],
		[
			'time',
			fn('time_t time(time_t *tloc)', (m, a) => {
				const t = clock.now();
				if (a[0] !== null && a[0] !== 0) m.storeScalar(a[0], 'time_t', t);
				return t;
			})
		],
		[
			'sleep',
			fn('unsigned int sleep(unsigned int seconds)', (_m, a) => {
				clock.advance(num(a[0]));
				return 0;
			})
		],
		[
			'abort',
			fn('void abort(void)', (m) => {
				throw new RuntimeTrap('abort() called', m.line);
			})
		],
		[
			'exit',
			fn('void exit(int status)', (_m, a) => {
				throw new ProgramExit(num(a[0]));
			})
		],
		['OPENSSL_malloc', fn('void *OPENSSL_malloc(size_t num)', (m, a) => m.malloc(num(a[0]), 'OPENSSL_malloc'))],
		[
			'OPENSSL_free',
			fn('void OPENSSL_free(void *addr)', (m, a) => {
				m.freeHeap(a[0], 'OPENSSL_free');
				return null;
			})
		]
	];
	return new Map(lib);
}
