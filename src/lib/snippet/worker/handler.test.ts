import { describe, expect, it } from 'vitest';
import { createHandler } from './handler';
import type { RunSummary, StepView } from '../step-view';

const SRC = `#include <openssl/ssl.h>
#include <stdio.h>
int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    printf("hi\\n");
    SSL_SESSION_free(s);
    return 0;
}
`;

describe('the lab worker handler', () => {
	it('load returns the diagnostics of a snippet', () => {
		const h = createHandler();
		const r = h({ id: 1, type: 'load', source: 'int main(void) { return x; }' });
		expect(r.ok && (r.value as unknown[]).length).toBeGreaterThan(0);
	});

	it('run returns a summary and view(k) the state after step k', () => {
		const h = createHandler();
		const r = h({ id: 2, type: 'run', source: SRC });
		expect(r.ok).toBe(true);
		const s = (r as { value: RunSummary }).value;
		expect(s.status).toBe(0);
		expect(s.output).toBe('# new SSL_SESSION#1\nhi\n# free SSL_SESSION#1\n');
		const v = h({ id: 3, type: 'view', step: 0 });
		const view = (v as { value: StepView }).value;
		expect(view.span.line).toBe(4);
		expect(view.world.sessions.map((x) => x.key)).toEqual(['SSL_SESSION#1']);
		const main = view.frames.find((f) => f.fn === 'main')!;
		expect(main.vars.find((x) => x.name === 's')!.pointsTo).toBe('SSL_SESSION#1');
		expect(JSON.parse(JSON.stringify(view))).toEqual(view);
	});

	it('view before any run is an error reply, not an exception', () => {
		const r = createHandler()({ id: 4, type: 'view', step: 0 });
		expect(r).toMatchObject({ id: 4, ok: false });
	});
});
