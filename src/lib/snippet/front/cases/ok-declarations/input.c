/* Declarations Lezer's C++ grammar reads oddly: prototypes with opaque parameter types, const pointers,
 * casts of typedef'd names, sizeof of a variable that looks like a type, C++ keywords used as names. */
#include <openssl/ssl.h>
#include <stdio.h>

static void show(SSL_CTX *ctx, SSL_SESSION *sess);
static const char *const labels[3] = { "a", "b" };
static int try(const char *what) { return what != NULL; }
static int new = 1;

static void show(SSL_CTX *ctx, SSL_SESSION *sess) { printf("%p %p\n", (void *)ctx, (void *)sess); }

int main()
{
    unsigned char *p, id[4] = { 1, 2, 3, 4 };
    const unsigned char *q;
    unsigned char const *r = id;
    SSL_SESSION *s = NULL, *t;
    SSL_SESSION *list[2] = { NULL, NULL };
    time_t minus = (time_t)-1;
    size_t n = sizeof(id) - 1;
    long class = (long)sizeof id + (long)sizeof(id[0]);
    int delete = ~new;
    p = id;
    q = p;
    t = list[1];
    show(NULL, s);
    printf("%ld %zu %ld %d %d %s %d\n", (long)minus, n, class, delete, try(labels[0]), labels[1], *r + *q);
    return t == NULL ? 0 : 1;
}
