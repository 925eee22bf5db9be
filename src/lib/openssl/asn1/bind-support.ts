/** Argument helpers shared by the asn1 bindings: FILE streams, BIOs, static C strings. */
import type { CValue, NativeContext, OpaqueObject, Pointer } from '../../snippet/abi';
import type { World } from '../world';
import { fault } from '../ledger';
import { MemBio } from './mem-bio';

/** stdout / stderr FILE objects come from the interpreter's environment ({ cType: 'FILE', name }). */
export function streamArg(w: World, v: CValue, fn: string): 'stdout' | 'stderr' {
	if (v === null || v === 0 || typeof v !== 'object' || v.kind !== 'obj' || v.object.cType !== 'FILE') {
		fault(w, 'null-dereference', null, `${fn} writes to a FILE * that is NULL or not a stream`);
	}
	return (v.object as { name?: string }).name === 'stderr' ? 'stderr' : 'stdout';
}

/** A memory BIO argument; NULL gives null, a freed one is a use-after-free. */
export function bioArg(w: World, v: CValue, fn: string): MemBio | null {
	if (v === null || v === 0) return null;
	if (typeof v !== 'object' || v.kind !== 'obj' || !(v.object instanceof MemBio)) {
		fault(w, 'invalid-free', null, `${fn} was given a pointer that is not a BIO`);
	}
	const b = v.object;
	if (b.freed) fault(w, 'use-after-free', null, `${fn} uses ${b.label}, which BIO_free already destroyed`);
	return b;
}

/** Library-owned static strings (reason strings, cipher names) live as long as the program. */
const STATIC_OWNER: OpaqueObject = Object.freeze({ cType: 'libssl static data' });
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

export function staticString(n: NativeContext, owner: OpaqueObject | null, text: string): Pointer {
	const bytes = latin1(text);
	return n.interiorPointer(owner ?? STATIC_OWNER, text, () => bytes, true);
}
