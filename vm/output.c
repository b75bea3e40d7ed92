/* output.c - output buffering (ob_start and friends). A stack of buffers
 * in the VM sits in front of the raw output layer (mp_output_raw): mp_echo
 * appends to the innermost one; flushing a buffer passes its contents
 * through its handler (a PHP callable) into the buffer below it, or to the
 * host at the bottom. Every byte of script output takes this one path. */
#include <string.h>
#include "vm.h"
#include "../builtins/builtins.h"

/* PHP_OUTPUT_HANDLER_* flags (phases and status bits) */
enum {
    OB_WRITE = 0, OB_START = 1, OB_CLEAN = 2, OB_FLUSH = 4, OB_FINAL = 8,
    OB_CLEANABLE = 16, OB_FLUSHABLE = 32, OB_REMOVABLE = 64, OB_STDFLAGS = 112,
    OB_USER = 1, OB_STARTED = 0x1000, OB_DISABLED = 0x2000, OB_PROCESSED = 0x4000,
};

/* One buffer of the stack. */
typedef struct mp_ob {
    mp_buf  data;            /* buffered output */
    mp_val  handler;         /* the callable, UNDEF for the default output handler */
    mp_str *name;            /* as ob_list_handlers() shows it */
    int     flags;           /* OB_CLEANABLE.. given to ob_start, OB_USER, status bits */
    int64_t chunk_size;      /* flush once the buffer holds this many bytes (0 = never) */
} mp_ob;

/* Output into the layer under buffer LEVEL. */
static void write_below(mp_vm *vm, int level, const char *s, size_t len)
{
    if (!len) return;
    if (level > 0) mp_ob_append(vm, level - 1, s, len);
    else mp_output_raw(vm, s, len);
}

/* Take the contents of buffer LEVEL and run them through its handler with
 * PHASE; returns what the handler gives to pass on (the contents unchanged
 * for the default handler or a disabled one; nothing when it returns
 * true). As in PHP, output the handler makes is appended to its buffer:
 * dropped when the handler succeeds, passed on with the contents when it
 * returns false (which also disables it). An exception from the handler
 * counts as false; it is left in *why for the caller to rethrow once the
 * buffer is dealt with (as PHP passes the buffer on first). */
static mp_str *process(mp_vm *vm, int level, int phase, int *why)
{
    *why = 0;
    mp_ob *ob = &vm->obs[level];
    if (ob->handler.type == MP_T_UNDEF || (ob->flags & OB_DISABLED)) {
        mp_str *in = mp_buf_finish(&ob->data);
        mp_buf_init(&ob->data, vm);
        if (!(ob->flags & OB_DISABLED)) ob->flags |= OB_STARTED | OB_PROCESSED;
        return in;
    }
    if (!(ob->flags & OB_STARTED)) phase |= OB_START;
    ob->flags |= OB_STARTED;
    mp_val args[2] = { mp_v_str(mp_str_new(vm, ob->data.data ? ob->data.data : "", ob->data.len)), mp_v_int(phase) };
    mp_val ret = mp_v_null();
    mp_val h = ob->handler;
    int saved_nframes = vm->nframes;
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = saved_nframes;
    vm->catcher = &c;
    vm->ob_running++;
    int w = setjmp(c.env);
    if (w == 0) mp_call_value(vm, h, 2, args, &ret);
    vm->ob_running--;
    vm->catcher = c.prev;
    if (w) { vm->nframes = saved_nframes; *why = w; ret = mp_v_bool(0); }
    ob = &vm->obs[level];    /* the stack array may have moved meanwhile */
    mp_str *all = mp_buf_finish(&ob->data);
    mp_buf_init(&ob->data, vm);
    mp_val r = *mp_deref(&ret);
    if (r.type == MP_T_FALSE) { ob->flags |= OB_DISABLED; return all; }
    ob->flags |= OB_PROCESSED;
    if (r.type == MP_T_TRUE) return NULL;
    if (r.type == MP_T_ARRAY) return mp_str_cstr(vm, "Array");
    return mp_to_str(vm, r);
}

void mp_ob_append(mp_vm *vm, int level, const char *s, size_t len)
{
    mp_ob *ob = &vm->obs[level];
    mp_buf_add(&ob->data, s, len);
    if (ob->chunk_size > 0 && (int64_t)ob->data.len >= ob->chunk_size && !vm->ob_running) {
        int why;
        mp_str *out = process(vm, level, OB_WRITE, &why);
        if (out) write_below(vm, level, out->data, out->len);
        if (why) mp_unwind(vm, why);
    }
}

/* Flush (pass on) or clean (discard) the innermost buffer, keeping it. */
static void ob_flush_top(mp_vm *vm, int clean)
{
    int level = vm->nobs - 1, why;
    mp_str *out = process(vm, level, clean ? OB_CLEAN : OB_FLUSH, &why);
    if (!clean && out) write_below(vm, level, out->data, out->len);
    if (why) mp_unwind(vm, why);
}

/* End the innermost buffer, passing its contents on (flush) or not. */
static void ob_end_top(mp_vm *vm, int flush)
{
    int level = vm->nobs - 1, why;
    mp_str *out = process(vm, level, flush ? OB_FINAL : (OB_CLEAN | OB_FINAL), &why);
    vm->nobs = level;
    if (flush && out) write_below(vm, level, out->data, out->len);
    if (why) mp_unwind(vm, why);
}

void mp_ob_end_all(mp_vm *vm)
{
    while (vm->nobs) {
        int n = vm->nobs;
        ob_end_top(vm, 1);
        if (vm->nobs >= n) vm->nobs = n - 1;
    }
}

/* pagelet_server_flush(): pass every buffer's contents down to the host,
 * innermost first, through their handlers; the buffers stay open. */
void mp_ob_flush_all(mp_vm *vm)
{
    for (int level = vm->nobs - 1; level >= 0; level--) {
        int why;
        mp_str *out = process(vm, level, OB_FLUSH, &why);
        if (out) write_below(vm, level, out->data, out->len);
        if (why) mp_unwind(vm, why);
    }
}

/* The name ob_list_handlers() shows for a handler. */
static mp_str *handler_name(mp_vm *vm, mp_val h)
{
    h = *mp_deref(&h);
    if (h.type == MP_T_STRING) return h.u.s;
    if (h.type == MP_T_OBJECT) {
        mp_buf b; mp_buf_init(&b, vm);
        mp_buf_printf(&b, "%s::__invoke", mp_object_class_name(h.u.o));
        return mp_buf_finish(&b);
    }
    if (h.type == MP_T_ARRAY && mp_array_count(h.u.a) == 2) {
        mp_val *c = mp_array_find_int(h.u.a, 0), *m = mp_array_find_int(h.u.a, 1);
        if (c && m) {
            mp_val cv = *mp_deref(c), mv = *mp_deref(m);
            mp_buf b; mp_buf_init(&b, vm);
            if (cv.type == MP_T_OBJECT) mp_buf_adds(&b, mp_object_class_name(cv.u.o));
            else if (cv.type == MP_T_STRING) mp_buf_add(&b, cv.u.s->data, cv.u.s->len);
            mp_buf_adds(&b, "::");
            if (mv.type == MP_T_STRING) mp_buf_add(&b, mv.u.s->data, mv.u.s->len);
            return mp_buf_finish(&b);
        }
    }
    return mp_str_cstr(vm, "???");
}

/* ob_start($callback = null, int $chunk_size = 0, int $flags = PHP_OUTPUT_HANDLER_STDFLAGS): bool */
static void bi_ob_start(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val h = argc > 0 && argv[0].type != MP_T_UNDEF ? *mp_deref(&argv[0]) : mp_v_null();   /* UNDEF: skipped by named arguments */
    if (vm->ob_running)
        mp_error(vm, MP_E_ERROR, "ob_start(): Cannot use output buffering in output buffering display handlers");
    if (h.type != MP_T_NULL && !mp_is_callable(vm, h)) {
        mp_error(vm, MP_E_WARNING, "ob_start(): %s", mp_builtin_callable_error(vm, h));
        mp_error(vm, MP_E_NOTICE, "ob_start(): Failed to create buffer");
        *ret = mp_v_bool(0);
        return;
    }
    if (vm->nobs == vm->maxobs) {
        int n = vm->maxobs ? vm->maxobs * 2 : 8;
        mp_ob *obs = mp_alloc(vm, sizeof(mp_ob) * (size_t)n);
        if (vm->nobs) memcpy(obs, vm->obs, sizeof(mp_ob) * (size_t)vm->nobs);
        vm->obs = obs;
        vm->maxobs = n;
    }
    mp_ob *ob = &vm->obs[vm->nobs];
    memset(ob, 0, sizeof *ob);
    mp_buf_init(&ob->data, vm);
    int64_t chunk = argc > 1 && argv[1].type == MP_T_INT ? argv[1].u.i : 0;
    ob->chunk_size = chunk > 0 ? chunk : 0;
    ob->flags = (int)((argc > 2 && argv[2].type == MP_T_INT ? argv[2].u.i : OB_STDFLAGS) & OB_STDFLAGS);
    if (h.type == MP_T_NULL) {
        ob->handler.type = MP_T_UNDEF;
        ob->name = mp_str_cstr(vm, "default output handler");
    } else {
        mp_val_share(h);
        ob->handler = h;
        ob->flags |= OB_USER;
        ob->name = handler_name(vm, h);
    }
    vm->nobs++;
    *ret = mp_v_bool(1);
}

/* "Failed to ... buffer" notices: with no buffer, or one whose flags forbid it. */
static int no_buffer(mp_vm *vm, const char *fn, const char *what)
{
    if (vm->nobs) return 0;
    mp_error(vm, MP_E_NOTICE, "%s(): %s", fn, what);
    return 1;
}

static int forbidden(mp_vm *vm, const char *fn, const char *verb, int flag)
{
    mp_ob *ob = &vm->obs[vm->nobs - 1];
    if (ob->flags & flag) return 0;
    mp_error(vm, MP_E_NOTICE, "%s(): Failed to %s buffer of %s (%d)", fn, verb, ob->name->data, vm->nobs - 1);
    return 1;
}

static void bi_ob_flush(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    if (no_buffer(vm, "ob_flush", "Failed to flush buffer. No buffer to flush")
        || forbidden(vm, "ob_flush", "flush", OB_FLUSHABLE)) { *ret = mp_v_bool(0); return; }
    ob_flush_top(vm, 0);
    *ret = mp_v_bool(1);
}

static void bi_ob_clean(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    if (no_buffer(vm, "ob_clean", "Failed to delete buffer. No buffer to delete")
        || forbidden(vm, "ob_clean", "delete", OB_CLEANABLE)) { *ret = mp_v_bool(0); return; }
    ob_flush_top(vm, 1);
    *ret = mp_v_bool(1);
}

static void bi_ob_end_flush(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    if (no_buffer(vm, "ob_end_flush", "Failed to delete and flush buffer. No buffer to delete or flush")
        || forbidden(vm, "ob_end_flush", "send", OB_REMOVABLE)) { *ret = mp_v_bool(0); return; }
    ob_end_top(vm, 1);
    *ret = mp_v_bool(1);
}

static void bi_ob_end_clean(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    if (no_buffer(vm, "ob_end_clean", "Failed to delete buffer. No buffer to delete")
        || forbidden(vm, "ob_end_clean", "discard", OB_REMOVABLE)) { *ret = mp_v_bool(0); return; }
    ob_end_top(vm, 0);
    *ret = mp_v_bool(1);
}

static mp_str *contents(mp_vm *vm)
{
    mp_ob *ob = &vm->obs[vm->nobs - 1];
    return mp_str_new(vm, ob->data.data ? ob->data.data : "", ob->data.len);
}

/* ob_get_clean(): string|false */
static void bi_ob_get_clean(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    if (!vm->nobs) { *ret = mp_v_bool(0); return; }
    mp_str *s = contents(vm);
    if (forbidden(vm, "ob_get_clean", "discard", OB_REMOVABLE)) {
        mp_error(vm, MP_E_NOTICE, "ob_get_clean(): Failed to delete buffer of %s (%d)",
                 vm->obs[vm->nobs - 1].name->data, vm->nobs - 1);
        *ret = mp_v_str(s);
        return;
    }
    ob_end_top(vm, 0);
    *ret = mp_v_str(s);
}

/* ob_get_flush(): string|false */
static void bi_ob_get_flush(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    if (no_buffer(vm, "ob_get_flush", "Failed to delete and flush buffer. No buffer to delete or flush")) {
        *ret = mp_v_bool(0);
        return;
    }
    mp_str *s = contents(vm);
    if (forbidden(vm, "ob_get_flush", "send", OB_REMOVABLE)) {
        mp_error(vm, MP_E_NOTICE, "ob_get_flush(): Failed to delete buffer of %s (%d)",
                 vm->obs[vm->nobs - 1].name->data, vm->nobs - 1);
        *ret = mp_v_str(s);
        return;
    }
    ob_end_top(vm, 1);
    *ret = mp_v_str(s);
}

static void bi_ob_get_contents(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = vm->nobs ? mp_v_str(contents(vm)) : mp_v_bool(0);
}

static void bi_ob_get_length(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = vm->nobs ? mp_v_int((int64_t)vm->obs[vm->nobs - 1].data.len) : mp_v_bool(0);
}

static void bi_ob_get_level(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_int(vm->nobs);
}

static mp_array *status_of(mp_vm *vm, int level)
{
    mp_ob *ob = &vm->obs[level];
    mp_array *a = mp_array_new(vm, 8);
    mp_array_set_str(vm, a, "name", 4, mp_v_str(ob->name));
    mp_array_set_str(vm, a, "type", 4, mp_v_int(ob->flags & OB_USER));
    mp_array_set_str(vm, a, "flags", 5, mp_v_int(ob->flags));
    mp_array_set_str(vm, a, "level", 5, mp_v_int(level));
    mp_array_set_str(vm, a, "chunk_size", 10, mp_v_int(ob->chunk_size));
    /* PHP's allocation: the chunk size rounded up to 4 KiB pages, none once disabled */
    int64_t size = ob->chunk_size > 1 ? (ob->chunk_size + 4095) / 4096 * 4096 : 16384;
    mp_array_set_str(vm, a, "buffer_size", 11, mp_v_int(ob->flags & OB_DISABLED ? 0 : size));
    mp_array_set_str(vm, a, "buffer_used", 11, mp_v_int((int64_t)ob->data.len));
    return a;
}

/* ob_get_status(bool $full_status = false): array */
static void bi_ob_get_status(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int full = argc > 0 && mp_to_bool(argv[0]);
    mp_array *a;
    if (full) {
        a = mp_array_new(vm, (uint32_t)vm->nobs);
        for (int i = 0; i < vm->nobs; i++) mp_array_append(vm, a, mp_v_arr(status_of(vm, i)));
    } else {
        a = vm->nobs ? status_of(vm, vm->nobs - 1) : mp_array_new(vm, 0);
    }
    *ret = mp_v_arr(a);
}

static void bi_ob_list_handlers(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *a = mp_array_new(vm, (uint32_t)vm->nobs);
    for (int i = 0; i < vm->nobs; i++) mp_array_append(vm, a, mp_v_str(vm->obs[i].name));
    *ret = mp_v_arr(a);
}

/* flush(): void -- the host's output; open buffers stay as they are. */
static void bi_flush(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv; (void)ret;
    mp_flush_output(vm);
}

/* ob_implicit_flush(bool $enable = true): void -- the CLI always flushes
 * implicitly, so there is nothing to change. */
static void bi_ob_implicit_flush(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv; (void)ret;
}

static const mp_builtin rows[] = {
    { "flush", bi_flush, 0, 0, "", "" },
    { "ob_clean", bi_ob_clean, 0, 0, "", "" },
    { "ob_end_clean", bi_ob_end_clean, 0, 0, "", "" },
    { "ob_end_flush", bi_ob_end_flush, 0, 0, "", "" },
    { "ob_flush", bi_ob_flush, 0, 0, "", "" },
    { "ob_get_clean", bi_ob_get_clean, 0, 0, "", "" },
    { "ob_get_contents", bi_ob_get_contents, 0, 0, "", "" },
    { "ob_get_flush", bi_ob_get_flush, 0, 0, "", "" },
    { "ob_get_length", bi_ob_get_length, 0, 0, "", "" },
    { "ob_get_level", bi_ob_get_level, 0, 0, "", "" },
    { "ob_get_status", bi_ob_get_status, 0, 1, "b", "full_status", "false" },
    { "ob_implicit_flush", bi_ob_implicit_flush, 0, 1, "b", "enable", "true" },
    { "ob_list_handlers", bi_ob_list_handlers, 0, 0, "", "" },
    /* ob_start($callback = null, int $chunk_size = 0, int $flags = PHP_OUTPUT_HANDLER_STDFLAGS): bool */
    { "ob_start", bi_ob_start, 0, 3, "zii", "callback chunk_size flags", "null 0 PHP_OUTPUT_HANDLER_STDFLAGS" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_output, rows);
