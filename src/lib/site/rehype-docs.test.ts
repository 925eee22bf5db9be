import { describe, expect, it } from 'vitest';
import { compile } from 'mdsvex';
import { headingId, rehypeDocs } from './rehype-docs';

const linkFor = (n: string) => (n === 'SSL_free' || n === 'SSL_new' ? `/man/${n}/` : undefined);

async function render(md: string, base = ''): Promise<string> {
	const out = await compile(md, { rehypePlugins: [rehypeDocs(linkFor, base)] });
	return out?.code ?? '';
}

describe('rehypeDocs', () => {
	it('links a function name in prose to its page', async () => {
		expect(await render('Call SSL_free once.')).toContain('<a href="/man/SSL_free/">SSL_free</a>');
	});

	it('links inline code that names a function, with or without ()', async () => {
		const html = await render('Use `SSL_new()` and `SSL_free`.');
		expect(html).toContain('<a href="/man/SSL_new/"><code>SSL_new()</code></a>');
		expect(html).toContain('<a href="/man/SSL_free/"><code>SSL_free</code></a>');
	});

	it('leaves unknown names and existing links alone', async () => {
		const html = await render('SSL_unknown and [SSL_free](/x/)');
		expect(html).not.toContain('/man/SSL_unknown/');
		expect(html).toContain('<a href="/x/">SSL_free</a>');
	});

	it('prefixes site-absolute links with the base path', async () => {
		expect(await render('[bugs](/guides/bugs/)', '/lab')).toContain('href="/lab/guides/bugs/"');
	});

	it('gives h2 headings an id and an anchor link', async () => {
		const html = await render('## RETURN VALUES\n\ntext');
		expect(html).toContain('id="return-values"');
		expect(html).toContain('href="#return-values"');
	});

	it('turns heading text into a lower-case id', () => {
		expect(headingId('See also: TLS 1.3!')).toBe('see-also-tls-1-3');
	});
});
