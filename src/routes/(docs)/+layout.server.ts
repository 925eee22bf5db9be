import { navData } from '$lib/site/content.server';

export const load = () => ({ nav: navData() });
