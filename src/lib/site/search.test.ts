import { describe, expect, it, vi } from 'vitest';
vi.mock('$app/paths', () => ({ base: '' }));
import { matchNames } from './search';

const entries = ['SSL_free', 'SSL_CTX_free', 'SSL_SESSION_free', 'SSL_get_session', 'SSL_get1_session'].map((name) => ({
	name,
	href: `/man/${name}/`
}));

describe('matchNames', () => {
	it('puts an exact name first', () => {
		expect(matchNames('ssl_free', entries)[0].title).toBe('SSL_free');
	});
	it('finds names containing every word', () => {
		expect(matchNames('get session', entries).map((h) => h.title)).toEqual(['SSL_get_session', 'SSL_get1_session']);
	});
	it('returns nothing for an empty query', () => {
		expect(matchNames('  ', entries)).toEqual([]);
	});
});
