/* task.c - pagelet and xbox tasks: two process-wide pools of worker
 * threads, each task run in a fresh VM; the compile cache that lets those
 * VMs share compiled code; the max_execution_time deadline. The only
 * mutable state shared between threads is `shared` below (mutex-guarded)
 * and the tasks themselves (each guarded by its own mutex). Values cross
 * threads only as packed copies (copy.c). */
#define _GNU_SOURCE 1   /* memrchr */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include "vm.h"
#include "task.h"
#include "request.h"

/* ---- the process-wide state ---- */

typedef struct cache_entry {
    struct cache_entry *next;
    char     *path;          /* resolved path (GC atomic) */
    struct timespec mtime;
    off_t     size;
    ino_t     ino;
    mp_script *script;
} cache_entry;

enum { CACHE_BUCKETS = 1024 };

/* A pool of worker threads with a FIFO queue. */
typedef struct pool {
    pthread_mutex_t lock;
    pthread_cond_t work;     /* a task was queued */
    int kind;                /* MP_THREAD_PAGELET or MP_THREAD_XBOX */
    int max_threads;         /* 0: disabled */
    int limit;               /* queue limit (tasks waiting for a thread), 0 = none */
    int nthreads;            /* threads started */
    int free;                /* threads not running a task and not promised one */
    int waiting;             /* queued tasks no thread is promised to */
    struct mp_task *head, *tail;
} pool;

/* Settings the pools' VMs start with: the ini settings of the VM that
 * created the pools (the CLI's -d and -c options). */
typedef struct settings {
    char **pairs;            /* name, value, name, value... (GC memory) */
    int npairs;
    char *docroot;           /* pagelet_server.document_root, resolved */
    char *router;            /* pagelet_server.router, resolved, or NULL */
} settings;

static struct {
    pthread_mutex_t lock;    /* guards every field */
    cache_entry **cache;     /* compile cache buckets (GC memory) */
    pool *pools[2];          /* pagelet, xbox: made on first use */
    settings *settings;
    mp_vm **watched;         /* VMs with a max_execution_time deadline (GC memory) */
    int nwatched, capwatched;
    pthread_cond_t watch;    /* wakes the watchdog when a deadline is set */
    int watchdog;            /* the watchdog thread runs */
} shared = { .lock = PTHREAD_MUTEX_INITIALIZER };

/* ---- compile cache ---- */

static uint32_t path_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

mp_script *mp_compile_cache_get(const char *path, const void *stp)
{
    const struct stat *st = stp;
    mp_script *s = NULL;
    pthread_mutex_lock(&shared.lock);
    if (shared.cache) {
        for (cache_entry *e = shared.cache[path_hash(path) % CACHE_BUCKETS]; e; e = e->next)
            if (strcmp(e->path, path) == 0) {
                if (e->mtime.tv_sec == st->st_mtim.tv_sec && e->mtime.tv_nsec == st->st_mtim.tv_nsec
                    && e->size == st->st_size && e->ino == st->st_ino) s = e->script;
                break;
            }
    }
    pthread_mutex_unlock(&shared.lock);
    return s;
}

void mp_compile_cache_put(const char *path, const void *stp, mp_script *s)
{
    const struct stat *st = stp;
    pthread_mutex_lock(&shared.lock);
    if (!shared.cache) shared.cache = mp_alloc(NULL, sizeof(cache_entry *) * CACHE_BUCKETS);
    cache_entry **b = &shared.cache[path_hash(path) % CACHE_BUCKETS], *e;
    for (e = *b; e && strcmp(e->path, path) != 0; e = e->next) {}
    if (!e) {
        e = mp_alloc(NULL, sizeof *e);
        size_t n = strlen(path);
        e->path = mp_alloc_atomic(NULL, n + 1);
        memcpy(e->path, path, n + 1);
        e->next = *b;
        *b = e;
    }
    e->mtime = st->st_mtim;
    e->size = st->st_size;
    e->ino = st->st_ino;
    e->script = s;
    pthread_mutex_unlock(&shared.lock);
}

mp_script *mp_compile_file_cached(mp_vm *vm, const char *real)
{
    struct stat st;
    if (stat(real, &st) != 0) return NULL;
    mp_script *s = mp_compile_cache_get(real, &st);
    if (s) return s;
    size_t len;
    char *src = mp_read_file(real, &len);
    if (!src) return NULL;
    s = mp_compile_file_or_die(vm, real, src, len);
    free(src);
    /* a file whose compilation warned is compiled again next time, so
     * that its warnings are repeated as PHP repeats them */
    if (!s->diagnostics) mp_compile_cache_put(real, &st, s);
    return s;
}

void mp_task_note_script(mp_vm *vm, mp_script *s)
{
    if (!vm->scripts) vm->scripts = mp_array_new(vm, 8);
    mp_val v;
    v.u.i = 0; v.tw = MP_T_PTR; v.u.p = s;
    /* keyed by the pointer: a file included twice is listed once, in its first place */
    mp_array_set_int(vm, vm->scripts, (int64_t)(intptr_t)s, v);
}

/* ---- max_execution_time ----
 * One watchdog thread sleeps until the earliest deadline of any VM and
 * raises that VM's interrupt flag; the VM notices it on its next backward
 * jump or call and checks the clock (mp_deadline_check). */

static double now_mono(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void *watchdog_main(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&shared.lock);
    for (;;) {
        double now = now_mono(), next = 0;
        for (int i = 0; i < shared.nwatched; ) {
            mp_vm *vm = shared.watched[i];
            if (vm->deadline <= now) {
                __atomic_store_n(&vm->interrupt, 1, __ATOMIC_RELAXED);
                shared.watched[i] = shared.watched[--shared.nwatched];
                shared.watched[shared.nwatched] = NULL;
                continue;
            }
            if (!next || vm->deadline < next) next = vm->deadline;
            i++;
        }
        if (!next) { pthread_cond_wait(&shared.watch, &shared.lock); continue; }
        struct timespec until;
        until.tv_sec = (time_t)next;
        until.tv_nsec = (long)((next - (double)until.tv_sec) * 1e9);
        pthread_cond_timedwait(&shared.watch, &shared.lock, &until);
    }
    return NULL;
}

void mp_deadline_set(mp_vm *vm, int seconds)
{
    pthread_mutex_lock(&shared.lock);
    vm->time_limit = seconds;
    vm->deadline = seconds > 0 ? now_mono() + seconds : 0;
    int i = 0;
    while (i < shared.nwatched && shared.watched[i] != vm) i++;
    if (i < shared.nwatched && !vm->deadline) {
        shared.watched[i] = shared.watched[--shared.nwatched];
        shared.watched[shared.nwatched] = NULL;
    } else if (i == shared.nwatched && vm->deadline) {
        if (shared.nwatched >= shared.capwatched) {
            int cap = shared.capwatched ? shared.capwatched * 2 : 16;
            mp_vm **n = mp_alloc(NULL, sizeof *n * (size_t)cap);
            if (shared.nwatched) memcpy(n, shared.watched, sizeof *n * (size_t)shared.nwatched);
            shared.watched = n;
            shared.capwatched = cap;
        }
        shared.watched[shared.nwatched++] = vm;
    }
    if (vm->deadline && !shared.watchdog) {
        pthread_condattr_t ca;
        pthread_condattr_init(&ca);
        pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
        pthread_cond_init(&shared.watch, &ca);
        pthread_condattr_destroy(&ca);
        shared.watchdog = mp_gc_thread_start(watchdog_main, NULL) == 0;
    }
    if (shared.watchdog) pthread_cond_signal(&shared.watch);
    pthread_mutex_unlock(&shared.lock);
}

void mp_deadline_check(mp_vm *vm)
{
    __atomic_store_n(&vm->interrupt, 0, __ATOMIC_RELAXED);
    pthread_mutex_lock(&shared.lock);
    int over = vm->deadline && now_mono() >= vm->deadline;
    pthread_mutex_unlock(&shared.lock);
    if (!over) return;
    int limit = vm->time_limit;
    mp_deadline_set(vm, 0);
    mp_error(vm, MP_E_ERROR, "Maximum execution time of %d second%s exceeded", limit, limit == 1 ? "" : "s");
}

/* ---- tasks ---- */

/* A chunk of pagelet output handed over by pagelet_server_flush(). */
typedef struct chunk { char *data; size_t len; } chunk;

typedef struct mp_task {
    struct mp_task *next;    /* pool queue link */
    struct pool *pool;       /* its pool; queued: still in its queue (both under the pool's lock) */
    int queued;
    int kind;                /* MP_THREAD_PAGELET / MP_THREAD_XBOX */
    pthread_mutex_t lock;    /* guards the fields below "results" */
    pthread_cond_t cond;     /* signalled on a new chunk and when done */
    const settings *set;
    /* xbox: the message and where the handler comes from */
    mp_packed *message;
    mp_script **scripts;     /* the sending VM's scripts (entry first) */
    int nscripts;
    char *handler;           /* xbox.process_message_func */
    char *init_doc;          /* xbox.request_init_document, resolved, or NULL */
    /* pagelet: the request */
    char *url, *method, *body;
    size_t body_len;
    char **headers;
    int nheaders;
    int timeout;
    /* results */
    int done;
    int code;                /* xbox 200/500; pagelet HTTP status */
    mp_packed *result;       /* xbox 200: the return value */
    char *error;             /* xbox 500: what went wrong */
    chunk *chunks;           /* pagelet: flushed chunks */
    int nchunks, capchunks, read;  /* read: chunks handed to the parent */
    char **rheaders;         /* pagelet: response headers */
    int nrheaders;
    char *rbody;
    size_t rbody_len;
} mp_task;

static char *gc_strndup(const char *s, size_t n)
{
    char *d = mp_alloc_atomic(NULL, n + 1);
    memcpy(d, s, n);
    d[n] = 0;
    return d;
}
static char *gc_strdup(const char *s) { return s ? gc_strndup(s, strlen(s)) : NULL; }

/* The URL as a C string: a NUL byte in it is written %00, so it cannot cut
 * the path short ("/a.php\0.txt" must not run /a.php); the router refuses
 * a decoded NUL. */
static char *url_cstr(const char *s, size_t n)
{
    size_t nuls = 0;
    for (size_t i = 0; i < n; i++) nuls += s[i] == 0;
    char *d = mp_alloc_atomic(NULL, n + 2 * nuls + 1), *o = d;
    for (size_t i = 0; i < n; i++) {
        if (s[i]) *o++ = s[i];
        else { memcpy(o, "%00", 3); o += 3; }
    }
    *o = 0;
    return d;
}

static mp_task *task_new(int kind)
{
    mp_task *t = mp_alloc(NULL, sizeof *t);
    t->kind = kind;
    pthread_mutex_init(&t->lock, NULL);
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&t->cond, &ca);
    pthread_condattr_destroy(&ca);
    return t;
}

static void task_finish(mp_task *t)
{
    pthread_mutex_lock(&t->lock);
    t->done = 1;
    pthread_cond_broadcast(&t->cond);
    pthread_mutex_unlock(&t->lock);
}

/* Wait (T locked) until READY(T) or TIMEOUT_MS pass (<= 0: forever).
 * Returns 0 on timeout. */
static int task_wait(mp_task *t, int64_t timeout_ms, int (*ready)(mp_task *))
{
    if (ready(t)) return 1;
    if (timeout_ms <= 0) {
        while (!ready(t)) pthread_cond_wait(&t->cond, &t->lock);
        return 1;
    }
    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_sec += timeout_ms / 1000;
    until.tv_nsec += (timeout_ms % 1000) * 1000000;
    if (until.tv_nsec >= 1000000000) { until.tv_sec++; until.tv_nsec -= 1000000000; }
    while (!ready(t))
        if (pthread_cond_timedwait(&t->cond, &t->lock, &until) == ETIMEDOUT) return ready(t);
    return 1;
}

static int is_done(mp_task *t) { return t->done; }
static int has_output(mp_task *t) { return t->done || t->read < t->nchunks; }

/* ---- pools ---- */

static void run_xbox(mp_task *t, mp_val *stack);
static void run_pagelet(mp_task *t, mp_val *stack);

static void *worker_main(void *arg)
{
    pool *pl = arg;
    /* one value stack for all the VMs this thread runs, one after another */
    mp_val *stack = mp_alloc(NULL, sizeof(mp_val) * MP_STACK_CHUNK);
    pthread_mutex_lock(&pl->lock);
    for (;;) {
        while (!pl->head) pthread_cond_wait(&pl->work, &pl->lock);
        mp_task *t = pl->head;
        pl->head = t->next;
        if (!pl->head) pl->tail = NULL;
        t->next = NULL;
        t->queued = 0;
        pthread_mutex_unlock(&pl->lock);
        if (t->kind == MP_THREAD_XBOX) run_xbox(t, stack);
        else run_pagelet(t, stack);
        t = NULL;
        pthread_mutex_lock(&pl->lock);
        /* this thread now serves a task still waiting, or becomes free */
        if (pl->waiting > 0) pl->waiting--;
        else pl->free++;
    }
    return NULL;
}

/* Queue T; 0 when the queue is full. */
static int pool_submit(pool *pl, mp_task *t)
{
    pthread_mutex_lock(&pl->lock);
    if (pl->free > 0) pl->free--;
    else if (pl->nthreads < pl->max_threads && mp_gc_thread_start(worker_main, pl) == 0) pl->nthreads++;
    else if (pl->limit > 0 && pl->waiting >= pl->limit) { pthread_mutex_unlock(&pl->lock); return 0; }
    else pl->waiting++;
    if (pl->tail) pl->tail->next = t; else pl->head = t;
    pl->tail = t;
    t->pool = pl;
    t->queued = 1;
    pthread_cond_signal(&pl->work);
    pthread_mutex_unlock(&pl->lock);
    return 1;
}

/* Someone is about to wait for T without a timeout: if no thread has
 * taken it yet, run it here and now instead. A worker waiting for a task
 * queued behind it would otherwise wait forever once every thread of the
 * pool waits (tasks starting tasks). */
static void task_steal(mp_task *t, mp_val *stack)
{
    pool *pl = t->pool;
    if (!pl) return;
    pthread_mutex_lock(&pl->lock);
    if (!t->queued) { pthread_mutex_unlock(&pl->lock); return; }
    mp_task **p = &pl->head, *prev = NULL;
    while (*p != t) { prev = *p; p = &(*p)->next; }
    *p = t->next;
    if (pl->tail == t) pl->tail = prev;
    t->next = NULL;
    t->queued = 0;
    /* one queued task fewer: a waiting one keeps the promised thread, or it is free again */
    if (pl->waiting > 0) pl->waiting--;
    else pl->free++;
    pthread_mutex_unlock(&pl->lock);
    if (t->kind == MP_THREAD_XBOX) run_xbox(t, stack);
    else run_pagelet(t, stack);
}

static int ini_int(mp_vm *vm, const char *name, int def)
{
    const char *v = mp_ini_get(vm, name);
    return v && *v ? (int)strtol(v, NULL, 10) : def;
}

static char *resolve(const char *p)
{
    if (!p || !*p) return NULL;
    char *r = realpath(p, NULL);
    char *g = gc_strdup(r ? r : p);
    free(r);
    return g;
}

/* The settings snapshot (shared locked). */
static settings *make_settings(mp_vm *vm)
{
    settings *s = mp_alloc(NULL, sizeof *s);
    uint32_t n = vm->ini ? mp_array_count(vm->ini) : 0;
    s->pairs = mp_alloc(NULL, sizeof(char *) * 2 * (n + 1));
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; n && mp_array_next(vm->ini, &pos, &k, &e); ) {
        if (!k.s || e->type != MP_T_STRING) continue;
        s->pairs[s->npairs++] = gc_strndup(k.s->data, k.s->len);
        s->pairs[s->npairs++] = gc_strndup(e->u.s->data, e->u.s->len);
    }
    const char *dr = mp_ini_get(vm, "pagelet_server.document_root");
    if (dr && *dr) s->docroot = resolve(dr);
    else {
        /* the folder of the main script; the current folder for -r code */
        char *path = NULL;
        if (vm->main_path && vm->main_path->data[0] == '/') {
            path = strdup(vm->main_path->data);
            char *slash = strrchr(path, '/');
            if (slash == path) slash[1] = 0; else *slash = 0;
        }
        if (!path) path = getcwd(NULL, 0);
        s->docroot = gc_strdup(path ? path : ".");
        free(path);
    }
    s->router = resolve(mp_ini_get(vm, "pagelet_server.router"));
    return s;
}

static long online_cpus(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

/* The pool of KIND (created on first use with VM's settings). */
static pool *get_pool(mp_vm *vm, int kind)
{
    int i = kind == MP_THREAD_XBOX;
    pthread_mutex_lock(&shared.lock);
    if (!shared.settings) shared.settings = make_settings(vm);
    pool *pl = shared.pools[i];
    if (!pl) {
        pl = mp_alloc(NULL, sizeof *pl);
        pthread_mutex_init(&pl->lock, NULL);
        pthread_cond_init(&pl->work, NULL);
        pl->kind = kind;
        if (kind == MP_THREAD_XBOX) {
            pl->max_threads = ini_int(vm, "xbox.thread_count", (int)online_cpus());
            pl->limit = ini_int(vm, "xbox.max_queue_length", 0);
        } else {
            pl->max_threads = ini_int(vm, "pagelet_server.thread_count", (int)online_cpus());
            pl->limit = ini_int(vm, "pagelet_server.queue_limit", 0);
        }
        if (pl->max_threads < 0) pl->max_threads = 0;
        shared.pools[i] = pl;
    }
    pthread_mutex_unlock(&shared.lock);
    return pl;
}

/* A fresh VM for a task, with the settings of the process. */
static mp_vm *task_vm(mp_task *t, const mp_config *cfg, mp_val *stack)
{
    mp_vm *vm = mp_vm_new_stack(cfg, stack);
    for (int i = 0; i + 1 < t->set->npairs; i += 2) mp_ini_set(vm, t->set->pairs[i], t->set->pairs[i + 1]);
    vm->thread_type = t->kind;
    vm->task = t;
    return vm;
}

/* ---- xbox ---- */

typedef struct outbuf { char *data; size_t len, cap; } outbuf;

/* Write the first N bytes of O to stdout in one locked write and keep the rest. */
static void out_emit(outbuf *o, size_t n)
{
    if (!n) return;
    flockfile(stdout);
    fwrite(o->data, 1, n, stdout);
    fflush(stdout);
    funlockfile(stdout);
    memmove(o->data, o->data + n, o->len - n);
    o->len -= n;
}

/* An xbox VM's output: kept until the task ends, except that a task
 * printing much hands over its complete lines as it goes (never part of
 * a line, so threads never interleave inside one). */
static void out_write(void *user, const char *s, size_t n)
{
    outbuf *o = user;
    if (o->len + n > (256u << 10) && o->len) {
        const char *nl = memrchr(o->data, '\n', o->len);
        if (nl) out_emit(o, (size_t)(nl - o->data) + 1);
    }
    if (o->len + n > o->cap) {
        size_t cap = o->cap ? o->cap * 2 : 4096;
        while (cap < o->len + n) cap *= 2;
        o->data = realloc(o->data, cap);
        o->cap = cap;
    }
    memcpy(o->data + o->len, s, n);
    o->len += n;
}

/* A property of a Throwable by name (its slot in the root class). */
static mp_val ex_field(mp_object *o, const char *name)
{
    mp_class *base = o->cls;
    while (base->parent) base = base->parent;
    mp_val *e = mp_array_find_str(base->props, name, strlen(name));
    if (!e) return mp_v_null();
    mp_val v = o->slots[((mp_prop *)e->u.p)->slot];
    return v.type == MP_T_REF ? v.u.r->val : v;
}

static void set_server_var(mp_vm *vm, const char *name, mp_val v)
{
    mp_val *sv = mp_array_find_str(mp_globals(vm), "_SERVER", 7);
    if (!sv) return;
    if (sv->type == MP_T_INDIRECT) sv = sv->u.p;
    if (sv->type == MP_T_REF) sv = &sv->u.r->val;
    if (sv->type != MP_T_ARRAY) return;
    sv->u.a = mp_array_separate(vm, sv->u.a);
    mp_array_set_str(vm, sv->u.a, name, strlen(name), v);
}

/* Declare what the sending VM's scripts declare at top level: functions,
 * then classes as soon as their parents and interfaces exist. */
static void declare_scripts(mp_vm *vm, mp_task *t)
{
    for (int i = 0; i < t->nscripts; i++) {
        mp_script *s = t->scripts[i];
        mp_task_note_script(vm, s);
        for (int k = 0; k < s->nhoisted; k++)
            if (!mp_array_find(vm->functions, (mp_key){ s->hoisted[k]->lcname, 0 })) mp_declare_function(vm, s->hoisted[k]);
    }
    for (int progress = 1; progress; ) {
        progress = 0;
        for (int i = 0; i < t->nscripts; i++) {
            mp_script *s = t->scripts[i];
            for (int k = 0; k < s->ntoplevel; k++)
                if (!mp_class_declared(vm, s->toplevel[k]) && mp_class_ready(vm, s->toplevel[k])) {
                    mp_declare_class(vm, s->toplevel[k]);
                    progress = 1;
                }
        }
    }
}

static void xbox_fail(mp_task *t, const char *msg)
{
    t->code = 500;
    t->error = gc_strdup(msg);
    t->result = NULL;
}

static void xbox_body(mp_vm *vm, void *ud)
{
    mp_task *t = ud;
    mp_frame *f0 = &vm->frames[0];
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = vm->nframes;
    vm->catcher = &c;
    int why = setjmp(c.env);
    if (why == 0) {
        vm->sp = f0->base + f0->func->nslots;
        declare_scripts(vm, t);
        set_server_var(vm, "THREAD_TYPE", mp_v_str(mp_str_cstr(vm, "Xbox Thread")));
        if (t->init_doc) {
            mp_val *slot = vm->sp;
            *slot = mp_v_str(mp_str_cstr(vm, t->init_doc));
            vm->sp = slot + 1;
            if (mp_include(vm, f0, slot, MP_INC_REQUIRE_ONCE)) mp_execute(vm);
            vm->sp = f0->base + f0->func->nslots;
        }
        char err[1024];
        mp_val msg, ret;
        if (!mp_unpack(vm, t->message, &msg, "$message", err, sizeof err)) {
            xbox_fail(t, err);
        } else {
            mp_val fn = mp_resolve_function(vm, mp_str_cstr(vm, t->handler), 0);
            if (fn.type == MP_T_UNDEF) {
                snprintf(err, sizeof err, "Call to undefined function %s()", t->handler);
                xbox_fail(t, err);
            } else {
                mp_call_value(vm, fn, 1, &msg, &ret);
                mp_packed *p = mp_pack(vm, ret, "$ret", err, sizeof err);
                if (p) { t->code = 200; t->result = p; }
                else xbox_fail(t, err);
            }
        }
    } else if (why == MP_UNWIND_EXCEPTION) {
        mp_object *o = vm->exception.u.o;
        mp_val m = ex_field(o, "message"), file = ex_field(o, "file"), line = ex_field(o, "line");
        mp_str *s = mp_str_printf(vm, "Uncaught %s: %s in %s:%lld", o->cls->name->data,
                                  m.type == MP_T_STRING ? m.u.s->data : "",
                                  file.type == MP_T_STRING ? file.u.s->data : "", (long long)(line.type == MP_T_INT ? line.u.i : 0));
        vm->exception = mp_v_undef();
        xbox_fail(t, s->data);
    } else if (why == MP_UNWIND_EXIT) {
        if (!t->result && !t->error) { t->code = 200; t->result = mp_pack(vm, mp_v_null(), "$ret", NULL, 0); }
    } else {
        xbox_fail(t, vm->last_error[0] ? vm->last_error : "Fatal error");
    }
    vm->nframes = c.nframes;
    vm->catcher = c.prev;
    vm->native = NULL;
}

static void run_xbox(mp_task *t, mp_val *stack)
{
    outbuf out = { 0 };
    mp_config cfg = { out_write, NULL, &out };
    mp_vm *vm = task_vm(t, &cfg, stack);
    mp_run_hosted(vm, t->scripts[0], xbox_body, t);
    if (!t->code) xbox_fail(t, vm->last_error[0] ? vm->last_error : "Fatal error");
    mp_vm_free(vm);   /* after reading last_error: the VM struct is freed */
    out_emit(&out, out.len);   /* one write: never interleaved inside a line with other threads */
    free(out.data);
    t->message = NULL;
    t->scripts = NULL;
    task_finish(t);
}

/* ---- pagelets ---- */

static void pagelet_flush(void *user, const char *data, size_t len)
{
    mp_task *t = user;
    if (!len) return;
    char *copy = gc_strndup(data, len);
    pthread_mutex_lock(&t->lock);
    if (t->nchunks >= t->capchunks) {
        int cap = t->capchunks ? t->capchunks * 2 : 8;
        chunk *n = mp_alloc(NULL, sizeof *n * (size_t)cap);
        if (t->nchunks) memcpy(n, t->chunks, sizeof *n * (size_t)t->nchunks);
        t->chunks = n;
        t->capchunks = cap;
    }
    t->chunks[t->nchunks].data = copy;
    t->chunks[t->nchunks].len = len;
    t->nchunks++;
    pthread_cond_broadcast(&t->cond);
    pthread_mutex_unlock(&t->lock);
}

static void run_pagelet(mp_task *t, mp_val *stack)
{
    mp_vm *vm = task_vm(t, NULL, stack);
    mp_request req;
    memset(&req, 0, sizeof req);
    req.url = t->url;
    req.method = t->method;
    req.headers = (const char *const *)t->headers;
    req.nheaders = t->nheaders;
    req.body = t->body;
    req.body_len = t->body_len;
    req.docroot = t->set->docroot;
    req.router = t->set->router;
    req.timeout_seconds = t->timeout;
    req.flush = pagelet_flush;
    req.user = t;
    mp_response resp;
    memset(&resp, 0, sizeof resp);
    mp_request_run(vm, &req, &resp);
    mp_vm_free(vm);
    char **h = mp_alloc(NULL, sizeof(char *) * (size_t)(resp.nheaders + 1));
    for (int i = 0; i < resp.nheaders; i++) h[i] = gc_strdup(resp.headers[i]);
    char *body = gc_strndup(resp.body ? resp.body : "", resp.body_len);
    pthread_mutex_lock(&t->lock);
    t->code = resp.code;
    t->rheaders = h;
    t->nrheaders = resp.nheaders;
    t->rbody = body;
    t->rbody_len = resp.body_len;
    pthread_mutex_unlock(&t->lock);
    mp_response_free(&resp);
    task_finish(t);
}

/* ---- the builtins ---- */

static const mp_resource_kind xbox_kind = { "XboxTask", NULL };
static const mp_resource_kind pagelet_kind = { "PageletTask", NULL };

static mp_task *task_arg(mp_vm *vm, mp_val v, const mp_resource_kind *kind, const char *fn)
{
    mp_resource *r = v.u.res;
    if (r->kind != kind)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): supplied resource is not a valid %s resource", fn, kind->name);
    return r->data;
}

static void set_ref(mp_val ref, mp_val v)
{
    if (ref.type == MP_T_REF) ref.u.r->val = v;
}

/* The xbox task for MSG, queued; throws as HHVM does when it cannot be. */
static mp_task *xbox_start(mp_vm *vm, mp_val msg)
{
    pool *pl = get_pool(vm, MP_THREAD_XBOX);
    if (!pl->max_threads) mp_throw_ex(vm, MP_EX_EXCEPTION, "Cannot create new Xbox task because the Xbox is not enabled");
    char err[1024];
    mp_packed *p = mp_pack(vm, msg, "$message", err, sizeof err);
    if (!p) mp_throw_ex(vm, MP_EX_ERROR, "%s", err);
    mp_task *t = task_new(MP_THREAD_XBOX);
    t->set = shared.settings;
    t->message = p;
    uint32_t n = vm->scripts ? mp_array_count(vm->scripts) : 0;
    t->scripts = mp_alloc(NULL, sizeof(mp_script *) * (n + 1));
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; n && mp_array_next(vm->scripts, &pos, &k, &e); ) t->scripts[t->nscripts++] = e->u.p;
    if (!t->nscripts) mp_throw_ex(vm, MP_EX_EXCEPTION, "Cannot create new Xbox task outside of a script");
    const char *h = mp_ini_get(vm, "xbox.process_message_func");
    t->handler = gc_strdup(h && *h ? h : "xbox_process_message");
    t->init_doc = resolve(mp_ini_get(vm, "xbox.request_init_document"));
    /* what the caller printed so far comes before the task's output */
    mp_flush_output(vm);
    if (!pool_submit(pl, t))
        mp_throw_ex(vm, MP_EX_EXCEPTION, "Cannot create new Xbox task because the Xbox queue has reached maximum capacity");
    return t;
}

/* xbox_task_start(mixed $message): resource */
static void bi_xbox_task_start(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_task *t = xbox_start(vm, argv[0]);
    *ret = mp_v_res(mp_resource_new(vm, &xbox_kind, t));
}

/* xbox_task_status(resource $task): bool */
static void bi_xbox_task_status(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_task *t = task_arg(vm, argv[0], &xbox_kind, "xbox_task_status");
    pthread_mutex_lock(&t->lock);
    int d = t->done;
    pthread_mutex_unlock(&t->lock);
    *ret = mp_v_bool(d);
}

/* The finished task's outcome in VM: 200 and the value, or 500 and the error. */
static int xbox_outcome(mp_vm *vm, mp_task *t, mp_val *out)
{
    if (t->code == 200) {
        char err[1024];
        if (mp_unpack(vm, t->result, out, "$ret", err, sizeof err)) return 200;
        *out = mp_v_str(mp_str_cstr(vm, err));
        return 500;
    }
    *out = mp_v_str(mp_str_cstr(vm, t->error ? t->error : ""));
    return 500;
}

/* xbox_task_result(resource $task, int $timeout_ms, &$ret): int */
static void bi_xbox_task_result(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_task *t = task_arg(vm, argv[0], &xbox_kind, "xbox_task_result");
    if (argv[1].u.i <= 0) task_steal(t, NULL);
    pthread_mutex_lock(&t->lock);
    int ok = task_wait(t, argv[1].u.i, is_done);
    pthread_mutex_unlock(&t->lock);
    if (!ok) {
        set_ref(argv[2], mp_v_str(mp_str_empty()));
        *ret = mp_v_int(-1);
        return;
    }
    mp_val v;
    int code = xbox_outcome(vm, t, &v);
    set_ref(argv[2], v);
    *ret = mp_v_int(code);
}

static int local_host(mp_vm *vm, mp_val host, const char *fn)
{
    const char *h = host.type == MP_T_STRING ? host.u.s->data : "localhost";
    if (!*h || strcmp(h, "localhost") == 0 || strcmp(h, "127.0.0.1") == 0 || strcmp(h, "::1") == 0) return 1;
    mp_error(vm, MP_E_WARNING, "%s(): Remote xbox hosts are not supported (%s)", fn, h);
    return 0;
}

/* xbox_send_message(mixed $msg, &$ret, int $timeout_ms, string $host = "localhost"): bool */
static void bi_xbox_send_message(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (!local_host(vm, argc > 3 ? argv[3] : mp_v_null(), "xbox_send_message")) {
        set_ref(argv[1], mp_v_arr(mp_array_new(vm, 0)));
        *ret = mp_v_bool(0);
        return;
    }
    mp_task *t = xbox_start(vm, argv[0]);
    int64_t ms = argv[2].u.i > 0 ? argv[2].u.i : 500;
    pthread_mutex_lock(&t->lock);
    int ok = task_wait(t, ms, is_done);
    pthread_mutex_unlock(&t->lock);
    mp_array *a = mp_array_new(vm, 2);
    if (!ok) {
        set_ref(argv[1], mp_v_arr(a));
        *ret = mp_v_bool(0);
        return;
    }
    mp_val v;
    int code = xbox_outcome(vm, t, &v);
    mp_array_set_str(vm, a, "code", 4, mp_v_int(code));
    mp_array_set_str(vm, a, code == 200 ? "response" : "error", code == 200 ? 8 : 5, v);
    set_ref(argv[1], mp_v_arr(a));
    *ret = mp_v_bool(1);
}

/* xbox_post_message(mixed $msg, string $host = "localhost"): bool */
static void bi_xbox_post_message(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (!local_host(vm, argc > 1 ? argv[1] : mp_v_null(), "xbox_post_message")) { *ret = mp_v_bool(0); return; }
    xbox_start(vm, argv[0]);
    *ret = mp_v_bool(1);
}

/* hphp_thread_type(): int */
static void bi_hphp_thread_type(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_int(vm->thread_type);
}

/* pagelet_server_is_enabled(): bool */
static void bi_pagelet_server_is_enabled(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_bool(get_pool(vm, MP_THREAD_PAGELET)->max_threads > 0);
}

/* pagelet_server_tasks_started(): int */
static void bi_pagelet_server_tasks_started(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_int(vm->tasks_started);
}

/* "Name: value" from a headers argument entry; NULL to drop it. */
static char *header_line(mp_vm *vm, mp_key k, mp_val v)
{
    if (v.type == MP_T_REF) v = v.u.r->val;
    mp_str *s = mp_to_str(vm, v);
    if (k.s) {
        char *l = mp_alloc_atomic(NULL, k.s->len + 2 + s->len + 1);
        memcpy(l, k.s->data, k.s->len);
        memcpy(l + k.s->len, ": ", 2);
        memcpy(l + k.s->len + 2, s->data, s->len + 1);
        return l;
    }
    if (!strstr(s->data, ": ")) return NULL;
    return gc_strndup(s->data, s->len);
}

/* pagelet_server_task_start(string $url, array $headers = [], string $post_data = "",
 *                           array $files = [], int $timeout_seconds = 0): ?resource */
static void bi_pagelet_server_task_start(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    pool *pl = get_pool(vm, MP_THREAD_PAGELET);
    if (!pl->max_threads) {
        mp_error(vm, MP_E_WARNING, "pagelet_server_task_start(): The pagelet server is not enabled (pagelet_server.thread_count = 0)");
        return;
    }
    mp_task *t = task_new(MP_THREAD_PAGELET);
    t->set = shared.settings;
    t->url = url_cstr(argv[0].u.s->data, argv[0].u.s->len);
    mp_array *h = argc > 1 ? argv[1].u.a : NULL;
    uint32_t n = h ? mp_array_count(h) : 0;
    t->headers = mp_alloc(NULL, sizeof(char *) * (n + 1));
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; n && mp_array_next(h, &pos, &k, &e); ) {
        char *l = header_line(vm, k, *e);
        if (l) t->headers[t->nheaders++] = l;
    }
    mp_str *post = argc > 2 ? argv[2].u.s : mp_str_empty();
    t->body = gc_strndup(post->data, post->len);
    t->body_len = post->len;
    t->method = post->len ? "POST" : "GET";
    t->timeout = argc > 4 ? (int)argv[4].u.i : 0;
    if (!pool_submit(pl, t)) {
        mp_error(vm, MP_E_WARNING, "pagelet_server_task_start(): The pagelet server queue is full (pagelet_server.queue_limit = %d)", pl->limit);
        return;
    }
    vm->tasks_started++;
    *ret = mp_v_res(mp_resource_new(vm, &pagelet_kind, t));
}

/* pagelet_server_task_status(resource $task): int */
static void bi_pagelet_server_task_status(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_task *t = task_arg(vm, argv[0], &pagelet_kind, "pagelet_server_task_status");
    pthread_mutex_lock(&t->lock);
    int s = t->read < t->nchunks ? 1 : t->done ? 2 : 0;
    pthread_mutex_unlock(&t->lock);
    *ret = mp_v_int(s);
}

/* pagelet_server_task_result(resource $task, &$headers, &$code, int $timeout_ms = 0): string */
static void bi_pagelet_server_task_result(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_task *t = task_arg(vm, argv[0], &pagelet_kind, "pagelet_server_task_result");
    int64_t ms = argc > 3 ? argv[3].u.i : 0;
    if (ms <= 0) task_steal(t, NULL);
    pthread_mutex_lock(&t->lock);
    if (!task_wait(t, ms, has_output)) {
        pthread_mutex_unlock(&t->lock);
        set_ref(argv[2], mp_v_int(-1));
        *ret = mp_v_str(mp_str_empty());
        return;
    }
    if (t->read < t->nchunks) {
        chunk c = t->chunks[t->read++];
        pthread_mutex_unlock(&t->lock);
        set_ref(argv[2], mp_v_int(0));
        *ret = mp_v_str(mp_str_new(vm, c.data, c.len));
        return;
    }
    pthread_mutex_unlock(&t->lock);
    /* done: the fields below are no longer written */
    mp_array *h = mp_array_new(vm, (uint32_t)t->nrheaders);
    for (int i = 0; i < t->nrheaders; i++) mp_array_append(vm, h, mp_v_str(mp_str_cstr(vm, t->rheaders[i])));
    set_ref(argv[1], mp_v_arr(h));
    set_ref(argv[2], mp_v_int(t->code));
    *ret = mp_v_str(mp_str_new(vm, t->rbody, t->rbody_len));
}

static const mp_builtin rows[] = {
    { "hphp_thread_type", bi_hphp_thread_type, 0, 0, "", "" },
    { "pagelet_server_is_enabled", bi_pagelet_server_is_enabled, 0, 0, "", "" },
    { "pagelet_server_task_result", bi_pagelet_server_task_result, 3, 4, "r&z&zi", "task headers code timeout_ms", "0" },
    { "pagelet_server_task_start", bi_pagelet_server_task_start, 1, 5, "sasai", "url headers post_data files timeout_seconds", "[] '' [] 0" },
    { "pagelet_server_task_status", bi_pagelet_server_task_status, 1, 1, "r", "task" },
    { "pagelet_server_tasks_started", bi_pagelet_server_tasks_started, 0, 0, "", "" },
    { "xbox_post_message", bi_xbox_post_message, 1, 2, "zs", "msg host", "'localhost'" },
    { "xbox_send_message", bi_xbox_send_message, 3, 4, "z&zis", "msg ret timeout_ms host", "'localhost'" },
    { "xbox_task_result", bi_xbox_task_result, 3, 3, "ri&z", "task timeout_ms ret" },
    { "xbox_task_start", bi_xbox_task_start, 1, 1, "z", "message" },
    { "xbox_task_status", bi_xbox_task_status, 1, 1, "r", "task" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_task, rows);
