/* request.h - one HTTP-like request run in a fresh VM (the pagelet side of
 * the pagelet server): the mini router maps the URL to a script or a static
 * file under the document root, the request environment ($_SERVER, $_GET,
 * $_POST, $_COOKIE, $_REQUEST, php://input) is set up, the script runs, and
 * its status, headers and body come back. The caller (the pagelet pool)
 * owns threads and queues; this file knows nothing about them. */
#ifndef MP_REQUEST_H
#define MP_REQUEST_H

#include <stddef.h>
#include "../include/minphp.h"

typedef struct mp_request {
    const char *url;              /* as given to pagelet_server_task_start */
    const char *method;           /* "GET" or "POST" */
    const char *const *headers;   /* nheaders "Name: value" lines (both input forms normalized by the caller) */
    int nheaders;
    const char *body; size_t body_len;   /* POST data (php://input) */
    const char *docroot;          /* absolute document root */
    const char *router;           /* front-controller script or NULL */
    int timeout_seconds;          /* execution limit, 0 = none */
    void (*flush)(void *user, const char *data, size_t len); /* pagelet_server_flush: one chunk */
    void *user;
} mp_request;

typedef struct mp_response {
    int code;                     /* final status (200 default, 404/403 from the router, 500 fatal) */
    char **headers; int nheaders; /* malloc'd "Name: value" lines */
    char *body; size_t body_len;  /* malloc'd: output after the last flush */
} mp_response;

/* Run REQ in the fresh VM (route, superglobals, script or static file), fill RESP. */
void mp_request_run(mp_vm *vm, const mp_request *req, mp_response *resp);
void mp_response_free(mp_response *resp);

#endif
