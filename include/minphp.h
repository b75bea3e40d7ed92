/* minphp.h - the one public header of libminphp: create VMs, run PHP code,
 * exchange values with it. One VM is used by one thread at a time; many VMs
 * may run on many threads at once. Nothing else in the tree is public. */
#ifndef MINPHP_H
#define MINPHP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MINPHP_VERSION_MAJOR 0
#define MINPHP_VERSION_MINOR 1
#define MINPHP_VERSION_PATCH 0
#define MINPHP_VERSION "0.1.0"
/* The PHP language version minphp follows. */
#define MINPHP_PHP_VERSION "8.2.0"

typedef struct mp_vm mp_vm;

/* Host callbacks. Any field may be NULL. */
typedef struct mp_config {
    /* echo/print output; NULL = stdout */
    void (*write)(void *user, const char *data, size_t len);
    /* diagnostics when display_errors=stderr or logging; NULL = stderr */
    void (*error)(void *user, int kind, const char *file, int line, const char *msg);
    void *user;              /* passed to the callbacks */
} mp_config;

/* Status codes of the API functions. */
enum { MP_OK = 0, MP_ERR_COMPILE, MP_ERR_RUNTIME, MP_ERR_EXIT };

/* Create a VM (cfg may be NULL: stdout/stderr). Returns NULL on failure. */
mp_vm *mp_vm_new(const mp_config *cfg);
/* Destroy a VM: flushes its output; the VM must not be used afterwards. */
void   mp_vm_free(mp_vm *vm);
/* Set an ini option (error_reporting, display_errors, ...); 0 on success.
 * The pagelet and xbox pools are process-wide: they take their settings
 * (pagelet_server.thread_count, xbox.thread_count, queue limits, document
 * root, router, xbox.process_message_func...) from the VM that first
 * starts a task or asks pagelet_server_is_enabled(); set them before. */
int    mp_ini_set(mp_vm *vm, const char *name, const char *value);
/* Set $argv/$argc/$_SERVER['argv'] for the next script. */
void   mp_set_argv(mp_vm *vm, int argc, char **argv);
/* Run PHP code given as after "<?php" (filename used in messages). */
int    mp_eval_string(mp_vm *vm, const char *code, const char *filename);
/* Run a PHP file (inline HTML and <?php tags as in any .php file).
 * A path of "-" or NULL reads the script from standard input. */
int    mp_eval_file(mp_vm *vm, const char *path);
/* Check a file's syntax without running it: MP_OK or MP_ERR_COMPILE, with
 * the message in mp_last_error(). */
int    mp_lint_file(mp_vm *vm, const char *path);
/* Print the bytecode of a file (minphp --dump-bytecode). */
int    mp_dump_file(mp_vm *vm, const char *path);
/* Message of the last MP_ERR_*, "" if none. */
const char *mp_last_error(mp_vm *vm);
/* Exit status the script asked for (exit(N); 255 after a fatal error). */
int    mp_exit_status(mp_vm *vm);

#ifdef __cplusplus
}
#endif
#endif
