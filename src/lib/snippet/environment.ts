/**
 * What a run needs from the outside world: the native library (engine bindings + libc), the shared
 * clock, lifecycle events for trace lines and leak checks, and snapshots for time travel. The
 * engine adapter (engine-env.ts) builds one over the simulated OpenSSL; tests can build a bare one.
 */
import type { NativeFunction, NativeLibrary, OpaqueObject, CValue } from './abi';
import type { WorldSnapshot } from '../openssl/snapshot';
import type { EventView } from './step-view';
import { createLibc, type Clock } from './libc';

export interface LiveObject {
	key: string;
	createdLine: number | null;
	/** 'held by the program (SSL_SESSION_new at line 7); cache of SSL_CTX#1' */
	holders: string;
}

export interface Environment {
	library: NativeLibrary;
	clock: Clock;
	/** Subscribe to object lifecycle: created/freed trace keys, in order. */
	onLifecycle(listener: (kind: 'new' | 'free', key: string) => void): void;
	/** Number of engine events so far (step records point into the event log). */
	eventCount(): number;
	/** Library objects never destroyed (leak report at exit). */
	liveObjects(): LiveObject[];
	isAlive(o: OpaqueObject): boolean;
	describeObject(o: OpaqueObject): string;
	/** World state after events [0, i) (full recording only). */
	snapshotAt?(i: number): WorldSnapshot;
	/** Plain-English text of events [from, to) with their objects, for StepView.events. */
	eventsBetween?(from: number, to: number): { index: number; kind: string; text: string; objects: string[]; line: number | null }[];
	/**
	 * The library's state as it is now (time travel without a stored event log). With `reuse`, the
	 * views of objects that no event has named since the previous reusing call are shared with it.
	 */
	liveSnapshot?(reuse?: boolean): WorldSnapshot;
	/** End a stretch of reusing snapshots (before restoring a checkpoint). */
	forgetViews?(): void;
	/** Follow events as they happen (describe() only the ones needed); returns the unsubscribe function. */
	watchEvents?(listener: (index: number, describe: () => EventView) => void): () => void;
	/** Where all mutable library state is reachable from, for checkpoints (timeline.ts). */
	stateRoots?(): { roots: object[]; externals: unknown[] };
}

/** Merge libc (and the `stdout`/`stderr` streams) under a library: a name the library defines wins. */
export function withLibc(library: NativeLibrary, clock: Clock): NativeLibrary {
	const functions = new Map<string, NativeFunction>(createLibc(clock));
	for (const [k, v] of library.functions) functions.set(k, v);
	const constants = new Map<string, { readonly type: string; readonly value: CValue }>();
	for (const name of ['stdout', 'stderr']) {
		const object: OpaqueObject & { name: string } = { cType: 'FILE', name };
		constants.set(name, { type: 'FILE *', value: { kind: 'obj', object } });
	}
	for (const [k, v] of library.constants) constants.set(k, v);
	return { functions, constants };
}

/** A libc-only environment: for interpreter tests that need no OpenSSL. */
export function bareEnvironment(now: number): Environment {
	const state = { t: now }; // an object, so checkpoints capture the clock
	const clock: Clock = { now: () => state.t, advance: (s) => void (state.t += s) };
	return {
		library: withLibc({ functions: new Map(), constants: new Map() }, clock),
		clock,
		onLifecycle: () => {},
		eventCount: () => 0,
		liveObjects: () => [],
		isAlive: () => true,
		describeObject: (o) => o.cType,
		stateRoots: () => ({ roots: [state], externals: [] })
	};
}
