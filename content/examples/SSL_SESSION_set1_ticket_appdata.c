/* Application data that a server stores inside its tickets. */
#include <openssl/ssl.h>
#include <stdio.h>

int main(void) {
    SSL_SESSION *s = SSL_SESSION_new();
    void *data;
    size_t len;

    SSL_SESSION_get0_ticket_appdata(s, &data, &len);
    printf("new session: %zu bytes\n", len);
    printf("set1 -> %d\n", SSL_SESSION_set1_ticket_appdata(s, "user=42", 7));
    SSL_SESSION_get0_ticket_appdata(s, &data, &len);
    printf("now %zu bytes, first '%c'\n", len, ((char *)data)[0]);
    SSL_SESSION_set1_ticket_appdata(s, NULL, 0);
    SSL_SESSION_get0_ticket_appdata(s, &data, &len);
    printf("cleared: %zu bytes\n", len);
    SSL_SESSION_free(s);
    return 0;
}
