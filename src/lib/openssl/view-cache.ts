/**
 * Views reused between snapshots of one stretch of a run: an object no event has named since its
 * view was made still has that view (every view-visible change is an event naming the object —
 * the invariant replay relies on, checked by world.property.test.ts). Stepping through a run whose
 * cache holds 20,000 sessions then builds a handful of views per step instead of all of them.
 */
import type { EngineEvent, ObjectView } from './events';
import type { RefCounted } from './objects/refcounted';
import type { WorldSnapshot } from './snapshot';
import type { World } from './world';
import { viewOf } from './views';

const NAMED = ['key', 'ctx', 'session', 'ssl'] as const;

export class ViewCache {
	private views = new WeakMap<RefCounted, ObjectView>();
	private readonly dirty = new Set<string>();
	/** Events are noted only while a stretch of snapshots is being taken. */
	private tracking = false;

	constructor(private readonly world: World) {
		world.subscribe((e) => {
			if (this.tracking) this.note(e);
		});
	}

	private note(e: EngineEvent): void {
		const r = e as unknown as Record<string, unknown>;
		for (const k of NAMED) {
			const v = r[k];
			if (typeof v === 'string') this.dirty.add(v);
		}
	}

	/** Stop reusing views (the world was restored, or the stretch ended). */
	forget(): void {
		this.tracking = false;
		this.views = new WeakMap();
		this.dirty.clear();
	}

	/** world.liveSnapshot(), reusing the views of objects unchanged since the previous call. */
	snapshot(): WorldSnapshot {
		const w = this.world;
		const ctxs = [];
		const ssls = [];
		const sessions = [];
		for (const o of w.objects) {
			let v = this.tracking && !this.dirty.has(o.key) ? this.views.get(o) : undefined;
			if (v === undefined) this.views.set(o, (v = viewOf(o)));
			if (v.type === 'SSL_CTX') ctxs.push(v);
			else if (v.type === 'SSL') ssls.push(v);
			else sessions.push(v);
		}
		this.dirty.clear();
		this.tracking = true;
		return { eventIndex: w.eventIndex, now: w.now, ctxs, ssls, sessions } as WorldSnapshot;
	}
}
