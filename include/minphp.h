/* minphp.h - the one public header of libminphp: create VMs, run PHP code,
 * exchange values with it, call PHP from C and C from PHP. Nothing else in
 * the tree is public. Link with: -lminphp -lgc -lpcre2-8 -lcrypt -lpthread -lm
 * (`pkg-config --cflags --libs minphp` after `make install`).
 *
 * Threads: one VM is used by one thread at a time (no locking inside a VM);
 * many VMs may run on many threads at once. A thread the host creates must
 * call mp_thread_attach() before it touches any VM or value, and
 * mp_thread_detach() before it exits (the collector scans the stacks of the
 * threads it knows). Values belong to the VM that made them: never pass an
 * mp_value from one VM to another (convert it to C data and back).
 *
 * Memory: PHP values are garbage collected (Boehm GC). An mp_value handle,
 * and the string mp_to_string returns, stay valid while the host holds a
 * pointer to them on a stack, in a register or in static data (and while
 * the VM lives); the collector does not scan memory from malloc(), so do
 * not keep handles only there. The mp_vm pointer itself may be kept
 * anywhere: a VM lives until mp_vm_free. */
#ifndef MINPHP_H
#define MINPHP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MINPHP_VERSION_MAJOR 0
#define MINPHP_VERSION_MINOR 2
#define MINPHP_VERSION_PATCH 0
#define MINPHP_VERSION "0.2.0"
/* MINPHP_VERSION_NUM >= 200 tests for this API (major * 10000 + minor * 100 + patch) */
#define MINPHP_VERSION_NUM (MINPHP_VERSION_MAJOR * 10000 + MINPHP_VERSION_MINOR * 100 + MINPHP_VERSION_PATCH)
/* The PHP language version minphp follows. */
#define MINPHP_PHP_VERSION "8.2.0"

typedef struct mp_vm mp_vm;
/* An opaque handle to a PHP value owned by one VM. */
typedef struct mp_value mp_value;

/* Host callbacks. Any field may be NULL. */
typedef struct mp_config {
    /* Every byte of script output (echo, print, printf, var_dump,
     * php://output, output buffers when flushed, and the diagnostics
     * display_errors=1 shows as PHP does: "\nWarning: ... in F on line
     * N\n"). Output is buffered
     * inside the VM (64 KB) and handed over when the buffer fills, before
     * a host function runs, and when an API call that ran PHP code
     * returns. NULL = stdout. As in php-cli, fwrite(STDOUT, ...) is not
     * output: it goes to the process's file descriptor 1. */
    void (*write)(void *user, const char *data, size_t len);
    /* Diagnostics that do not go to the output: with display_errors=stderr
     * and with log_errors=1. KIND is PHP's E_* level (E_WARNING = 2, ...),
     * MSG the message without "Warning: " and " in F on line N".
     * NULL = stderr, formatted as php-cli does. */
    void (*error)(void *user, int kind, const char *file, int line, const char *msg);
    void *user;              /* passed to the callbacks */
} mp_config;

/* Status codes of the API functions. */
enum {
    MP_OK = 0,
    MP_ERR_COMPILE,          /* syntax error / file not found: nothing ran */
    MP_ERR_RUNTIME,          /* uncaught exception, fatal error, bad argument */
    MP_ERR_EXIT              /* the script called exit(): see mp_exit_status() */
};

/* ---- VM life cycle and scripts ---------------------------------------- */

/* Create a VM (cfg may be NULL: stdout/stderr; it is copied). Starts the
 * collector on first use. Returns NULL on failure. */
mp_vm *mp_vm_new(const mp_config *cfg);
/* Destroy a VM: flushes its output; the VM and its values must not be used
 * afterwards. NULL is allowed. */
void   mp_vm_free(mp_vm *vm);
/* Set an ini option as php -d does (error_reporting, display_errors,
 * log_errors, precision, serialize_precision, memory_limit, ...; scripts
 * see it through ini_get). The pagelet/xbox thread-pool options are set
 * this way too, before the first task starts (pagelet_server.thread_count,
 * pagelet_server.queue_limit, xbox.thread_count, xbox.max_queue_length);
 * the script then starts tasks with pagelet_server_task_start() and
 * xbox_task_start(). The pools are process-wide: they take their settings
 * from the VM that first starts a task. 0 on success.
 * memory_limit (default 128M) counts the VM's PHP data; PHP code passing
 * it ends with PHP's fatal error (MP_ERR_RUNTIME). Values the host makes
 * with the functions below are counted but never stopped there. */
int    mp_ini_set(mp_vm *vm, const char *name, const char *value);
/* Set $argv/$argc/$_SERVER['argv'] for the next script. */
void   mp_set_argv(mp_vm *vm, int argc, char **argv);
/* Run PHP code given as after "<?php" (FILENAME, or "Command line code"
 * when NULL, is used in messages). As for php -r, an uncaught exception
 * does not reach a set_exception_handler() handler.
 * Each mp_eval_* is one script run: at its end destructors of the objects
 * still alive run and open output buffers are flushed. Global variables,
 * functions, classes and constants stay for later runs and mp_call.
 * Returns MP_OK, MP_ERR_COMPILE (message printed as PHP does, and in
 * mp_last_error), MP_ERR_RUNTIME (uncaught exception or fatal error, shown
 * as PHP shows it) or MP_ERR_EXIT. From inside a host function of the
 * same VM it is refused (MP_ERR_RUNTIME): use mp_call there. */
int    mp_eval_string(mp_vm *vm, const char *code, const char *filename);
/* Run a PHP file (inline HTML and <?php tags as in any .php file).
 * A path of "-" or NULL reads the script from standard input. Results as
 * mp_eval_string; a missing file is MP_ERR_COMPILE with exit status 1. */
int    mp_eval_file(mp_vm *vm, const char *path);
/* Check a file's syntax without running it: MP_OK or MP_ERR_COMPILE, with
 * the message in mp_last_error(). */
int    mp_lint_file(mp_vm *vm, const char *path);
/* Print the bytecode of a file to stdout (minphp --dump-bytecode). */
int    mp_dump_file(mp_vm *vm, const char *path);
/* Message of the last MP_ERR_* (PHP's text, e.g. "Uncaught Exception: boom
 * in f.php:3\nStack trace:\n..." or "syntax error, unexpected ..."), "" if
 * none yet. Owned by the VM, overwritten by the next error. */
const char *mp_last_error(mp_vm *vm);
/* Exit status the script asked for (exit(N); 255 after a fatal error or an
 * uncaught exception; 0 otherwise). */
int    mp_exit_status(mp_vm *vm);

/* ---- values ------------------------------------------------------------
 * Seven of these functions share their names with the library's own
 * internal ones (mp_array_new, mp_array_set, mp_array_count, mp_type,
 * mp_to_int, mp_to_float, mp_to_bool): they are exported as mp_api_* and
 * the macros below give host programs the names used in this header.
 * Handles are made by the VM and hold a PHP value. Strings and arrays
 * cross by value (copy-on-write): changing an array through a handle
 * after giving it to PHP does not change PHP's copy. Objects cross by
 * identity, as in PHP. Functions taking a handle accept NULL as null. */

#ifndef MP_LIBRARY_INTERNAL
#define mp_array_new   mp_api_array_new
#define mp_array_set   mp_api_array_set
#define mp_array_count mp_api_array_count
#define mp_type        mp_api_type
#define mp_to_int      mp_api_to_int
#define mp_to_float    mp_api_to_float
#define mp_to_bool     mp_api_to_bool
#endif

/* The types mp_type() reports. */
enum {
    MP_TNULL = 0, MP_TBOOL, MP_TINT, MP_TFLOAT, MP_TSTRING, MP_TARRAY,
    MP_TOBJECT, MP_TRESOURCE
};

mp_value *mp_null(mp_vm *vm);
mp_value *mp_bool(mp_vm *vm, int b);                   /* b != 0: true */
mp_value *mp_int(mp_vm *vm, int64_t i);
mp_value *mp_float(mp_vm *vm, double d);
/* A string of LEN bytes copied from S (binary-safe: may hold NUL bytes). */
mp_value *mp_string(mp_vm *vm, const char *s, size_t len);
/* A new empty array. */
mp_value *mp_api_array_new(mp_vm *vm);                       /* mp_array_new */
/* $arr[key] = val, or $arr[] = val when KEY is NULL. Keys follow PHP's
 * rules ("12" is 12, null is "", true is 1, floats truncate). MP_OK, or
 * MP_ERR_RUNTIME when ARR is not an array, the key is an array/object or
 * an append finds no free integer key. */
int       mp_api_array_set(mp_vm *vm, mp_value *arr, mp_value *key, mp_value *val); /* mp_array_set */
/* $arr[key], or NULL when ARR is not an array or has no such key. */
mp_value *mp_array_get(mp_vm *vm, mp_value *arr, mp_value *key);
/* count($arr); 0 when ARR is not an array. */
size_t    mp_api_array_count(mp_vm *vm, mp_value *arr);     /* mp_array_count */
/* Iterate over an array in order: start with *pos = 0; each call stores
 * the next key and value and returns 1, then 0 at the end. */
int       mp_array_iterate(mp_vm *vm, mp_value *arr, size_t *pos, mp_value **key, mp_value **val);
/* MP_TNULL .. MP_TRESOURCE (NULL handle: MP_TNULL). */
int       mp_api_type(mp_value *v);                          /* mp_type */
/* PHP's (int), (float) and (string) conversions: "12abc" is 12, arrays
 * convert to "Array" with PHP's warning, objects use __toString. The string
 * is NUL-terminated, owned by the VM (see Memory above); *len (if LEN is
 * not NULL) gets its length. On an error (an object without __toString)
 * mp_to_string returns NULL with the message in mp_last_error; inside a
 * host function the exception is thrown to PHP when the function returns. */
int64_t     mp_api_to_int(mp_vm *vm, mp_value *v);          /* mp_to_int */
double      mp_api_to_float(mp_vm *vm, mp_value *v);        /* mp_to_float */
const char *mp_to_string(mp_vm *vm, mp_value *v, size_t *len);
/* PHP's truthiness ((bool) conversion). */
int         mp_api_to_bool(mp_vm *vm, mp_value *v);         /* mp_to_bool */
/* The global variable $NAME (without "$"), or NULL if it is not set. */
mp_value   *mp_get_global(mp_vm *vm, const char *name);
/* $NAME = v in the global scope (for the running script, or kept for the
 * next mp_eval_* when none runs). MP_OK. */
int         mp_set_global(mp_vm *vm, const char *name, mp_value *v);

/* ---- calls ------------------------------------------------------------- */

/* Call the PHP function FUNCTION (user-defined, builtin, registered host
 * function, or "Class::method" for a static method) with ARGC arguments
 * from ARGV. On MP_OK *result (when RESULT is not NULL) is its return
 * value. An uncaught exception gives MP_ERR_RUNTIME with the message in
 * mp_last_error() (outside a host function it is also reported as PHP
 * reports an uncaught exception, per display_errors); exit() gives
 * MP_ERR_EXIT. *result is NULL on any error. Callable between scripts (the
 * functions and globals of earlier mp_eval_* remain) and from inside host
 * functions; there an exception, exit or fatal error is passed on to the
 * PHP code that called the host function once it returns. */
int mp_call(mp_vm *vm, const char *function, int argc, mp_value **argv, mp_value **result);
/* The same for any PHP callable value: a Closure, an invokable object,
 * [$object, "method"], ["Class", "method"] or a function name (e.g. a
 * callback the script handed to a host function). A value that is not
 * callable gives MP_ERR_RUNTIME (PHP's Error). */
int mp_call_callable(mp_vm *vm, mp_value *callable, int argc, mp_value **argv, mp_value **result);

/* A C function callable from PHP. It gets the arguments as handles and
 * returns its result (NULL = null). USER is the entry's user pointer. */
typedef mp_value *(*mp_native_fn)(mp_vm *vm, int argc, mp_value **argv, void *user);
/* One function to register: PHP name, C function, arity (MAX_ARGS -1 =
 * any number), user pointer. Calls with too few or too many arguments get
 * PHP's ArgumentCountError ("f() expects exactly 1 argument, 0 given")
 * before FN runs. Arguments are passed by value. */
typedef struct mp_function_entry {
    const char  *name;
    mp_native_fn fn;
    int          min_args, max_args;
    void        *user;
} mp_function_entry;
/* Make every function of TABLE (ending with a {NULL} entry) callable from
 * PHP code of this VM, by name or as a callable. MP_OK, or MP_ERR_RUNTIME
 * (message in mp_last_error; the entries before it are registered) when a
 * name is invalid or a function of that name exists already. */
int mp_register_functions(mp_vm *vm, const mp_function_entry *table);
/* From inside a host function: throw a new EXCEPTION_CLASS(MESSAGE) (any
 * Throwable class, e.g. "RuntimeException" or one the script declared) to
 * the PHP code that called it. The exception is thrown when the host
 * function returns (its result is then ignored), so return right after.
 * MP_OK, or MP_ERR_RUNTIME when the class is unknown or not Throwable or
 * no host function is running. */
int mp_throw(mp_vm *vm, const char *exception_class, const char *message);

/* ---- threads ----------------------------------------------------------- */

/* Register the calling host thread with the garbage collector: call it on
 * a thread you created before it uses any VM or value, and make the first
 * call into the library (this or mp_vm_new) from the main thread. Harmless
 * on a thread already registered (the main thread is). 0 on success. */
int  mp_thread_attach(void);
/* Unregister the calling thread (before it exits). Only for threads that
 * called mp_thread_attach, never the main thread; the thread must hold no
 * handles afterwards. */
void mp_thread_detach(void);

#ifdef __cplusplus
}
#endif
#endif
