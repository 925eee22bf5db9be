/**
 * Program memory: blocks of bytes (heap buffers, arrays, address-taken locals, globals, string
 * literals, interior pointers into library objects), each with its life story for the checker.
 * Pointers stored in memory live in a side table keyed by offset (the dialect has no way to forge a
 * pointer from bytes), so `SSL_SESSION *kept[8]` and `unsigned char **pp` work without addresses.
 */
import type { CValue, MemoryBlock, OpaqueObject, Pointer, ScalarType } from './abi';
import { MemoryFault } from './faults';
import { INT_INFO, big, canon64 } from './values';

export type Region = 'heap' | 'stack' | 'global' | 'literal' | 'interior';

export class Block implements MemoryBlock {
	bytes: Uint8Array;
	dv: DataView;
	ptrs: Map<number, CValue> | null = null;
	freed = false;
	freedLine: number | null = null;
	/** For interior blocks: the owner and how to read its current bytes. */
	interior: { owner: OpaqueObject; read: (owner: OpaqueObject) => Uint8Array; cString: boolean } | null = null;
	constructor(
		readonly id: number,
		readonly region: Region,
		public size: number,
		/** Display name: 'heap#2', 'id', '"literal"'. */
		public name: string,
		/** The allocating call ('malloc', 'i2d_SSL_SESSION') or the variable's type. */
		public what: string,
		readonly allocatedLine: number | null
	) {
		this.bytes = new Uint8Array(size);
		this.dv = new DataView(this.bytes.buffer);
	}
}

/** Describes a block for reports: 'heap#2 (16 bytes from malloc)'. */
export function describeBlock(b: Block): string {
	if (b.region === 'heap') return `${b.name} (${b.size} bytes from ${b.what})`;
	if (b.region === 'literal') return `string literal ${b.name}`;
	if (b.region === 'interior') return `${b.name}`;
	return `${b.region === 'global' ? 'global' : 'local'} ${b.name} (${b.size} bytes)`;
}

export const MAX_ALLOC = 16 * 1024 * 1024;

export class Memory {
	private nextId = 1;
	private heapCount = 0;
	readonly heap: Block[] = [];
	/** Is a library object still alive? Supplied by the runner (engine knowledge). */
	isAlive: (o: OpaqueObject) => boolean = () => true;
	describeObject: (o: OpaqueObject) => string = (o) => o.cType;

	newBlock(region: Region, size: number, name: string, what: string, line: number | null): Block {
		return new Block(this.nextId++, region, size, name, what, line);
	}

	allocHeap(size: number, what: string, line: number): Block {
		const b = new Block(this.nextId++, 'heap', size, `heap#${++this.heapCount}`, what, line);
		this.heap.push(b);
		return b;
	}

	/** Check that [offset, offset+len) of the pointer's block is accessible; returns the block. */
	check(p: CValue, len: number, verb: 'read' | 'write'): Block {
		if (p === null) {
			throw new MemoryFault({
				kind: 'null-dereference',
				object: null,
				access: `${verb} of ${len} byte${len === 1 ? '' : 's'} through a NULL pointer`,
				allocatedLine: null,
				freedLine: null,
				explanation: 'The pointer is NULL: check the result of the call that produced it before using it.'
			});
		}
		if (typeof p === 'number') {
			throw new MemoryFault({
				kind: p === 0 ? 'null-dereference' : 'out-of-bounds',
				object: null,
				access: `${verb} through an integer used as a pointer (${p})`,
				allocatedLine: null,
				freedLine: null,
				explanation: 'An integer is not a valid address.'
			});
		}
		if (p.kind !== 'mem') {
			throw new MemoryFault({
				kind: 'out-of-bounds',
				object: p.kind === 'obj' ? this.describeObject(p.object) : p.name,
				access: `${verb} of ${len} bytes of an opaque object's memory`,
				allocatedLine: null,
				freedLine: null,
				explanation: 'Library objects are opaque: only their API functions may touch their memory.'
			});
		}
		return this.checkBlock(p.block as Block, p.offset, len, verb);
	}

	/** The block-level half of check(): freed, bounds. Hot path for indexing (no pointer object needed). */
	checkBlock(b: Block, offset: number, len: number, verb: 'read' | 'write'): Block {
		if (b.interior) this.refreshInterior(b);
		if (b.freed || offset < 0 || offset + len > b.size) this.blockFault(b, offset, len, verb);
		return b;
	}

	private blockFault(b: Block, offset: number, len: number, verb: 'read' | 'write'): never {
		if (b.freed) {
			throw new MemoryFault({
				kind: 'use-after-free',
				object: describeBlock(b),
				access: `${verb} of ${len} byte${len === 1 ? '' : 's'} at offset ${offset}`,
				allocatedLine: b.allocatedLine,
				freedLine: b.freedLine,
				explanation:
					b.region === 'stack'
						? `${b.name} belonged to a function call that has returned.`
						: b.region === 'interior'
							? `${b.name} pointed into an object that has been destroyed since.`
							: `${b.name} was freed at line ${b.freedLine}; a pointer kept after free must not be used.`
			});
		}
		if (offset < 0 || offset + len > b.size) {
			throw new MemoryFault({
				kind: 'out-of-bounds',
				object: describeBlock(b),
				access: `${verb} of ${len} byte${len === 1 ? '' : 's'} at offset ${offset} (valid: 0..${b.size - 1})`,
				allocatedLine: b.allocatedLine,
				freedLine: null,
				explanation: `The access goes past the end of ${b.name}, which has ${b.size} bytes.`
			});
		}
		throw new Error('unreachable');
	}

	/** Interior pointers see the owner's current bytes; they die with the owner. */
	private refreshInterior(b: Block): void {
		const it = b.interior!;
		if (!this.isAlive(it.owner)) {
			if (!b.freed) {
				b.freed = true;
				b.freedLine = (it.owner as { freedLine?: number | null }).freedLine ?? null;
			}
			return;
		}
		const cur = it.read(it.owner);
		const size = cur.length + (it.cString ? 1 : 0);
		if (size !== b.size) {
			b.size = size;
			b.bytes = new Uint8Array(size);
			b.dv = new DataView(b.bytes.buffer);
		}
		b.bytes.set(cur);
	}

	readBytes(p: CValue, len: number): Uint8Array {
		if (len === 0) return new Uint8Array(0);
		const b = this.check(p, len, 'read');
		const off = (p as { offset: number }).offset;
		// A copy (the library may keep it). For short reads a loop beats TypedArray#slice in V8.
		if (len > 64) return b.bytes.slice(off, off + len);
		const out = new Uint8Array(len);
		const src = b.bytes;
		for (let i = 0; i < len; i++) out[i] = src[off + i];
		return out;
	}

	writeBytes(p: CValue, bytes: Uint8Array): void {
		if (bytes.length === 0) return;
		const b = this.check(p, bytes.length, 'write');
		const off = (p as { offset: number }).offset;
		b.bytes.set(bytes, off);
		if (b.ptrs) clearPtrs(b, off, bytes.length);
	}

	fill(p: CValue, value: number, len: number): void {
		if (len === 0) return;
		const b = this.check(p, len, 'write');
		const off = (p as { offset: number }).offset;
		b.bytes.fill(value & 0xff, off, off + len);
		if (b.ptrs) clearPtrs(b, off, len);
	}

	/** A NUL-terminated string; with `max`, at most max bytes are read (printf's %.*s). */
	readCString(p: CValue, max = Infinity): string {
		if (max <= 0) return '';
		const b = this.check(p, 1, 'read');
		const off = (p as { offset: number }).offset;
		let end = off;
		while (end < b.size && end - off < max && b.bytes[end] !== 0) end++;
		if (end >= b.size && end - off < max) this.check({ kind: 'mem', block: b, offset: b.size }, 1, 'read');
		return latin1(b.bytes, off, end);
	}

	loadScalar(p: CValue, type: ScalarType): number {
		const { bits, signed } = INT_INFO[type];
		const n = bits >> 3;
		const b = this.check(p, n, 'read');
		const off = (p as { offset: number }).offset;
		switch (bits) {
			case 8:
				return signed ? b.dv.getInt8(off) : b.bytes[off];
			case 16:
				return signed ? b.dv.getInt16(off, true) : b.dv.getUint16(off, true);
			case 32:
				return signed ? b.dv.getInt32(off, true) : b.dv.getUint32(off, true);
			default:
				return canon64(b.dv.getBigInt64(off, true), signed);
		}
	}

	storeScalar(p: CValue, type: ScalarType, v: number): void {
		const { bits } = INT_INFO[type];
		const n = bits >> 3;
		const b = this.check(p, n, 'write');
		const off = (p as { offset: number }).offset;
		switch (bits) {
			case 8:
				b.bytes[off] = v;
				break;
			case 16:
				b.dv.setUint16(off, v & 0xffff, true);
				break;
			case 32:
				b.dv.setUint32(off, v >>> 0, true);
				break;
			default:
				b.dv.setBigUint64(off, BigInt.asUintN(64, big(v)), true);
		}
		if (b.ptrs) clearPtrs(b, off, n);
	}

	loadPointer(p: CValue): CValue {
		const b = this.check(p, 8, 'read');
		const off = (p as { offset: number }).offset;
		const v = b.ptrs?.get(off);
		if (v !== undefined) return v;
		const lo = b.dv.getUint32(off, true);
		const hi = b.dv.getUint32(off + 4, true);
		return lo === 0 && hi === 0 ? null : hi * 2 ** 32 + lo;
	}

	storePointer(p: CValue, v: CValue): void {
		const b = this.check(p, 8, 'write');
		const off = (p as { offset: number }).offset;
		if (typeof v === 'number' || v === null) {
			b.dv.setBigUint64(off, BigInt(v ?? 0), true);
			b.ptrs?.delete(off);
			return;
		}
		// A non-zero pattern in the bytes so memcmp/printing see "something"; the side table is the truth.
		b.dv.setUint32(off, 0xdeadbeef, true);
		b.dv.setUint32(off + 4, 0x5555, true);
		if (b.ptrs) clearPtrs(b, off, 8);
		(b.ptrs ??= new Map()).set(off, v);
	}

	/** Copy including pointer slots (memcpy/realloc of arrays of pointers). */
	copy(dst: CValue, src: CValue, len: number): void {
		if (len === 0) return;
		const sb = this.check(src, len, 'read');
		const db = this.check(dst, len, 'write');
		const so = (src as { offset: number }).offset;
		const dof = (dst as { offset: number }).offset;
		db.bytes.set(sb.bytes.slice(so, so + len), dof);
		if (db.ptrs) clearPtrs(db, dof, len);
		if (sb.ptrs) {
			for (const [o, v] of [...sb.ptrs]) {
				if (o >= so && o + 8 <= so + len) (db.ptrs ??= new Map()).set(o - so + dof, v);
			}
		}
	}
}

/** Forget pointer slots overlapping [off, off+len) (bytes were written over them). */
export function clearPtrs(b: Block, off: number, len: number): void {
	for (const o of b.ptrs!.keys()) if (o + 8 > off && o < off + len) b.ptrs!.delete(o);
}

export function latin1(bytes: Uint8Array, start: number, end: number): string {
	let s = '';
	for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
	return s;
}

export function memPtr(block: Block, offset: number): Pointer {
	return { kind: 'mem', block, offset };
}

