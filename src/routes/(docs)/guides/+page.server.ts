import { guideHref, guideList } from '$lib/site/content.server';

export const load = () => ({ guides: guideList().map((g) => ({ ...g, href: guideHref(g.slug) })) });
