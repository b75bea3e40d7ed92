/* api.c - the public API of include/minphp.h: VM life cycle, running files
 * and strings, ini settings. Every entry point sets a catch point so that
 * no longjmp ever crosses into the host program. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include "vm.h"
#include "task.h"

mp_vm *mp_vm_new(const mp_config *cfg)
{
    return mp_vm_new_stack(cfg, NULL);
}

mp_vm *mp_vm_new_stack(const mp_config *cfg, mp_val *stack)
{
    mp_gc_init();
    /* a root: the host may keep the pointer where the collector cannot see */
    mp_vm *vm = mp_alloc_root(sizeof *vm);
    if (cfg) vm->cfg = *cfg;
    vm->maxframes = 256;
    vm->frames = mp_alloc(vm, sizeof(mp_frame) * (size_t)vm->maxframes);
    vm->chunks = mp_alloc(vm, sizeof(mp_val *));
    vm->chunks[0] = stack ? stack : mp_alloc(vm, sizeof(mp_val) * MP_STACK_CHUNK);
    vm->nchunks = 1;
    vm->functions = mp_array_new(vm, 64);
    mp_init_classes(vm);
    vm->ini = mp_array_new(vm, 16);
    vm->error_reporting = MP_E_ALL;
    vm->display_errors = 1;
    vm->precision = 14;
    vm->serialize_precision = -1;
    vm->thread_type = MP_THREAD_CLI;
    vm->next_resource_id = 5;
    mp_memory_set_limit(vm, "128M");   /* php's default memory_limit */
    vm->outcap = 1 << 16;
    vm->outbuf = malloc(vm->outcap);
    return vm;
}

size_t *mp_vm_mem_peak(mp_vm *vm)
{
    return &vm->mem_peak;
}

mp_array **mp_vm_env(mp_vm *vm)
{
    return &vm->env;
}

mp_str **mp_vm_strtok(mp_vm *vm, size_t **pos)
{
    *pos = &vm->strtok_pos;
    return &vm->strtok_str;
}

struct mp_rng **mp_vm_rng(mp_vm *vm)
{
    return &vm->rng;
}

struct mp_tz **mp_vm_tz(mp_vm *vm)
{
    return &vm->tz;
}

void mp_vm_free(mp_vm *vm)
{
    if (!vm) return;
    if (vm->deadline) mp_deadline_set(vm, 0);
    mp_flush_output(vm);
    free(vm->outbuf);
    vm->outbuf = NULL;
    mp_preg_free(vm->preg);
    vm->preg = NULL;
    mp_streams_free(vm, vm->streams);
    vm->streams = NULL;
    mp_free_root(vm);
}

static int parse_bool_ini(const char *v)
{
    return strcasecmp(v, "1") == 0 || strcasecmp(v, "on") == 0 || strcasecmp(v, "yes") == 0 || strcasecmp(v, "true") == 0;
}

/* error_reporting accepts numbers and expressions of E_* constants (E_ALL & ~E_NOTICE). */
static int parse_level(const char *s)
{
    int result = 0, op = '|', neg = 0;
    while (*s) {
        while (*s == ' ') s++;
        if (*s == '~') { neg = 1; s++; continue; }
        if (*s == '&' || *s == '|' || *s == '^') { op = *s++; continue; }
        int v = 0;
        if ((*s >= '0' && *s <= '9') || *s == '-') { v = (int)strtol(s, (char **)&s, 10); }
        else {
            const char *e = s;
            while ((*e >= 'A' && *e <= 'Z') || *e == '_') e++;
            const mp_constant *k = mp_constant_lookup(s, (size_t)(e - s));
            v = k && k->type == MP_T_INT ? (int)k->i : 0;
            if (e == s) e++;
            s = e;
        }
        if (neg) v = ~v;
        neg = 0;
        result = op == '|' ? (result | v) : op == '&' ? (result & v) : (result ^ v);
    }
    return result;
}

int mp_ini_set(mp_vm *vm, const char *name, const char *value)
{
    if (strcmp(name, "error_reporting") == 0) vm->error_reporting = parse_level(value);
    else if (strcmp(name, "display_errors") == 0)
        vm->display_errors = strcasecmp(value, "stderr") == 0 ? 2 : (parse_bool_ini(value) || strcasecmp(value, "stdout") == 0) ? 1 : 0;
    else if (strcmp(name, "log_errors") == 0) vm->log_errors = parse_bool_ini(value);
    else if (strcmp(name, "precision") == 0) vm->precision = (int)strtol(value, NULL, 10);
    else if (strcmp(name, "serialize_precision") == 0) vm->serialize_precision = (int)strtol(value, NULL, 10);
    else if (strcmp(name, "memory_limit") == 0) mp_memory_set_limit(vm, value);
    else if (strcmp(name, "max_execution_time") == 0) mp_deadline_set(vm, (int)strtol(value, NULL, 10));
    if (strcmp(name, "error_reporting") == 0) {
        /* stored as the number it means, as ini_get() shows it */
        char buf[24];
        snprintf(buf, sizeof buf, "%d", vm->error_reporting);
        mp_array_set_str(vm, vm->ini, name, strlen(name), mp_v_str(mp_str_cstr(vm, buf)));
        return 0;
    }
    mp_array_set_str(vm, vm->ini, name, strlen(name), mp_v_str(mp_str_cstr(vm, value)));
    return 0;
}

/* php -n's built-in values of the settings minphp knows. */
static const struct { const char *name, *value; } ini_defaults[] = {
    { "arg_separator.input", "&" }, { "arg_separator.output", "&" }, { "display_errors", "1" }, { "error_reporting", "" }, { "html_errors", "0" },
    { "ignore_user_abort", "0" }, { "include_path", ".:/usr/share/php" }, { "log_errors", "0" },
    { "max_execution_time", "0" }, { "memory_limit", "128M" },
    /* the pools (vm/task.c); their thread counts default to the online CPUs */
    { "pagelet_server.document_root", "" }, { "pagelet_server.queue_limit", "0" }, { "pagelet_server.router", "" },
    { "xbox.max_queue_length", "0" }, { "xbox.process_message_func", "xbox_process_message" },
    { "xbox.request_init_document", "" },
    { "pcre.backtrack_limit", "1000000" }, { "pcre.jit", "1" }, { "pcre.recursion_limit", "100000" }, { "precision", "14" },
    { "serialize_precision", "-1" }, { "short_open_tag", "1" },
    { "unserialize_max_depth", "4096" },
};

const char *mp_ini_default_nth(size_t i, const char **value)
{
    if (i >= sizeof ini_defaults / sizeof ini_defaults[0]) return NULL;
    *value = ini_defaults[i].value;
    return ini_defaults[i].name;
}

const char *mp_ini_get(mp_vm *vm, const char *name)
{
    mp_val *v = mp_array_find_str(vm->ini, name, strlen(name));
    if (v && v->type == MP_T_STRING) return v->u.s->data;
    for (size_t i = 0; i < sizeof ini_defaults / sizeof ini_defaults[0]; i++)
        if (strcmp(ini_defaults[i].name, name) == 0) return ini_defaults[i].value;
    return NULL;
}

void mp_set_argv(mp_vm *vm, int argc, char **argv)
{
    vm->argv = mp_array_new(vm, (uint32_t)argc);
    for (int i = 0; i < argc; i++) mp_array_append(vm, vm->argv, mp_v_str(mp_str_cstr(vm, argv[i])));
}

const char *mp_last_error(mp_vm *vm) { return vm->last_error; }
int mp_precision(mp_vm *vm) { return vm ? vm->precision : 14; }
int mp_serialize_precision(mp_vm *vm) { return vm ? vm->serialize_precision : -1; }
int mp_exit_status(mp_vm *vm) { return vm->exit_status; }
int *mp_json_error(mp_vm *vm) { return &vm->json_error; }
struct mp_preg **mp_vm_preg(mp_vm *vm) { return &vm->preg; }
struct mp_streams **mp_vm_streams(mp_vm *vm) { return &vm->streams; }
void mp_vm_input(mp_vm *vm, const char **data, size_t *len) { *data = vm->input_data; *len = vm->input_len; }

/* Set up $argv/$argc/$_SERVER in the global scope of a fresh main frame;
 * the variables of PREV (the globals of an earlier script of this VM, or
 * set by the host) follow them. */
static void init_globals(mp_vm *vm, mp_array *prev)
{
    /* superglobals first, then the script's variables (get_defined_vars order) */
    mp_array *g = vm->globals = mp_array_new(vm, 16);
    mp_array *argv = vm->argv ? vm->argv : mp_array_new(vm, 0);
    mp_val_share(mp_v_arr(argv));
    /* $_SERVER as php-cli fills it: the environment, then the script's entries */
    mp_array *server = mp_array_new(vm, 64);
    extern char **environ;
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (eq) mp_array_set_str(vm, server, *e, (size_t)(eq - *e), mp_v_str(mp_str_cstr(vm, eq + 1)));
    }
    mp_val self = mp_v_str(vm->argv && mp_array_count(vm->argv) ? mp_array_find_int(vm->argv, 0)->u.s : mp_str_empty());
    mp_array_set_str(vm, server, "PHP_SELF", 8, self);
    mp_array_set_str(vm, server, "SCRIPT_NAME", 11, self);
    mp_array_set_str(vm, server, "SCRIPT_FILENAME", 15, self);
    mp_array_set_str(vm, server, "PATH_TRANSLATED", 15, self);
    mp_array_set_str(vm, server, "DOCUMENT_ROOT", 13, mp_v_str(mp_str_empty()));
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    mp_array_set_str(vm, server, "REQUEST_TIME_FLOAT", 18, mp_v_float((double)ts.tv_sec + ts.tv_nsec / 1e6 / 1e3));
    mp_array_set_str(vm, server, "REQUEST_TIME", 12, mp_v_int(ts.tv_sec));
    mp_array_set_str(vm, server, "argv", 4, mp_v_arr(argv));
    mp_array_set_str(vm, server, "argc", 4, mp_v_int(mp_array_count(argv)));
    mp_key k;
    int created;
    /* the order get_defined_vars() shows: _GET _POST _COOKIE _FILES argv argc _SERVER */
    static const char *const early[] = { "_GET", "_POST", "_COOKIE", "_FILES", NULL };
    for (int i = 0; early[i]; i++) {
        k.s = mp_str_cstr(vm, early[i]); k.i = 0;
        mp_val *e = mp_array_lookup_or_add(vm, g, k, &created);
        mp_val *slot = e->type == MP_T_INDIRECT ? e->u.p : e;
        *slot = mp_v_arr(mp_array_new(vm, 0));
    }
    k.s = mp_str_cstr(vm, "argv"); k.i = 0;
    mp_val *e = mp_array_lookup_or_add(vm, g, k, &created);
    mp_val *slot = e->type == MP_T_INDIRECT ? e->u.p : e;
    *slot = mp_v_arr(argv);
    k.s = mp_str_cstr(vm, "argc");
    e = mp_array_lookup_or_add(vm, g, k, &created);
    slot = e->type == MP_T_INDIRECT ? e->u.p : e;
    *slot = mp_v_int(mp_array_count(argv));
    k.s = mp_str_cstr(vm, "_SERVER");
    e = mp_array_lookup_or_add(vm, g, k, &created);
    slot = e->type == MP_T_INDIRECT ? e->u.p : e;
    *slot = mp_v_arr(server);
    if (vm->http && vm->http->req) mp_request_globals(vm, g);
    if (prev) {
        mp_val *pv;
        for (uint32_t pos = 0; mp_array_next(prev, &pos, &k, &pv); ) {
            mp_val v = pv->type == MP_T_INDIRECT ? *(mp_val *)pv->u.p : *pv;
            if (v.type == MP_T_UNDEF) continue;
            e = mp_array_lookup_or_add(vm, g, k, &created);
            if (created) *e = v;
        }
    }
    mp_frame_symtab(vm, &vm->frames[0]);
}

/* Make S's top-level code the main frame, with the global variables (those
 * of an earlier script of this VM are kept), without running it. */
static void enter_main(mp_vm *vm, mp_script *s)
{
    mp_frame *fr = &vm->frames[0];
    mp_array *prev = vm->globals;
    if (prev && fr->func && fr->symtab == prev) mp_symtab_detach(vm, fr);
    mp_val *slot = vm->chunks[0];
    slot->type = MP_T_NULL;
    vm->nframes = 0;
    fr = &vm->frames[vm->nframes++];
    memset(fr, 0, sizeof *fr);
    fr->func = s->main;
    fr->pc = s->main->code;
    fr->base = slot + 1;
    fr->ret_slot = slot;
    fr->limit = vm->chunks[0] + MP_STACK_CHUNK;
    for (int i = 0; i < s->main->nslots; i++) fr->base[i].type = MP_T_UNDEF;
    vm->globals = NULL;
    init_globals(vm, prev);
}

/* For the embedding API (vm/embed.c): a main frame to call PHP code from
 * and a global scope, when no script has run yet. Returns 0 on failure. */
int mp_embed_main(mp_vm *vm)
{
    if (vm->frames[0].func) return 1;
    char err[256];
    int line = 0, level = 0;
    mp_script *s = mp_compile(vm, "<?php ", 6, vm->main_path ? vm->main_path->data : "[embed]", err, sizeof err, &line, &level);
    if (!s) return 0;
    enter_main(vm, s);
    vm->nframes = 0;
    return 1;
}

/* End of the script: the destructors of the objects still alive, first
 * those global variables hold (last declared first), then the others in
 * creation order. Runs on the main frame's stack. */
static int shutdown_objects(mp_vm *vm)
{
    if ((!vm->destructibles && !vm->finally_generators) || !vm->frames[0].func) return MP_OK;
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = 1;
    vm->catcher = &c;
    int saved = vm->nframes;
    volatile int status = MP_OK;
    vm->nframes = 1;
    vm->sp = vm->frames[0].base + vm->frames[0].func->nslots;
    mp_native engine = { NULL, 0, NULL, 1, NULL, NULL, NULL };   /* calls made by the engine: "[internal function]" */
    vm->native = &engine;
    int why = setjmp(c.env);
    if (why == 0) {
        mp_array *g = vm->globals;
        if (g && mp_array_count(g)) {
            uint32_t n = 0;
            mp_val **vals = mp_alloc(vm, sizeof(mp_val *) * mp_array_count(g));
            mp_key k; mp_val *e;
            for (uint32_t pos = 0; mp_array_next(g, &pos, &k, &e); ) vals[n++] = e;
            while (n--) {
                mp_val v = *vals[n];
                if (v.type == MP_T_INDIRECT) v = *(mp_val *)v.u.p;
                if (v.type == MP_T_REF) v = v.u.r->val;
                if (v.type == MP_T_OBJECT) mp_destruct_object(vm, v.u.o);
            }
        }
        mp_run_destructors(vm);
        mp_generators_shutdown(vm);
    } else if (why == MP_UNWIND_EXCEPTION) {
        mp_uncaught(vm);
        status = MP_ERR_RUNTIME;
    } else {
        status = why == MP_UNWIND_EXIT ? MP_ERR_EXIT : MP_ERR_RUNTIME;
    }
    vm->nframes = saved;
    vm->catcher = c.prev;
    vm->native = NULL;
    return status;
}

/* End of the script, before the destructors: the functions given to
 * register_shutdown_function(), in order, with their arguments (ones they
 * register run too). exit() or an uncaught exception in one ends the
 * shutdown functions; the destructors still run unless *fatal is set. */
static int shutdown_functions(mp_vm *vm, int *fatal)
{
    if (!vm->shutdown_funcs || !vm->frames[0].func) return MP_OK;
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = 1;
    vm->catcher = &c;
    int saved = vm->nframes;
    volatile int status = MP_OK;
    volatile uint32_t i = 0;
    vm->nframes = 1;
    vm->sp = vm->frames[0].base + vm->frames[0].func->nslots;
    mp_native engine = { NULL, 0, NULL, 1, NULL, NULL, NULL };   /* "[internal function]" in traces */
    vm->native = &engine;
    int why = setjmp(c.env);
    if (why == 0) {
        mp_val *e;
        while ((e = mp_array_find_int(vm->shutdown_funcs, i++)) != NULL) {
            mp_array *entry = e->u.a;
            uint32_t n = mp_array_count(entry);
            mp_val *args = mp_alloc(vm, sizeof(mp_val) * (n ? n : 1)), ret;
            for (uint32_t k = 1; k < n; k++) args[k - 1] = *mp_array_find_int(entry, k);
            mp_call_value(vm, *mp_array_find_int(entry, 0), (int)n - 1, args, &ret);
            vm->nframes = 1;
            vm->native = &engine;
        }
    } else if (why == MP_UNWIND_EXCEPTION) {
        vm->native = NULL;
        mp_uncaught(vm);
        status = MP_ERR_RUNTIME;
    } else {
        status = why == MP_UNWIND_EXIT ? MP_ERR_EXIT : MP_ERR_RUNTIME;
        if (why != MP_UNWIND_EXIT) *fatal = 1;
    }
    vm->nframes = saved;
    vm->catcher = c.prev;
    vm->native = NULL;
    return status;
}

/* End of the script, after the destructors: the output buffers still open
 * are flushed through their handlers, innermost first, as PHP does. An
 * exception from a handler is reported as uncaught; that buffer is dropped. */
static int shutdown_output(mp_vm *vm)
{
    volatile int status = MP_OK;
    while (vm->nobs) {
        vm->ob_running = 0;
        if (!vm->frames[0].func) { vm->nobs = 0; break; }
        mp_catch c;
        c.prev = vm->catcher;
        c.nframes = 1;
        vm->catcher = &c;
        int saved = vm->nframes;
        vm->nframes = 1;
        vm->sp = vm->frames[0].base + vm->frames[0].func->nslots;
        mp_native engine = { NULL, 0, NULL, 1, NULL, NULL, NULL };
        vm->native = &engine;
        volatile int n = vm->nobs;
        int why = setjmp(c.env);
        if (why == 0) {
            mp_ob_end_all(vm);
        } else {
            if (why == MP_UNWIND_EXCEPTION) mp_uncaught(vm);
            status = why == MP_UNWIND_EXIT ? MP_ERR_EXIT : MP_ERR_RUNTIME;
            if (vm->nobs >= n) vm->nobs = n - 1;
        }
        vm->nframes = saved;
        vm->catcher = c.prev;
        vm->native = NULL;
    }
    vm->ob_running = 0;
    return status;
}

/* Run a compiled script as the main program; with BODY, run BODY instead of
 * the script's top-level code (xbox tasks; frame 0 is then S's main). */
static int run_main(mp_vm *vm, mp_script *s, void (*body)(mp_vm *, void *), void *ud);

int mp_run_script(mp_vm *vm, mp_script *s)
{
    return run_main(vm, s, NULL, NULL);
}

int mp_run_hosted(mp_vm *vm, mp_script *entry, void (*body)(mp_vm *vm, void *ud), void *ud)
{
    return run_main(vm, entry, body, ud);
}

static int run_main(mp_vm *vm, mp_script *s, void (*body)(mp_vm *, void *), void *ud)
{
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = vm->nframes;
    vm->catcher = &c;
    volatile int status = MP_OK, fatal = 0;
    int why = setjmp(c.env);
    if (why == 0) {
        if (!body) {
            mp_task_note_script(vm, s);
            mp_declare_script(vm, s);
        }
        enter_main(vm, s);
        if (body) body(vm, ud);
        else mp_execute(vm);
    } else if (why == MP_UNWIND_EXCEPTION) {
        vm->native = NULL;
        mp_uncaught(vm);
        status = MP_ERR_RUNTIME;
    } else if (why == MP_UNWIND_EXIT) {
        vm->native = NULL;
        status = MP_ERR_EXIT;
    } else {
        vm->native = NULL;
        status = MP_ERR_RUNTIME;
        fatal = 1;
    }
    vm->nframes = c.nframes;
    vm->catcher = c.prev;
    int r = shutdown_functions(vm, (int *)&fatal);
    if (r != MP_OK) status = r;
    /* php runs the destructors after an uncaught exception too, not after a fatal error */
    if (!fatal) {
        r = shutdown_objects(vm);
        if (r != MP_OK) status = r;
    }
    if (vm->nobs) {
        r = shutdown_output(vm);
        if (r != MP_OK && status == MP_OK) status = r;
    }
    mp_flush_output(vm);
    return status;
}

/* Compile SRC; a compile error is reported like php (Parse error / Fatal error). */
static mp_script *compile_reporting(mp_vm *vm, const char *src, size_t len, const char *path)
{
    char err[sizeof vm->last_error];
    int line = 0, level = 0;
    mp_script *s = mp_compile(vm, src, len, path, err, sizeof err, &line, &level);
    if (!s) {
        snprintf(vm->last_error, sizeof vm->last_error, "%s", err);
        mp_report(vm, level, path, line, err);
        mp_flush_output(vm);
        vm->exit_status = 255;
    }
    return s;
}


static char *load(mp_vm *vm, const char *path, size_t *len, char **display)
{
    if (!path || strcmp(path, "-") == 0) {
        *display = strdup("Standard input code");
        return mp_read_stream(stdin, len);
    }
    char *src = mp_read_file(path, len);
    if (!src) {
        snprintf(vm->last_error, sizeof vm->last_error, "Could not open input file: %s", path);
        return NULL;
    }
    char *real = realpath(path, NULL);
    *display = real ? real : strdup(path);
    return src;
}

/* A host function (vm/embed.c) may not start a new script in its own VM:
 * the running one owns the main frame. */
static int script_running(mp_vm *vm)
{
    if (vm->nframes == 0) return 0;
    snprintf(vm->last_error, sizeof vm->last_error, "cannot run a script while this VM runs PHP code (use mp_call)");
    return 1;
}

int mp_eval_file(mp_vm *vm, const char *path)
{
    if (script_running(vm)) return MP_ERR_RUNTIME;
    vm->exit_status = 0;   /* each run starts afresh (a VM may run many) */
    /* a file this process compiled before (another VM, a pagelet): its
     * compiled code is shared, not parsed again */
    struct stat st;
    volatile int cacheable = 0;
    if (path && strcmp(path, "-") != 0) {
        char *real = realpath(path, NULL);
        if (real && stat(real, &st) == 0 && S_ISREG(st.st_mode)) {
            cacheable = 1;
            mp_script *cached = mp_compile_cache_get(real, &st);
            if (cached) {
                vm->main_path = mp_str_cstr(vm, real);
                free(real);
                return mp_run_script(vm, cached);
            }
        }
        free(real);
    }
    size_t len;
    char *display = NULL;
    char *src = load(vm, path, &len, &display);
    if (!src) { vm->exit_status = 1; return MP_ERR_COMPILE; }
    vm->main_path = mp_str_cstr(vm, display);
    mp_catch c;
    c.prev = vm->catcher; c.nframes = vm->nframes;
    vm->catcher = &c;
    mp_script *s = NULL;
    if (setjmp(c.env) == 0) s = compile_reporting(vm, src, len, display);
    vm->catcher = c.prev;
    free(src);
    free(display);
    if (!s) { mp_flush_output(vm); vm->exit_status = 255; return MP_ERR_COMPILE; }
    if (cacheable && !s->diagnostics) mp_compile_cache_put(vm->main_path->data, &st, s);
    return mp_run_script(vm, s);
}

int mp_eval_string(mp_vm *vm, const char *code, const char *filename_arg)
{
    const char *volatile filename = filename_arg;
    if (script_running(vm)) return MP_ERR_RUNTIME;
    size_t len = strlen(code);
    vm->exit_status = 0;
    char *src = malloc(len + 7);
    memcpy(src, "<?php ", 6);
    memcpy(src + 6, code, len + 1);
    const char *name = filename ? filename : "Command line code";
    vm->main_path = mp_str_cstr(vm, name);
    mp_catch c;
    c.prev = vm->catcher; c.nframes = vm->nframes;
    vm->catcher = &c;
    mp_script *s = NULL;
    if (setjmp(c.env) == 0) s = compile_reporting(vm, src, len + 6, name);
    vm->catcher = c.prev;
    free(src);
    if (!s) return MP_ERR_COMPILE;
    vm->eval_string = 1;
    int status = mp_run_script(vm, s);
    vm->eval_string = 0;
    return status;
}

int mp_lint_file(mp_vm *vm, const char *path)
{
    size_t len;
    char *display = NULL;
    char *src = load(vm, path, &len, &display);
    if (!src) return MP_ERR_COMPILE;
    if (path && strcmp(path, "-") != 0) { free(display); display = strdup(path); }   /* php -l names the file as given */
    char err[sizeof vm->last_error];
    int line = 0, level = 0;
    mp_script *s = mp_compile(vm, src, len, display, err, sizeof err, &line, &level);
    if (!s) {
        snprintf(vm->last_error, sizeof vm->last_error, "%s", err);
        mp_report(vm, level, display, line, err);
    }
    mp_flush_output(vm);   /* compile-time warnings come before "No syntax errors detected" */
    free(src);
    free(display);
    return s ? MP_OK : MP_ERR_COMPILE;
}

int mp_dump_file(mp_vm *vm, const char *path)
{
    size_t len;
    char *display = NULL;
    char *src = load(vm, path, &len, &display);
    if (!src) return MP_ERR_COMPILE;
    mp_script *s = compile_reporting(vm, src, len, display);
    free(src);
    free(display);
    if (!s) return MP_ERR_COMPILE;
    mp_dump_script(vm, s, stdout);
    return MP_OK;
}

/* Is parameter I of the resolved callee passed by reference? Writes the
 * callee's display name and the parameter's label into *fn / *label. */
static int callee_param_byref(const mp_func *f, const mp_builtin *b, int i, const char **fn, char *label, size_t size)
{
    label[0] = '\0';
    if (f) {
        const mp_param *p = NULL;
        if (i < f->nparams && !f->params[i].variadic) p = &f->params[i];
        else if (f->has_variadic) p = &f->params[f->nparams - 1];
        *fn = f->display ? f->display->data : f->name->data;
        if (!p || !p->byref) return 0;
        if (!p->variadic) snprintf(label, size, " ($%s)", p->name->data);
        return 1;
    }
    if (!b || !mp_builtin_arg_byref(b, i)) return 0;
    *fn = b->name;
    mp_builtin_arg_label(b, i, label, size);
    return 1;
}

/* A callable resolved once for many calls (array_map...): function names
 * become the function; methods stay as given (resolved per call, with
 * their $this), closures are themselves. Errors as mp_call_value's. */
mp_val mp_callable_prepare(mp_vm *vm, mp_val v)
{
    mp_val callee, aux;
    mp_callable_split(vm, v, &callee, &aux, 1);
    if (callee.type == MP_T_FUNC || callee.type == MP_T_BUILTIN) return callee;
    return *mp_deref(&v);
}

/* Call a PHP callable from C (builtins such as usort use this). Arguments
 * are adapted to the callee as zend_call_function does: a reference given
 * for a by-value parameter passes its value, a value given for a
 * by-reference parameter warns and is passed in a fresh reference. */
void mp_call_value(mp_vm *vm, mp_val callable, int argc, mp_val *argv, mp_val *ret)
{
    mp_frame *fr = &vm->frames[vm->nframes - 1];
    mp_val *slot = vm->sp;
    if (slot + argc + 3 >= fr->limit) mp_throw_ex(vm, MP_EX_ERROR, "Maximum call stack size reached");
    mp_callable_split(vm, callable, &slot[1], &slot[0], 1);
    const mp_func *uf = NULL;
    const mp_builtin *ub = NULL;
    mp_callee_target(slot[1], &uf, &ub);
    int any_byref = !uf || uf->has_byref;
    for (int i = 0; i < argc; i++) {
        const mp_val *src = &argv[i];
        mp_val *dst = &slot[2 + i];
        const char *fn = "";
        char label[80];
        int byref = any_byref && callee_param_byref(uf, ub, i, &fn, label, sizeof label);
        if (src->type == MP_T_REF) {
            if (byref) {
                MP_VCOPY(dst, src);
                continue;
            }
            src = &src->u.r->val;
        } else if (byref) {
            mp_error(vm, MP_E_WARNING, "%s(): Argument #%d%s must be passed by reference, value given", fn, i + 1, label);
            mp_val box = *src;
            mp_ref *r = mp_make_ref(vm, &box);
            r->rc = 0;
            dst->type = MP_T_REF;
            dst->u.r = r;
            continue;
        }
        MP_VCOPY(dst, src);
        mp_val_share(*dst);   /* now also held by the callee */
    }
    mp_val *saved_sp = vm->sp;
    mp_native *saved_native = vm->native;   /* still running: the callback's caller in traces */
    if (mp_start_call(vm, slot + 1, argc, fr->chunk, fr->limit, 1)) {
        mp_execute(vm);
    }
    vm->native = saved_native;
    vm->sp = saved_sp;
    *ret = slot[0].type == MP_T_REF ? slot[0].u.r->val : slot[0];   /* C callers get values */
}

/* Uniform in [min, max] from the VM's Mt19937 (shuffle, array_rand). */
int64_t mp_random_range(mp_vm *vm, int64_t min, int64_t max)
{
    return mp_rand_range(vm, min, max);
}
