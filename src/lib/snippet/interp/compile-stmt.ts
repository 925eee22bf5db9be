/**
 * Statements → closures `(frame) => status` (0 normal, 1 break, 2 continue, 3 return). Every
 * statement that does something is a pause point: it calls machine.tick(id, line) first, which
 * counts steps, enforces limits and records the step.
 */
import type { CValue } from '../abi';
import type { CType, Initializer, Span, Stmt, VarDecl } from '../front/ast';
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
	const m = cx.m;
	const line = s.span.line;
	const tickId = () => newStmtId(m, s.span, cx.fn, loopLine);
	switch (s.kind) {
		case 'block': {
			const body = s.body.map((c) => compileStmt(cx, c, loopLine));
			if (body.length === 1) return body[0];
			return (f) => {
				for (let i = 0; i < body.length; i++) {
					const st = body[i](f);
					if (st !== NORMAL) return st;
				}
				return NORMAL;
			};
		}
		case 'empty':
		case 'case':
			return () => NORMAL;
		case 'expr': {
			const id = tickId();
			const ev = compileExpr(cx, s.expr);
			return (f) => {
				m.tick(id, line);
				ev(f);
				return NORMAL;
			};
		}
		case 'decl':
			return compileDecl(cx, s.decls, s.span, loopLine);
		case 'if': {
			const id = tickId();
			const test = compileExpr(cx, s.test);
			const then = compileStmt(cx, s.then, loopLine);
			const els = s.else ? compileStmt(cx, s.else, loopLine) : null;
			return (f) => {
				m.tick(id, line);
				if (truthy(test(f))) return then(f);
				return els ? els(f) : NORMAL;
			};
		}
		case 'while': {
			const id = newStmtId(m, s.span, cx.fn, line);
			const test = compileExpr(cx, s.test);
			const body = compileStmt(cx, s.body, line);
			return (f) => {
				for (;;) {
					m.tick(id, line);
					if (!truthy(test(f))) return NORMAL;
					const st = body(f);
					if (st === BREAK) return NORMAL;
					if (st === RETURN) return RETURN;
				}
			};
		}
		case 'do': {
			const body = compileStmt(cx, s.body, line);
			const id = newStmtId(m, s.test.span, cx.fn, line);
			const tl = s.test.span.line;
			const test = compileExpr(cx, s.test);
			return (f) => {
				for (;;) {
					const st = body(f);
					if (st === BREAK) return NORMAL;
					if (st === RETURN) return RETURN;
					m.tick(id, tl);
					if (!truthy(test(f))) return NORMAL;
				}
			};
		}
		case 'for': {
			const init = s.init ? compileStmt(cx, s.init, line) : null;
			const id = newStmtId(m, s.span, cx.fn, line);
			const test = s.test ? compileExpr(cx, s.test) : null;
			const update = s.update ? compileExpr(cx, s.update) : null;
			const body = compileStmt(cx, s.body, line);
			return (f) => {
				if (init) init(f);
				for (;;) {
					m.tick(id, line);
					if (test && !truthy(test(f))) return NORMAL;
					const st = body(f);
					if (st === BREAK) return NORMAL;
					if (st === RETURN) return RETURN;
					if (update) update(f);
				}
			};
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
			return (f) => {
				m.tick(id, line);
				const v = test(f) as number;
				const start = table.get(v) ?? dflt;
				if (start < 0) return NORMAL;
				for (let i = start; i < body.length; i++) {
					const st = body[i](f);
					if (st === BREAK) return NORMAL;
					if (st !== NORMAL) return st;
				}
				return NORMAL;
			};
		}
		case 'break': {
			const id = tickId();
			return () => (m.tick(id, line), BREAK);
		}
		case 'continue': {
			const id = tickId();
			return () => (m.tick(id, line), CONTINUE);
		}
		case 'return': {
			const id = tickId();
			const ev = s.value ? compileExpr(cx, s.value) : null;
			return (f) => {
				m.tick(id, line);
				m.ret = ev ? ev(f) : 0;
				return RETURN;
			};
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
	for (const d of decls) {
		if (d.storage !== 'auto') continue; // static locals live with the globals
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
			const ev = initValue(cx, d.init);
			parts.push((f) => {
				f[s] = ev(f);
				return NORMAL;
			});
		} else {
			const z = zeroOf(d.type);
			parts.push((f) => {
				f[s] = z;
				return NORMAL;
			});
		}
	}
	const id = ticks ? newStmtId(m, span, cx.fn, loopLine) : -1;
	const line = span.line;
	if (parts.length === 1) {
		const p = parts[0];
		return ticks ? (f) => (m.tick(id, line), p(f)) : p;
	}
	return (f) => {
		if (ticks) m.tick(id, line);
		for (const p of parts) p(f);
		return NORMAL;
	};
}
