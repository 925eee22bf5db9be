import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { checkCounts, checkRun } from './check';
import { describeChanges } from './describe';
import { loadFixture, stepAt } from '../fixtures/load';
import { largeCacheSteps } from '../fixtures/large';
import type { StepView } from '../../snippet/step-view';

const danger = loadFixture('danger-free-get0-server');
const tls13 = loadFixture('hs-tls13-cb');

const edgesOf = (view: StepView) => buildGraph(view).edges.map((e) => `${e.source}->${e.target} ${e.kind}`);
const node = (view: StepView, id: string) => buildGraph(view).nodes.find((n) => n.id === id);

describe('buildGraph: edges', () => {
	const cases: { title: string; view: StepView; present: string[]; absent?: string[] }[] = [
		{
			title: 'SSL_new takes two counted references to its SSL_CTX (ctx and session_ctx)',
			view: stepAt(danger, 'c = SSL_new'),
			present: ['SSL#1->SSL_CTX#2 ctx', 'SSL#1->SSL_CTX#2 ctx', 'var:c->SSL#1 owning', 'var:cctx->SSL_CTX#2 owning']
		},
		{
			title: 'a TLS 1.2 server handshake puts its session in the SSL session slot and the context cache',
			view: stepAt(danger, 'connect_pair(c, s)'),
			present: ['SSL#2->SSL_SESSION#2 session', 'SSL_CTX#1->SSL_SESSION#2 cache', 'SSL#1->SSL_SESSION#1 session']
		},
		{
			title: 'SSL_SESSION_free of an SSL_get0_session pointer leaves the session slot without a reference',
			view: stepAt(danger, 'SSL_SESSION_free'),
			present: ['SSL#2->SSL_SESSION#2 borrowed', 'SSL_CTX#1->SSL_SESSION#2 cache']
		},
		{
			title: 'SSL_free destroys a cached session whose reference was over-released: the cache entry dangles',
			view: stepAt(danger, 'SSL_free(s)'),
			present: ['SSL_CTX#1->SSL_SESSION#2 dangling', 'var:s->SSL#2 dangling'],
			absent: ['SSL#2->SSL_SESSION#2 borrowed']
		},
		{
			title: 'a freed object that nothing points at disappears',
			view: stepAt(danger, 'SSL_free(c)'),
			present: ['var:c->SSL#1 dangling'],
			absent: ['SSL#1->SSL_SESSION#1 session']
		},
		{
			title: 'SSL_get1_session gives the program an owning reference',
			view: stepAt(tls13, 'got = SSL_get1_session'),
			present: ['var:got->SSL_SESSION#7 owning', 'SSL#1->SSL_SESSION#7 session', 'SSL_CTX#2->SSL_SESSION#7 cache']
		},
		{
			title: 'new_session_cb receives its session with one reference already taken for the application',
			view: stepAt(tls13, 'static int on_new_s'),
			present: ['var:sess->SSL_SESSION#2 owning', 'var:ssl->SSL#2 borrowed', 'SSL#2->SSL_SESSION#2 session']
		},
		{
			title: 'SSL_set_session takes a reference for the session slot while the program keeps its own',
			view: stepAt(tls13, 'SSL_set_session(c, resume)'),
			present: ['var:s1->SSL_SESSION#7 owning', 'var:resume->SSL_SESSION#7 borrowed', 'SSL#3->SSL_SESSION#7 session']
		}
	];
	for (const c of cases) {
		it(c.title, () => {
			const edges = edgesOf(c.view);
			for (const e of c.present) expect(edges).toContain(e);
			for (const e of c.absent ?? []) expect(edges).not.toContain(e);
		});
	}

	it('a freed SSL_SESSION stays as a ghost while a cache entry still points at it', () => {
		const ghost = node(stepAt(danger, 'SSL_free(s)'), 'SSL_SESSION#2');
		expect(ghost).toMatchObject({ state: 'freed', refcount: 0 });
	});

	it('a shadowed variable of an outer frame gets a frame-qualified id', () => {
		const view = structuredClone(stepAt(tls13, 'static int on_new_s'));
		view.frames[1].vars.push({ name: 'sess', type: 'SSL_SESSION *', display: 'NULL', pointsTo: null, buffer: null });
		const ids = buildGraph(view).nodes.map((n) => n.id);
		expect(ids).toContain('var:sess');
		expect(ids).toContain(`var:${view.frames[1].fn}.sess`);
	});

	it('an app reference no variable holds is drawn from the unnamed program holder', () => {
		const view = structuredClone(stepAt(tls13, 'got = SSL_get1_session'));
		for (const f of view.frames) for (const v of f.vars) if (v.name === 'got') v.pointsTo = null;
		expect(edgesOf(view)).toContain('app:unnamed->SSL_SESSION#7 owning');
	});
});

describe('checkCounts', () => {
	it('the badge equals the incoming counted edges on every step of every fixture', () => {
		expect(checkRun(danger.steps)).toEqual([]);
		expect(checkRun(tls13.steps)).toEqual([]);
	});

	it('reports a node whose badge disagrees with its counted edges', () => {
		const model = buildGraph(stepAt(danger, 'connect_pair(c, s)'));
		model.nodes.find((n) => n.id === 'SSL_SESSION#2')!.refcount = 3;
		expect(checkCounts(model)).toEqual([{ step: model.step, node: 'SSL_SESSION#2', refcount: 3, counted: 2 }]);
	});
});

describe('folding a large cache', () => {
	const [first, second] = largeCacheSteps(20480, 2);

	it('a cache of 20,480 sessions is folded into a strip, keeping sessions referenced elsewhere', () => {
		const model = buildGraph(first);
		const cache = model.caches[0];
		expect(cache.aggregated).toBe(true);
		expect(cache.keys).toHaveLength(20480);
		const sessions = model.nodes.filter((n) => n.kind === 'SSL_SESSION').map((n) => n.id);
		expect(sessions).toEqual(['SSL_SESSION#10240']);
		expect([...cache.shown.keys()]).toEqual(['SSL_SESSION#10240']);
	});

	it('an expanded session of a folded cache is drawn as its own node', () => {
		const model = buildGraph(first, { expanded: new Set(['SSL_SESSION#5']) });
		expect(model.nodes.map((n) => n.id)).toContain('SSL_SESSION#5');
		expect(model.edges.map((e) => e.id)).toContain('SSL_CTX#1->SSL_SESSION#5');
	});

	it('the unfolded model of a full cache still satisfies the badge check', () => {
		expect(checkRun([first, second])).toEqual([]);
	});
});

describe('describeChanges', () => {
	it('says which object was destroyed and which pointer now dangles', () => {
		const before = buildGraph(stepAt(danger, 'SSL_free(c)'));
		const after = buildGraph(stepAt(danger, 'SSL_free(s)'));
		const text = describeChanges(before, after).join('; ');
		expect(text).toContain('SSL#2 is destroyed');
		expect(text).toContain('SSL_CTX#1 still points at SSL_SESSION#2, which was freed');
	});
});
