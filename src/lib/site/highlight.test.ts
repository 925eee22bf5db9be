import { describe, expect, it } from 'vitest';
import { escapeHtml, highlightC } from './highlight';

describe('highlightC', () => {
	const link = (n: string) => (n === 'SSL_free' ? '/man/SSL_free/' : undefined);

	it('links a known function name to its page', () => {
		expect(highlightC('SSL_free(ssl);', link)).toBe('<a class="tok-f" href="/man/SSL_free/">SSL_free</a>(ssl);');
	});

	it('marks comments, strings, numbers, keywords and types', () => {
		const html = highlightC('int x = 42; /* a */ printf("%d<", x);');
		expect(html).toContain('<span class="tok-t">int</span>');
		expect(html).toContain('<span class="tok-n">42</span>');
		expect(html).toContain('<span class="tok-c">/* a */</span>');
		expect(html).toContain('<span class="tok-s">&quot;%d&lt;&quot;</span>');
	});

	it('does not link names inside comments or strings', () => {
		expect(highlightC('/* SSL_free */ "SSL_free"', link)).not.toContain('<a ');
	});

	it('keeps the source text when the tags are removed', () => {
		const src = '#include <stdio.h>\nint main(void) { return a < b && c > d; }\n';
		const html = highlightC(src, link);
		const text = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
		expect(text).toBe(src);
	});

	it('escapes HTML special characters', () => {
		expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
	});
});
