/**
 * A checked program → a runnable closure graph bound to one Machine. Compilation is per run (cheap:
 * snippets are small), which keeps every closure monomorphic over its own machine.
 */
import type { CValue, NativeFunction } from '../abi';
import type { CheckedProgram, Expr, FunctionDef } from '../front/ast';
import { sizeOf } from '../ctypes';
import type { CallRecord, Machine } from '../machine';
import { memPtr } from '../memory';
import { accessor } from './lvalues';
import { RETURN, compileInitMem, compileStmt, initValue, newStmtId, resumeOf, zeroOf, type StmtCx } from './compile-stmt';
import { compileExpr } from './compile-expr';
import { walkInit, walkStmt } from './walk';

export interface CompiledProgram {
	/** Initialize globals, run main; returns main's value. Throws ProgramExit / faults / limits. */
	run(): CValue;
	/** Continue from a restored checkpoint (machine.resumeFrames / resumePath set); like run(). */
	resume(): CValue;
	/** Statement id of the "program end" pause point (after main returns). */
	endId: number;
	globals: CValue[];
	globalInBlock: boolean[];
	/** Frame slots held in memory blocks, per function. */
	blockSlots: Map<string, Set<number>>;
}

export function compileProgram(
	prog: CheckedProgram,
	m: Machine,
	natives: ReadonlyMap<string, NativeFunction>,
	constants: ReadonlyMap<string, { readonly value: CValue }>
): CompiledProgram {
	const globals: CValue[] = prog.globals.map((g) => zeroOf(g.type));
	const globalInBlock = prog.globals.map((g) => g.type.kind === 'array');
	const blockSlots = new Map<string, Set<number>>();
	for (const def of prog.functions.values()) {
		blockSlots.set(def.name, new Set(def.locals.filter((l) => l.type.kind === 'array').map((l) => l.slot)));
	}
	// Pre-pass: variables whose address is taken live in memory.
	const markAddr = (fnName: string | null) => (e: Expr) => {
		if (e.kind !== 'addrOf' || e.operand.kind !== 'ident') return;
		const ref = e.operand.ref;
		if (ref.kind === 'local' && fnName) blockSlots.get(fnName)!.add(ref.slot);
		if (ref.kind === 'global') globalInBlock[ref.index] = true;
	};
	for (const def of prog.functions.values()) walkStmt(def.body, markAddr(def.name));
	for (const g of prog.globals) if (g.init) walkInit(g.init, markAddr(null));

	const literals = new Map<string, CValue>();
	const literal = (bytes: Uint8Array): CValue => {
		const key = String.fromCharCode(...bytes);
		let p = literals.get(key);
		if (!p) {
			const b = m.mem.newBlock('literal', bytes.length + 1, JSON.stringify(key), 'string literal', null);
			b.bytes.set(bytes);
			literals.set(key, (p = memPtr(b, 0)));
		}
		return p;
	};
	const cxFor = (fn: string): StmtCx => {
		const cx: StmtCx = {
			m,
			fn,
			blockSlots: blockSlots.get(fn) ?? new Set(),
			globals,
			globalInBlock,
			literal,
			natives,
			constants,
			expr: (e) => compileExpr(cx, e)
		};
		return cx;
	};

	for (const def of prog.functions.values()) compileFunction(def, cxFor(def.name));

	// Globals: zeroed, then initialized in order before main.
	const gcx = cxFor('globals');
	const inits: (() => void)[] = [];
	prog.globals.forEach((g, i) => {
		if (globalInBlock[i]) {
			const b = m.mem.newBlock('global', sizeOf(g.type), g.name, '', g.span.line);
			globals[i] = memPtr(b, 0);
			if (g.init) {
				const w = compileInitMem(gcx, g.init, g.type);
				inits.push(() => w([], globals[i]));
			}
		} else if (g.init) {
			const ev = initValue(gcx, g.init);
			inits.push(() => void (globals[i] = ev([])));
		}
	});
	const main = prog.main;
	const endSpan = { ...main.body.span, line: main.body.span.endLine, col: Math.max(1, main.body.span.endCol - 1) };
	const endId = newStmtId(m, endSpan, 'main', 0);
	return {
		endId,
		globals,
		globalInBlock,
		blockSlots,
		run() {
			for (const init of inits) init();
			const r = m.invokers.get('main')!.invoke([]);
			m.tick(endId, endSpan.line);
			return r;
		},
		resume() {
			const r = m.invokers.get('main')!.resume();
			m.tick(endId, endSpan.line);
			return r;
		}
	};
}


function compileFunction(def: FunctionDef, cx: StmtCx): void {
	const m = cx.m;
	const entry = newStmtId(m, def.nameSpan, def.name, 0);
	const body = compileStmt(cx, def.body, 0);
	const template: CValue[] = def.locals.map((l) => zeroOf(l.type));
	const nParams = def.params.length;
	const blockParams = def.params.filter((p) => cx.blockSlots.has(p.slot));
	const retZero = zeroOf(def.type.returns);
	const invoke = (args: CValue[]): CValue => {
		const f = template.slice();
		for (let i = 0; i < nParams; i++) f[i] = args[i];
		const rec: CallRecord = { def, frame: f, blocks: null, callLine: m.line, site: m.site };
		m.site = -1;
		m.enter(rec);
		for (const p of blockParams) {
			const ptr = memPtr(m.stackBlock(p.slot, sizeOf(p.type), p.name, p.span.line), 0);
			accessor(m, p.type).storeAt(ptr, f[p.slot]);
			f[p.slot] = ptr;
		}
		const st = body(f);
		m.leave(rec);
		return st === RETURN ? m.ret : retZero;
	};
	// Resume: the checkpointed record of the next frame replaces building one from arguments.
	const resume = (): CValue => {
		const rec = m.resumeFrames![m.stack.length];
		m.stack.push(rec);
		const st = resumeOf(body)(rec.frame);
		m.leave(rec);
		return st === RETURN ? m.ret : retZero;
	};
	m.invokers.set(def.name, { def, invoke, resume, entry });
}
