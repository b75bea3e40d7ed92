/* driver.c - runs one request through mp_request_run in a fresh VM and
 * prints what came back (tests/pagelet/requests.sh uses it; the .phpt tests
 * of this folder go through pagelet_server_task_start instead).
 * Usage: driver DOCROOT URL [-m METHOD] [-H "Name: value"]... [-b BODY]
 *               [-r ROUTER] [-t SECONDS] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "include/minphp.h"
#include "vm/request.h"

static void on_flush(void *user, const char *data, size_t len)
{
    (void)user;
    printf("chunk: [%.*s]\n", (int)len, data);
}

int main(int argc, char **argv)
{
    if (argc < 3) { fprintf(stderr, "usage: driver DOCROOT URL [options]\n"); return 2; }
    const char *headers[64];
    mp_request req;
    memset(&req, 0, sizeof req);
    req.docroot = argv[1];
    req.url = argv[2];
    req.method = "GET";
    req.headers = headers;
    req.flush = on_flush;
    for (int i = 3; i + 1 < argc; i += 2) {
        if (strcmp(argv[i], "-m") == 0) req.method = argv[i + 1];
        else if (strcmp(argv[i], "-H") == 0 && req.nheaders < 64) headers[req.nheaders++] = argv[i + 1];
        else if (strcmp(argv[i], "-b") == 0) { req.body = argv[i + 1]; req.body_len = strlen(argv[i + 1]); req.method = "POST"; }
        else if (strcmp(argv[i], "-r") == 0) req.router = argv[i + 1];
        else if (strcmp(argv[i], "-t") == 0) req.timeout_seconds = atoi(argv[i + 1]);
    }
    mp_vm *vm = mp_vm_new(NULL);
    mp_response resp;
    mp_request_run(vm, &req, &resp);
    printf("code: %d\n", resp.code);
    for (int i = 0; i < resp.nheaders; i++) printf("header: %s\n", resp.headers[i]);
    printf("body: [%.*s]\n", (int)resp.body_len, resp.body);
    mp_response_free(&resp);
    mp_vm_free(vm);
    return 0;
}
