/** Library prototypes: the front end parses every NativeFunction.prototype of the engine and of libc. */
import { describe, expect, it } from 'vitest';
import { createEngineLibrary } from '../../openssl/bindings';
import { compile } from './compile';
import { LIBC_PROTOTYPES } from './libc';
import { parsePrototype } from './prototype';
import { typeToString } from './types';

describe('parsePrototype', () => {
	it('parses callback parameters and variadic prototypes', () => {
		const r = parsePrototype('void SSL_CTX_sess_set_get_cb(SSL_CTX *ctx, SSL_SESSION *(*get_session_cb)(SSL *, const unsigned char *, int, int *))');
		expect(typeof r === 'string' ? r : typeToString(r.type)).toBe('void (SSL_CTX *, SSL_SESSION *(*)(SSL *, const unsigned char *, int, int *))');
		const p = parsePrototype('int printf(const char *format, ...)');
		expect(typeof p !== 'string' && p.type.variadic).toBe(true);
	});

	it('reports a malformed prototype as a message instead of throwing', () => {
		expect(typeof parsePrototype('int broken(')).toBe('string');
		expect(typeof parsePrototype('struct x *f(void)')).toBe('string');
	});

	it('parses every libc prototype under its own name', () => {
		for (const [name, proto] of Object.entries(LIBC_PROTOTYPES)) {
			const r = parsePrototype(proto);
			expect(typeof r === 'string' ? r : r.name).toBe(name);
		}
	});

	it('parses every prototype of the engine library under its own name', () => {
		const { library } = createEngineLibrary({ now: 1_700_000_000 });
		const bad: string[] = [];
		for (const [name, fn] of library.functions) {
			const r = parsePrototype(fn.prototype);
			if (typeof r === 'string' || r.name !== name) bad.push(`${name}: ${typeof r === 'string' ? r : r.name}`);
		}
		expect(bad).toEqual([]);
	});

	it('gives every engine library constant a usable type', () => {
		const { library } = createEngineLibrary({ now: 1_700_000_000 });
		const uses = [...library.constants.keys()].map((n) => `    v = (long)${n};`).join('\n');
		const r = compile(`int main(void) {\n    long v;\n${uses}\n    return (int)v;\n}\n`, 'c.c', library);
		expect(r.diagnostics).toEqual([]);
	});
});
