/* How many TLS 1.3 tickets a server sends, and one more on demand. */
#include <openssl/ssl.h>
#include <stdio.h>

static int count;
static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("  [client new_cb] #%ld\n", (long)SSL_SESSION_get_ex_data(sess, 1));
    count++;
    return 0;
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    size_t n;
    unsigned char buf[1];

    printf("default %zu\n", SSL_CTX_get_num_tickets(sctx));
    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_new_cb(cctx, on_new);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);
    printf("tickets received: %d\n", count);

    printf("SSL_new_session_ticket(server) -> %d\n", SSL_new_session_ticket(s));
    printf("SSL_new_session_ticket(client) -> %d\n", SSL_new_session_ticket(c));
    SSL_do_handshake(s);                   /* the server writes the extra ticket */
    SSL_read_ex(c, buf, sizeof(buf), &n);  /* the client reads it */
    printf("tickets received: %d\n", count);

    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
