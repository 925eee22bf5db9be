import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from './embed-options';

describe('parseEmbedOptions', () => {
	it('reads step, autoplay, readonly, theme and origin', () => {
		const o = parseEmbedOptions(new URLSearchParams('step=12&autoplay=1&readonly&theme=dark&origin=https://a.example'));
		expect(o).toEqual({ step: 12, autoplay: true, readOnly: true, theme: 'dark', origin: 'https://a.example', example: null });
	});

	it('falls back to defaults for values outside the closed sets', () => {
		const o = parseEmbedOptions(new URLSearchParams('step=-4&autoplay=yes&theme=<script>&example=../../etc/passwd'));
		expect(o).toEqual({ step: null, autoplay: false, readOnly: false, theme: 'auto', origin: null, example: null });
	});

	it('accepts a docs example name made of lowercase words', () => {
		expect(parseEmbedOptions(new URLSearchParams('example=free-borrowed-session')).example).toBe('free-borrowed-session');
	});

	it('accepts a docs example named after an OpenSSL function', () => {
		expect(parseEmbedOptions(new URLSearchParams('example=SSL_CTX_add_session')).example).toBe('SSL_CTX_add_session');
		expect(parseEmbedOptions(new URLSearchParams('example=SSL_CTX_add_session.c')).example).toBeNull();
	});
});
