// The embed is a static shell: the program arrives in the URL fragment at run time.
export const prerender = true;
