import { guideHref, guideList, manList } from '$lib/site/content.server';

export const load = () => ({
	guides: guideList().map((g) => ({ ...g, href: guideHref(g.slug) })),
	pageCount: manList().length,
	nameCount: manList().reduce((n, p) => n + p.names.length, 0)
});
