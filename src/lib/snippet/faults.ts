/**
 * Ways a run can stop early. They are thrown (the interpreter is closures calling closures, so an
 * exception is the cheapest way out) and caught by the runner, never shown as JS errors.
 */
import type { MemoryReport } from './step-view';

export type FaultKind = 'use-after-free' | 'double-free' | 'invalid-free' | 'out-of-bounds' | 'null-dereference';

/** Details a fault carries before the runner turns it into a MemoryReport. */
export interface FaultInfo {
	kind: FaultKind;
	/** What was accessed/freed, e.g. 'heap#2 (malloc, 16 bytes)', 'SSL_SESSION#1', 'array id[32]'. */
	object: string | null;
	/** One line on the access itself: 'read of 1 byte at offset 32'. */
	access: string;
	allocatedLine: number | null;
	freedLine: number | null;
	/** Ownership story (engine faults) or a hint. */
	explanation: string;
	/** Snippet line of the fault if known at throw time; else the runner uses the current line. */
	line?: number;
}

export class MemoryFault extends Error {
	constructor(readonly info: FaultInfo) {
		super(`${info.kind}: ${info.access}`);
	}
}

/** A run-time limit (steps, time, recursion, output). Exit status 3. */
export class LimitExceeded extends Error {
	constructor(
		message: string,
		readonly line: number
	) {
		super(message);
	}
}

/** A run-time error that is not a memory fault (division by zero, abort): reported like a crash, exit 1. */
export class RuntimeTrap extends Error {
	constructor(
		message: string,
		readonly line: number
	) {
		super(message);
	}
}

/** exit(n) / return from main: unwinds everything. */
export class ProgramExit extends Error {
	constructor(readonly status: number) {
		super(`exit ${status}`);
	}
}

/** Used by the recorder to stop a re-execution at step k. */
export class StopAtStep extends Error {
	constructor() {
		super('stop');
	}
}

export type { MemoryReport };
