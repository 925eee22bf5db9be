/**
 * The Environment over the simulated OpenSSL: engine bindings + libc sharing the world's clock,
 * lifecycle events as trace lines, live objects for the leak report, snapshots for time travel.
 *
 * Record modes (world.ts): 'full' stores every event (snapshotAt / eventsBetween for time travel);
 * 'live' keeps the ledger and object registry but no event log (long runs that still want holders
 * in the leak report and world.liveSnapshot()); 'trace' keeps only what trace lines and the leak
 * report need.
 */
import type { OpaqueObject } from './abi';
import { createEngineLibrary } from '../openssl/bindings/index';
import type { RecordMode } from '../openssl/world';
import type { RefUnit } from '../openssl/snapshot';
import type { Environment, LiveObject } from './environment';
import { withLibc } from './environment';
import { ViewCache } from '../openssl/view-cache';
import type { Clock } from './libc';

export function engineEnvironment(now: number, record: RecordMode): Environment {
	const { world, library, table } = createEngineLibrary({ now, record });
	const clock: Clock = { now: () => world.now, advance: (s) => world.advance(s) };
	// Trace mode has no object registry: live objects per type by trace number, as byte flags +
	// creation lines in typed arrays (this listener runs for every object of the benchmark, so it
	// must not allocate or hash). With a registry the world itself answers (no state kept here).
	const tables = world.full ? null : { SSL_CTX: new LiveTable(), SSL: new LiveTable(), SSL_SESSION: new LiveTable() };
	const lifecycle: ((kind: 'new' | 'free', key: string) => void)[] = [];
	world.subscribe((e) => {
		if (e.type === 'object-created') {
			if (tables) tables[e.objType].add(e.n, e.line);
			for (let i = 0; i < lifecycle.length; i++) lifecycle[i]('new', e.key);
		} else if (e.type === 'object-freed') {
			if (tables) tables[e.objType].alive[e.n] = 0;
			for (let i = 0; i < lifecycle.length; i++) lifecycle[i]('free', e.key);
		}
	});
	const objKey = (o: OpaqueObject) => (o as { key?: string }).key;
	const views = world.full ? new ViewCache(world) : null;
	return {
		library: withLibc(library, clock),
		clock,
		onLifecycle: (l) => void lifecycle.push(l),
		eventCount: () => world.eventIndex,
		liveObjects(): LiveObject[] {
			const out: LiveObject[] = [];
			if (!tables) {
				// The registry keeps every object that is not freed ('live' drops only freed ones).
				const order = { SSL_CTX: 0, SSL: 1, SSL_SESSION: 2 };
				const alive = world.objects.filter((o) => !o.freed).sort((a, b) => order[a.cType] - order[b.cType] || a.n - b.n);
				for (const o of alive) out.push({ key: o.key, createdLine: o.createdLine, holders: holdersText(o.holders) });
				return out;
			}
			for (const type of ['SSL_CTX', 'SSL', 'SSL_SESSION'] as const) {
				const t = tables[type];
				for (let n = 1; n < t.alive.length; n++) {
					if (!t.alive[n]) continue;
					out.push({ key: `${type}#${n}`, createdLine: t.line[n] < 0 ? null : t.line[n], holders: '' });
				}
			}
			return out;
		},
		isAlive: (o) => !(o as { freed?: boolean }).freed,
		describeObject: (o) => objKey(o) ?? o.cType,
		snapshotAt: record === 'full' ? (i) => world.snapshotAt(i) : undefined,
		eventsBetween:
			record === 'full'
				? (from, to) =>
						world.events.slice(from, to).map((e, j) => ({
							index: from + j,
							kind: e.type,
							text: world.describe(e),
							objects: objectsOf(e as unknown as Record<string, unknown>),
							line: e.line
						}))
				: undefined,
		liveSnapshot: views ? (reuse) => (reuse ? views.snapshot() : world.liveSnapshot()) : undefined,
		forgetViews: views ? () => views.forget() : undefined,
		watchEvents: (listener) =>
			world.subscribe((e, index) =>
				listener(index, () => ({ index, kind: e.type, text: world.describe(e), objects: objectsOf(e as unknown as Record<string, unknown>), line: e.line }))
			),
		// Everything mutable hangs off the world and the binding table (see the test that forbids
		// module-level WeakMaps); the registered functions and constants are shared, never copied.
		stateRoots: () => ({ roots: [world, table], externals: [table.functions, table.constants, ...library.constants.values()] })
	};
}

function holdersText(holders: readonly RefUnit[]): string {
	return holders
		.map((h) => `${h.kind === 'app' ? 'the program' : `${h.kind}${h.holder ? ` of ${h.holder}` : ''}`} via ${h.via}${h.line !== null ? ` at line ${h.line}` : ''}`)
		.join('; ');
}

function objectsOf(e: Record<string, unknown>): string[] {
	const out: string[] = [];
	for (const k of ['key', 'ctx', 'session', 'ssl']) {
		const v = e[k];
		if (typeof v === 'string' && v.includes('#')) out.push(v);
	}
	return out;
}

/** Growable live flags + creation lines indexed by trace number. */
class LiveTable {
	alive = new Uint8Array(256);
	line = new Int32Array(256);
	add(n: number, line: number | null): void {
		if (n >= this.alive.length) {
			let size = this.alive.length * 2;
			while (size <= n) size *= 2;
			const a = new Uint8Array(size);
			a.set(this.alive);
			const l = new Int32Array(size);
			l.set(this.line);
			this.alive = a;
			this.line = l;
		}
		this.alive[n] = 1;
		this.line[n] = line ?? -1;
	}
}
