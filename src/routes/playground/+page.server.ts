// Prerendered: the gallery's names and summaries are computed at build time (see gallery.ts).
import { galleryEntries } from './gallery';

export const prerender = true;

const sources = import.meta.glob<string>('/content/examples/*.c', { query: '?raw', import: 'default', eager: true });

export function load() {
	return { gallery: galleryEntries(sources) };
}
