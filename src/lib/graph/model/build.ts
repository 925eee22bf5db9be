/**
 * StepView → GraphModel. Counted edges come from each object's holder list (so the badge always
 * matches the engine's own accounting); pointers the structures still hold to freed objects, or hold
 * without a count, come from the structural fields (SSL.session, SSL.ctx, the cache lists, variables).
 */
import type { CtxView, ObjectKey, ObjectType, SessionView, SslView } from '../../openssl/snapshot';
import type { StepView, VariableView } from '../../snippet/step-view';
import { LIBRARY, UNNAMED_APP } from './types';
import type { CacheSummary, GraphEdge, GraphModel, GraphNode, VarNode } from './types';

export interface BuildOptions {
	/** Caches with more entries than this are drawn as a strip; default 12. Infinity = never fold. */
	foldAbove?: number;
	/** Session keys to draw as nodes even when folded into a strip (hovered / searched). */
	expanded?: ReadonlySet<string>;
}

type ObjectView = CtxView | SslView | SessionView;

const typeOf = (key: string): ObjectType | null => {
	const t = key.slice(0, key.indexOf('#'));
	return t === 'SSL_CTX' || t === 'SSL' || t === 'SSL_SESSION' ? t : null;
};

/** A variable or array element that points at something. */
interface Pointer {
	node: VarNode;
	target: string;
}

/** Variable nodes, innermost frame first so the visible name gets the plain 'var:NAME' id. */
function variableNodes(view: StepView): { nodes: VarNode[]; pointers: Pointer[] } {
	const nodes: VarNode[] = [];
	const pointers: Pointer[] = [];
	const taken = new Set<string>();
	for (let depth = view.frames.length - 1; depth >= 0; depth--) {
		const frame = view.frames[depth];
		frame.vars.forEach((v, index) => {
			const plain = `var:${v.name}`;
			const id = taken.has(plain) ? `var:${frame.fn}.${v.name}` : plain;
			taken.add(id);
			const label = id === plain ? v.name : `${frame.fn}.${v.name}`;
			const order = depth * 1000 + index * 20;
			const add = (nid: string, nlabel: string, data: VariableView, o: number, target: string | null) => {
				const node: VarNode = { id: nid, kind: 'var', label: nlabel, state: 'live', refcount: null, order: o, frame: frame.fn, depth, data };
				nodes.push(node);
				if (target) pointers.push({ node, target });
			};
			if (v.elements?.length) {
				for (const el of v.elements) {
					add(`${id}[${el.index}]`, `${label}[${el.index}]`, { ...v, name: `${v.name}[${el.index}]`, display: `→ ${el.pointsTo}`, pointsTo: el.pointsTo, elements: undefined }, order + 1 + (el.index % 19), el.pointsTo);
				}
			} else {
				add(id, label, v, order, v.pointsTo ?? v.buffer);
			}
		});
	}
	// Outermost first: the owner of an app reference is most likely the longest-lived variable.
	pointers.sort((a, b) => a.node.order - b.node.order);
	return { nodes, pointers };
}

export function buildGraph(view: StepView, options: BuildOptions = {}): GraphModel {
	const { world } = view;
	const objects = objectIndex(view);
	const buffers = new Map(view.buffers.map((b) => [b.key, b]));

	const edges: GraphEdge[] = [];
	const seen = new Map<string, number>();
	const edge = (e: Omit<GraphEdge, 'id'>) => {
		const base = `${e.source}->${e.target}`;
		const k = seen.get(base) ?? 0;
		seen.set(base, k + 1);
		edges.push({ id: k ? `${base}~${k}` : base, ...e });
	};
	const isFreed = (key: string) => {
		const o = objects.get(key) ?? buffers.get(key);
		return !o || o.freed;
	};

	// Folding (see isFolded): decided up front so a 20,480-entry cache costs no edge or node objects.
	const vars = variableNodes(view);
	const foldAbove = options.foldAbove ?? 12;
	const foldedCtx = new Set(world.ctxs.filter((c) => !c.freed && c.cache.entries.length > foldAbove).map((c) => c.key));
	const pinned = new Set<string>(options.expanded ?? []);
	for (const p of vars.pointers) pinned.add(p.target);
	for (const s of world.ssls) if (s.session) pinned.add(s.session);
	// A session is folded into its context's cache strip when the only references to it are entries
	// of folded caches: nothing else points at it, so drawing it would add nothing but clutter. One
	// pass decides it for every session (a byte per trace number); later passes are array reads.
	let maxN = 0;
	for (const o of world.sessions) if (o.n > maxN) maxN = o.n;
	const foldedN = new Uint8Array(maxN + 1);
	if (foldedCtx.size > 0) {
		const pinnedN = new Uint8Array(maxN + 1);
		for (const k of pinned) {
			const n = sessionNumber(k);
			if (n >= 0 && n <= maxN) pinnedN[n] = 1;
		}
		outer: for (const o of world.sessions) {
			if (o.freed || o.holders.length === 0 || pinnedN[o.n] === 1) continue;
			for (const h of o.holders) if (h.kind !== 'cache' || h.holder === null || !foldedCtx.has(h.holder)) continue outer;
			foldedN[o.n] = 1;
		}
	}
	const isFolded = (o: ObjectView): boolean => o.type === 'SSL_SESSION' && foldedN[o.n] === 1;

	// Variables: owning for as many as the object has app references, borrowed for the rest.
	const appLeft = new Map<string, number>();
	for (const p of vars.pointers) {
		if (!appLeft.has(p.target)) appLeft.set(p.target, objects.get(p.target)?.holders.filter((h) => h.kind === 'app').length ?? 0);
	}
	const appUnits = (key: string) => objects.get(key)?.holders.filter((h) => h.kind === 'app') ?? [];
	for (const { node, target } of vars.pointers) {
		const isBuffer = !typeOf(target);
		if (isFreed(target)) {
			edge({ source: node.id, target, kind: 'dangling', counted: false, slot: 'pointer', via: null, line: null, event: null });
			continue;
		}
		const left = appLeft.get(target) ?? 0;
		if (!isBuffer && left > 0) {
			const unit = appUnits(target)[appUnits(target).length - left];
			appLeft.set(target, left - 1);
			edge({ source: node.id, target, kind: 'owning', counted: true, slot: 'app', via: unit.via, line: unit.line, event: unit.event });
		} else {
			edge({ source: node.id, target, kind: isBuffer ? 'owning' : 'borrowed', counted: false, slot: 'pointer', via: null, line: null, event: null });
		}
	}

	// Counted references recorded by the engine.
	let unnamed = false;
	let library = false;
	for (const o of allObjects(world)) {
		if (o.freed || isFolded(o)) continue;
		const apps = o.holders.some((h) => h.kind === 'app') ? appUnits(o.key) : [];
		const unclaimed = appLeft.get(o.key) ?? apps.length;
		for (const h of o.holders) {
			const at = { via: h.via, line: h.line, event: h.event, counted: true };
			if (h.kind === 'app') {
				if (unclaimed > 0 && apps.indexOf(h) >= apps.length - unclaimed) {
					unnamed = true;
					edge({ source: UNNAMED_APP, target: o.key, kind: 'owning', slot: 'app', ...at });
				}
			} else if (h.kind === 'internal' || !h.holder) {
				library = true;
				edge({ source: LIBRARY, target: o.key, kind: 'owning', slot: 'internal', ...at });
			} else {
				const kind = h.kind === 'session' ? 'session' : h.kind === 'cache' ? 'cache' : 'ctx';
				edge({ source: h.holder, target: o.key, kind, slot: h.kind, ...at });
			}
		}
	}

	// Structural pointers: dangling when the target is gone, uncounted when no unit backs them.
	const backed = (target: string, kind: string, holder: string) =>
		objects.get(target)?.holders.some((h) => h.kind === kind && h.holder === holder) ?? false;
	const structural = (source: string, target: string, slot: 'session' | 'ctx' | 'session-ctx' | 'cache') => {
		if (isFreed(target)) edge({ source, target, kind: 'dangling', counted: false, slot, via: null, line: null, event: null });
		else if (!backed(target, slot, source)) edge({ source, target, kind: 'borrowed', counted: false, slot, via: null, line: null, event: null, uncounted: true });
	};
	for (const s of world.ssls) {
		if (s.freed) continue;
		if (s.session) structural(s.key, s.session, 'session');
		structural(s.key, s.ctx, 'ctx');
		structural(s.key, s.sessionCtx, 'session-ctx');
	}
	for (const c of world.ctxs) {
		if (c.freed) continue;
		for (const e of c.cache.entries) {
			const o = objects.get(e);
			if (!o || !isFolded(o)) structural(c.key, e, 'cache');
		}
	}

	// Nodes: live objects, and freed ones while anything points at them (ghosts).
	const targeted = new Set(edges.map((e) => e.target));
	const nodes: GraphNode[] = [];
	for (const o of allObjects(world)) {
		if ((o.freed && !targeted.has(o.key)) || isFolded(o)) continue;
		nodes.push(objectNode(o));
	}
	for (const key of targeted) {
		if (objects.has(key) || buffers.has(key)) continue;
		const ghost = syntheticGhost(key);
		if (ghost) nodes.push(ghost);
	}
	for (const b of view.buffers) {
		if (b.freed && !targeted.has(b.key)) continue;
		nodes.push({ id: b.key, kind: 'buffer', label: b.key, state: b.freed ? 'freed' : 'live', refcount: null, order: Number(b.key.split('#')[1]) || 0, data: b });
	}
	nodes.push(...vars.nodes);
	if (unnamed) nodes.push({ id: UNNAMED_APP, kind: 'holder', label: 'program (no variable)', state: 'live', refcount: null, order: 1e6, data: null });
	if (library) nodes.push({ id: LIBRARY, kind: 'holder', label: 'library (inside a call)', state: 'live', refcount: null, order: 1e6 + 1, data: null });

	const caches: CacheSummary[] = world.ctxs
		.filter((c) => !c.freed)
		.map((c) => {
			const keys = c.cache.entries;
			const expiry = new Float64Array(keys.length);
			const freed = new Uint8Array(keys.length);
			const shown = new Map<string, number>();
			for (let i = 0; i < keys.length; i++) {
				const s = objects.get(keys[i]) as SessionView | undefined;
				expiry[i] = s?.expiry ?? NaN;
				freed[i] = !s || s.freed ? 1 : 0;
				if (!s || !isFolded(s)) shown.set(keys[i], i);
			}
			return { ctx: c.key, keys, expiry, freed, shown, number: c.cache.number, sizeLimit: c.cache.sizeLimit, aggregated: foldedCtx.has(c.key) };
		});

	return { step: view.step, nodes, edges, caches };
}

/**
 * Key → object. Sessions are indexed by their trace number in a plain array: with 20,480 cached
 * sessions a string-keyed Map costs more than the rest of the step together.
 */
function objectIndex(view: StepView) {
	const small = new Map<string, ObjectView>();
	for (const o of view.world.ctxs) small.set(o.key, o);
	for (const o of view.world.ssls) small.set(o.key, o);
	const byN: SessionView[] = new Array(view.world.sessions.length + 1);
	for (const o of view.world.sessions) byN[o.n] = o;
	return {
		get(key: string): ObjectView | undefined {
			const n = sessionNumber(key);
			if (n < 0) return small.get(key);
			const s = byN[n];
			return s && s.key === key ? s : undefined;
		},
		has(key: string): boolean {
			return this.get(key) !== undefined;
		}
	};
}

const PREFIX = 'SSL_SESSION#';
/** The n of 'SSL_SESSION#n' without allocating (hot: once per cache entry); -1 otherwise. */
export function sessionNumber(key: string): number {
	if (key.length <= PREFIX.length || key.charCodeAt(11) !== 35 /* # */ || !key.startsWith(PREFIX)) return -1;
	let n = 0;
	for (let i = PREFIX.length; i < key.length; i++) {
		const d = key.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return -1;
		n = n * 10 + d;
	}
	return n;
}

function* allObjects(world: StepView['world']): Generator<ObjectView> {
	yield* world.ctxs;
	yield* world.ssls;
	yield* world.sessions;
}

function objectNode(o: ObjectView): GraphNode {
	const base = { id: o.key, label: o.key, state: o.freed ? ('freed' as const) : ('live' as const), refcount: o.refcount, order: o.n };
	if (o.type === 'SSL_CTX') return { ...base, kind: 'SSL_CTX', data: o };
	if (o.type === 'SSL') return { ...base, kind: 'SSL', data: o };
	return { ...base, kind: 'SSL_SESSION', data: o };
}

/** A pointer to an object the snapshot no longer lists: draw a minimal freed ghost. */
function syntheticGhost(key: ObjectKey): GraphNode | null {
	const type = typeOf(key);
	const n = Number(key.split('#')[1]) || 0;
	const base = { key, n, refcount: 0, freed: true, holders: [], createdLine: null, freedLine: null };
	const common = { id: key, label: key, state: 'freed' as const, refcount: 0, order: n };
	if (type === 'SSL_SESSION')
		return { ...common, kind: 'SSL_SESSION', data: { ...base, type, version: 0, id: '', time: 0, timeout: 0, expiry: null, resumable: false, notResumable: true, hasTicket: false, owner: null } };
	if (type === 'SSL')
		return { ...common, kind: 'SSL', data: { ...base, type, side: 'unset', ctx: '', sessionCtx: '', session: null, handshake: 'before', shutdown: 0, reused: false } };
	if (type === 'SSL_CTX')
		return { ...common, kind: 'SSL_CTX', data: { ...base, type, mode: 0, timeout: 0, cache: { entries: [], number: 0, sizeLimit: 0 }, stats: {}, callbacks: { new: null, remove: null, get: null } } };
	return null;
}
