/** Pointer values: arithmetic, comparison, truthiness. Pointers are immutable small objects. */
import type { CValue, Pointer } from '../abi';
import { MemoryFault } from '../faults';
import { RuntimeTrap } from '../faults';

export function truthy(v: CValue): boolean {
	return v !== 0 && v !== null;
}

export function ptrAdd(p: CValue, n: number): CValue {
	if (p !== null && typeof p === 'object') {
		if (p.kind === 'mem') return n === 0 ? p : { kind: 'mem', block: p.block, offset: p.offset + n };
		if (n === 0) return p;
		throw new MemoryFault({
			kind: 'out-of-bounds',
			object: p.kind === 'obj' ? p.object.cType : p.name,
			access: `pointer arithmetic on an opaque ${p.kind === 'obj' ? p.object.cType : 'function'} pointer`,
			allocatedLine: null,
			freedLine: null,
			explanation: 'Only pointers into byte buffers and arrays can be moved.'
		});
	}
	if (p === null) return n === 0 ? null : n;
	return p + n;
}

/** Identity of a pointer for ==: null and 0 are the same. */
export function ptrEq(a: CValue, b: CValue): boolean {
	if (a === b) return true;
	if (a === 0) a = null;
	if (b === 0) b = null;
	if (a === null || b === null) return a === b;
	if (typeof a === 'number' || typeof b === 'number') return a === b;
	if (a.kind !== b.kind) return false;
	if (a.kind === 'mem') return a.block === (b as typeof a).block && a.offset === (b as typeof a).offset;
	if (a.kind === 'obj') return a.object === (b as typeof a).object;
	return a.name === (b as typeof a).name;
}

/** Order of two pointers (<, <= ...): meaningful within one block; across blocks by allocation order. */
export function ptrCmp(a: CValue, b: CValue): number {
	const ka = key(a);
	const kb = key(b);
	return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function key(p: CValue): number {
	if (p === null) return 0;
	if (typeof p === 'number') return p;
	if (p.kind === 'mem') return p.block.id * 2 ** 32 + p.offset;
	return 1;
}

export function ptrDiff(a: CValue, b: CValue, elemSize: number, line: number): number {
	if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && a.kind === 'mem' && b.kind === 'mem' && a.block === b.block) {
		return Math.trunc((a.offset - b.offset) / elemSize);
	}
	throw new RuntimeTrap('subtraction of pointers into different objects', line);
}

export function isMem(p: CValue): p is Pointer & { kind: 'mem' } {
	return p !== null && typeof p === 'object' && p.kind === 'mem';
}
