/**
 * Plain-English summary of what one step changed in the graph, for the aria-live region and the
 * stepper ("SSL_SESSION#2 is destroyed; SSL_CTX#1's cache entry for it now dangles").
 */
import type { GraphEdge, GraphModel, GraphNode } from './types';

export function nameOf(id: string): string {
	if (id.startsWith('var:')) return `variable ${id.slice(4)}`;
	if (id === 'app:unnamed') return 'the program (no variable)';
	if (id === 'lib:internal') return 'the library';
	return id;
}

export function edgeSentence(e: Pick<GraphEdge, 'source' | 'target' | 'kind' | 'slot'>): string {
	const s = nameOf(e.source);
	const t = nameOf(e.target);
	switch (e.kind) {
		case 'owning':
			return `${s} owns a reference to ${t}`;
		case 'borrowed':
			return e.slot === 'pointer' ? `${s} points at ${t} without owning a reference` : `${s}'s ${e.slot} pointer to ${t} has no reference behind it`;
		case 'session':
			return `${s}'s session slot holds ${t}`;
		case 'cache':
			return `${s}'s cache holds ${t}`;
		case 'ctx':
			return `${s} holds ${t} as its ${e.slot === 'session-ctx' ? 'session_ctx' : 'ctx'}`;
		case 'dangling':
			return `${s} still points at ${t}, which was freed`;
	}
}

const MAX = 8;

export function describeChanges(prev: GraphModel | null, next: GraphModel): string[] {
	const out: string[] = [];
	const before = new Map<string, GraphNode>((prev?.nodes ?? []).map((n) => [n.id, n]));
	const after = new Map<string, GraphNode>(next.nodes.map((n) => [n.id, n]));
	for (const n of next.nodes) {
		if (n.refcount === null) continue;
		const p = before.get(n.id);
		if (!p && n.state === 'live') out.push(`${n.id} is created (count ${n.refcount})`);
		else if (p && p.state === 'live' && n.state === 'freed') out.push(`${n.id} is destroyed`);
		else if (p && p.refcount !== n.refcount && n.state === 'live') out.push(`${n.id} count ${p.refcount} → ${n.refcount}`);
	}
	for (const p of prev?.nodes ?? []) {
		if (p.refcount !== null && p.state === 'live' && !after.has(p.id)) out.push(`${p.id} is destroyed`);
	}
	const key = (e: GraphEdge) => `${e.source}->${e.target}|${e.slot}`;
	const old = new Map((prev?.edges ?? []).map((e) => [key(e), e]));
	const now = new Map(next.edges.map((e) => [key(e), e]));
	for (const [k, e] of now) {
		const o = old.get(k);
		if (!o) out.push(`now ${edgeSentence(e)}`);
		else if (o.kind !== e.kind) out.push(`now ${edgeSentence(e)}`);
	}
	for (const [k, e] of old) {
		if (!now.has(k) && after.has(e.source) && after.has(e.target)) out.push(`${nameOf(e.source)} no longer points at ${nameOf(e.target)}`);
	}
	if (out.length > MAX) return [...out.slice(0, MAX), `and ${out.length - MAX} more changes`];
	return out;
}
