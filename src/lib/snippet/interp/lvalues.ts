/**
 * Lvalues compile to load/store closures. Variables whose address is never taken live directly in
 * the frame array (fast); arrays and address-taken variables live in checked memory blocks and the
 * frame slot holds a pointer to that storage.
 */
import type { CValue } from '../abi';
import type { CType, Expr } from '../front/ast';
import { MemoryFault } from '../faults';
import { scalarOf } from '../ctypes';
import type { Machine } from '../machine';
import type { Ev } from './arith';
import { isMem, ptrAdd } from './pointers';
import type { Block } from '../memory';
import { blockAccess } from '../memory-access';

export interface LValue {
	load: Ev;
	store: (f: CValue[], v: CValue) => void;
	/** Address of the object; null for frame-slot variables (their address is never taken). */
	addr: Ev | null;
}

export interface Accessor {
	loadAt: (p: CValue) => CValue;
	storeAt: (p: CValue, v: CValue) => void;
}

/** How to read/write a value of type t in memory. */
export function accessor(m: Machine, t: CType): Accessor {
	const mem = m.mem;
	if (t.kind === 'array') return { loadAt: (p) => p, storeAt: () => {} };
	const ba = blockAccess(scalarOf(t) ?? 'pointer');
	const n = ba.size;
	return {
		loadAt: (p) => ba.load(mem.check(p, n, 'read'), (p as { offset: number }).offset),
		storeAt: (p, v) => ba.store(mem.check(p, n, 'write'), (p as { offset: number }).offset, v)
	};
}

/** Attach the snippet line to a fault that does not know it yet (the innermost snippet frame wins). */
export function withLine(e: unknown, line: number): unknown {
	if (e instanceof MemoryFault && e.info.line === undefined) e.info.line = line;
	return e;
}

export interface LvalueCx {
	m: Machine;
	/** Frame slots stored in blocks. */
	blockSlots: Set<number>;
	globals: CValue[];
	globalInBlock: boolean[];
	expr(e: Expr): Ev;
	literal(bytes: Uint8Array): CValue;
}

/** A memory lvalue from an address closure, with the access line attached to faults. */
function memLvalue(m: Machine, t: CType, addr: Ev, line: number): LValue {
	const { loadAt, storeAt } = accessor(m, t);
	return {
		addr,
		load: (f) => {
			try {
				return loadAt(addr(f));
			} catch (e) {
				throw withLine(e, line);
			}
		},
		store: (f, v) => {
			try {
				storeAt(addr(f), v);
			} catch (e) {
				throw withLine(e, line);
			}
		}
	};
}

export function compileLvalue(cx: LvalueCx, e: Expr): LValue {
	const { m } = cx;
	const line = e.span.line;
	switch (e.kind) {
		case 'ident': {
			const ref = e.ref;
			if (ref.kind === 'local') {
				const s = ref.slot;
				if (cx.blockSlots.has(s)) {
					const addr: Ev = (f) => f[s];
					if (e.type.kind === 'array') return { addr, load: addr, store: () => {} };
					return memLvalue(m, e.type, addr, line);
				}
				return { addr: null, load: (f) => f[s], store: (f, v) => void (f[s] = v) };
			}
			if (ref.kind === 'global') {
				const g = cx.globals;
				const i = ref.index;
				if (cx.globalInBlock[i]) {
					const addr: Ev = () => g[i];
					if (e.type.kind === 'array') return { addr, load: addr, store: () => {} };
					return memLvalue(m, e.type, addr, line);
				}
				return { addr: null, load: () => g[i], store: (_f, v) => void (g[i] = v) };
			}
			throw new Error(`not an lvalue: ${e.name}`);
		}
		case 'string': {
			const p = cx.literal(e.bytes);
			const addr: Ev = () => p;
			return { addr, load: addr, store: () => {} };
		}
		case 'deref': {
			const addr = cx.expr(e.operand);
			if (e.type.kind === 'array') return { addr, load: addr, store: () => {} };
			return memLvalue(m, e.type, addr, line);
		}
		case 'index': {
			const base = cx.expr(e.base);
			const index = cx.expr(e.index);
			const size = e.elemSize;
			const addr: Ev = (f) => {
				const b = base(f);
				return ptrAdd(b, Number(index(f)) * size);
			};
			if (e.type.kind === 'array') return { addr, load: addr, store: () => {} };
			// Fast path: a[i] on a memory pointer needs no intermediate pointer object.
			const slow = accessor(m, e.type);
			const ba = blockAccess(scalarOf(e.type) ?? 'pointer');
			const n = ba.size;
			const mem = m.mem;
			return {
				addr,
				load: (f) => {
					const b = base(f);
					const i = Number(index(f));
					try {
						if (!isMem(b)) return slow.loadAt(ptrAdd(b, i * size));
						const off = b.offset + i * size;
						return ba.load(mem.checkBlock(b.block as Block, off, n, 'read'), off);
					} catch (err) {
						throw withLine(err, line);
					}
				},
				store: (f, v) => {
					const b = base(f);
					const i = Number(index(f));
					try {
						if (!isMem(b)) return slow.storeAt(ptrAdd(b, i * size), v);
						const off = b.offset + i * size;
						ba.store(mem.checkBlock(b.block as Block, off, n, 'write'), off, v);
					} catch (err) {
						throw withLine(err, line);
					}
				}
			};
		}
		case 'cast':
			// Casts are not lvalues in C; tolerate the checker wrapping an lvalue in a no-op pointer cast.
			if (e.conv === 'pointer') return compileLvalue(cx, e.operand);
			break;
	}
	throw new Error(`expression of kind ${e.kind} is not an lvalue`);
}
