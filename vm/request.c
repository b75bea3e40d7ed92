/* request.c - the mini router and one request run in a fresh VM (see
 * request.h). */
#include <stdlib.h>
#include <string.h>
#include "vm.h"
#include "request.h"

void mp_request_run(mp_vm *vm, const mp_request *req, mp_response *resp)
{
    (void)vm; (void)req;
    memset(resp, 0, sizeof *resp);
    resp->code = 500;   /* not implemented yet */
}

void mp_response_free(mp_response *resp)
{
    if (!resp) return;
    for (int i = 0; i < resp->nheaders; i++) free(resp->headers[i]);
    free(resp->headers);
    free(resp->body);
    memset(resp, 0, sizeof *resp);
}
