/** Helpers over the front end's CType: storage sizes, ABI scalar names, display strings. */
import type { ScalarType } from './abi';
import type { CType, IntName } from './front/ast';

const SCALAR: Record<IntName, ScalarType> = {
	char: 'char',
	'signed char': 'char',
	'unsigned char': 'uchar',
	short: 'short',
	'unsigned short': 'ushort',
	int: 'int',
	'unsigned int': 'uint',
	long: 'long',
	'long long': 'long',
	'unsigned long': 'ulong',
	'unsigned long long': 'ulong',
	size_t: 'size_t',
	time_t: 'time_t',
	uint8_t: 'uint8_t',
	uint32_t: 'uint32_t',
	uint64_t: 'uint64_t'
};

/** The ABI scalar type of an integer CType; pointers and others → null. */
export function scalarOf(t: CType): ScalarType | null {
	return t.kind === 'int' ? SCALAR[t.name] : null;
}

export function isPointerLike(t: CType): boolean {
	return t.kind === 'pointer' || t.kind === 'array' || t.kind === 'function';
}

/** Size in bytes of a value of this type in memory (LP64). */
export function sizeOf(t: CType): number {
	switch (t.kind) {
		case 'int':
			return t.size;
		case 'pointer':
		case 'function':
			return 8;
		case 'array':
			return (t.length ?? 0) * sizeOf(t.of);
		default:
			return 1;
	}
}

/** C spelling of a type for displays ('SSL_SESSION *', 'unsigned char[32]'). */
export function typeName(t: CType): string {
	switch (t.kind) {
		case 'void':
			return 'void';
		case 'int':
			return t.name;
		case 'opaque':
			return t.name;
		case 'pointer': {
			const inner = typeName(t.to);
			return inner.endsWith('*') ? `${inner}*` : `${inner} *`;
		}
		case 'array':
			return `${typeName(t.of)}[${t.length ?? ''}]`;
		case 'function':
			return `${typeName(t.returns)} (*)(…)`;
	}
}
