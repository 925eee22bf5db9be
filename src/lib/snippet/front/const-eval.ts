/** Integer constant expressions over the checked AST (array sizes, case labels, global initializers, macros). */
import type { Expr, IntType } from './ast';
import { wrapInt } from './types';

/** Values of library constants by name, set by the checker (numeric ones only). */
export const libraryConstants = { values: new Map<string, bigint>() as ReadonlyMap<string, bigint> };

export class DivisionByZero extends Error {}

/** The value, or null when `e` is not an integer constant expression. Throws DivisionByZero. */
export function constValue(e: Expr, depth = 0): bigint | null {
	if (depth > 2000 || e.type.kind !== 'int') return null;
	const t = e.type as IntType;
	switch (e.kind) {
		case 'int':
			return wrapInt(e.value, t);
		case 'ident':
			if (e.ref.kind === 'macro') return e.ref.value;
			if (e.ref.kind === 'constant') {
				const v = libraryConstants.values.get(e.ref.name);
				return v === undefined ? null : wrapInt(v, t);
			}
			return null;
		case 'cast': {
			if (e.conv !== 'integral') return null;
			const v = constValue(e.operand, depth + 1);
			return v === null ? null : wrapInt(v, t);
		}
		case 'unary': {
			const v = constValue(e.operand, depth + 1);
			if (v === null) return null;
			if (e.op === '!') return v === 0n ? 1n : 0n;
			return wrapInt(e.op === '-' ? -v : e.op === '~' ? ~v : v, t);
		}
		case 'logical': {
			const l = constValue(e.left, depth + 1);
			if (l === null) return null;
			if (e.op === '&&' && l === 0n) return 0n;
			if (e.op === '||' && l !== 0n) return 1n;
			const r = constValue(e.right, depth + 1);
			return r === null ? null : r !== 0n ? 1n : 0n;
		}
		case 'cond': {
			const c = constValue(e.test, depth + 1);
			if (c === null) return null;
			return constValue(c !== 0n ? e.then : e.else, depth + 1);
		}
		case 'binary': {
			if (e.operandType.kind !== 'int') return null;
			const l = constValue(e.left, depth + 1);
			const r = constValue(e.right, depth + 1);
			if (l === null || r === null) return null;
			const ot = e.operandType;
			const bool = (b: boolean) => (b ? 1n : 0n);
			switch (e.op) {
				case '*': return wrapInt(l * r, ot);
				case '/': if (r === 0n) throw new DivisionByZero(); return wrapInt(l / r, ot);
				case '%': if (r === 0n) throw new DivisionByZero(); return wrapInt(l % r, ot);
				case '+': return wrapInt(l + r, ot);
				case '-': return wrapInt(l - r, ot);
				case '<<': return r < 0n || r >= 64n ? null : wrapInt(l << r, ot);
				case '>>': return r < 0n || r >= 64n ? null : wrapInt(l >> r, ot);
				case '<': return bool(l < r);
				case '<=': return bool(l <= r);
				case '>': return bool(l > r);
				case '>=': return bool(l >= r);
				case '==': return bool(l === r);
				case '!=': return bool(l !== r);
				case '&': return wrapInt(l & r, ot);
				case '^': return wrapInt(l ^ r, ot);
				case '|': return wrapInt(l | r, ot);
			}
			return null;
		}
		default:
			return null;
	}
}
