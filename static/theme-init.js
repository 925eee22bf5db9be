// Applies the stored light/dark choice before first paint (no flash). A static file rather than an
// inline script so the Content-Security-Policy (script-src 'self', see svelte.config.js) allows it.
// The key must match themeKey in src/lib/site/theme.ts.
try {
	var t = localStorage.getItem('session-lab-theme');
	if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch {
	/* storage unavailable: follow the OS */
}
