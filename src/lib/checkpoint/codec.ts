/**
 * A compact binary codec for object graphs, for time-travel checkpoints.
 *
 * The graph is cut into ENTITIES (objects with identity: library objects, memory blocks, the
 * roots), each written as its own record; references between entities are ids. Inside a record,
 * plain values (arrays, plain objects, Maps, Sets, typed arrays) are written inline, with
 * back-references for objects seen twice in the same record. EXTERNALS (functions, frozen
 * objects, prototypes, static tables) are written as references to a table kept by the codec, so
 * a restored graph points at the very same shared objects.
 *
 * Restoring writes the roots' records into the live root objects (their identity is known to the
 * code that runs next) and recreates every other entity as a fresh object with the same
 * prototype. Functions in the state are shared as they are, so they must not capture entities
 * (see NativeContext.interiorPointer); ids are kept in a WeakMap, never in WeakRefs, which would
 * keep every captured object alive until the (synchronous) recorded run ends.
 */
import { ByteReader, ByteWriter } from './bytes-out';

export interface GraphPolicy {
	/** Kept by identity, never copied (beyond functions, frozen objects and prototypes). */
	isExternal(o: object): boolean;
	/** Has identity across checkpoints: its own record, restored in place. */
	isEntity(o: object): boolean;
	/** Own properties of objects with this prototype that are not state (derived caches, configuration). */
	skipped?(proto: object | null): ReadonlySet<string> | null;
}

const enum T {
	Undefined,
	Null,
	False,
	True,
	Int,
	Num,
	Str,
	BigInt,
	Back,
	Entity,
	External,
	Array,
	Object,
	Map,
	Set,
	U8,
	Typed,
	DataViewOf,
	DataView
}

const TYPED: (new (b: ArrayBuffer, o: number, n: number) => ArrayBufferView)[] = [
	Uint8Array,
	Int8Array,
	Uint16Array,
	Int16Array,
	Uint32Array,
	Int32Array,
	Float32Array,
	Float64Array,
	Uint8ClampedArray,
	BigInt64Array as never,
	BigUint64Array as never
];

interface Shape {
	id: number;
	proto: object | null;
	keys: string[];
}

export class UnsupportedValue extends Error {}

export class GraphCodec {
	private readonly externalIds = new Map<unknown, number>();
	private readonly externals: unknown[] = [];
	/** Shapes by prototype (usually one per class; plain objects have a few). */
	private readonly shapesOf = new Map<object | null, Shape[]>();
	private readonly skipOf = new Map<object | null, ReadonlySet<string> | null>();
	private readonly shapes: Shape[] = [];
	private readonly entityIds = new WeakMap<object, number>();
	private nextEntity = 1;
	private readonly w = new ByteWriter();
	// Per-record state.
	private memo = new Map<object, number>();
	/** Byte arrays of this record by buffer, so a DataView over exactly one of them shares it again. */
	private buffers = new Map<ArrayBufferLike, { memo: number; view: ArrayBufferView }>();
	private onEntity: (o: object, id: number) => void = () => {};

	constructor(private readonly policy: GraphPolicy) {}

	/** The stable id of an entity (assigned on first sight). */
	idOf(o: object): number {
		let id = this.entityIds.get(o);
		if (id === undefined) {
			id = this.nextEntity++;
			this.entityIds.set(o, id);
		}
		return id;
	}

	/** Register an object as external up front (shared tables that must never be copied). */
	external(o: unknown): number {
		let id = this.externalIds.get(o);
		if (id === undefined) {
			id = this.externals.length;
			this.externals.push(o);
			this.externalIds.set(o, id);
		}
		return id;
	}

	// ---------------------------------------------------------------- encoding

	/**
	 * Encode one entity's record (its prototype and own properties); entities it references are
	 * reported through onEntity. Returns a view into a scratch buffer, valid until the next call.
	 */
	encodeEntity(o: object, onEntity: (o: object, id: number) => void): Uint8Array {
		this.w.reset();
		this.memo.clear();
		this.buffers.clear();
		this.onEntity = onEntity;
		this.memo.set(o, 0);
		this.writeObjectBody(o);
		return this.w.view();
	}

	private writeObjectBody(o: object): void {
		const w = this.w;
		if (o instanceof Map) {
			w.u8(T.Map);
			w.uint(o.size);
			for (const [k, v] of o) {
				this.value(k);
				this.value(v);
			}
			return;
		}
		if (o instanceof Set) {
			w.u8(T.Set);
			w.uint(o.size);
			for (const v of o) this.value(v);
			return;
		}
		if (Array.isArray(o)) {
			w.u8(T.Array);
			w.uint(o.length);
			for (let i = 0; i < o.length; i++) this.value(o[i]);
			return;
		}
		const proto = Object.getPrototypeOf(o);
		if (proto !== Object.prototype && proto !== null && (o instanceof WeakMap || o instanceof WeakSet || o instanceof WeakRef || o instanceof Promise)) {
			throw new UnsupportedValue(`a ${proto.constructor?.name} cannot be captured`);
		}
		const shape = this.shapeOf(o, proto);
		w.u8(T.Object);
		w.uint(shape.id);
		const rec = o as Record<string, unknown>;
		const keys = shape.keys;
		for (let i = 0; i < keys.length; i++) this.value(rec[keys[i]]);
	}

	/** The shape of an object: its prototype and captured keys, matched against known shapes without allocating strings. */
	private shapeOf(o: object, proto: object | null): Shape {
		let skip = this.skipOf.get(proto);
		if (skip === undefined) this.skipOf.set(proto, (skip = this.policy.skipped?.(proto) ?? null));
		let keys = Object.keys(o);
		if (skip) keys = keys.filter((k) => !skip.has(k));
		let list = this.shapesOf.get(proto);
		if (!list) this.shapesOf.set(proto, (list = []));
		search: for (const sh of list) {
			const ks = sh.keys;
			if (ks.length !== keys.length) continue;
			for (let i = 0; i < ks.length; i++) if (ks[i] !== keys[i]) continue search;
			return sh;
		}
		const sh: Shape = { id: this.shapes.length, proto, keys };
		this.external(proto);
		this.shapes.push(sh);
		list.push(sh);
		return sh;
	}

	private value(v: unknown): void {
		const w = this.w;
		switch (typeof v) {
			case 'undefined':
				return w.u8(T.Undefined);
			case 'boolean':
				return w.u8(v ? T.True : T.False);
			case 'number':
				if (Number.isSafeInteger(v) && !Object.is(v, -0)) {
					w.u8(T.Int);
					return w.int(v);
				}
				w.u8(T.Num);
				return w.f64(v);
			case 'string':
				w.u8(T.Str);
				return w.str(v);
			case 'bigint':
				w.u8(T.BigInt);
				return w.str(v.toString());
			case 'function':
				w.u8(T.External);
				return w.uint(this.external(v));
			case 'symbol':
				throw new UnsupportedValue('a symbol cannot be captured');
		}
		if (v === null) return w.u8(T.Null);
		const o = v as object;
		const seen = this.memo.get(o);
		if (seen !== undefined) {
			w.u8(T.Back);
			return w.uint(seen);
		}
		if (this.externalIds.has(o) || Object.isFrozen(o) || this.policy.isExternal(o)) {
			w.u8(T.External);
			return w.uint(this.external(o));
		}
		if (this.policy.isEntity(o)) {
			const id = this.idOf(o);
			this.onEntity(o, id);
			w.u8(T.Entity);
			return w.uint(id);
		}
		this.memo.set(o, this.memo.size);
		if (ArrayBuffer.isView(o)) return this.typed(o);
		this.writeObjectBody(o);
	}

	private typed(o: ArrayBufferView): void {
		const w = this.w;
		if (o instanceof DataView) {
			const of = this.buffers.get(o.buffer);
			if (of !== undefined && of.view.byteOffset <= o.byteOffset && o.byteOffset + o.byteLength <= of.view.byteOffset + of.view.byteLength) {
				w.u8(T.DataViewOf);
				w.uint(of.memo);
				w.uint(o.byteOffset - of.view.byteOffset);
				return w.uint(o.byteLength);
			}
			w.u8(T.DataView);
			return w.bytes(new Uint8Array(o.buffer, o.byteOffset, o.byteLength));
		}
		const bytes = new Uint8Array(o.buffer, o.byteOffset, o.byteLength);
		// A later DataView within this array's bytes shares them again.
		this.buffers.set(o.buffer, { memo: this.memo.size - 1, view: o });
		if (o instanceof Uint8Array) {
			w.u8(T.U8);
			return w.bytes(bytes);
		}
		const kind = TYPED.findIndex((C) => o instanceof C);
		if (kind < 0) throw new UnsupportedValue(`a ${o.constructor.name} cannot be captured`);
		w.u8(T.Typed);
		w.uint(kind);
		w.bytes(bytes);
	}

	// ---------------------------------------------------------------- decoding

	/** The prototype a record restores into (to create a fresh shell for a missing entity). */
	protoOf(record: Uint8Array): object | null {
		const r = new ByteReader(record);
		const tag = r.u8();
		if (tag === T.Map) return Map.prototype;
		if (tag === T.Set) return Set.prototype;
		if (tag === T.Array) return Array.prototype;
		return this.shapes[r.uint()].proto;
	}

	/** Overwrite `target` with the record's properties; `entity(id)` resolves references. */
	decodeInto(target: object, record: Uint8Array, entity: (id: number) => object): void {
		const r = new ByteReader(record);
		const memo: unknown[] = [target];
		const tag = r.u8();
		if (tag === T.Map) {
			const m = target as Map<unknown, unknown>;
			m.clear();
			for (let n = r.uint(); n > 0; n--) {
				const k = this.read(r, memo, entity);
				m.set(k, this.read(r, memo, entity));
			}
		} else if (tag === T.Set) {
			const s = target as Set<unknown>;
			s.clear();
			for (let n = r.uint(); n > 0; n--) s.add(this.read(r, memo, entity));
		} else if (tag === T.Array) {
			const a = target as unknown[];
			const n = r.uint();
			a.length = n;
			for (let i = 0; i < n; i++) a[i] = this.read(r, memo, entity);
		} else {
			const shape = this.shapes[r.uint()];
			const t = target as Record<string, unknown>;
			const keys = shape.keys;
			for (let i = 0; i < keys.length; i++) t[keys[i]] = this.read(r, memo, entity);
			if (Object.keys(t).length !== keys.length) {
				const keep = new Set(keys);
				const skip = this.skipOf.get(shape.proto);
				for (const k of Object.keys(t)) if (!keep.has(k) && !skip?.has(k)) delete t[k];
			}
		}
	}

	private read(r: ByteReader, memo: unknown[], entity: (id: number) => object): unknown {
		const tag = r.u8();
		switch (tag) {
			case T.Undefined:
				return undefined;
			case T.Null:
				return null;
			case T.False:
				return false;
			case T.True:
				return true;
			case T.Int:
				return r.int();
			case T.Num:
				return r.f64();
			case T.Str:
				return r.str();
			case T.BigInt:
				return BigInt(r.str());
			case T.Back:
				return memo[r.uint()];
			case T.Entity:
				return entity(r.uint());
			case T.External:
				return this.externals[r.uint()];
			case T.Array: {
				const a: unknown[] = [];
				memo.push(a);
				const n = r.uint();
				for (let i = 0; i < n; i++) a.push(this.read(r, memo, entity));
				return a;
			}
			case T.Map: {
				const m = new Map();
				memo.push(m);
				for (let n = r.uint(); n > 0; n--) {
					const k = this.read(r, memo, entity);
					m.set(k, this.read(r, memo, entity));
				}
				return m;
			}
			case T.Set: {
				const s = new Set();
				memo.push(s);
				for (let n = r.uint(); n > 0; n--) s.add(this.read(r, memo, entity));
				return s;
			}
			case T.Object: {
				const shape = this.shapes[r.uint()];
				const o = Object.create(shape.proto) as Record<string, unknown>;
				memo.push(o);
				for (let i = 0; i < shape.keys.length; i++) o[shape.keys[i]] = this.read(r, memo, entity);
				return o;
			}
			case T.U8: {
				const b = r.bytes();
				memo.push(b);
				return b;
			}
			case T.Typed: {
				const C = TYPED[r.uint()];
				const b = r.bytes().slice(); // its own aligned buffer
				const t = new C(b.buffer as ArrayBuffer, 0, b.byteLength / (C as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT);
				memo.push(t);
				return t;
			}
			case T.DataViewOf: {
				const base = memo[r.uint()] as ArrayBufferView;
				const dv = new DataView(base.buffer, base.byteOffset + r.uint(), r.uint());
				memo.push(dv);
				return dv;
			}
			case T.DataView: {
				const b = r.bytes().slice();
				const dv = new DataView(b.buffer);
				memo.push(dv);
				return dv;
			}
		}
		throw new Error(`corrupt checkpoint record (tag ${tag})`);
	}
}
