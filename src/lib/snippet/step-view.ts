/**
 * Contract: what the UI (graph, stepper, playground, embeds) gets for one step of a recorded run.
 * Produced by the Snippet C runner (in a Web Worker in the browser), consumed by src/lib/graph and
 * the routes. JSON-serializable.
 */
import type { ObjectKey, WorldSnapshot } from '../openssl/snapshot';

export interface SourceSpan {
	line: number;
	col: number;
	endLine: number;
	endCol: number;
}

export interface Diagnostic {
	/** Stable code, e.g. 'SC0101'; documented at /errors/#CODE. */
	code: string;
	severity: 'error' | 'warning';
	message: string;
	span: SourceSpan;
}

/** A program variable as the graph draws it. */
export interface VariableView {
	name: string;
	/** C type as written, e.g. 'SSL_SESSION *'. */
	type: string;
	/** Human-readable value: '42', 'NULL', '→ SSL_SESSION#3', '"abc"', '{…}'. */
	display: string;
	/** Opaque object this variable points to (trace name), if any. */
	pointsTo: ObjectKey | null;
	/** Heap buffer it points to ('heap#2'), if any. */
	buffer: string | null;
	/** For arrays of pointers: element index → object. */
	elements?: { index: number; pointsTo: ObjectKey }[];
}

export interface FrameView {
	/** 'globals' for file-scope variables, else the function name. */
	fn: string;
	line: number;
	vars: VariableView[];
}

export interface BufferView {
	key: string; // 'heap#2'
	size: number;
	what: string; // 'i2d_SSL_SESSION', 'malloc'
	freed: boolean;
}

/** One engine event in plain English for the step's event list. */
export interface EventView {
	index: number;
	kind: string;
	text: string;
	/** Objects involved, for highlighting. */
	objects: ObjectKey[];
	line: number | null;
}

export interface MemoryReport {
	kind: 'use-after-free' | 'double-free' | 'invalid-free' | 'out-of-bounds' | 'null-dereference' | 'leak';
	line: number;
	/** Object or buffer involved ('SSL_SESSION#2', 'heap#1'). */
	object: string | null;
	allocatedLine: number | null;
	freedLine: number | null;
	/** One-paragraph ownership story in plain English. */
	explanation: string;
	/** Full multi-line report as printed on stderr by `session-lab run`. */
	text: string;
}

export interface StepView {
	/** 0-based step index; steps are statements (and callback entries) in execution order. */
	step: number;
	total: number;
	span: SourceSpan;
	/** Function whose statement this is. */
	fn: string;
	frames: FrameView[];
	buffers: BufferView[];
	world: WorldSnapshot;
	/** Events caused by this step (between the previous step and this one). */
	events: EventView[];
	/** Program output (with trace lines) up to and including this step. */
	output: string;
	/** Set on the step where the run stopped on a memory fault. */
	fault: MemoryReport | null;
}

export type ExitKind = 'normal' | 'memory-fault' | 'compile-error' | 'limit';

export interface RunSummary {
	exit: ExitKind;
	/** 0/1/2/3 as `session-lab run` exits. */
	status: number;
	totalSteps: number;
	diagnostics: Diagnostic[];
	fault: MemoryReport | null;
	leaks: MemoryReport[];
	output: string;
	stderr: string;
}
