/* embed.c - the value, call and thread parts of include/minphp.h: handles
 * for PHP values, global variables, calls in both directions (mp_call, host
 * functions registered with mp_register_functions), mp_throw, thread
 * registration. As in api.c, every entry point that may run PHP code sets a
 * catch point first, so no longjmp ever crosses the host's C frames. */
#include <stdlib.h>
#include <string.h>
#include "vm.h"

/* A handle: a GC-allocated box holding one value (never a reference). */
struct mp_value {
    mp_val v;
};

/* A host function: a builtin row (first, so the mp_builtin pointer the VM
 * passes around is the host_fn) plus the C function and its user data. */
typedef struct host_fn {
    mp_builtin   row;
    mp_native_fn fn;
    void        *user;
} host_fn;

/* Allocations made for the host outside PHP code are not checked against
 * memory_limit (its fatal error would longjmp across the host's frames);
 * they count at the next check PHP code makes. */
#define UNCHECKED(vm, ...) do { size_t at_ = (vm)->mem.check_at; (vm)->mem.check_at = SIZE_MAX; \
    __VA_ARGS__; (vm)->mem.check_at = at_; } while (0)

static mp_value *box(mp_vm *vm, mp_val v)
{
    if (v.type == MP_T_REF) v = v.u.r->val;
    if (v.type == MP_T_UNDEF || v.type == MP_T_INDIRECT) v = mp_v_null();
    mp_val_share(v);   /* now held by the host too */
    mp_value *h;
    UNCHECKED(vm, h = mp_alloc(vm, sizeof *h));
    h->v = v;
    return h;
}

static mp_val unbox(mp_value *h)
{
    return h ? h->v : mp_v_null();
}

/* ---- running PHP code from the host ---- */

/* "Uncaught Class: message" for mp_last_error. */
static void note_exception(mp_vm *vm, mp_val ex)
{
    if (ex.type != MP_T_OBJECT) { snprintf(vm->last_error, sizeof vm->last_error, "Uncaught exception"); return; }
    mp_object *o = ex.u.o;
    mp_class *base = o->cls;
    while (base->parent) base = base->parent;
    mp_val *e = mp_array_find_str(base->props, "message", 7);
    mp_val msg = e ? *mp_deref(&o->slots[((mp_prop *)e->u.p)->slot]) : mp_v_null();
    snprintf(vm->last_error, sizeof vm->last_error, "Uncaught %s: %s", o->cls->name->data,
             msg.type == MP_T_STRING ? msg.u.s->data : "");
}

typedef void (*body_fn)(mp_vm *vm, void *ud);

/* Run BODY under a catch point. Outside any script (the host calling in
 * between runs) it runs on the main frame as a call made by the engine;
 * an uncaught exception is reported as PHP reports it when REPORT is set.
 * Inside a host function, an exception, exit or fatal error is kept
 * pending, for the host function's return to pass on to PHP. */
static int protect(mp_vm *vm, body_fn body, void *ud, int report)
{
    volatile int top = vm->nframes == 0;
    int ready = 1;
    if (top) UNCHECKED(vm, ready = mp_embed_main(vm));
    if (!ready) {
        snprintf(vm->last_error, sizeof vm->last_error, "cannot set up the main frame");
        return MP_ERR_RUNTIME;
    }
    int saved_nframes = vm->nframes;
    mp_val *saved_sp = vm->sp;
    mp_native *saved_native = vm->native;
    mp_native engine = { NULL, 0, NULL, 1, NULL, NULL, NULL };
    if (top) {
        vm->nframes = 1;
        vm->sp = vm->frames[0].base + vm->frames[0].func->nslots;
        vm->native = &engine;
    }
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = vm->nframes;
    vm->catcher = &c;
    volatile int status = MP_OK;
    int why = setjmp(c.env);
    if (why == 0) body(vm, ud);
    vm->catcher = c.prev;
    if (why) {
        status = why == MP_UNWIND_EXIT ? MP_ERR_EXIT : MP_ERR_RUNTIME;
        mp_val ex = vm->exception;
        if (why == MP_UNWIND_EXCEPTION) note_exception(vm, ex);
        if (!top) {
            vm->host_pending = why;
            vm->host_exception = ex;
            vm->exception = mp_v_undef();
        } else if (why == MP_UNWIND_EXCEPTION) {
            vm->nframes = 0;
            vm->native = NULL;
            if (report) mp_uncaught(vm);
            vm->exception = mp_v_undef();
        }
    }
    vm->nframes = saved_nframes;
    vm->sp = saved_sp;
    vm->native = saved_native;
    mp_flush_output(vm);   /* the host sees the output before it goes on */
    return status;
}

typedef struct call_args {
    const char *name;        /* function name, or NULL: call CALLABLE */
    mp_val callable;
    int argc;
    mp_value **argv;
    mp_val ret;
} call_args;

static void call_body(mp_vm *vm, void *ud)
{
    call_args *a = ud;
    mp_val *args = mp_alloc(vm, sizeof(mp_val) * (size_t)(a->argc > 0 ? a->argc : 1));
    for (int i = 0; i < a->argc; i++) {
        args[i] = unbox(a->argv[i]);
        mp_val_share(args[i]);
    }
    mp_call_value(vm, a->name ? mp_v_str(mp_str_cstr(vm, a->name)) : a->callable, a->argc, args, &a->ret);
}

int mp_call(mp_vm *vm, const char *function, int argc, mp_value **argv, mp_value **result)
{
    if (result) *result = NULL;
    if (!function || argc < 0 || (argc > 0 && !argv)) {
        snprintf(vm->last_error, sizeof vm->last_error, "mp_call: invalid arguments");
        return MP_ERR_RUNTIME;
    }
    call_args a = { function, mp_v_null(), argc, argv, mp_v_null() };
    int r = protect(vm, call_body, &a, 1);
    if (r == MP_OK && result) *result = box(vm, a.ret);
    return r;
}

int mp_call_callable(mp_vm *vm, mp_value *callable, int argc, mp_value **argv, mp_value **result)
{
    if (result) *result = NULL;
    if (argc < 0 || (argc > 0 && !argv)) {
        snprintf(vm->last_error, sizeof vm->last_error, "mp_call_callable: invalid arguments");
        return MP_ERR_RUNTIME;
    }
    call_args a = { NULL, unbox(callable), argc, argv, mp_v_null() };
    int r = protect(vm, call_body, &a, 1);
    if (r == MP_OK && result) *result = box(vm, a.ret);
    return r;
}

/* ---- host functions called from PHP ---- */

/* Every host function's mp_builtin_fn: the running builtin (vm->native->b)
 * is the host_fn. What the C function left pending is thrown on return. */
static void host_trampoline(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const host_fn *h = (const host_fn *)vm->native->b;
    mp_value **args = mp_alloc(vm, sizeof(mp_value *) * (size_t)(argc > 0 ? argc : 1));
    for (int i = 0; i < argc; i++) args[i] = box(vm, argv[i]);
    mp_flush_output(vm);   /* what PHP printed comes before what the host prints */
    int outer = vm->host_pending;
    mp_val outer_ex = vm->host_exception;
    vm->host_pending = 0;
    mp_value *r = h->fn(vm, argc, args, h->user);
    int why = vm->host_pending;
    mp_val ex = vm->host_exception;
    vm->host_pending = outer;
    vm->host_exception = outer_ex;
    if (why == MP_UNWIND_EXCEPTION) mp_throw_value(vm, ex);
    if (why) mp_unwind(vm, why);
    *ret = unbox(r);
    mp_val_share(*ret);
}

/* A PHP function name, maybe namespaced ("f", "My\\f"). */
static int valid_name(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    int start = 1;
    for (; *p; p++) {
        int letter = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' || *p >= 0x80;
        if (*p == '\\' && !start) { start = 1; continue; }
        if (!letter && !(!start && *p >= '0' && *p <= '9')) return 0;
        start = 0;
    }
    return !start;
}

static int register_functions(mp_vm *vm, const mp_function_entry *table)
{
    for (const mp_function_entry *e = table; e && e->name; e++) {
        int max = e->max_args < 0 ? -1 : e->max_args;
        if (!valid_name(e->name) || !e->fn || e->min_args < 0 || e->min_args > 100 || max > 100 || (max >= 0 && max < e->min_args)) {
            snprintf(vm->last_error, sizeof vm->last_error, "mp_register_functions: invalid entry \"%s\"", e->name);
            return MP_ERR_RUNTIME;
        }
        size_t len = strlen(e->name);
        char *lc = mp_alloc_atomic(vm, len + 1);
        for (size_t i = 0; i <= len; i++) lc[i] = (char)((e->name[i] >= 'A' && e->name[i] <= 'Z') ? e->name[i] + 32 : e->name[i]);
        if (mp_builtin_lookup(lc, len) || mp_array_find_str(vm->functions, lc, len)) {
            snprintf(vm->last_error, sizeof vm->last_error, "Cannot redeclare %s()", e->name);
            return MP_ERR_RUNTIME;
        }
        /* one 'z' (mixed) per parameter; a variadic one repeats the last */
        int n = max >= 0 ? max : (e->min_args > 0 ? e->min_args : 1);
        char *codes = mp_alloc_atomic(vm, (size_t)n + 2);
        memset(codes, 'z', (size_t)n);
        codes[n] = max < 0 ? '*' : '\0';
        codes[n + 1] = '\0';
        mp_buf names;
        mp_buf_init(&names, vm);
        for (int i = 0; i < n; i++) mp_buf_printf(&names, i ? " arg%d" : "arg%d", i + 1);
        host_fn *h = mp_alloc(vm, sizeof *h);
        h->row.name = lc;
        h->row.fn = host_trampoline;
        h->row.min_args = (int8_t)e->min_args;
        h->row.max_args = (int8_t)max;
        h->row.args = codes;
        h->row.names = n ? mp_buf_finish(&names)->data : "";
        h->fn = e->fn;
        h->user = e->user;
        mp_val v;
        v.u.i = 0;
        v.tw = MP_T_BUILTIN;
        v.u.p = h;
        mp_array_set_str(vm, vm->functions, lc, len, v);
    }
    return MP_OK;
}

int mp_register_functions(mp_vm *vm, const mp_function_entry *table)
{
    int r;
    UNCHECKED(vm, r = register_functions(vm, table));
    return r;
}

typedef struct throw_args {
    const char *cls, *msg;
    mp_val ex;
    int bad;
} throw_args;

static void throw_body(mp_vm *vm, void *ud)
{
    throw_args *a = ud;
    mp_class *c = mp_lookup_class(vm, mp_str_cstr(vm, a->cls), 0);
    if (!c) { snprintf(vm->last_error, sizeof vm->last_error, "mp_throw: class \"%s\" not found", a->cls); a->bad = 1; return; }
    if (!mp_instanceof(c, vm->class_throwable) || (c->flags & (MP_ACC_INTERFACE | MP_ACC_ABSTRACT))) {
        snprintf(vm->last_error, sizeof vm->last_error, "mp_throw: cannot throw %s (not an instantiable Throwable class)", c->name->data);
        a->bad = 1;
        return;
    }
    mp_object *o = mp_object_new(vm, c);
    mp_val msg = mp_v_str(mp_str_cstr(vm, a->msg ? a->msg : ""));
    if (c->ctor) {
        mp_val r;
        mp_call_method(vm, o, c->ctor, 1, &msg, &r);
    }
    a->ex = mp_v_obj(o);
}

int mp_throw(mp_vm *vm, const char *exception_class, const char *message)
{
    if (vm->nframes == 0 || !exception_class) {
        snprintf(vm->last_error, sizeof vm->last_error, "mp_throw: no host function is running");
        return MP_ERR_RUNTIME;
    }
    throw_args a = { exception_class, message, mp_v_undef(), 0 };
    int r = protect(vm, throw_body, &a, 0);
    if (r != MP_OK) return r;   /* the constructor threw: that exception is pending */
    if (a.bad) return MP_ERR_RUNTIME;
    vm->host_pending = MP_UNWIND_EXCEPTION;
    vm->host_exception = a.ex;
    return MP_OK;
}

/* ---- values ---- */

mp_value *mp_null(mp_vm *vm) { return box(vm, mp_v_null()); }
mp_value *mp_bool(mp_vm *vm, int b) { return box(vm, mp_v_bool(b != 0)); }
mp_value *mp_int(mp_vm *vm, int64_t i) { return box(vm, mp_v_int(i)); }
mp_value *mp_float(mp_vm *vm, double d) { return box(vm, mp_v_float(d)); }

mp_value *mp_string(mp_vm *vm, const char *s, size_t len)
{
    mp_str *str;
    UNCHECKED(vm, str = mp_str_new(vm, s ? s : "", s ? len : 0));
    return box(vm, mp_v_str(str));
}

mp_value *mp_api_array_new(mp_vm *vm)
{
    mp_value *h;
    UNCHECKED(vm, h = mp_alloc(vm, sizeof *h); h->v = mp_v_arr(mp_array_new(vm, 8)));
    return h;
}

int mp_api_type(mp_value *v)
{
    switch (v ? v->v.type : MP_T_NULL) {
    case MP_T_FALSE: case MP_T_TRUE: return MP_TBOOL;
    case MP_T_INT: return MP_TINT;
    case MP_T_FLOAT: return MP_TFLOAT;
    case MP_T_STRING: return MP_TSTRING;
    case MP_T_ARRAY: return MP_TARRAY;
    case MP_T_OBJECT: return MP_TOBJECT;
    case MP_T_RESOURCE: return MP_TRESOURCE;
    default: return MP_TNULL;
    }
}

/* The key of KEY as PHP's $a[KEY] takes it; 0 for arrays and objects. */
static int array_key(mp_vm *vm, mp_value *key, mp_key *k)
{
    mp_val kv = unbox(key);
    if (kv.type == MP_T_ARRAY || kv.type == MP_T_OBJECT || !mp_array_key_from_val(vm, kv, k)) {
        snprintf(vm->last_error, sizeof vm->last_error, "Illegal offset type");
        return 0;
    }
    return 1;
}

int mp_api_array_set(mp_vm *vm, mp_value *arr, mp_value *key, mp_value *val)
{
    if (!arr || arr->v.type != MP_T_ARRAY) {
        snprintf(vm->last_error, sizeof vm->last_error, "mp_array_set: not an array");
        return MP_ERR_RUNTIME;
    }
    mp_val v = unbox(val);
    mp_val_share(v);
    mp_key k;
    if (key && !array_key(vm, key, &k)) return MP_ERR_RUNTIME;
    mp_val *added = NULL;
    UNCHECKED(vm, arr->v.u.a = mp_array_separate(vm, arr->v.u.a);
                  if (!key) added = mp_array_append(vm, arr->v.u.a, v);
                  else mp_array_set(vm, arr->v.u.a, k, v));
    if (!key) {
        if (!added) {
            snprintf(vm->last_error, sizeof vm->last_error,
                     "Cannot add element to the array as the next element is already occupied");
            return MP_ERR_RUNTIME;
        }
    }
    return MP_OK;
}

mp_value *mp_array_get(mp_vm *vm, mp_value *arr, mp_value *key)
{
    if (!arr || arr->v.type != MP_T_ARRAY) return NULL;
    mp_key k;
    if (!array_key(vm, key, &k)) return NULL;
    mp_val *e = mp_array_find(arr->v.u.a, k);
    return e ? box(vm, *e) : NULL;
}

size_t mp_api_array_count(mp_vm *vm, mp_value *arr)
{
    (void)vm;
    return arr && arr->v.type == MP_T_ARRAY ? mp_array_count(arr->v.u.a) : 0;
}

int mp_array_iterate(mp_vm *vm, mp_value *arr, size_t *pos, mp_value **key, mp_value **val)
{
    if (!arr || arr->v.type != MP_T_ARRAY || !pos || *pos > UINT32_MAX) return 0;
    uint32_t p = (uint32_t)*pos;
    mp_key k;
    mp_val *e;
    if (!mp_array_next(arr->v.u.a, &p, &k, &e)) return 0;
    *pos = p;
    if (key) *key = box(vm, mp_key_to_val(k));
    if (val) *val = box(vm, *e);
    return 1;
}

/* Conversions may run PHP code (__toString) or warn (through a user error
 * handler that may throw): run them under protect(). */
typedef struct conv_args {
    mp_val v;
    int64_t i;
    double d;
    mp_str *s;
    int kind;
} conv_args;

static void conv_body(mp_vm *vm, void *ud)
{
    conv_args *a = ud;
    switch (a->kind) {
    case 'i': a->i = mp_to_int(vm, a->v); break;
    case 'f': a->d = mp_to_float(vm, a->v); break;
    case 's': a->s = mp_to_str(vm, a->v); break;
    }
}

/* Scalars never run PHP code: convert them directly. */
static int simple(mp_val v)
{
    return v.type != MP_T_ARRAY && v.type != MP_T_OBJECT && v.type != MP_T_RESOURCE;
}

int64_t mp_api_to_int(mp_vm *vm, mp_value *v)
{
    conv_args a = { unbox(v), 0, 0, NULL, 'i' };
    if (simple(a.v)) return mp_to_int(vm, a.v);
    return protect(vm, conv_body, &a, 0) == MP_OK ? a.i : 0;
}

double mp_api_to_float(mp_vm *vm, mp_value *v)
{
    conv_args a = { unbox(v), 0, 0, NULL, 'f' };
    if (simple(a.v)) return mp_to_float(vm, a.v);
    return protect(vm, conv_body, &a, 0) == MP_OK ? a.d : 0;
}

int mp_api_to_bool(mp_vm *vm, mp_value *v)
{
    (void)vm;
    return mp_to_bool(unbox(v));
}

const char *mp_to_string(mp_vm *vm, mp_value *v, size_t *len)
{
    conv_args a = { unbox(v), 0, 0, NULL, 's' };
    if (simple(a.v)) UNCHECKED(vm, a.s = mp_to_str(vm, a.v));
    else if (protect(vm, conv_body, &a, 0) != MP_OK) a.s = NULL;
    if (len) *len = a.s ? a.s->len : 0;
    return a.s ? a.s->data : NULL;
}

/* ---- globals ---- */

mp_value *mp_get_global(mp_vm *vm, const char *name)
{
    if (!name) return NULL;
    if (vm->nframes == 0 && !vm->globals) return NULL;
    mp_array *g;
    UNCHECKED(vm, g = mp_globals(vm));
    mp_val *e = mp_array_find_str(g, name, strlen(name));
    if (!e) return NULL;
    if (e->type == MP_T_INDIRECT) e = e->u.p;
    e = mp_deref(e);
    return e->type == MP_T_UNDEF ? NULL : box(vm, *e);
}

int mp_set_global(mp_vm *vm, const char *name, mp_value *v)
{
    if (!name) return MP_ERR_RUNTIME;
    int ok = 1;
    mp_val val = unbox(v);
    mp_val_share(val);
    UNCHECKED(vm, if (vm->nframes == 0) ok = mp_embed_main(vm);
                  if (ok) mp_slot_store(mp_symtab_slot(vm, mp_globals(vm), mp_str_cstr(vm, name), 1), val));
    return ok ? MP_OK : MP_ERR_RUNTIME;
}

/* ---- threads ---- */

int mp_thread_attach(void)
{
    return mp_gc_thread_register();
}

void mp_thread_detach(void)
{
    mp_gc_thread_unregister();
}
