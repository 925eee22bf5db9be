import { describe, expect, it } from 'vitest';
import { runProgram } from '../runner';

/** Runs `body` as the inside of main() (with the usual headers) and returns stdout. */
function out(body: string, globals = ''): string {
	const src = `#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n${globals}\nint main(void) {\n${body}\n    return 0;\n}\n`;
	const r = runProgram(src, { now: 1_700_000_000 });
	if (r.summary.status !== 0) throw new Error(`status ${r.summary.status}: ${r.summary.stderr}`);
	return r.summary.output;
}

describe('Snippet C integer semantics', () => {
	it.each([
		['unsigned int wraps at 2^32', 'unsigned int u = 0; u = u - 1; printf("%u", u);', '4294967295'],
		['int overflow wraps (gcc -fwrapv behaviour)', 'int i = 2147483647; i = i + 1; printf("%d", i);', '-2147483648'],
		['char is signed', 'char c = 200; printf("%d", c);', '-56'],
		['unsigned char wraps', 'unsigned char c = 255; c++; printf("%d", c);', '0'],
		['division truncates toward zero', 'printf("%d %d", -7 / 2, 7 / -2);', '-3 -3'],
		['modulo keeps the sign of the dividend', 'printf("%d %d", -7 % 3, 7 % -3);', '-1 1'],
		['shifts', 'int x = 1 << 4; unsigned int y = 0x80000000u >> 31; printf("%d %u %d", x, y, -16 >> 2);', '16 1 -4'],
		['long is 64-bit', 'long l = 1L << 40; printf("%ld", l);', '1099511627776'],
		['size_t of sizeof', 'int a[10]; printf("%zu %zu %zu", sizeof(a), sizeof(long), sizeof(char *));', '40 8 8'],
		['mixed signed/unsigned comparison converts to unsigned', 'int m = -1; unsigned int u = 1; printf("%d", m < u);', '0'],
		['compound assignment converts back', 'unsigned char c = 250; c += 10; int i = 10; i *= 3; i -= 5; i /= 2; i %= 7; i <<= 2; i |= 1; i ^= 3; i &= 0xff; printf("%d %d", c, i);', '4 22'],
		['bitwise not', 'printf("%d %u", ~0, ~0u);', '-1 4294967295'],
		['64-bit arithmetic is exact past 2^53', 'long l = 0x7fffffffffffffffL; printf("%ld %ld %ld %ld", l, l - 2000, l / 3, l % 1000);', '9223372036854775807 9223372036854773807 3074457345618258602 807'],
		['unsigned 64-bit wraps exactly', 'unsigned long u = 0; u = u - 1; printf("%lu %d %lu", u, u > 5, u / 2);', '18446744073709551615 1 9223372036854775807'],
		['64-bit multiply and shifts', 'long a = 3037000499L; unsigned long b = 1UL << 63; printf("%ld %lu %lu", a * a, b, b >> 62);', '9223372030926249001 9223372036854775808 2']
	])('%s', (_t, body, want) => {
		expect(out(body)).toBe(want);
	});
});

describe('Snippet C control flow', () => {
	it('short-circuits && and ||', () => {
		expect(out('int n = 0; if (0 && (n = 1)) {} if (1 || (n = 2)) {} printf("%d", n);')).toBe('0');
	});
	it('switch falls through until break', () => {
		expect(out('int i; for (i = 0; i < 4; i++) { switch (i) { case 0: printf("a"); case 1: printf("b"); break; default: printf("d"); } }')).toBe('abbdd');
	});
	it('do/while, continue and break', () => {
		expect(out('int i = 0; do { i++; if (i == 2) continue; if (i == 4) break; printf("%d", i); } while (i < 10);')).toBe('13');
	});
	it('for with a declaration and the comma operator', () => {
		expect(out('int s = 0; for (int i = 0, j = 10; i < j; i++, j--) s += j - i; printf("%d", s);')).toBe('30');
	});
	it('the conditional operator', () => {
		expect(out('int a = 3; printf("%s", a > 2 ? "big" : "small");')).toBe('big');
	});
	it('recursion', () => {
		expect(out('printf("%d", fib(20));', 'static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }')).toBe('6765');
	});
});

describe('Snippet C memory', () => {
	it('pointers to locals and pointers to pointers', () => {
		expect(out('int x = 1; int *p = &x; int **pp = &p; **pp = 5; *p += 1; printf("%d", x);')).toBe('6');
	});
	it('arrays with initializers and zero fill', () => {
		expect(out('int a[5] = {1, 2}; int s = 0; for (int i = 0; i < 5; i++) s = s * 10 + a[i]; printf("%d", s);')).toBe('12000');
	});
	it('char arrays from string literals', () => {
		expect(out('char s[] = "hey"; s[0] = \'H\'; printf("%s %zu %zu", s, sizeof(s), strlen(s));')).toBe('Hey 4 3');
	});
	it('globals are zeroed and initialized before main', () => {
		expect(out('printf("%d %d %d", g, h, arr[2]);', 'static int g; int h = 7; long arr[3];')).toBe('0 7 0');
	});
	it('static locals keep their value across calls', () => {
		expect(out('counter(); counter(); printf("%d", counter());', 'static int counter(void) { static int n; return ++n; }')).toBe('3');
	});
	it('pointer arithmetic over a heap buffer, memcpy and memcmp', () => {
		expect(out('unsigned char *b = malloc(8); unsigned char *p = b; memset(b, 0, 8); *p++ = 1; *p++ = 2; p[1] = 4; unsigned char c[8]; memcpy(c, b, 8); printf("%d %ld %d", memcmp(b, c, 8), (long)(p - b), c[3]); free(b);')).toBe('0 2 4');
	});
	it('arrays of pointers', () => {
		expect(out('char *names[3] = {"a", "b", NULL}; int n = 0; while (names[n]) n++; printf("%d %s", n, names[1]);')).toBe('2 b');
	});
	it('%.*s reads only the bytes the precision allows (no NUL needed)', () => {
		expect(out('char b[3] = {\'a\', \'b\', \'c\'}; printf("[%.*s]", 2, b);')).toBe('[ab]');
	});
	it('realloc keeps the contents', () => {
		expect(out('char *p = malloc(2); p[0] = \'x\'; p[1] = 0; p = realloc(p, 100); printf("%s", p); free(p);')).toBe('x');
	});
});

describe('Snippet C run-time errors', () => {
	const run = (body: string) => runProgram(`#include <stdio.h>\n#include <stdlib.h>\nint main(void) {\n${body}\n    return 0;\n}\n`, { now: 1, trace: true }).summary;
	it('reports a heap use after free', () => {
		const s = run('char *p = malloc(4);\nfree(p);\np[0] = 1;');
		expect(s.fault).toMatchObject({ kind: 'use-after-free', line: 6, allocatedLine: 4, freedLine: 5 });
	});
	it('reports a NULL dereference', () => {
		expect(run('int *p = NULL;\n*p = 3;').fault).toMatchObject({ kind: 'null-dereference', line: 5 });
	});
	it('reports writing one past the end of an array', () => {
		expect(run('int a[4];\nfor (int i = 0; i <= 4; i++) a[i] = i;').fault).toMatchObject({ kind: 'out-of-bounds', line: 5 });
	});
	it('reports free of a stack array as invalid-free', () => {
		expect(run('char a[4];\nfree(a);').fault).toMatchObject({ kind: 'invalid-free', line: 5 });
	});
	it('reports a pointer to a local of a returned function as use-after-free', () => {
		const s = runProgram('static int *leak(void) {\n    int x = 1;\n    int *p = &x;\n    return p;\n}\nint main(void) {\n    int *q = leak();\n    return *q;\n}\n', { now: 1, trace: true }).summary;
		expect(s.fault).toMatchObject({ kind: 'use-after-free', line: 8 });
	});
	it('ends the life of a loop-body array at the next iteration', () => {
		const s = run('char *keep = NULL;\nfor (int i = 0; i < 2; i++) {\n    char buf[4];\n    if (keep) keep[0] = 1;\n    keep = buf;\n}');
		expect(s.fault).toMatchObject({ kind: 'use-after-free', line: 7 });
	});
	it('reports division by zero with exit status 1', () => {
		const s = run('int z = 0;\nprintf("%d", 5 / z);');
		expect(s.status).toBe(1);
		expect(s.stderr).toContain('division by zero');
	});
	it('exit() ends the program with normal status', () => {
		const s = run('printf("a\\n");\nexit(4);\nprintf("b\\n");');
		expect(s.status).toBe(0);
		expect(s.output).toBe('a\n');
	});
	it('stops an endless loop at the step budget with status 3', () => {
		const s = runProgram('int main(void) {\n    int i = 0;\n    for (;;)\n        i++;\n}\n', { now: 1, maxSteps: 10000 }).summary;
		expect(s.status).toBe(3);
		expect(s.stderr).toContain('loop at line 3');
	});
	it('stops runaway recursion at the depth limit with status 3', () => {
		const s = runProgram('static int f(int n) { return f(n + 1) + 1; }\nint main(void) {\n    return f(0);\n}\n', { now: 1 }).summary;
		expect(s.status).toBe(3);
		expect(s.stderr).toContain('recursion limit');
	});
	it('stops a program that prints without end at the output cap with status 3', () => {
		const s = runProgram('#include <stdio.h>\nint main(void) {\n    for (;;) printf("0123456789abcdef0123456789abcdef\\n");\n}\n', { now: 1 }).summary;
		expect(s.status).toBe(3);
		expect(s.stderr).toContain('output limit');
	});
	it('returns NULL from malloc above the 16 MiB cap', () => {
		expect(run('char *p = malloc(100000000);\nprintf("%d", p == NULL);').output).toBe('1');
	});
});

