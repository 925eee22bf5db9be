/**
 * Test harness: drives the bindings the way the interpreter does, without the interpreter.
 * A tiny NativeContext (byte buffers, pointer slots, interior pointers, callbacks as JS functions)
 * and a transcript in which trace lines interleave with printed text, as `session-lab run --trace`.
 */
import type { CValue, MemoryBlock, NativeContext, OpaqueObject, Pointer, ScalarType } from '../../snippet/abi';
import { createEngineLibrary } from '../bindings/index';
import type { World, RecordMode } from '../world';
import { EngineFault } from '../faults';
import type { SslSession } from '../objects/session';

const SIZES: Record<ScalarType, number> = {
	char: 1, uchar: 1, uint8_t: 1, short: 2, ushort: 2, int: 4, uint: 4, uint32_t: 4,
	long: 8, ulong: 8, size_t: 8, time_t: 8, uint64_t: 8
};

interface Block extends MemoryBlock {
	bytes: Uint8Array;
	read?: () => Uint8Array;
	freed?: boolean;
}

export class Harness implements NativeContext {
	readonly world: World;
	text = '';
	line = 0;
	fault: EngineFault | null = null;
	private readonly fns: Map<string, (args: CValue[]) => CValue> = new Map();
	private readonly slots = new Map<string, CValue>();
	private nextBlock = 1;
	private readonly lib;

	constructor(now = 1700000000, record: RecordMode = 'full', ghostLimit?: number) {
		const { world, library } = createEngineLibrary({ now, record, ghostLimit });
		this.world = world;
		this.lib = library;
		world.subscribe((e) => {
			if (e.type === 'object-created') this.text += `# new ${e.key}\n`;
			else if (e.type === 'object-freed') this.text += `# free ${e.key}\n`;
		});
	}

	/** Set the snippet line for the next calls. */
	at(line: number): this {
		this.line = line;
		return this;
	}

	call(name: string, ...args: CValue[]): CValue {
		const f = this.lib.functions.get(name);
		if (!f) throw new Error(`no binding ${name}`);
		return f.call(this, args);
	}
	/** call() returning a number. */
	n(name: string, ...args: CValue[]): number {
		const v = this.call(name, ...args);
		if (typeof v !== 'number') throw new Error(`${name} returned a pointer`);
		return v;
	}
	constant(name: string): CValue {
		const c = this.lib.constants.get(name);
		if (!c) throw new Error(`no constant ${name}`);
		return c.value;
	}

	print(s: string): void {
		this.text += s;
	}

	/** Run a program body; an EngineFault ends it with `# error at line N` like the oracle. */
	run(body: () => void): this {
		try {
			body();
		} catch (e) {
			if (!(e instanceof EngineFault)) throw e;
			this.fault = e;
			this.text += `# error at line ${e.details.line ?? this.line}\n`;
		}
		return this;
	}

	/** A program buffer holding bytes (or a C string). */
	buf(content: Uint8Array | string | number): Pointer {
		const bytes =
			typeof content === 'number' ? new Uint8Array(content) : typeof content === 'string' ? new TextEncoder().encode(content + '\0') : content.slice();
		const b: Block = { id: this.nextBlock++, region: 'stack', size: bytes.length, bytes };
		return { kind: 'mem', block: b, offset: 0 };
	}
	bytesAt(p: CValue, len: number): Uint8Array {
		return this.readBytes(p, len);
	}
	/** Register a program function usable as a callback pointer. */
	fn(name: string, impl: (args: CValue[]) => CValue): Pointer {
		this.fns.set(name, impl);
		return { kind: 'fn', name };
	}
	/** The trace number of a session pointer, as the prelude's ex_data index 1. */
	num(p: CValue): number {
		if (p === null) return 0;
		return this.n('SSL_SESSION_get_ex_data', p, 1);
	}
	sess(p: CValue): SslSession {
		return (p as { kind: 'obj'; object: SslSession }).object;
	}

	// ---- NativeContext -------------------------------------------------------------------------
	private block(p: CValue): Block {
		if (p === null || typeof p !== 'object' || p.kind !== 'mem') throw new Error('not a memory pointer (NULL dereference in the test program)');
		const b = p.block as Block;
		if (b.read) b.bytes = b.read();
		return b;
	}
	readBytes(p: CValue, len: number): Uint8Array {
		const b = this.block(p);
		const off = (p as { offset: number }).offset;
		if (off + len > b.bytes.length) throw new Error('out of bounds read');
		return b.bytes.slice(off, off + len);
	}
	writeBytes(p: CValue, bytes: Uint8Array): void {
		const b = this.block(p);
		b.bytes.set(bytes, (p as { offset: number }).offset);
	}
	readCString(p: CValue): string {
		const b = this.block(p);
		const off = (p as { offset: number }).offset;
		let end = off;
		while (end < b.bytes.length && b.bytes[end] !== 0) end++;
		return new TextDecoder().decode(b.bytes.subarray(off, end));
	}
	loadScalar(p: CValue, type: ScalarType): number {
		const b = this.block(p);
		const off = (p as { offset: number }).offset;
		let v = 0;
		for (let i = SIZES[type] - 1; i >= 0; i--) v = v * 256 + b.bytes[off + i];
		return v;
	}
	storeScalar(p: CValue, type: ScalarType, value: number): void {
		const b = this.block(p);
		const off = (p as { offset: number }).offset;
		let v = value;
		for (let i = 0; i < SIZES[type]; i++) {
			b.bytes[off + i] = v & 0xff;
			v = Math.floor(v / 256);
		}
	}
	loadPointer(p: CValue): CValue {
		const b = this.block(p);
		return this.slots.get(`${b.id}:${(p as { offset: number }).offset}`) ?? null;
	}
	storePointer(p: CValue, value: CValue): void {
		const b = this.block(p);
		this.slots.set(`${b.id}:${(p as { offset: number }).offset}`, value);
	}
	offsetPointer(p: CValue, n: number): CValue {
		const q = p as { kind: 'mem'; block: MemoryBlock; offset: number };
		return { kind: 'mem', block: q.block, offset: q.offset + n };
	}
	allocHeap(bytes: Uint8Array): Pointer {
		const b: Block = { id: this.nextBlock++, region: 'heap', size: bytes.length, bytes: bytes.slice() };
		return { kind: 'mem', block: b, offset: 0 };
	}
	freeHeap(p: CValue): void {
		if (p === null) return;
		this.block(p).freed = true;
	}
	interiorPointer(owner: OpaqueObject, label: string, read: (owner: OpaqueObject) => Uint8Array, cString?: boolean): Pointer {
		const b: Block = { id: this.nextBlock++, region: 'interior', size: 0, bytes: new Uint8Array(0) };
		b.read = cString ? () => { const r = read(owner); const o = new Uint8Array(r.length + 1); o.set(r); return o; } : () => read(owner);
		void label;
		return { kind: 'mem', block: b, offset: 0 };
	}
	callFunction(fn: CValue, args: CValue[]): CValue {
		if (fn === null || typeof fn !== 'object' || fn.kind !== 'fn') throw new Error('not a function');
		const f = this.fns.get(fn.name);
		if (!f) throw new Error(`no program function ${fn.name}`);
		const saved = this.line;
		try {
			return f(args);
		} finally {
			this.line = saved;
		}
	}
	write(_stream: 'stdout' | 'stderr', text: string): void {
		this.text += text;
	}
}

/** Pointer to an object (what a binding returns), or null. */
export type P = CValue;
