/**
 * Checkpoints of an object graph, with structural sharing: every entity reachable from the roots
 * is encoded (GraphCodec); a record identical to the one the same entity had in the previous
 * checkpoint is not stored again. A long run whose cache holds 20,000 sessions therefore stores
 * each session roughly once, not once per checkpoint. Records live in large append-only chunks.
 */
import { GraphCodec } from './codec';

const CHUNK = 1 << 20;
const SPLIT = 2 ** 32;

export interface Checkpoint {
	/** Entity ids, roots first. */
	readonly ids: Int32Array;
	/** Record location per entity: chunk * 2^32 + offset. */
	readonly at: Float64Array;
	readonly lengths: Int32Array;
}

export class CheckpointStore {
	private chunks: Uint8Array[] = [new Uint8Array(CHUNK)];
	private used = 0;
	private last = new Map<number, number>();
	private lastLength = new Map<number, number>();
	/** Bytes of records stored (shared records counted once). */
	storedBytes = 0;

	constructor(readonly codec: GraphCodec) {}

	capture(roots: object[]): Checkpoint {
		const codec = this.codec;
		const queue: object[] = [];
		const ids: number[] = [];
		const seen = new Set<number>();
		const visit = (o: object, id: number) => {
			if (seen.has(id)) return;
			seen.add(id);
			queue.push(o);
			ids.push(id);
		};
		for (const r of roots) visit(r, codec.idOf(r));
		const at: number[] = [];
		const lengths: number[] = [];
		const next = new Map<number, number>();
		const nextLength = new Map<number, number>();
		for (let i = 0; i < queue.length; i++) {
			const id = ids[i];
			const bytes = codec.encodeEntity(queue[i], visit);
			const prev = this.last.get(id);
			const where = prev !== undefined && this.lastLength.get(id) === bytes.length && this.same(prev, bytes) ? prev : this.append(bytes);
			at.push(where);
			lengths.push(bytes.length);
			next.set(id, where);
			nextLength.set(id, bytes.length);
		}
		this.last = next;
		this.lastLength = nextLength;
		return { ids: Int32Array.from(ids), at: Float64Array.from(at), lengths: Int32Array.from(lengths) };
	}

	/** Restore the graph: the roots in place (live objects, in the order captured), every other entity afresh. */
	restore(cp: Checkpoint, roots: object[]): void {
		const codec = this.codec;
		const objects = new Map<number, object>();
		roots.forEach((r, i) => objects.set(cp.ids[i], r));
		for (let i = roots.length; i < cp.ids.length; i++) {
			const proto = codec.protoOf(this.record(cp, i));
			const o = proto === Array.prototype ? [] : proto === Map.prototype ? new Map() : proto === Set.prototype ? new Set() : (Object.create(proto) as object);
			objects.set(cp.ids[i], o);
		}
		const entity = (id: number) => {
			const o = objects.get(id);
			if (o === undefined) throw new Error(`checkpoint refers to entity ${id}, which it does not hold`);
			return o;
		};
		for (let i = 0; i < cp.ids.length; i++) codec.decodeInto(objects.get(cp.ids[i])!, this.record(cp, i), entity);
	}

	private record(cp: Checkpoint, i: number): Uint8Array {
		return this.bytesAt(cp.at[i], cp.lengths[i]);
	}

	/** The stored bytes at a record location (chunk * 2^32 + offset). */
	private bytesAt(at: number, length: number): Uint8Array {
		const chunk = Math.floor(at / SPLIT);
		const off = at - chunk * SPLIT;
		return this.chunks[chunk].subarray(off, off + length);
	}

	private same(at: number, bytes: Uint8Array): boolean {
		const stored = this.bytesAt(at, bytes.length);
		for (let i = 0; i < bytes.length; i++) if (stored[i] !== bytes[i]) return false;
		return true;
	}

	private append(bytes: Uint8Array): number {
		let idx = this.chunks.length - 1;
		if (this.used + bytes.length > this.chunks[idx].length) {
			this.chunks.push(new Uint8Array(Math.max(CHUNK, bytes.length)));
			idx++;
			this.used = 0;
		}
		this.chunks[idx].set(bytes, this.used);
		const at = idx * SPLIT + this.used;
		this.used += bytes.length;
		this.storedBytes += bytes.length;
		return at;
	}
}
