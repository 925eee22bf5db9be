/* ERR text: ERR_error_string(_n) ("error:%08lX:LIB::REASON", the short "err:" form when the
 * buffer is too small), ERR_lib/func_error_string, ERR_print_errors draining the queue, and the
 * 3.0 no-op initialisers answering 1. */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdio.h>

int main(void) {
    unsigned char id[40] = {0};
    char buf[256];
    char small[20];
    unsigned long e;
    BIO *b;
    SSL_SESSION *s;
    printf("init %d %d\n", SSL_library_init(), OPENSSL_init_ssl(0, NULL));
    SSL_load_error_strings();
    ERR_load_crypto_strings();
    s = SSL_SESSION_new();
    printf("set1_id %d\n", SSL_SESSION_set1_id(s, id, 33));
    e = ERR_peek_error();
    ERR_error_string_n(e, buf, sizeof(buf));
    printf("[%s]\n", buf);
    ERR_error_string_n(e, small, sizeof(small));
    printf("[%s]\n", small);
    printf("[%s]\n", ERR_error_string(e, buf));
    printf("[%s] [%s] [%s]\n", ERR_lib_error_string(e), ERR_func_error_string(e) ? ERR_func_error_string(e) : "NULL", ERR_reason_error_string(e));
    ERR_clear_error();
    printf("after print %lu\n", ERR_get_error());
    printf("set1_id %d\n", SSL_SESSION_set1_id(s, id, 33));
    b = BIO_new(BIO_s_mem());
    ERR_print_errors(b);
    printf("bio pending>0 %d, queue %lu\n", BIO_pending(b) > 0, ERR_get_error());
    BIO_free(b);
    {
        const unsigned char *p = id;
        SSL_SESSION *x = d2i_SSL_SESSION(NULL, &p, 5);
        while ((e = ERR_get_error()) != 0) {
            ERR_error_string_n(e, buf, sizeof(buf));
            printf("[%s]\n", buf);
        }
        x = PEM_read_SSL_SESSION(stdout, NULL, NULL, NULL);
        e = ERR_get_error();
        ERR_error_string_n(e, buf, sizeof(buf));
        printf("[%s] %p\n", buf, (void *)x);
    }
    e = 0x0A0000FFUL;
    printf("[%s]\n", ERR_error_string(e, NULL));
    printf("[%s]\n", ERR_error_string(0, NULL));
    SSL_SESSION_free(s);
    return 0;
}
