/**
 * The libc subset a snippet may call, as prototypes. The interpreter implements them (see NOTES/front.md); the
 * checker parses these like library prototypes. A NativeLibrary entry with the same name takes precedence.
 */
export const LIBC_PROTOTYPES: Readonly<Record<string, string>> = {
	printf: 'int printf(const char *format, ...)',
	fprintf: 'int fprintf(FILE *stream, const char *format, ...)',
	puts: 'int puts(const char *s)',
	putchar: 'int putchar(int c)',
	malloc: 'void *malloc(size_t size)',
	calloc: 'void *calloc(size_t nmemb, size_t size)',
	realloc: 'void *realloc(void *ptr, size_t size)',
	free: 'void free(void *ptr)',
	memset: 'void *memset(void *s, int c, size_t n)',
	memcpy: 'void *memcpy(void *dest, const void *src, size_t n)',
	memcmp: 'int memcmp(const void *s1, const void *s2, size_t n)',
	strlen: 'size_t strlen(const char *s)',
	strcmp: 'int strcmp(const char *s1, const char *s2)',
	time: 'time_t time(time_t *tloc)',
	sleep: 'unsigned int sleep(unsigned int seconds)',
	abort: 'void abort(void)',
	exit: 'void exit(int status)',
	OPENSSL_malloc: 'void *OPENSSL_malloc(size_t num)',
	OPENSSL_free: 'void OPENSSL_free(void *addr)'
};

/** Constants the front end knows without a library (the interpreter must provide their values). */
export const LIBC_CONSTANTS: Readonly<Record<string, string>> = {
	stdout: 'FILE *',
	stderr: 'FILE *'
};
