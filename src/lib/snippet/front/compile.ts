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
import { ExprParser, expandMacros, ParseError, printable } from './expr-parse';
import { tokenize } from './lexer';
import { LIBC_CONSTANTS, LIBC_PROTOTYPES } from './libc';
import { maskCppKeywords, preprocess } from './preprocess';
import { parsePrototype } from './prototype';
import { isInt } from './types';

/** Snippets are docs examples (the largest conformance program is ~6 KB); 256 KiB compiles in about a second. */
export const MAX_SOURCE_BYTES = 256 * 1024;
/** Lezer tree depth allowed before walking it recursively (blocks/parentheses count ~1-2 levels each). */
export const MAX_TREE_DEPTH = 600;
/** Parentheses, brackets and braces open at once. */
export const MAX_NESTING = 256;

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
	if (!lexicallyOk(pre.text, diags)) return { diagnostics: sortDiagnostics(diags.list) };
	const tree = parser.parse(maskCppKeywords(pre.text));
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
		natives: new Map(), calls: new Map(), names: 0, definedLater: new Set(), broken: new Set(), allowVariadic: false, quiet: new Diagnostics(lines), span: (a, b) => lines.span(a, b)
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

/** Stray characters, unterminated literals and comments: reported once, up front (they derail any parser). */
function lexicallyOk(text: string, diags: Diagnostics): boolean {
	let ok = true;
	let depth = 0;
	for (const t of tokenize(text, 0, text.length)) {
		if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) {
			// Checked before Lezer sees the text: deep nesting is slow for it and for every later recursive pass.
			if (++depth > MAX_NESTING) {
				diags.at('SC0902', `brackets nested more than ${MAX_NESTING} levels deep`, t.from, t.to);
				return false;
			}
		} else if (t.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')) depth = Math.max(0, depth - 1);
		if (t.kind !== 'bad' && !(t.kind === 'punct' && (t.text === '#' || t.text === '::'))) continue;
		ok = false;
		if (t.text === '::') diags.at('SC0207', "'::' is not C", t.from, t.to);
		else if (/^["']/.test(t.text)) diags.at('SC0103', `missing terminating ${t.text[0]} character`, t.from, t.from + 1);
		else diags.at('SC0102', `stray '${printable(t.text)}' in program`, t.from, t.to);
		if (diags.full) break;
	}
	const open = unterminatedComment(text);
	if (open >= 0) {
		diags.at('SC0103', 'unterminated comment', open, open + 2);
		ok = false;
	}
	return ok;
}

function unterminatedComment(s: string): number {
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (c === '/' && s[i + 1] === '/') {
			const nl = s.indexOf('\n', i);
			if (nl < 0) return -1;
			i = nl;
		} else if (c === '/' && s[i + 1] === '*') {
			const end = s.indexOf('*/', i + 2);
			if (end < 0) return i;
			i = end + 1;
		} else if (c === '"' || c === "'") {
			for (i++; i < s.length && s[i] !== c && s[i] !== '\n'; i++) if (s[i] === '\\') i++;
		}
	}
	return -1;
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
