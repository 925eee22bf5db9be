/** Light/dark preference: 'light' | 'dark' stored in localStorage; absent = follow the OS. */
export type Theme = 'light' | 'dark';
export const themeKey = 'session-lab-theme';

/** The script static/theme-init.js runs before first paint (kept here for reference; not injected inline: CSP). */
export const themeInitScript = `<script>try{var t=localStorage.getItem('${themeKey}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}</script>`;

export function currentTheme(): Theme {
	const set = document.documentElement.dataset.theme;
	if (set === 'light' || set === 'dark') return set;
	return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(theme: Theme): void {
	document.documentElement.dataset.theme = theme;
	try {
		localStorage.setItem(themeKey, theme);
	} catch {
		/* private mode: the choice lasts for this page only */
	}
}
