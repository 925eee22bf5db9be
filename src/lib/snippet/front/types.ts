/** C type constructors and queries for Snippet C (LP64, as gcc on x86-64 Linux). */
import type { CType, FunctionType, IntName, IntType, OpaqueName, PointerType, VoidType } from './ast';

const INT_INFO: Record<IntName, [1 | 2 | 4 | 8, boolean, number]> = {
	char: [1, true, 1],
	'signed char': [1, true, 1],
	'unsigned char': [1, false, 1],
	short: [2, true, 2],
	'unsigned short': [2, false, 2],
	int: [4, true, 3],
	'unsigned int': [4, false, 3],
	long: [8, true, 4],
	'unsigned long': [8, false, 4],
	'long long': [8, true, 5],
	'unsigned long long': [8, false, 5],
	size_t: [8, false, 4],
	time_t: [8, true, 4],
	uint8_t: [1, false, 1],
	uint32_t: [4, false, 3],
	uint64_t: [8, false, 4]
};

export const OPAQUE_NAMES: ReadonlySet<string> = new Set<OpaqueName>(['SSL_CTX', 'SSL', 'SSL_SESSION', 'SSL_METHOD', 'SSL_CIPHER', 'BIO', 'X509', 'FILE', 'BIO_METHOD', 'EVP_PKEY']);
/** Type names that are identifiers (not keywords) in C. */
export const NAMED_INT_TYPES: ReadonlySet<string> = new Set(['size_t', 'time_t', 'uint8_t', 'uint32_t', 'uint64_t']);

const INT_CACHE = new Map<string, IntType>();
/** Interned (callers never mutate types; `withConst` copies). */
export function intType(name: IntName, isConst = false): IntType {
	const key = isConst ? 'c ' + name : name;
	let t = INT_CACHE.get(key);
	if (!t) {
		const [size, signed, rank] = INT_INFO[name];
		t = { kind: 'int', name, size, signed, rank, const: isConst };
		INT_CACHE.set(key, t);
	}
	return t;
}
export const INT = intType('int');
export const UINT = intType('unsigned int');
export const LONG = intType('long');
export const ULONG = intType('unsigned long');
export const CHAR = intType('char');
export const SIZE_T = intType('size_t');
export const VOID: VoidType = { kind: 'void', const: false };

export function pointerTo(to: CType, isConst = false): PointerType {
	return { kind: 'pointer', to, const: isConst };
}
export function opaque(name: OpaqueName, isConst = false): CType {
	return { kind: 'opaque', name, const: isConst };
}
export const VOID_PTR = pointerTo(VOID);
export const CHAR_PTR = pointerTo(CHAR);

export function withConst(t: CType, isConst: boolean): CType {
	if (t.kind === 'function' || t.const === isConst) return t;
	return { ...t, const: isConst } as CType;
}
export function unqualified(t: CType): CType {
	return withConst(t, false);
}

export const isInt = (t: CType): t is IntType => t.kind === 'int';
export const isPointer = (t: CType): t is PointerType => t.kind === 'pointer';
export const isScalar = (t: CType): boolean => t.kind === 'int' || t.kind === 'pointer';

/** sizeof in bytes; null for incomplete types (void, opaque, functions). */
export function sizeOf(t: CType): number | null {
	switch (t.kind) {
		case 'int':
			return t.size;
		case 'pointer':
			return 8;
		case 'array': {
			const e = sizeOf(t.of);
			return e === null || t.length === null ? null : e * t.length;
		}
		default:
			return null;
	}
}

/** Integer promotion (C11 6.3.1.1): everything narrower than int becomes int. */
export function promote(t: IntType): IntType {
	return t.rank < 3 ? INT : unqualifiedInt(t);
}
function unqualifiedInt(t: IntType): IntType {
	return t.const ? { ...t, const: false } : t;
}

/** Usual arithmetic conversions (C11 6.3.1.8) for two integer types. */
export function commonType(a: IntType, b: IntType): IntType {
	const x = promote(a);
	const y = promote(b);
	if (x.size === y.size && x.signed === y.signed) return x.rank >= y.rank ? x : y;
	if (x.signed === y.signed) return x.size > y.size ? x : y;
	const [u, s] = x.signed ? [y, x] : [x, y];
	if (u.size >= s.size) return u;
	return s; // the signed type is wider and can hold every unsigned value
}

/** Same type ignoring top-level qualifiers, and comparing pointees with qualifiers (for pointer compatibility). */
export function sameType(a: CType, b: CType, ignoreConst = true): boolean {
	if (a.kind !== b.kind) return false;
	if (!ignoreConst && a.const !== b.const) return false;
	switch (a.kind) {
		case 'void':
			return true;
		case 'int': {
			const bi = b as IntType;
			return a.size === bi.size && a.signed === bi.signed && (a.size !== 1 || (a.name === 'char') === (bi.name === 'char'));
		}
		case 'opaque':
			return a.name === (b as typeof a).name;
		case 'pointer':
			return sameType(a.to, (b as PointerType).to, false);
		case 'array':
			return a.length === (b as typeof a).length && sameType(a.of, (b as typeof a).of, false);
		case 'function': {
			const bf = b as FunctionType;
			return sameType(a.returns, bf.returns) && a.params.length === bf.params.length && a.variadic === bf.variadic &&
				a.params.every((p, i) => sameType(p, bf.params[i]));
		}
	}
}

/** The type as C spells it: 'const unsigned char *', 'SSL_SESSION **', 'char [32]'. */
export function typeToString(t: CType): string {
	return spell(t, '').trim();
}
function spell(t: CType, inner: string): string {
	const c = t.const ? 'const ' : '';
	switch (t.kind) {
		case 'void':
			return `${c}void${inner ? ' ' + inner : ''}`;
		case 'int':
			return `${c}${t.name}${inner ? ' ' + inner : ''}`;
		case 'opaque':
			return `${c}${t.name}${inner ? ' ' + inner : ''}`;
		case 'pointer': {
			const star = '*' + (t.const ? 'const' + (inner ? ' ' : '') : '') + inner;
			const needParens = t.to.kind === 'array' || t.to.kind === 'function';
			return spell(t.to, needParens ? `(${star})` : star);
		}
		case 'array':
			return spell(t.of, `${inner}[${t.length ?? ''}]`);
		case 'function':
			return spell(t.returns, `${inner}(${t.params.map(typeToString).join(', ') || (t.unprototyped ? '' : 'void')}${t.variadic ? ', ...' : ''})`);
	}
}

/** Range of an integer type, for constant conversions. */
export function wrapInt(value: bigint, t: IntType): bigint {
	const bits = BigInt(t.size * 8);
	return t.signed ? BigInt.asIntN(t.size * 8, value) : BigInt.asUintN(Number(bits), value);
}
