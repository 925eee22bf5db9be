/* Session Lab oracle prelude.
 *
 * gcc force-includes this file (-include) before every conformance case, so a
 * snippet written in the Session Lab C dialect also compiles against the real
 * libssl. It supplies what the dialect provides implicitly:
 *   - the usual headers;
 *   - connect_pair(client, server) and shutdown_pair(client, server);
 *   - lifecycle trace lines "# new TYPE#n" / "# free TYPE#n" for SSL_CTX, SSL
 *     and SSL_SESSION, printed from ex_data callbacks, numbered per type from 1
 *     in creation order.
 * The registration order below matters: the SSL_SESSION index must be 1 (the
 * first application index; libcrypto keeps 0), because cases print a
 * session's number with SSL_SESSION_get_ex_data(s, 1).
 * Behaviour is kept identical to the prelude the reference transcripts were
 * recorded with (shared/oracle/prelude.h), plus a controlled clock (below). */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/pem.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* The clock. time() and sleep() defined here replace libc's for the whole
 * process: the executable comes first in symbol lookup, so libssl and
 * libcrypto (session times, expiry checks, ticket ages, certificate validity)
 * call these too. The clock starts at the real time of the first call and
 * moves only when the program sleeps, at once and by exactly the slept
 * seconds, as in the simulator (`sleep` advances its clock). Without this a
 * print of `SSL_SESSION_get_time(s) - time(NULL)` reads 0 or -1 depending on
 * whether a second boundary falls between the two reads, which happens often
 * under valgrind on a loaded machine. */
#include <sys/time.h>
static time_t lab_clock;
time_t time(time_t *out) {
    if (lab_clock == 0) {
        struct timeval now;
        gettimeofday(&now, NULL);
        lab_clock = now.tv_sec;
    }
    if (out != NULL)
        *out = lab_clock;
    return lab_clock;
}
unsigned int sleep(unsigned int seconds) {
    time(NULL);
    lab_clock += seconds;
    return 0;
}

enum { LAB_CTX, LAB_SSL, LAB_SESSION, LAB_KINDS };
static long lab_created[LAB_KINDS];
static const char *const lab_kind_name[LAB_KINDS] = { "SSL_CTX", "SSL", "SSL_SESSION" };

/* new: give the object the next number of its kind and print it.
 * dup: SSL_SESSION_dup/ssl_session_dup copy ex_data after the copy's own new
 *      callback ran; keep the copy's number instead of inheriting the source's.
 * free: print the number stored at creation. */
#define LAB_TRACE_HOOKS(KIND)                                                   \
static void lab_new_##KIND(void *parent, void *ptr, CRYPTO_EX_DATA *ad,        \
                           int idx, long argl, void *argp) {                   \
    long n = ++lab_created[KIND];                                              \
    CRYPTO_set_ex_data(ad, idx, (void *)n);                                    \
    printf("# new %s#%ld\n", lab_kind_name[KIND], n);                          \
}                                                                              \
static int lab_dup_##KIND(CRYPTO_EX_DATA *to, const CRYPTO_EX_DATA *from,      \
                          void **from_d, int idx, long argl, void *argp) {     \
    *from_d = CRYPTO_get_ex_data(to, idx);                                     \
    return 1;                                                                  \
}                                                                              \
static void lab_free_##KIND(void *parent, void *ptr, CRYPTO_EX_DATA *ad,       \
                            int idx, long argl, void *argp) {                  \
    printf("# free %s#%ld\n", lab_kind_name[KIND], (long)ptr);                 \
}
LAB_TRACE_HOOKS(LAB_CTX)
LAB_TRACE_HOOKS(LAB_SSL)
LAB_TRACE_HOOKS(LAB_SESSION)

static EVP_PKEY *lab_key;
static X509 *lab_cert;

__attribute__((constructor)) static void lab_install_hooks(void) {
    /* unbuffered, so trace lines, program output and valgrind reports (all on
     * fd 1) interleave in the order they happen */
    setvbuf(stdout, NULL, _IONBF, 0);
    SSL_CTX_get_ex_new_index(0, NULL, lab_new_LAB_CTX, lab_dup_LAB_CTX, lab_free_LAB_CTX);
    SSL_get_ex_new_index(0, NULL, lab_new_LAB_SSL, lab_dup_LAB_SSL, lab_free_LAB_SSL);
    SSL_SESSION_get_ex_new_index(0, NULL, lab_new_LAB_SESSION, lab_dup_LAB_SESSION,
                                 lab_free_LAB_SESSION);
}

__attribute__((destructor)) static void lab_release_identity(void) {
    X509_free(lab_cert);
    EVP_PKEY_free(lab_key);
}

/* A throwaway self-signed P-256 certificate for "localhost", made once. */
static int lab_server_identity(void) {
    X509_NAME *subject;
    if (lab_cert != NULL)
        return 1;
    lab_key = EVP_EC_gen("P-256");
    lab_cert = X509_new();
    if (lab_key == NULL || lab_cert == NULL)
        return 0;
    X509_set_version(lab_cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(lab_cert), 1);
    X509_gmtime_adj(X509_getm_notBefore(lab_cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(lab_cert), 86400);
    X509_set_pubkey(lab_cert, lab_key);
    subject = X509_get_subject_name(lab_cert);
    X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_ASC,
                               (const unsigned char *)"localhost", -1, -1, 0);
    X509_set_issuer_name(lab_cert, subject);
    return X509_sign(lab_cert, lab_key, EVP_sha256()) > 0;
}

/* One handshake step of one side; 1 when finished, 0 when it needs the peer,
 * -1 on failure. */
static int lab_step(SSL *ssl) {
    int r = SSL_do_handshake(ssl);
    int e;
    if (r == 1)
        return 1;
    e = SSL_get_error(ssl, r);
    return (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE) ? 0 : -1;
}

/* Reads nothing useful: lets the side process post-handshake messages (TLS 1.3
 * NewSessionTicket). 1 unless a real error happened. */
static int lab_pump(SSL *ssl) {
    unsigned char buf[64];
    size_t got;
    return SSL_read_ex(ssl, buf, sizeof(buf), &got) > 0
           || SSL_get_error(ssl, 0) == SSL_ERROR_WANT_READ;
}

/* Full handshake over an in-memory BIO pair. The pumping order is part of the
 * contract (it fixes how client and server events interleave): alternate one
 * client step and one server step, at most 100 rounds; then twice a read on
 * the client and a read on the server. Returns 1 when both sides completed. */
static int connect_pair(SSL *client, SSL *server) {
    BIO *client_end = NULL, *server_end = NULL;
    int round, client_done = 0, server_done = 0;

    if (!lab_server_identity()
        || SSL_use_certificate(server, lab_cert) != 1
        || SSL_use_PrivateKey(server, lab_key) != 1)
        return 0;
    if (!BIO_new_bio_pair(&client_end, 0, &server_end, 0))
        return 0;
    SSL_set_bio(client, client_end, client_end);
    SSL_set_bio(server, server_end, server_end);
    SSL_set_connect_state(client);
    SSL_set_accept_state(server);
    for (round = 0; round < 100 && !(client_done && server_done); round++) {
        if (!client_done) {
            int r = lab_step(client);
            if (r < 0)
                return 0;
            client_done = r;
        }
        if (!server_done) {
            int r = lab_step(server);
            if (r < 0)
                return 0;
            server_done = r;
        }
    }
    if (!(client_done && server_done))
        return 0;
    for (round = 0; round < 2; round++) {
        if (!lab_pump(client))
            return 0;
        if (!lab_pump(server))
            return 0;
    }
    ERR_clear_error();
    return 1;
}

/* Orderly close in both directions: each side sends close_notify, then each
 * reads the other's. */
static void shutdown_pair(SSL *client, SSL *server) {
    SSL_shutdown(client);
    SSL_shutdown(server);
    SSL_shutdown(client);
    SSL_shutdown(server);
    ERR_clear_error();
}
