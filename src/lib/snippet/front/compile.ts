/**
 * The Snippet C front end's entry point: preprocess → Lezer parse → syntax tree → checked AST.
 * Never throws on any input: hostile sources end in located diagnostics (limits: SC09xx).
 */
import { parser } from '@lezer/cpp';
import type { NativeLibrary } from '../abi';
import type { Diagnostic } from '../step-view';
import type { CheckedProgram, FunctionType } from './ast';
import { checkProgram } from './check';
import { checkExpr } from './check-expr';
import { libraryConstants, constValue, DivisionByZero } from './const-eval';
import { Scope, type Ctx } from './context';
import { CstWalker } from './cst';
import { Diagnostics, LineMap, sortDiagnostics } from './diagnostics';
import { ExprParser, expandMacros, ParseError } from './expr-parse';
import { LIBC_CONSTANTS, LIBC_PROTOTYPES } from './libc';
import { preprocess } from './preprocess';
import { parsePrototype } from './prototype';
import { isInt } from './types';

export const MAX_SOURCE_BYTES = 1024 * 1024;
/** Lezer tree depth allowed before walking it recursively (blocks/parentheses count ~1-2 levels each). */
export const MAX_TREE_DEPTH = 600;

export interface CompileResult {
	program?: CheckedProgram;
	diagnostics: Diagnostic[];
}

const EMPTY_LIBRARY: NativeLibrary = { functions: new Map(), constants: new Map() };

export function compile(source: string, fileName: string, library: NativeLibrary = EMPTY_LIBRARY): CompileResult {
	const lines = new LineMap(source.length > MAX_SOURCE_BYTES ? source.slice(0, 1000) : source);
	const diags = new Diagnostics(lines);
	if (source.length > MAX_SOURCE_BYTES) {
		diags.report('SC0901', `source is ${source.length} characters; the limit is ${MAX_SOURCE_BYTES}`, lines.span(0, 0));
		return { diagnostics: diags.list };
	}
	try {
		return compileChecked(source, fileName, library, lines, diags);
	} catch (e) {
		// A bug in the front end must still give a located diagnostic, never an exception to the caller.
		const msg = e instanceof RangeError ? 'program too deeply nested' : `internal compiler error: ${(e as Error)?.message ?? e}`;
		diags.report(e instanceof RangeError ? 'SC0902' : 'SC0101', msg, lines.span(0, 0), 'error');
		return { diagnostics: sortDiagnostics(diags.list) };
	}
}

function compileChecked(source: string, fileName: string, library: NativeLibrary, lines: LineMap, diags: Diagnostics): CompileResult {
	const pre = preprocess(source, diags);
	const tree = parser.parse(pre.text);
	if (!depthOk(tree.topNode, diags)) return { diagnostics: sortDiagnostics(diags.list) };
	const walker = new CstWalker(pre.text, diags, pre.macros);
	const tops = walker.program(tree.topNode);
	walker.reportErrors(tree.topNode);

	const constants = new Map(library.constants);
	for (const [name, type] of Object.entries(LIBC_CONSTANTS)) if (!constants.has(name)) constants.set(name, { type, value: null });
	const values = new Map<string, bigint>();
	for (const [name, c] of constants) if (typeof c.value === 'number' && Number.isFinite(c.value)) values.set(name, BigInt(Math.trunc(c.value)));
	libraryConstants.values = values;
	const lib: NativeLibrary = { functions: library.functions, constants };

	const nativeTypes = new Map<string, FunctionType | null>();
	const nativeType = (name: string): FunctionType | null => {
		if (!nativeTypes.has(name)) {
			const proto = library.functions.get(name)?.prototype ?? LIBC_PROTOTYPES[name];
			const r = proto ? parsePrototype(proto) : null;
			nativeTypes.set(name, r && typeof r !== 'string' ? r.type : null);
		}
		return nativeTypes.get(name)!;
	};
	const global = new Scope(null);
	const cx: Ctx = {
		src: pre.text, diags, library: lib, nativeType, globals: [], globalScope: global, scope: global, fn: null, functions: new Map(),
		natives: new Map(), calls: new Map(), names: 0, allowVariadic: false, quiet: new Diagnostics(lines), span: (a, b) => lines.span(a, b)
	};
	const macros = checkMacros(cx, pre.macros);
	const program = checkProgram(cx, tops, fileName, pre.includes, macros);
	if (program) program.source = source;
	return { program: diags.errorCount === 0 ? program : undefined, diagnostics: sortDiagnostics(diags.list) };
}

/** Each macro must be an integer constant expression (it may use library constants and other macros). */
function checkMacros(cx: Ctx, macros: ReturnType<typeof preprocess>['macros']): Map<string, bigint> {
	const out = new Map<string, bigint>();
	for (const m of macros.values()) {
		const span = cx.span(m.from, m.to);
		try {
			const toks = expandMacros(m.body, macros, new Set([m.name])).map((t) => ({ ...t }));
			const s = new ExprParser(toks, m.to).parseAll();
			const e = checkExpr({ ...cx, diags: cx.quiet }, s);
			const v = e && isInt(e.type) ? constValue(e) : null;
			if (v === null) cx.diags.report('SC0112', `macro '${m.name}' must be an integer constant expression`, span);
			else out.set(m.name, v);
		} catch (e) {
			if (e instanceof ParseError || e instanceof DivisionByZero) cx.diags.report('SC0112', `macro '${m.name}' must be an integer constant expression`, span);
			else throw e;
		}
	}
	return out;
}

/** Iteratively measures the Lezer tree depth, so later recursive walks cannot overflow the stack. */
function depthOk(top: import('@lezer/common').SyntaxNode, diags: Diagnostics): boolean {
	const cur = top.cursor();
	let depth = 0;
	for (;;) {
		if (depth > MAX_TREE_DEPTH) {
			diags.at('SC0902', `program nested too deeply (more than ${MAX_TREE_DEPTH} syntax levels)`, cur.from, Math.min(cur.to, cur.from + 1));
			return false;
		}
		if (cur.firstChild()) {
			depth++;
			continue;
		}
		while (!cur.nextSibling()) {
			if (!cur.parent()) return true;
			depth--;
		}
	}
}
