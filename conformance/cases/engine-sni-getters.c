/* SSL_set_tlsext_host_name ("" → 0 + 319, NULL clears) and SSL_get_servername before a handshake:
 * without an own name a client answers the hostname of a TLS 1.2 session it was given. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

static const char *sn(SSL *s) { const char *x = SSL_get_servername(s, TLSEXT_NAMETYPE_host_name); return x ? x : "(null)"; }

int main(void) {
    SSL_CTX *cctx = SSL_CTX_new(TLS_client_method());
    SSL *c = SSL_new(cctx);
    SSL_SESSION *s = SSL_SESSION_new();
    int r;
    r = SSL_set_tlsext_host_name(c, "");
    printf("empty %d err %d name %s\n", r, ERR_GET_REASON(ERR_get_error()), sn(c));
    r = SSL_set_tlsext_host_name(c, "a.example");
    printf("set %d name %s type1 %d\n", r, sn(c), SSL_get_servername(c, 1) == NULL);
    r = SSL_set_tlsext_host_name(c, NULL);
    printf("null %d name %s\n", r, sn(c));
    SSL_SESSION_set1_hostname(s, "sess.example");
    SSL_SESSION_set_protocol_version(s, TLS1_2_VERSION);
    SSL_set_session(c, s);
    printf("from session 1.2: %s\n", sn(c));
    SSL_SESSION_set_protocol_version(s, TLS1_3_VERSION);
    printf("from session 1.3: %s\n", sn(c));
    SSL_set_tlsext_host_name(c, "own.example");
    printf("own wins: %s\n", sn(c));
    SSL_free(c);
    SSL_SESSION_free(s);
    SSL_CTX_free(cctx);
    return 0;
}
