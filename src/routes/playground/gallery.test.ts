import { describe, expect, it } from 'vitest';
import { galleryEntries, summaryOf } from './gallery';

describe('playground gallery', () => {
	it('summaryOf joins the opening comment into one line', () => {
		expect(summaryOf('/* One session,\n * three references. */\nint main(void) { return 0; }')).toBe('One session, three references.');
		expect(summaryOf('int main(void) { return 0; }')).toBe('');
	});

	it('galleryEntries lists guides first, marks deliberate bugs, and sorts by name', () => {
		const entries = galleryEntries({
			'/content/examples/SSL_new.c': '/* SSL objects. */',
			'/content/examples/guide-bug-x.c': '/* BUG: a free too many. */',
			'/content/examples/SSL_CTX_new.c': '/* Contexts. */'
		});
		expect(entries.map((e) => e.name)).toEqual(['guide-bug-x', 'SSL_CTX_new', 'SSL_new']);
		expect(entries[0]).toMatchObject({ kind: 'guide', faulty: true });
		expect(entries[1]).toMatchObject({ kind: 'function', faulty: false, summary: 'Contexts.' });
	});
});
