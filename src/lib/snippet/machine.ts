/**
 * The run-time state of one execution: memory, output, call stack, step counter and limits. It is
 * also the NativeContext the library sees, so every library access to program memory goes through
 * the same checker as the program's own accesses.
 */
import type { CValue, NativeContext, OpaqueObject, Pointer, ScalarType } from './abi';
import type { FunctionDef } from './front/ast';
import { LimitExceeded, MemoryFault, StopAtStep } from './faults';
import { Block, MAX_ALLOC, Memory, describeBlock } from './memory';
import { formatPrintf, type PrintfHost } from './printf';

export type Frame = CValue[];

export interface CallRecord {
	def: FunctionDef;
	frame: Frame;
	/**
	 * Stack blocks (arrays, address-taken locals) by frame slot, retired on return. A declaration
	 * that runs again (loop body) retires the previous block of its slot: that object's life ended.
	 */
	blocks: (Block | undefined)[] | null;
	/** The caller's line when this call began (the call site, or the library call for a callback). */
	callLine: number;
	/** The caller's call-site statement id if a checkpoint can resume this call there, else -1. */
	site: number;
}

export interface StmtInfo {
	line: number;
	col: number;
	endLine: number;
	endCol: number;
	fn: string;
	/** Line of the innermost enclosing loop (for the step-limit message), 0 if none. */
	loopLine: number;
}

export interface Limits {
	maxSteps: number;
	maxMillis: number;
	maxDepth: number;
	maxOutput: number;
}

export const DEFAULT_LIMITS: Limits = { maxSteps: 50_000_000, maxMillis: 60_000, maxDepth: 1_000, maxOutput: 4 * 1024 * 1024 };

export class Machine implements NativeContext, PrintfHost {
	readonly mem = new Memory();
	line = 0;
	steps = 0;
	/** Byte strings (one char per byte); decoded as UTF-8 when shown. */
	out = '';
	err = '';
	readonly stack: CallRecord[] = [];
	readonly stmts: StmtInfo[] = [];
	/** Return value slot used by `return` (cheaper than returning tuples from statements). */
	ret: CValue = 0;
	/** Program functions by name, callable from callbacks. */
	readonly invokers = new Map<string, { def: FunctionDef; invoke: (args: CValue[]) => CValue; resume: () => CValue; entry: number }>();
	/** Set by a call site just before invoking a program function (CallRecord.site). */
	site = -1;
	/** While resuming a checkpoint: the statement each frame is at (outermost first) and the frames. */
	resumePath: Int32Array | null = null;
	resumeFrames: CallRecord[] | null = null;
	/** Try to take a checkpoint at the first resumable pause point at or after this step (0 = never). */
	checkpointAt = 0;
	onCheckpoint: ((steps: number, path: Int32Array) => void) | null = null;
	private entryTick = false;
	/** Stop (throw StopAtStep) when the step counter reaches this value; 0 = never. */
	stopAt = 0;
	/** Called at every pause point with steps in [captureFrom, stopAt) (batch views for time travel). */
	captureFrom = 0;
	onCapture: ((steps: number, id: number) => void) | null = null;
	/** Streams: the library's `stdout`/`stderr` constants. */
	streams = new Map<unknown, 'stdout' | 'stderr'>();
	/** stderr goes to `out` too, in order (trace transcripts: the oracle captures both on one stream). */
	mergeStderr = false;
	private nextCheck = 0;
	private deadline = 0;
	// Maps, not WeakMaps: checkpoints capture them (fake %p addresses, interior blocks per owner).
	private objIds = new Map<object, number>();
	private objCount = 0;
	private interiors = new Map<OpaqueObject, Map<string, Block>>();

	constructor(readonly limits: Limits) {
		this.deadline = Date.now() + limits.maxMillis;
		this.scheduleCheck();
	}

	private scheduleCheck(): void {
		let n = Math.min(this.limits.maxSteps + 1, this.steps + 65536);
		if (this.stopAt > this.steps) n = Math.min(n, this.stopAt);
		if (this.onCapture && this.captureFrom > this.steps) n = Math.min(n, this.captureFrom);
		else if (this.onCapture && this.steps + 1 < this.stopAt) n = this.steps + 1;
		if (this.onCheckpoint && this.checkpointAt > 0) n = Math.min(n, Math.max(this.checkpointAt, this.steps + 1));
		this.nextCheck = n;
	}

	/** A pause point: every statement and callback entry. Hot: keep it tiny. */
	tick(id: number, line: number): void {
		this.line = line;
		const s = ++this.steps;
		if (s >= this.nextCheck) this.slowTick(id, s);
	}

	private slowTick(id: number, s: number): void {
		if (s === this.stopAt) throw new StopAtStep();
		if (this.onCapture && s >= this.captureFrom) this.onCapture(s, id);
		if (this.onCheckpoint && this.checkpointAt > 0 && s >= this.checkpointAt) {
			const path = this.resumablePath(id);
			if (path) this.onCheckpoint(s, path);
		}
		const st = this.stmts[id];
		const where = st.loopLine ? `in the loop at line ${st.loopLine}` : `at line ${st.line}`;
		if (s > this.limits.maxSteps) {
			throw new LimitExceeded(
				`step limit reached: ${this.limits.maxSteps} steps executed, stopped at line ${st.line} ${where}; does the loop ever end?`,
				st.line
			);
		}
		if (Date.now() > this.deadline) {
			throw new LimitExceeded(
				`time limit reached: ${this.limits.maxMillis} ms, stopped at line ${st.line} ${where}; does the loop ever end?`,
				st.line
			);
		}
		this.scheduleCheck();
	}

	/**
	 * The resume path of the pause point being ticked, or null when a checkpoint taken here could
	 * not be resumed: inside a callback from the library, at a callback's entry, or when a caller
	 * is suspended in a call that is not a call-site statement.
	 */
	private resumablePath(id: number): Int32Array | null {
		const st = this.stack;
		if (this.entryTick || st.length === 0) return null;
		const path = new Int32Array(st.length);
		for (let i = 1; i < st.length; i++) {
			if (st[i].site < 0) return null;
			path[i - 1] = st[i].site;
		}
		path[st.length - 1] = id;
		return path;
	}

	/** Re-arm the checkpoint trigger (after a checkpoint, or to stop with 0). */
	setCheckpointAt(step: number): void {
		this.checkpointAt = step;
		this.scheduleCheck();
	}

	/** A replay much later than the recorded run gets a fresh time budget. */
	extendDeadline(millis: number): void {
		this.deadline = Date.now() + millis;
		this.scheduleCheck();
	}

	setStopAt(step: number): void {
		this.stopAt = step;
		this.scheduleCheck();
	}

	enter(rec: CallRecord): void {
		if (this.stack.length >= this.limits.maxDepth) {
			throw new LimitExceeded(`recursion limit reached: ${this.limits.maxDepth} nested calls of ${rec.def.name}, the last one at line ${this.line}`, this.line);
		}
		this.stack.push(rec);
	}

	leave(rec: CallRecord): void {
		this.stack.pop();
		if (rec.blocks) {
			for (const b of rec.blocks) {
				if (b && !b.freed) {
					b.freed = true;
					b.freedLine = this.line;
				}
			}
		}
	}

	/** Give frame slot `slot` of the current call a fresh stack block (retiring the previous one). */
	stackBlock(slot: number, size: number, name: string, line: number): Block {
		const rec = this.stack[this.stack.length - 1];
		const blocks = (rec.blocks ??= []);
		const old = blocks[slot];
		if (old && !old.freed) {
			old.freed = true;
			old.freedLine = line;
		}
		const b = this.mem.newBlock('stack', size, name, '', line);
		blocks[slot] = b;
		return b;
	}

	// ------------------------------------------------------------ NativeContext

	readBytes(p: CValue, len: number): Uint8Array {
		return this.mem.readBytes(p, len);
	}
	writeBytes(p: CValue, bytes: Uint8Array): void {
		this.mem.writeBytes(p, bytes);
	}
	readCString(p: CValue, max?: number): string {
		return this.mem.readCString(p, max);
	}
	loadScalar(p: CValue, type: ScalarType): number {
		return Number(this.mem.loadScalar(p, type)); // the library sees numbers (abi.ts)
	}
	storeScalar(p: CValue, type: ScalarType, value: number): void {
		this.mem.storeScalar(p, type, value);
	}
	loadPointer(p: CValue): CValue {
		return this.mem.loadPointer(p);
	}
	storePointer(p: CValue, value: CValue): void {
		this.mem.storePointer(p, value);
	}
	offsetPointer(p: CValue, n: number): CValue {
		if (p !== null && typeof p === 'object' && p.kind === 'mem') return { kind: 'mem', block: p.block, offset: p.offset + n };
		if (n === 0) return p;
		this.mem.check(p, 1, 'read');
		return p;
	}
	allocHeap(bytes: Uint8Array, what: string): Pointer {
		const b = this.mem.allocHeap(bytes.length, what, this.line);
		b.bytes.set(bytes);
		return { kind: 'mem', block: b, offset: 0 };
	}
	/** malloc-style allocation; NULL above the cap (documented choice: behave like a refusing allocator). */
	malloc(size: number, what: string): CValue {
		if (size > MAX_ALLOC || size < 0) return null;
		const b = this.mem.allocHeap(size, what, this.line);
		return { kind: 'mem', block: b, offset: 0 };
	}
	freeHeap(p: CValue, what: string): void {
		if (p === null || p === 0) return;
		const blk = typeof p === 'object' && p.kind === 'mem' ? (p.block as Block) : null;
		if (!blk || blk.region !== 'heap' || p === null || (p as { offset: number }).offset !== 0) {
			throw new MemoryFault({
				kind: 'invalid-free',
				object: blk ? describeBlock(blk) : typeof p === 'object' && p.kind === 'obj' ? this.mem.describeObject(p.object) : String(p),
				access: `${what} of a pointer that malloc did not return${blk && blk.region === 'heap' ? ` (offset ${(p as { offset: number }).offset} inside the buffer)` : ''}`,
				allocatedLine: blk?.allocatedLine ?? null,
				freedLine: null,
				explanation: blk
					? blk.region === 'heap'
						? `Only the start of a heap buffer may be freed.`
						: `${blk.name} is not on the heap (${blk.region}); only memory from malloc/calloc/realloc/OPENSSL_malloc or an i2d call may be freed.`
					: 'Library objects are released with their own *_free function, not free().'
			});
		}
		if (blk.freed) {
			throw new MemoryFault({
				kind: 'double-free',
				object: describeBlock(blk),
				access: `${what} of ${blk.name}, already freed`,
				allocatedLine: blk.allocatedLine,
				freedLine: blk.freedLine,
				explanation: `${blk.name} was allocated at line ${blk.allocatedLine} and already freed at line ${blk.freedLine}; each buffer is freed exactly once.`
			});
		}
		blk.freed = true;
		blk.freedLine = this.line;
	}
	interiorPointer(owner: OpaqueObject, label: string, read: (owner: OpaqueObject) => Uint8Array, cString?: boolean): Pointer {
		let m = this.interiors.get(owner);
		if (!m) this.interiors.set(owner, (m = new Map()));
		let b = m.get(label);
		if (!b) {
			b = this.mem.newBlock('interior', 0, `${label} of ${this.mem.describeObject(owner)}`, label, this.line);
			b.interior = { owner, read, cString: !!cString };
			m.set(label, b);
		} else b.interior!.read = read;
		return { kind: 'mem', block: b, offset: 0 };
	}
	callFunction(fn: CValue, args: CValue[]): CValue {
		if (fn === null || typeof fn !== 'object' || fn.kind !== 'fn') throw new Error('callFunction: not a function pointer');
		const f = this.invokers.get(fn.name);
		if (!f) throw new Error(`callFunction: ${fn.name} is not defined in the program`);
		const saved = this.line;
		this.entryTick = true;
		try {
			this.tick(f.entry, f.def.nameSpan.line);
		} finally {
			this.entryTick = false;
		}
		this.line = saved;
		this.site = -1;
		const r = f.invoke(args);
		this.line = saved;
		return r;
	}
	write(stream: 'stdout' | 'stderr', text: string): void {
		if (stream === 'stdout' || this.mergeStderr) this.out += text;
		else this.err += text;
		if (this.out.length + this.err.length > this.limits.maxOutput) {
			throw new LimitExceeded(`output limit reached: more than ${this.limits.maxOutput} bytes printed`, this.line);
		}
	}

	// ------------------------------------------------------------ PrintfHost & helpers

	format(fmt: string, args: CValue[]): string {
		return formatPrintf(fmt, args, this);
	}

	/** A stable fake address (never compared in transcripts, but `%p` must print something). */
	addressOf(p: CValue): number {
		if (p === null) return 0;
		if (typeof p === 'number') return p;
		if (p.kind === 'mem') return 0x5555_0000_0000 + p.block.id * 0x10_0000 + p.offset;
		const key: object = p.kind === 'obj' ? p.object : this.invokers.get(p.name) ?? p;
		let id = this.objIds.get(key);
		if (id === undefined) this.objIds.set(key, (id = ++this.objCount));
		return (p.kind === 'fn' ? 0x5555_5555_0000 : 0x7f00_0000_0000) + id * 0x400;
	}
}
