/** Calls: natives (library + libc) and program functions; arguments evaluated right to left. */
import type { CValue } from '../abi';
import type { CallExpr } from '../front/ast';
import { scalarOf } from '../ctypes';
import { RuntimeTrap } from '../faults';
import type { Machine } from '../machine';
import type { Ev } from './arith';
import { compileExpr, convertTo, type ExprCx } from './compile-expr';
import { withLine } from './lvalues';
import { toLibNumber } from '../values';

export function compileCall(cx: ExprCx, e: CallExpr): Ev {
	const m: Machine = cx.m;
	const args = e.args.map((a) => compileExpr(cx, a));
	const line = e.callee.span.line;
	if (e.callee.kind === 'native') {
		const name = e.callee.name;
		const nf = cx.natives.get(name);
		if (!nf) throw new Error(`library function ${name} is not available`);
		// The library takes numbers (abi.ts); libc's printf keeps exact 64-bit values.
		if (!(nf as { exactInts?: boolean }).exactInts) {
			e.args.forEach((a, i) => {
				if (a.type.kind === 'int' && a.type.size === 8) {
					const ev = args[i];
					args[i] = (f) => toLibNumber(ev(f)) as CValue;
				}
			});
		}
		const evalArgs = argEvaluator(args);
		const conv = convertTo(e.type);
		const isInt = scalarOf(e.type) !== null;
		const isVoid = e.type.kind === 'void';
		return (f) => {
			const a = evalArgs(f);
			m.line = line;
			let r: CValue;
			try {
				r = nf.call(m, a);
			} catch (err) {
				throw withLine(err, line);
			}
			// (callFunction restores m.line after a callback, so it is still `line` here.)
			if (isVoid) return 0;
			if (isInt) return conv(typeof r === 'number' ? r : r === null ? 0 : 1);
			return r === undefined ? null : r;
		};
	}
	const name = e.callee.name;
	if (cx.resumeCall === e) {
		// Resuming a checkpoint: the callee's frame is restored, not built from arguments.
		return () => {
			const saved = m.line;
			const r = m.invokers.get(name)!.resume();
			m.line = saved;
			return r;
		};
	}
	const evalArgs = argEvaluator(args);
	const site = cx.site && cx.site.call === e ? cx.site.id : -1;
	let invoke: ((args: CValue[]) => CValue) | null = null;
	return (f) => {
		const a = evalArgs(f);
		if (invoke === null) {
			const inv = m.invokers.get(name);
			if (!inv) throw new RuntimeTrap(`call of ${name}, which is declared but never defined`, line);
			invoke = inv.invoke;
		}
		const saved = m.line;
		m.line = line;
		m.site = site;
		const r = invoke(a);
		m.line = saved;
		return r;
	};
}

/** Call arguments, evaluated right to left as gcc x86-64 does; small arities avoid a loop and a holey array. */
function argEvaluator(args: Ev[]): (f: CValue[]) => CValue[] {
	const [a0, a1, a2, a3] = args;
	switch (args.length) {
		case 0:
			return () => [];
		case 1:
			return (f) => [a0(f)];
		case 2:
			return (f) => {
				const x1 = a1(f);
				return [a0(f), x1];
			};
		case 3:
			return (f) => {
				const x2 = a2(f);
				const x1 = a1(f);
				return [a0(f), x1, x2];
			};
		case 4:
			return (f) => {
				const x3 = a3(f);
				const x2 = a2(f);
				const x1 = a1(f);
				return [a0(f), x1, x2, x3];
			};
		default:
			return (f) => {
				const a: CValue[] = new Array(args.length);
				for (let i = args.length - 1; i >= 0; i--) a[i] = args[i](f);
				return a;
			};
	}
}
