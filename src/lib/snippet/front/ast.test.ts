/** The checked AST: types on every expression, explicit conversions, resolved names, spans. */
import { describe, expect, it } from 'vitest';
import type { CallExpr, CheckedProgram, Expr, Stmt, SwitchStmt } from './ast';
import { printExpr, stmtExpr } from './ast-print';
import { compile } from './compile';
import { testLibrary } from './test-library';

const library = testLibrary();

function program(source: string): CheckedProgram {
	const r = compile(source, 't.c', library);
	expect(r.diagnostics).toEqual([]);
	return r.program!;
}

/** Checks `decls` then each `;`-separated statement of `body` in main, returning the expressions printed. */
function exprs(body: string, decls = 'int x = 1, y = 2; long l = 3; unsigned long ul = 4; char c = 65; unsigned char buf[8]; unsigned char *p = buf;', top = ''): string[] {
	const prog = program(`#include <openssl/ssl.h>\n#include <stdio.h>\n${top}\nint main(void) {\n${decls}\n${body}\nreturn 0;\n}\n`);
	const n = prog.main.body.body.length;
	const declCount = prog.main.body.body.filter((s) => s.kind === 'decl').length;
	return prog.main.body.body.slice(declCount, n - 1).map((s: Stmt) => {
		const e = stmtExpr(s);
		return e ? printExpr(e) : s.kind;
	});
}

describe('the checked AST', () => {
	it('binds a cast tighter than a binary operator (Lezer reads `(int)l + y` as a cast of the sum)', () => {
		expect(exprs('x = (int)l + y;')).toEqual(['(= x@local:int (+ (cast-integral l@local:long):int y@local:int):int):int']);
	});

	it('binds sizeof tighter than a binary operator and folds it to a size_t constant', () => {
		expect(exprs('ul = sizeof buf + 1;')).toEqual(['(= ul@local:unsigned long (+ 8:size_t (imp-integral 1:int):size_t):size_t):unsigned long']);
		expect(exprs('ul = sizeof(buf) / sizeof(buf[0]);')).toEqual(['(= ul@local:unsigned long (/ 8:size_t 1:size_t):size_t):unsigned long']);
		expect(exprs('ul = sizeof(SSL_SESSION *) + sizeof(long long);')).toEqual(['(= ul@local:unsigned long (+ 8:size_t 8:size_t):size_t):unsigned long']);
	});

	it('reads `(time_t)-1` as a cast and `(x)-1` as a subtraction', () => {
		expect(exprs('l = (time_t)-1; x = (x)-1;')).toEqual([
			'(= l@local:long (cast-integral (- 1:int):int):time_t):long',
			'(= x@local:int (- x@local:int 1:int):int):int'
		]);
	});

	it('reads `~x` as bitwise not (Lezer sees a C++ destructor name)', () => {
		expect(exprs('x = ~x;')).toEqual(['(= x@local:int (~ x@local:int):int):int']);
	});

	it('expands macros token-wise, so precedence follows C', () => {
		expect(exprs('x = A * 3;', 'int x;', '#define A 1 + 2')).toEqual(['(= x@local:int (+ 1:int (* 2:int 3:int):int):int):int']);
	});

	it('applies integer promotions and the usual arithmetic conversions', () => {
		expect(exprs('x = c + c; ul = ul + x; l = x < ul;')).toEqual([
			'(= x@local:int (+ (imp-integral c@local:char):int (imp-integral c@local:char):int):int):int',
			'(= ul@local:unsigned long (+ ul@local:unsigned long (imp-integral x@local:int):unsigned long):unsigned long):unsigned long',
			'(= l@local:long (imp-integral (< (imp-integral x@local:int):unsigned long ul@local:unsigned long):int):long):long'
		]);
	});

	it('decays arrays and marks pointer arithmetic with the element size', () => {
		expect(exprs('p = buf + 1; l = p - buf; x = buf[2]; p += 3; p++;')).toEqual([
			'(= p@local:unsigned char * (p+1 (imp-decay buf@local:unsigned char [8]):unsigned char * (imp-integral 1:int):long):unsigned char *):unsigned char *',
			'(= l@local:long (p-p/1 p@local:unsigned char * (imp-decay buf@local:unsigned char [8]):unsigned char *):long):long',
			'(= x@local:int (imp-integral ([]1 (imp-decay buf@local:unsigned char [8]):unsigned char * (imp-integral 2:int):long):unsigned char):int):int',
			'(+= p@local:unsigned char * (imp-integral 3:int):long):unsigned char *',
			'(x++ p@local:unsigned char *):unsigned char *'
		]);
	});

	it('converts NULL and 0 to pointer types and compares pointers in their own type', () => {
		expect(exprs('s = NULL; s = 0; x = s == NULL; x = !s;', 'int x; SSL_SESSION *s;')).toEqual([
			'(= s@local:SSL_SESSION * (imp-nullToPointer NULL:void *):SSL_SESSION *):SSL_SESSION *',
			'(= s@local:SSL_SESSION * (imp-nullToPointer 0:int):SSL_SESSION *):SSL_SESSION *',
			'(= x@local:int (== s@local:SSL_SESSION * (imp-nullToPointer NULL:void *):SSL_SESSION *):int):int',
			'(= x@local:int (! s@local:SSL_SESSION *):int):int'
		]);
	});

	it('resolves names to locals, globals, functions, library functions and constants', () => {
		const prog = program(`#include <openssl/ssl.h>
static int g;
static void on_remove(SSL_CTX *ctx, SSL_SESSION *sess) { g++; }
int main(void) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_SERVER);
    SSL_CTX_sess_set_remove_cb(ctx, on_remove);
    return g;
}`);
		const [decl, mode, cb, ret] = prog.main.body.body;
		expect(decl.kind === 'decl' && decl.decls[0]).toMatchObject({ name: 'ctx', storage: 'auto', slot: 0 });
		expect(printExpr(stmtExpr(mode)!)).toBe('(call SSL_CTX_set_session_cache_mode ctx@local:SSL_CTX * SSL_SESS_CACHE_SERVER@constant:long):long');
		expect(printExpr(stmtExpr(cb)!)).toBe(
			'(call SSL_CTX_sess_set_remove_cb ctx@local:SSL_CTX * (imp-function on_remove@function:void (SSL_CTX *, SSL_SESSION *)):void (*)(SSL_CTX *, SSL_SESSION *)):void'
		);
		expect(printExpr(stmtExpr(ret)!)).toBe('g@global:int');
		expect(prog.globals.map((g) => g.name)).toEqual(['g']);
		expect([...prog.natives.keys()].sort()).toEqual(['SSL_CTX_new', 'SSL_CTX_sess_set_remove_cb', 'SSL_CTX_set_session_cache_mode', 'TLS_server_method']);
		expect(prog.functions.get('on_remove')!.params.map((p) => [p.name, p.slot])).toEqual([['ctx', 0], ['sess', 1]]);
	});

	it('promotes variadic arguments and types string literals as char arrays', () => {
		// 32-bit variadic integers travel in 64-bit slots with a zero upper half (gcc -O0, x86-64): the
		// call passes them as unsigned int (what %ld would read); a constant pushed on the stack (7th
		// argument on) is a sign-extended immediate.
		const e = exprs('printf("%d %c\\n", x, c);', 'int x = 1; char c = 65;');
		expect(e).toEqual(['(call printf (imp-pointer (imp-decay "%d %c\\n":char [7]):char *):const char * (imp-integral x@local:int):unsigned int (imp-integral (imp-integral c@local:char):int):unsigned int):int']);
		const s = exprs('printf("%d %d %d %d %d %d %d\\n", 1, 2, 3, 4, 5, -6, x);', 'int x = 1;');
		expect(s[0]).toContain('(imp-integral (- 6:int):int):long');
		expect(s[0]).toContain('(imp-integral x@local:int):unsigned int):int');
	});

	it('lists switch labels with their index in the body', () => {
		const prog = program('int main(void) { int x = 2; switch (x) { case 1: x++; case 2: break; default: x = 0; } return x; }');
		const sw = prog.main.body.body[1] as SwitchStmt;
		expect(sw.kind).toBe('switch');
		expect(sw.cases).toEqual([{ value: 1n, index: 0 }, { value: 2n, index: 2 }, { value: null, index: 4 }]);
		expect(sw.body.map((s) => s.kind)).toEqual(['case', 'expr', 'case', 'break', 'case', 'expr']);
	});

	it('puts static locals in the globals with their constant initializer', () => {
		const prog = program('static int f(void) { static int calls = 5; return ++calls; } int main(void) { return f(); }');
		expect(prog.globals).toHaveLength(1);
		expect(prog.globals[0]).toMatchObject({ name: 'calls', storage: 'static', slot: 0 });
		expect(prog.globals[0].init).toMatchObject({ kind: 'expr', expr: { kind: 'int', value: 5n } });
	});

	it('sizes `x[] = {…}` and string-initialized arrays from the initializer', () => {
		const prog = program('static const char *const names[] = { "a", "b", "c" }; char s[] = "hey"; int main(void) { return 0; }');
		expect(prog.globals.map((g) => g.type)).toMatchObject([
			{ kind: 'array', length: 3, of: { kind: 'pointer', const: true, to: { kind: 'int', name: 'char', const: true } } },
			{ kind: 'array', length: 4 }
		]);
	});

	it('gives 1-based line/column spans with offsets', () => {
		const prog = program('int main(void) {\n    int x = 1;\n    return x + 2;\n}\n');
		const ret = prog.main.body.body[1];
		expect(ret.span).toMatchObject({ line: 3, col: 5, endLine: 3, endCol: 18 });
		const e = stmtExpr(ret) as Expr;
		expect(e.span).toMatchObject({ line: 3, col: 12, endCol: 17 });
		expect(prog.source.slice(e.span.from, e.span.to)).toBe('x + 2');
	});

	it('parses prototypes with opaque parameter types (Lezer reads them as constructor calls)', () => {
		const prog = program('#include <openssl/ssl.h>\nstatic void show(SSL_CTX *ctx, SSL_SESSION *s);\nstatic void show(SSL_CTX *ctx, SSL_SESSION *s) { }\nint main(void) { show(NULL, NULL); return 0; }');
		const call = stmtExpr(prog.main.body.body[0]) as CallExpr;
		expect(call.callee).toMatchObject({ kind: 'function', name: 'show' });
		expect(call.args.map((a) => a.type)).toMatchObject([{ kind: 'pointer', to: { name: 'SSL_CTX' } }, { kind: 'pointer', to: { name: 'SSL_SESSION' } }]);
	});

	it('accepts C++ keywords as C identifiers', () => {
		const prog = program('static int try(int new) { return new; } int main(void) { int class = try(1); return class; }');
		expect(prog.functions.has('try')).toBe(true);
	});
});
