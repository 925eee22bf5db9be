/* TLS 1.3 tickets arrive after the handshake: they are processed by a read. */
#include <openssl/ssl.h>
#include <stdio.h>

static int on_new(SSL *ssl, SSL_SESSION *sess) {
    printf("  [client new_cb] #%ld\n", (long)SSL_SESSION_get_ex_data(sess, 1));
    return 0;
}

int main(void) {
    SSL_CTX *sctx = SSL_CTX_new(TLS_server_method());
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c, *s;
    unsigned char buf[16];
    size_t n = 0;

    SSL_CTX_set_num_tickets(sctx, 1);
    SSL_CTX_set_session_cache_mode(cctx, SSL_SESS_CACHE_CLIENT);
    SSL_CTX_sess_set_new_cb(cctx, on_new);
    c = SSL_new(cctx);
    s = SSL_new(sctx);
    connect_pair(c, s);                 /* its read pump already took the ticket */
    printf("client cache: %ld\n", SSL_CTX_sess_number(cctx));

    SSL_new_session_ticket(s);
    SSL_do_handshake(s);
    printf("read -> %d", SSL_read_ex(c, buf, sizeof(buf), &n));
    printf(", %zu bytes of data\n", n);
    printf("client cache: %ld\n", SSL_CTX_sess_number(cctx));
    shutdown_pair(c, s);
    SSL_free(c);
    SSL_free(s);
    SSL_CTX_free(cctx);
    SSL_CTX_free(sctx);
    return 0;
}
