import { describe, expect, it } from 'vitest';
import { Machine, DEFAULT_LIMITS } from './machine';
import { MemoryFault } from './faults';
import type { CValue, OpaqueObject } from './abi';

const fresh = () => new Machine(DEFAULT_LIMITS);
function faultOf(f: () => unknown) {
	try {
		f();
	} catch (e) {
		if (e instanceof MemoryFault) return e.info;
		throw e;
	}
	throw new Error('no fault');
}

describe('the memory checker', () => {
	it('reports a read through NULL as null-dereference', () => {
		expect(faultOf(() => fresh().readBytes(null, 4)).kind).toBe('null-dereference');
	});

	it('reports a read past the end of a heap buffer as out-of-bounds', () => {
		const m = fresh();
		const p = m.malloc(4, 'malloc');
		expect(faultOf(() => m.loadScalar(m.offsetPointer(p, 2), 'int'))).toMatchObject({ kind: 'out-of-bounds', object: 'heap#1 (4 bytes from malloc)' });
	});

	it('reports use after free with the allocation and free lines', () => {
		const m = fresh();
		m.line = 3;
		const p = m.malloc(8, 'malloc');
		m.line = 5;
		m.freeHeap(p, 'free');
		m.line = 7;
		expect(faultOf(() => m.storeScalar(p, 'uchar', 1))).toMatchObject({ kind: 'use-after-free', allocatedLine: 3, freedLine: 5 });
	});

	it('reports freeing twice as double-free and freeing the middle of a buffer as invalid-free', () => {
		const m = fresh();
		const p = m.malloc(8, 'malloc');
		expect(faultOf(() => m.freeHeap(m.offsetPointer(p, 1), 'free')).kind).toBe('invalid-free');
		m.freeHeap(p, 'free');
		expect(faultOf(() => m.freeHeap(p, 'free')).kind).toBe('double-free');
	});

	it('treats free(NULL) as a no-op and refuses huge allocations with NULL', () => {
		const m = fresh();
		m.freeHeap(null, 'free');
		expect(m.malloc(1 << 30, 'malloc')).toBeNull();
	});

	it('keeps pointers stored in memory and forgets them when overwritten by bytes', () => {
		const m = fresh();
		const arr = m.malloc(16, 'malloc');
		const obj: CValue = { kind: 'obj', object: { cType: 'SSL_SESSION' } };
		m.storePointer(m.offsetPointer(arr, 8), obj);
		expect(m.loadPointer(m.offsetPointer(arr, 8))).toBe(obj);
		m.mem.fill(arr, 0, 16);
		expect(m.loadPointer(m.offsetPointer(arr, 8))).toBeNull();
	});

	it('lets interior pointers read the owner while alive and reports use-after-free after', () => {
		const m = fresh();
		const owner: OpaqueObject & { freed?: boolean } = { cType: 'SSL_SESSION' };
		m.mem.isAlive = (o) => !(o as { freed?: boolean }).freed;
		const p = m.interiorPointer(owner, 'hostname', () => new TextEncoder().encode('example.com'), true);
		expect(m.readCString(p)).toBe('example.com');
		owner.freed = true;
		expect(faultOf(() => m.readCString(p)).kind).toBe('use-after-free');
	});

	it('round-trips every scalar width', () => {
		const m = fresh();
		const p = m.malloc(8, 'malloc');
		for (const [t, v] of [['char', -5], ['uchar', 250], ['short', -30000], ['ushort', 65000], ['int', -2e9], ['uint', 4e9], ['long', -1234567890123], ['ulong', 2 ** 52]] as const) {
			m.storeScalar(p, t, v);
			expect(m.loadScalar(p, t)).toBe(v);
		}
	});
});
