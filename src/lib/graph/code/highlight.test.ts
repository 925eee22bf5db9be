import { describe, expect, it } from 'vitest';
import { highlightC } from './highlight';

describe('highlightC', () => {
	it('marks OpenSSL calls, types, keywords, strings and comments', () => {
		const [line] = highlightC('SSL_SESSION *s = SSL_get1_session(c); /* own */ return "x";');
		const kinds = Object.fromEntries(line.filter((t) => t.kind !== 'plain').map((t) => [t.text, t.kind]));
		expect(kinds).toMatchObject({ SSL_SESSION: 'type', SSL_get1_session: 'api', '/* own */': 'comment', return: 'keyword', '"x"': 'string' });
	});

	it('splits a multi-line comment across lines and keeps one array per source line', () => {
		const src = '/* a\n b */\nint x;';
		const lines = highlightC(src);
		expect(lines).toHaveLength(3);
		expect(lines[1][0]).toEqual({ kind: 'comment', text: ' b */' });
		expect(lines.map((l) => l.map((t) => t.text).join(''))).toEqual(src.split('\n'));
	});
});
