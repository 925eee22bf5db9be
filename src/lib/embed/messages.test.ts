import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { envelope, parseCommand, resolveHostOrigin } from './messages';

describe('embed messages', () => {
	it('parseCommand accepts each command of the protocol', () => {
		expect(parseCommand(envelope({ type: 'load', source: 'int main(void){return 0;}', step: 3 }))).toEqual({
			type: 'load',
			source: 'int main(void){return 0;}',
			step: 3
		});
		expect(parseCommand(envelope({ type: 'run' }))).toEqual({ type: 'run' });
		expect(parseCommand(envelope({ type: 'step', delta: -1 }))).toEqual({ type: 'step', delta: -1 });
		expect(parseCommand(envelope({ type: 'seek', step: 10 }))).toEqual({ type: 'seek', step: 10 });
		expect(parseCommand(envelope({ type: 'reset' }))).toEqual({ type: 'reset' });
	});

	it('parseCommand ignores messages of other protocols and versions', () => {
		expect(parseCommand({ type: 'run' })).toBeNull();
		expect(parseCommand({ protocol: 'session-lab', version: 2, message: { type: 'run' } })).toBeNull();
		expect(parseCommand('run')).toBeNull();
		expect(parseCommand(null)).toBeNull();
	});

	it('parseCommand rejects ill-typed fields', () => {
		expect(parseCommand(envelope({ type: 'seek', step: '3' }))).toBeNull();
		expect(parseCommand(envelope({ type: 'seek', step: -1 }))).toBeNull();
		expect(parseCommand(envelope({ type: 'load', source: 42 }))).toBeNull();
		expect(parseCommand(envelope({ type: 'load', source: 'x'.repeat(300_000) }))).toBeNull();
		expect(parseCommand(envelope({ type: 'eval', code: 'alert(1)' }))).toBeNull();
	});

	it('parseCommand never throws on arbitrary data', () => {
		fc.assert(fc.property(fc.anything(), (d) => { parseCommand(d); parseCommand(envelope(d)); }), { numRuns: 500 });
	});

	it('resolveHostOrigin keeps only http(s) origins', () => {
		expect(resolveHostOrigin('https://teach.example/course/1', '')).toBe('https://teach.example');
		expect(resolveHostOrigin(null, 'http://127.0.0.1:8080/page.html')).toBe('http://127.0.0.1:8080');
		expect(resolveHostOrigin('javascript:alert(1)', '')).toBeNull();
		expect(resolveHostOrigin(null, '')).toBeNull();
		expect(resolveHostOrigin('not a url', '')).toBeNull();
	});
});
