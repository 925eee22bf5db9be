/**
 * Statements → closures `(frame) => status` (0 normal, 1 break, 2 continue, 3 return). Every
 * statement that does something is a pause point: it calls machine.tick(id, line) first, which
 * counts steps, enforces limits and records the step.
 *
 * Each closure also carries a RESUME variant for time-travel checkpoints: the C call stack lives
 * on the JavaScript stack, so a checkpoint stores each frame's variables and the statement it is
 * at (machine.resumePath, one statement id per frame); resuming descends from the function body
 * to that statement (statement ids of a subtree form the range lo..hi), runs it, then finishes the
 * enclosing blocks and loops as if it had got there normally. Outer frames are suspended at a
 * call-site statement (`f(…);`, `x = f(…);`, `T x = f(…);`, `return f(…);`), whose resume variant
 * resumes the callee instead of calling it.
 */
import type { CValue } from '../abi';
import type { CType, Expr, Initializer, Span, Stmt, VarDecl } from '../front/ast';
import { sizeOf } from '../ctypes';
import type { Machine } from '../machine';
import { memPtr, type Block } from '../memory';
import type { Ev } from './arith';
import { compileExpr, type ExprCx } from './compile-expr';
import { accessor } from './lvalues';
import { truthy } from './pointers';
import { canon64 } from '../values';

export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

export type Exec = (f: CValue[]) => number;

/** A compiled statement with its resume variant and the statement ids it contains. */
type Resumable = Exec & { lo?: number; hi?: number; resume?: Exec };

/** The resume variant of a compiled statement (statements without pause points have none). */
export function resumeOf(e: Exec): Exec {
	const r = (e as Resumable).resume;
	if (!r) throw new Error('checkpoint resumes inside a statement that has no pause point');
	return r;
}

const contains = (e: Exec, t: number) => {
	const r = e as Resumable;
	return r.lo !== undefined && r.lo <= t && t <= r.hi!;
};


export interface StmtCx extends ExprCx {
	fn: string;
}

export function newStmtId(m: Machine, span: Span, fn: string, loopLine: number): number {
	m.stmts.push({ line: span.line, col: span.col, endLine: span.endLine, endCol: span.endCol, fn, loopLine });
	return m.stmts.length - 1;
}

export const zeroOf = (t: CType): CValue => (t.kind === 'int' ? 0 : null);

/** Write an initializer into memory at p (arrays, address-taken scalars, globals). */
export function compileInitMem(cx: ExprCx, init: Initializer, t: CType): (f: CValue[], p: CValue) => void {
	if (t.kind === 'array') {
		const elem = t.of;
		const es = sizeOf(elem);
		if (init.kind === 'expr' && init.expr.kind === 'string') {
			const bytes = init.expr.bytes;
			const max = sizeOf(t);
			const data = bytes.length + 1 <= max ? bytes : bytes.subarray(0, max);
			return (_f, p) => cx.m.mem.writeBytes(p, data);
		}
		if (init.kind === 'list') {
			const parts = init.items.map((it, i) => ({ off: i * es, w: compileInitMem(cx, it, elem) }));
			return (f, p) => {
				const ptr = p as unknown as { block: Block; offset: number };
				for (const { off, w } of parts) w(f, memPtr(ptr.block, ptr.offset + off));
			};
		}
	}
	const first = init.kind === 'list' ? init.items[0] : init;
	if (!first) return () => {};
	if (first.kind === 'list') return compileInitMem(cx, first, t);
	const ev = compileExpr(cx, first.expr);
	const { storeAt } = accessor(cx.m, t);
	return (f, p) => storeAt(p, ev(f));
}

/** The scalar value of an initializer for a frame-slot variable. */
export function initValue(cx: ExprCx, init: Initializer): Ev {
	let i: Initializer | undefined = init;
	while (i && i.kind === 'list') i = i.items[0];
	if (!i) return () => 0;
	return compileExpr(cx, i.expr);
}

export function compileStmt(cx: StmtCx, s: Stmt, loopLine: number): Exec {
	const lo = cx.m.stmts.length;
	const e = compileStmtInner(cx, s, loopLine);
	const hi = cx.m.stmts.length - 1;
	const r = e as Resumable;
	if (r.lo === undefined && hi >= lo) {
		r.lo = lo;
		r.hi = hi;
	}
	return e;
}

/** The target statement id of the current frame while resuming. */
const targetOf = (m: Machine) => m.resumePath![m.stack.length - 1];
/** Is the current frame the innermost one of the checkpoint (its target is a plain pause point)? */
const innermost = (m: Machine) => m.stack.length === m.resumePath!.length;

/** The program call a call-site statement is suspended in: `f(…)`, `(void)f(…)`, `x = f(…)` (x a frame slot). */
function siteCall(cx: StmtCx, e: Expr): Expr | null {
	if (e.kind === 'call') return e.callee.kind === 'function' ? e : null;
	if (e.kind === 'cast') return siteCall(cx, e.operand);
	if (e.kind === 'assign' && e.op === '=' && e.target.kind === 'ident' && e.target.ref.kind === 'local' && !cx.blockSlots.has(e.target.ref.slot)) {
		return siteCall(cx, e.value);
	}
	return null;
}

/** Compile an expression twice: normally (its top call records `id` as its site) and as its resume variant. */
function compileSite(cx: StmtCx, e: Expr, id: number): { ev: Ev; resumeEv: Ev | null } {
	const call = siteCall(cx, e);
	if (!call) return { ev: compileExpr(cx, e), resumeEv: null };
	cx.site = { call, id };
	const ev = compileExpr(cx, e);
	cx.site = null;
	cx.resumeCall = call;
	const resumeEv = compileExpr(cx, e);
	cx.resumeCall = null;
	return { ev, resumeEv };
}

/** A plain pause point: resumed by running it (innermost frame) or by resuming its call (outer frame). */
function simple(m: Machine, exec: Exec, siteResume: Exec | null): Exec {
	const resume: Exec = (f) => {
		if (innermost(m)) return exec(f);
		if (!siteResume) throw new Error('checkpoint frame is not suspended at a call site');
		return siteResume(f);
	};
	(exec as Resumable).resume = resume;
	return exec;
}

function compileStmtInner(cx: StmtCx, s: Stmt, loopLine: number): Exec {
	const m = cx.m;
	const line = s.span.line;
	const tickId = () => newStmtId(m, s.span, cx.fn, loopLine);
	switch (s.kind) {
		case 'block': {
			const body = s.body.map((c) => compileStmt(cx, c, loopLine));
			if (body.length === 1) return body[0];
			const exec: Exec = (f) => {
				for (let i = 0; i < body.length; i++) {
					const st = body[i](f);
					if (st !== NORMAL) return st;
				}
				return NORMAL;
			};
			(exec as Resumable).resume = (f) => {
				const t = targetOf(m);
				let i = body.findIndex((b) => contains(b, t));
				let st = resumeOf(body[i])(f);
				for (i++; st === NORMAL && i < body.length; i++) st = body[i](f);
				return st;
			};
			return exec;
		}
		case 'empty':
		case 'case':
			return () => NORMAL;
		case 'expr': {
			const id = tickId();
			const { ev, resumeEv } = compileSite(cx, s.expr, id);
			const exec: Exec = (f) => {
				m.tick(id, line);
				ev(f);
				return NORMAL;
			};
			return simple(m, exec, resumeEv && ((f) => (resumeEv(f), NORMAL)));
		}
		case 'decl':
			return compileDecl(cx, s.decls, s.span, loopLine);
		case 'if': {
			const id = tickId();
			const test = compileExpr(cx, s.test);
			const then = compileStmt(cx, s.then, loopLine);
			const els = s.else ? compileStmt(cx, s.else, loopLine) : null;
			const exec: Exec = (f) => {
				m.tick(id, line);
				if (truthy(test(f))) return then(f);
				return els ? els(f) : NORMAL;
			};
			(exec as Resumable).resume = (f) => {
				const t = targetOf(m);
				if (t === id) return exec(f);
				return contains(then, t) ? resumeOf(then)(f) : resumeOf(els!)(f);
			};
			return exec;
		}
		case 'while': {
			const id = newStmtId(m, s.span, cx.fn, line);
			const test = compileExpr(cx, s.test);
			const body = compileStmt(cx, s.body, line);
			const exec: Exec = (f) => {
				for (;;) {
					m.tick(id, line);
					if (!truthy(test(f))) return NORMAL;
					const st = body(f);
					if (st === BREAK) return NORMAL;
					if (st === RETURN) return RETURN;
				}
			};
			(exec as Resumable).resume = (f) => {
				if (targetOf(m) === id) return exec(f);
				const st = resumeOf(body)(f);
				if (st === BREAK) return NORMAL;
				if (st === RETURN) return RETURN;
				return exec(f);
			};
			return exec;
		}
		case 'do': {
			const body = compileStmt(cx, s.body, line);
			const id = newStmtId(m, s.test.span, cx.fn, line);
			const tl = s.test.span.line;
			const test = compileExpr(cx, s.test);
			const exec: Exec = (f) => {
				for (;;) {
					const st = body(f);
					if (st === BREAK) return NORMAL;
					if (st === RETURN) return RETURN;
					m.tick(id, tl);
					if (!truthy(test(f))) return NORMAL;
				}
			};
			(exec as Resumable).resume = (f) => {
				if (targetOf(m) !== id) {
					const st = resumeOf(body)(f);
					if (st === BREAK) return NORMAL;
					if (st === RETURN) return RETURN;
				}
				m.tick(id, tl);
				if (!truthy(test(f))) return NORMAL;
				return exec(f);
			};
			return exec;
		}
		case 'for': {
			const init = s.init ? compileStmt(cx, s.init, line) : null;
			const id = newStmtId(m, s.span, cx.fn, line);
			const test = s.test ? compileExpr(cx, s.test) : null;
			const update = s.update ? compileExpr(cx, s.update) : null;
			const body = compileStmt(cx, s.body, line);
			const loop: Exec = (f) => {
				for (;;) {
					m.tick(id, line);
					if (test && !truthy(test(f))) return NORMAL;
					const st = body(f);
					if (st === BREAK) return NORMAL;
					if (st === RETURN) return RETURN;
					if (update) update(f);
				}
			};
			const exec: Exec = (f) => {
				if (init) init(f);
				return loop(f);
			};
			(exec as Resumable).resume = (f) => {
				const t = targetOf(m);
				if (t === id) return loop(f);
				if (init && contains(init, t)) {
					resumeOf(init)(f);
					return loop(f);
				}
				const st = resumeOf(body)(f);
				if (st === BREAK) return NORMAL;
				if (st === RETURN) return RETURN;
				if (update) update(f);
				return loop(f);
			};
			return exec;
		}
		case 'switch': {
			const id = tickId();
			const test = compileExpr(cx, s.test);
			const body = s.body.map((c) => compileStmt(cx, c, loopLine));
			const table = new Map<number, number>();
			let dflt = -1;
			for (const c of s.cases) {
				if (c.value === null) dflt = c.index;
				else table.set(wrapCase(c.value, s.test.type), c.index);
			}
			const run = (f: CValue[], start: number, first: Exec | null): number => {
				for (let i = start; i < body.length; i++) {
					const st = i === start && first ? first(f) : body[i](f);
					if (st === BREAK) return NORMAL;
					if (st !== NORMAL) return st;
				}
				return NORMAL;
			};
			const exec: Exec = (f) => {
				m.tick(id, line);
				const v = test(f) as number;
				const start = table.get(v) ?? dflt;
				if (start < 0) return NORMAL;
				return run(f, start, null);
			};
			(exec as Resumable).resume = (f) => {
				const t = targetOf(m);
				if (t === id) return exec(f);
				const i = body.findIndex((b) => contains(b, t));
				return run(f, i, resumeOf(body[i]));
			};
			return exec;
		}
		case 'break': {
			const id = tickId();
			return simple(m, () => (m.tick(id, line), BREAK), null);
		}
		case 'continue': {
			const id = tickId();
			return simple(m, () => (m.tick(id, line), CONTINUE), null);
		}
		case 'return': {
			const id = tickId();
			const { ev, resumeEv } = s.value ? compileSite(cx, s.value, id) : { ev: null, resumeEv: null };
			const exec: Exec = (f) => {
				m.tick(id, line);
				m.ret = ev ? ev(f) : 0;
				return RETURN;
			};
			return simple(m, exec, resumeEv && ((f) => ((m.ret = resumeEv(f)), RETURN)));
		}
	}
}

function wrapCase(v: bigint, t: CType): number {
	if (t.kind !== 'int') return Number(v);
	if (t.size === 8) return canon64(v, t.signed); // same representation as run-time values
	const bits = t.size * 8;
	return Number(t.signed ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v));
}

function compileDecl(cx: StmtCx, decls: VarDecl[], span: Span, loopLine: number): Exec {
	const m = cx.m;
	const parts: Exec[] = [];
	let ticks = false;
	const auto = decls.filter((d) => d.storage === 'auto'); // static locals live with the globals
	// `T x = f(…);` is a call site for checkpoints when x is a frame slot (its id is known only later).
	const lone = auto.length === 1 && auto[0].init?.kind === 'expr' && !cx.blockSlots.has(auto[0].slot) ? auto[0] : null;
	const site = lone && lone.init!.kind === 'expr' ? { call: siteCall(cx, lone.init!.expr), id: m.stmts.length } : null;
	let siteResume: Exec | null = null;
	for (const d of auto) {
		const s = d.slot;
		if (cx.blockSlots.has(s)) {
			const size = sizeOf(d.type);
			const init = d.init ? compileInitMem(cx, d.init, d.type) : null;
			if (d.init) ticks = true;
			parts.push((f) => {
				const p = memPtr(m.stackBlock(s, size, d.name, d.span.line), 0);
				f[s] = p;
				if (init) init(f, p);
				return NORMAL;
			});
		} else if (d.init) {
			ticks = true;
			if (d === lone && site?.call && d.init.kind === 'expr') {
				const { ev, resumeEv } = compileSite(cx, d.init.expr, site.id);
				siteResume = (f) => ((f[s] = resumeEv!(f)), NORMAL);
				parts.push((f) => ((f[s] = ev(f)), NORMAL));
			} else {
				const ev = initValue(cx, d.init);
				parts.push((f) => ((f[s] = ev(f)), NORMAL));
			}
		} else {
			const z = zeroOf(d.type);
			parts.push((f) => {
				f[s] = z;
				return NORMAL;
			});
		}
	}
	const id = ticks ? newStmtId(m, span, cx.fn, loopLine) : -1;
	if (site && siteResume && id !== site.id) throw new Error('call-site id mismatch');
	const line = span.line;
	let exec: Exec;
	if (parts.length === 1) {
		const p = parts[0];
		exec = ticks ? (f) => (m.tick(id, line), p(f)) : p;
	} else {
		exec = (f) => {
			if (ticks) m.tick(id, line);
			for (const p of parts) p(f);
			return NORMAL;
		};
	}
	return ticks ? simple(m, exec, siteResume) : exec;
}
