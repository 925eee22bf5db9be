/** Parses NativeFunction.prototype strings ('int SSL_CTX_add_session(SSL_CTX *ctx, SSL_SESSION *c)') into function types. */
import { parser } from '@lezer/cpp';
import type { FunctionType } from './ast';
import { Scope, type Ctx } from './context';
import { CstWalker } from './cst';
import { declareVars } from './declare';
import { Diagnostics, LineMap } from './diagnostics';
import { maskCppKeywords } from './preprocess';
import type { NativeLibrary } from '../abi';

const cache = new Map<string, { name: string; type: FunctionType } | string>();

/** The function's name and type, or an error message. */
export function parsePrototype(prototype: string): { name: string; type: FunctionType } | string {
	const hit = cache.get(prototype);
	if (hit) return hit;
	const text = prototype.trim().replace(/;$/, '') + ';';
	const lines = new LineMap(text);
	const diags = new Diagnostics(lines);
	const tree = parser.parse(maskCppKeywords(text));
	const walker = new CstWalker(text, diags, new Map(), true);
	const tops = walker.program(tree.topNode);
	walker.reportErrors(tree.topNode);
	let result: { name: string; type: FunctionType } | string = 'not a function prototype';
	const empty: NativeLibrary = { functions: new Map(), constants: new Map() };
	const global = new Scope(null);
	const cx: Ctx = {
		src: text, diags, library: empty, nativeType: () => null, globals: [], globalScope: global, scope: global, fn: null,
		functions: new Map(), natives: new Map(), calls: new Map(), names: 0, definedLater: new Set(), broken: new Set(), allowVariadic: true, quiet: new Diagnostics(lines),
		span: (a, b) => lines.span(a, b)
	};
	if (tops.length === 1 && tops[0].k === 'decl') {
		declareVars(cx, tops[0], (d, t) => {
			result = { name: d.name, type: t };
		});
	}
	if (diags.list.length) result = `${diags.list[0].message} in prototype '${prototype}'`;
	cache.set(prototype, result);
	return result;
}
