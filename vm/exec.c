/* exec.c - the bytecode interpreter: call frames on a chunked value stack,
 * computed-goto dispatch (switch fallback), variables in slots. What is
 * reached by name (symbol tables, functions, include) lives in scope.c. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "vm.h"
#include "task.h"

#define CHUNK_SLOTS MP_STACK_CHUNK
#define MAX_FRAMES  (200 * 1000)

/* ---- frames ---- */

static mp_frame *top_frame(mp_vm *vm) { return &vm->frames[vm->nframes - 1]; }

/* Runaway recursion ends the way php -n ends it: the default 128 MB
 * memory_limit runs out (PHP's VM stack grows in 256 KB pages). */
static void __attribute__((noreturn)) stack_overflow(mp_vm *vm)
{
    mp_error(vm, MP_E_ERROR, "Allowed memory size of 134217728 bytes exhausted (tried to allocate 262144 bytes)");
    abort();   /* not reached: fatal errors unwind */
}

/* Place a frame for F whose callee slot is RET (args follow it). */
mp_frame *mp_new_frame(mp_vm *vm, const mp_func *f, mp_val *ret, int nargs, int caller_chunk, mp_val *caller_limit)
{
    if (vm->nframes >= vm->maxframes) {
        if (vm->maxframes >= MAX_FRAMES) stack_overflow(vm);
        vm->maxframes *= 2;
        vm->frames = mp_realloc(vm, vm->frames, sizeof(mp_frame) * (size_t)vm->maxframes);
    }
    int need = f->nslots + f->maxstack + (nargs > f->nslots ? nargs - f->nslots : 0) + 2;
    mp_val *base = ret + 1;
    int chunk = caller_chunk;
    mp_val *limit = caller_limit;
    if (base + need > limit) {
        /* continue in the next chunk: copy the arguments over */
        chunk++;
        size_t size = need + 1 > CHUNK_SLOTS ? (size_t)need + 1 : CHUNK_SLOTS;
        if (chunk >= vm->nchunks) {
            vm->chunks = mp_realloc(vm, vm->chunks, sizeof(mp_val *) * (size_t)(chunk + 1));
            vm->chunks[chunk] = mp_alloc(vm, size * sizeof(mp_val));
            vm->nchunks = chunk + 1;
        }
        mp_val *c = vm->chunks[chunk];
        memcpy(c + 1, ret + 1, sizeof(mp_val) * (size_t)nargs);
        base = c + 1;
        limit = c + size;
        if (base + need > limit) stack_overflow(vm);
    }
    mp_frame *fr = &vm->frames[vm->nframes++];
    fr->func = f;
    fr->pc = f->code;
    fr->base = base;
    fr->ret_slot = ret;
    fr->limit = limit;
    fr->chunk = chunk;
    fr->nargs = nargs;
    fr->extra_args = NULL;
    fr->symtab = NULL;
    fr->closure = NULL;
    fr->is_include = 0;
    fr->want_ref = 0;
    fr->named_extra = NULL;
    fr->this_obj = NULL;
    fr->scope = NULL;
    fr->called = NULL;
    fr->generator = NULL;
    return fr;
}

static const char *func_display_name(const mp_func *f) { return f->display ? f->display->data : f->name->data; }

/* Set up parameters of a user function call already placed in FR. */
void mp_bind_args(mp_vm *vm, mp_frame *fr, int nargs)
{
    const mp_func *f = fr->func;
    int np = f->nparams;
    if (np && f->params[np - 1].variadic) np--;
    if (nargs > np) {
        int extra = nargs - np;
        fr->extra_args = mp_alloc(vm, sizeof(mp_val) * (size_t)extra);
        memcpy(fr->extra_args, fr->base + np, sizeof(mp_val) * (size_t)extra);
        nargs = np;
    }
    for (int i = 0; i < nargs; i++) mp_ref_hold(fr->base[i]);
    for (int i = nargs; i < f->nslots; i++) fr->base[i].type = MP_T_UNDEF;
}

/* An error of the call being set up (too few arguments...): made with the
 * callee's frame pushed, so the trace shows it and the line is the
 * function's declaration, as PHP does; thrown once the frame is gone, as no
 * try of the callee can catch it (PHP checks before the body starts). */
static void __attribute__((noreturn, format(printf, 3, 4)))
throw_at_call(mp_vm *vm, mp_ex_class cls, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mp_frame *fr = top_frame(vm);
    fr->pc = fr->func->code + fr->func->ncode;   /* no instruction: the declaration line */
    mp_val ex = mp_v_obj(mp_exception_new(vm, cls, mp_str_cstr(vm, msg)));
    vm->nframes--;
    mp_throw_value(vm, ex);
}

static void too_few_args(mp_vm *vm, const mp_func *f, int passed)
{
    mp_frame *caller = vm->nframes >= 2 ? &vm->frames[vm->nframes - 2] : NULL;
    int exact = f->nrequired == f->nparams;
    if (caller) {
        int line = caller->func->lines[caller->pc - caller->func->code];
        throw_at_call(vm, MP_EX_ARGUMENT_COUNT_ERROR,
                    "Too few arguments to function %s(), %d passed in %s on line %d and %s %d expected",
                    func_display_name(f), passed, caller->func->script->path->data, line,
                    exact ? "exactly" : "at least", f->nrequired);
    }
    throw_at_call(vm, MP_EX_ARGUMENT_COUNT_ERROR, "Too few arguments to function %s(), %d passed and %s %d expected",
                func_display_name(f), passed, exact ? "exactly" : "at least", f->nrequired);
}

/* Copy a closure's captured variables into its frame. */
static void bind_closure(mp_vm *vm, mp_frame *fr, mp_object *clo)
{
    (void)vm;
    const mp_func *f = fr->func;
    fr->closure = clo;
    for (int i = 0; i < f->nuses; i++) {
        if (f->uses[i].cv < 0) continue;
        mp_val v = clo->bound[i];
        if (v.type == MP_T_UNDEF) continue;
        fr->base[f->uses[i].cv] = v;
        if (v.type != MP_T_REF) mp_val_share(v); else mp_ref_hold(v);
    }
}

/* Run the C method M with $this = THIS (NULL for static). */
static void native_method(mp_vm *vm, const mp_method *m, mp_object *this_obj, int nargs, mp_val *args, mp_val *out)
{
    mp_val r = mp_v_null();
    mp_object *saved = vm->this_native;
    vm->this_native = this_obj;
    vm->sp = args + nargs;
    mp_native_call(vm, m->native, nargs, args, &r);
    vm->this_native = saved;
    *out = r;
}

/* __call/__callStatic: the arguments become (name, [args]). */
static int pack_magic_args(mp_vm *vm, const mp_method *m, mp_val *args, int nargs, mp_val *limit)
{
    mp_array *a = mp_array_new(vm, (uint32_t)nargs);
    for (int i = 0; i < nargs; i++) mp_array_append(vm, a, *mp_deref(&args[i]));
    if (args + 2 >= limit) stack_overflow(vm);
    args[0] = mp_v_str(m->magic_name);
    args[1] = mp_v_arr(a);
    return 2;
}

/* Start a call to CALLEE (user function, closure, method or builtin) with
 * the NARGS arguments that follow the callee slot RET. With AUX, the slot
 * below the callee holds the method's $this or called class, and the
 * result goes there. Returns 1 when a frame was pushed (the interpreter
 * continues there), 0 when the call completed (C function) and its result
 * is stored. */
int mp_start_call(mp_vm *vm, mp_val *ret, int nargs, int caller_chunk, mp_val *caller_limit, int aux)
{
    mp_val callee;
    MP_VCOPY(&callee, ret);
    mp_val *out = aux ? ret - 1 : ret;
    mp_object *this_obj = NULL, *clo = NULL;
    mp_class *scope = NULL, *called = NULL;
    const mp_func *f = NULL;
    const mp_method *m = NULL;
    switch (callee.type) {
    case MP_T_BUILTIN: {
        const mp_builtin *b = callee.u.p;
        mp_val r = mp_v_null();
        vm->sp = ret + 1 + nargs;
        mp_native_call(vm, b, nargs, ret + 1, &r);
        *out = r;
        return 0;
    }
    case MP_T_FUNC:
        f = callee.u.p;
        break;
    case MP_T_METHOD: {
        m = callee.u.p;
        mp_val a = aux ? ret[-1] : mp_v_null();
        if (a.type == MP_T_OBJECT) { this_obj = a.u.o; called = this_obj->cls; }
        else if (a.type == MP_T_CLASS) called = a.u.p;
        break;
    }
    case MP_T_OBJECT:
        clo = callee.u.o;
        if (clo->builtin) {
            mp_val r = mp_v_null();
            vm->sp = ret + 1 + nargs;
            mp_native_call(vm, clo->builtin, nargs, ret + 1, &r);
            *out = r;
            return 0;
        }
        if (clo->method) {
            m = clo->method;
            this_obj = clo->this_obj;
            called = clo->called;
            clo = NULL;
            break;
        }
        if (!clo->func) {
            if (!clo->cls->invoke) mp_throw_ex(vm, MP_EX_ERROR, "Object of type %s is not callable", clo->cls->name->data);
            m = clo->cls->invoke;
            this_obj = clo;
            called = clo->cls;
            clo = NULL;
            break;
        }
        f = clo->func;
        this_obj = clo->this_obj;
        scope = clo->scope;
        called = clo->called ? clo->called : scope;
        break;
    default:
        mp_throw_ex(vm, MP_EX_ERROR, "Value not callable");
    }
    if (m) {
        scope = m->scope;
        if (m->flags & MP_ACC_STATIC) this_obj = NULL;
        if (!called) called = scope;
        if (m->magic_name) nargs = pack_magic_args(vm, m, ret + 1, nargs, caller_limit);
        if (m->native) {
            mp_class *saved = vm->native_called;
            vm->native_called = called;
            vm->native_cls = (m->flags & MP_ACC_STATIC) ? called : m->scope;
            native_method(vm, m, this_obj, nargs, ret + 1, out);
            vm->native_called = saved;
            return 0;
        }
        f = m->func;
    }
    mp_frame *fr = mp_new_frame(vm, f, ret, nargs, caller_chunk, caller_limit);
    fr->ret_slot = out;
    fr->this_obj = this_obj;
    fr->scope = scope;
    fr->called = called;
    if (nargs < f->nrequired) {
        /* check with the frame pushed so the trace shows the callee, as PHP does */
        too_few_args(vm, f, nargs);
    }
    /* a required parameter skipped by named arguments */
    for (int i = 0; vm->named_call && i < nargs && i < f->nparams; i++)
        if (fr->base[i].type == MP_T_UNDEF && !f->params[i].has_default && !f->params[i].variadic)
            throw_at_call(vm, MP_EX_ARGUMENT_COUNT_ERROR, "%s(): Argument #%d ($%s) not passed",
                        func_display_name(f), i + 1, f->params[i].name->data);
    vm->named_call = 0;
    mp_bind_args(vm, fr, nargs);
    fr->named_extra = vm->pending_named;
    vm->pending_named = NULL;
    if (clo) bind_closure(vm, fr, clo);
    return 1;
}

/* The compiled function or C function a pending callee would run. */
void mp_callee_target(mp_val callee, const mp_func **f, const mp_builtin **b)
{
    *f = NULL; *b = NULL;
    if (callee.type == MP_T_FUNC) *f = callee.u.p;
    else if (callee.type == MP_T_BUILTIN) *b = callee.u.p;
    else if (callee.type == MP_T_METHOD) { const mp_method *m = callee.u.p; if (!m->magic_name) { *f = m->func; *b = m->native; } }
    else if (callee.type == MP_T_OBJECT) {
        mp_object *o = callee.u.o;
        const mp_method *m = o->method ? o->method : (!o->func && !o->builtin ? o->cls->invoke : NULL);
        if (m) { *f = m->func; *b = m->native; }
        else { *f = o->func; *b = o->builtin; }
    }
}

/* Reorder named arguments (the last NNAMED of NARGS values after RET,
 * named by NAMES) into parameter positions. Returns the new arg count. */
static int place_named(mp_vm *vm, mp_val *ret, int nargs, mp_array *names)
{
    mp_val callee = *ret;
    int nnamed = (int)mp_array_count(names);
    vm->pending_named = NULL;
    vm->named_call = 1;
    int npos = nargs - nnamed;
    mp_val named[64];
    if (nnamed > 64) mp_throw_ex(vm, MP_EX_ERROR, "Too many named arguments");
    memcpy(named, ret + 1 + npos, sizeof(mp_val) * (size_t)nnamed);
    int total = npos;
    const mp_func *f;
    const mp_builtin *b;
    mp_callee_target(callee, &f, &b);
    int width = npos + nnamed;
    if (f && f->nparams > width) width = f->nparams;
    if (b && b->max_args > width) width = b->max_args;
    if (ret + 1 + width >= top_frame(vm)->limit) stack_overflow(vm);
    for (int i = npos; i < width; i++) ret[1 + i].type = MP_T_UNDEF;
    mp_key k; mp_val *nm;
    int idx = 0;
    for (uint32_t pos = 0; mp_array_next(names, &pos, &k, &nm); idx++) {
        mp_str *name = nm->u.s;
        int p = -1;
        if (f) {
            for (int i = 0; i < f->nparams; i++)
                if (mp_str_eq(f->params[i].name, name) && !f->params[i].variadic) p = i;
        } else if (b) {
            p = mp_builtin_param_index(b, name->data, name->len);
        }
        if (p < 0 && f && f->nparams && f->params[f->nparams - 1].variadic) {
            if (!vm->pending_named) vm->pending_named = mp_array_new(vm, 4);
            mp_key nk = { name, 0 };
            mp_array_set(vm, vm->pending_named, nk, named[idx]);
            continue;
        }
        if (p < 0 && b && b->max_args < 0)
            mp_throw_ex(vm, MP_EX_ARGUMENT_COUNT_ERROR, "%s() does not accept unknown named parameters", b->name);
        if (p < 0) mp_throw_ex(vm, MP_EX_ERROR, "Unknown named parameter $%s", name->data);
        if (p < npos || ret[1 + p].type != MP_T_UNDEF)
            mp_throw_ex(vm, MP_EX_ERROR, "Named parameter $%s overwrites previous argument", name->data);
        ret[1 + p] = named[idx];
        if (p + 1 > total) total = p + 1;
    }
    return total;
}

/* Call CALLABLE with ARGS: int keys positional, string keys named
 * (call_user_func_array, as a spread call does it). */
void mp_call_value_array(mp_vm *vm, mp_val callable, mp_array *args, mp_val *ret)
{
    mp_frame *fr = &vm->frames[vm->nframes - 1];
    mp_val *slot = vm->sp;
    uint32_t n = mp_array_count(args);
    if (slot + n + 3 >= fr->limit) stack_overflow(vm);
    mp_callable_split(vm, callable, &slot[1], &slot[0], 1);
    mp_array *names = NULL;
    int argc = 0;
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(args, &pos, &k, &e); ) {
        if (k.s) {
            if (!names) names = mp_array_new(vm, 4);
            mp_array_append(vm, names, mp_v_str(k.s));
        } else if (names) {
            mp_throw_ex(vm, MP_EX_ERROR, "Cannot use positional argument after named argument during unpacking");
        }
        mp_val v = *mp_deref(e);
        mp_val_share(v);
        slot[2 + argc++] = v;
    }
    mp_val *saved_sp = vm->sp;
    vm->sp = slot + 2 + argc;
    if (names) argc = place_named(vm, slot + 1, argc, names);
    mp_native *saved_native = vm->native;
    if (mp_start_call(vm, slot + 1, argc, fr->chunk, fr->limit, 1)) mp_execute(vm);
    vm->native = saved_native;
    vm->sp = saved_sp;
    *ret = slot[0].type == MP_T_REF ? slot[0].u.r->val : slot[0];
}

/* ---- dims ---- */

static int to_key(mp_vm *vm, mp_val k, mp_key *out, const char *what)
{
    if (k.type == MP_T_INT) { out->s = NULL; out->i = k.u.i; return 1; }
    if (k.type == MP_T_REF) k = k.u.r->val;
    if (k.type == MP_T_FLOAT) {
        if (!isfinite(k.u.d) || k.u.d != floor(k.u.d) || k.u.d >= 9223372036854775808.0 || k.u.d < -9223372036854775808.0) {
            char buf[64];
            mp_float_repr(k.u.d, buf);
            mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float %s to int loses precision", buf);
        }
    }
    if (k.type == MP_T_ARRAY || k.type == MP_T_OBJECT) {
        (void)what;
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Illegal offset type");
    }
    return mp_array_key_from_val(vm, k, out);
}

static void undefined_key(mp_vm *vm, mp_key k)
{
    if (k.s) mp_error(vm, MP_E_WARNING, "Undefined array key \"%s\"", k.s->data);
    else mp_error(vm, MP_E_WARNING, "Undefined array key %lld", (long long)k.i);
}

static int str_offset(mp_vm *vm, mp_val k, int64_t *off, int quiet)
{
    if (k.type == MP_T_REF) k = k.u.r->val;
    switch (k.type) {
    case MP_T_INT: *off = k.u.i; return 1;
    case MP_T_STRING: {
        mp_val n;
        int trailing = 0;
        int t = mp_str_numeric(k.u.s->data, k.u.s->len, &n, 1, &trailing);
        if (t == MP_T_INT && !trailing) { *off = n.u.i; return 1; }
        if (quiet) return 0;
        if (t == MP_T_INT) {
            mp_error(vm, MP_E_WARNING, "Illegal string offset \"%s\"", k.u.s->data);
            *off = n.u.i;
            return 1;
        }
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Cannot access offset of type %s on string", "string");
    }
    case MP_T_FLOAT:
        if (!quiet) mp_error(vm, MP_E_WARNING, "String offset cast occurred");
        *off = (int64_t)k.u.d; return 1;
    case MP_T_NULL: case MP_T_FALSE: case MP_T_TRUE:
        if (!quiet) mp_error(vm, MP_E_WARNING, "String offset cast occurred");
        *off = k.type == MP_T_TRUE; return 1;
    default:
        if (quiet) return 0;
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Cannot access offset of type %s on string", mp_debug_type(k));
    }
}

/* A string key that cannot be an integer key ("abc", not "12" or "-3"):
 * usable as it is, without the numeric-string check. */
static inline int plain_str_key(const mp_val *k)
{
    if (k->type != MP_T_STRING || k->u.s->len == 0) return 0;
    char c0 = k->u.s->data[0];
    return !(c0 >= '0' && c0 <= '9') && c0 != '-';
}

/* Int-key lookup with the packed case inline (the hot path of $a[$i]). */
static inline const mp_val *array_find_int(const mp_array *a, int64_t k)
{
    if ((a->flags & MP_ARR_PACKED) && (uint64_t)k < a->used) return &a->vals[k];
    return mp_array_find_int(a, k);
}

/* base[key] for reading. quiet: isset/??/empty semantics (no diagnostics). */
static mp_val fetch_dim(mp_vm *vm, mp_val base, mp_val key, int quiet)
{
    if (base.type == MP_T_REF) base = base.u.r->val;
    if (base.type == MP_T_ARRAY) {
        mp_val *v;
        if (key.type == MP_T_INT) v = mp_array_find_int(base.u.a, key.u.i);
        else {
            mp_key k;
            if (quiet == 2 && (key.type == MP_T_ARRAY || key.type == MP_T_OBJECT))
                mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Illegal offset type in isset or empty");
            if (!to_key(vm, key, &k, "read")) return mp_v_null();
            v = mp_array_find(base.u.a, k);
            if (!v) {
                if (!quiet) undefined_key(vm, k);
                return mp_v_null();
            }
        }
        if (!v) {
            if (!quiet) mp_error(vm, MP_E_WARNING, "Undefined array key %lld", (long long)key.u.i);
            return mp_v_null();
        }
        return v->type == MP_T_REF ? v->u.r->val : *v;
    }
    if (base.type == MP_T_STRING) {
        int64_t off;
        if (!str_offset(vm, key, &off, quiet)) return mp_v_null();
        int64_t len = (int64_t)base.u.s->len;
        if (off < 0) off += len;
        if (off < 0 || off >= len) {
            if (!quiet) mp_error(vm, MP_E_WARNING, "Uninitialized string offset %lld", (long long)(off < 0 ? off - len : off));
            return quiet ? mp_v_null() : mp_v_str(mp_str_empty());
        }
        return mp_v_str(mp_str_char((unsigned char)base.u.s->data[off]));
    }
    if (base.type == MP_T_OBJECT) return mp_spl_dim_read(vm, base.u.o, key, quiet);   /* ArrayAccess */
    if (!quiet) {
        mp_error(vm, MP_E_WARNING, "Trying to access array offset on value of type %s", mp_debug_type(base));
    }
    return mp_v_null();
}

/* Make *slot a writable array for a nested write; returns it. */
static mp_array *writable_array(mp_vm *vm, mp_val *slot, int append)
{
    switch (slot->type) {
    case MP_T_ARRAY:
        if (slot->u.a->flags & (MP_GC_SHARED | MP_GC_IMMUTABLE)) {
            /* the shared empty array ([] literals): start a fresh one, nothing to copy */
            if (slot->u.a == mp_array_empty()) {
                slot->u.a = mp_array_new(vm, 8);
                slot->u.a->next_free = 0;   /* as zend_empty_array: $a = []; $a[-5] = 1; $a[] = 2 uses key 0 */
            }
            else slot->u.a = mp_array_separate(vm, slot->u.a);
        }
        return slot->u.a;
    case MP_T_UNDEF: case MP_T_NULL:
        *slot = mp_v_arr(mp_array_new(vm, 4));
        return slot->u.a;
    case MP_T_FALSE:
        mp_error(vm, MP_E_DEPRECATED, "Automatic conversion of false to array is deprecated");
        *slot = mp_v_arr(mp_array_new(vm, 4));
        return slot->u.a;
    case MP_T_STRING:
        if (append) mp_throw_ex(vm, MP_EX_ERROR, "[] operator not supported for strings");
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot use string offset as an array");
    case MP_T_OBJECT:
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot use object of type %s as array", slot->u.o->cls->name->data);
    default:
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot use a scalar value as an array");
    }
}

/* The base slot of a write (CV, ${name} or $GLOBALS[name]). */
static mp_val *write_base(mp_vm *vm, mp_frame *fr, int kind, int a, mp_val *name)
{
    if (kind == MP_BASE_CV) return &fr->base[a];
    if (kind == MP_BASE_IND) return name->u.p;
    mp_array *tab = kind == MP_BASE_GLOBAL ? mp_globals(vm) : mp_frame_symtab(vm, fr);
    return mp_symtab_slot(vm, tab, mp_name_of(vm, *name), 1);
}

/* Walk NKEYS keys from SLOT creating what is missing; returns the final slot. */
static mp_val *walk_w(mp_vm *vm, mp_val *slot, mp_val *keys, int nkeys, int rw)
{
    for (int i = 0; i < nkeys; i++) {
        if (slot->type == MP_T_REF) slot = &slot->u.r->val;
        mp_val key = keys[i];
        if (slot->type == MP_T_OBJECT) {
            /* ArrayAccess: offsetGet's result is the next container */
            slot = mp_spl_dim_ptr(vm, slot->u.o, key, rw);
            continue;
        }
        mp_array *arr = writable_array(vm, slot, key.type == MP_T_UNDEF);
        if (key.type == MP_T_UNDEF) {
            slot = mp_array_append(vm, arr, mp_v_null());
            if (!slot) mp_throw_ex(vm, MP_EX_ERROR, "Cannot add element to the array as the next element is already occupied");
            continue;
        }
        mp_key k;
        if (!to_key(vm, key, &k, "write")) mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Illegal offset type");
        int created = 0;
        slot = mp_array_lookup_or_add(vm, arr, k, &created);
        if (created && rw) undefined_key(vm, k);
    }
    return slot;
}

/* $str[off] = value */
static mp_val assign_str_offset(mp_vm *vm, mp_val *slot, mp_val key, mp_val value)
{
    if (key.type == MP_T_UNDEF) mp_throw_ex(vm, MP_EX_ERROR, "[] operator not supported for strings");
    int64_t off;
    str_offset(vm, key, &off, 0);
    mp_str *s = slot->u.s;
    int64_t len = (int64_t)s->len;
    if (off < -len) {
        mp_error(vm, MP_E_WARNING, "Illegal string offset %lld", (long long)off);
        return mp_v_null();
    }
    if (off < 0) off += len;
    mp_str *v = mp_to_str(vm, value);
    if (v->len == 0) mp_throw_ex(vm, MP_EX_ERROR, "Cannot assign an empty string to a string offset");
    if (v->len > 1) mp_error(vm, MP_E_WARNING, "Only the first byte will be assigned to the string offset");
    mp_str *r;
    if (off >= len) {
        r = mp_str_alloc(vm, (size_t)off + 1);
        memcpy(r->data, s->data, s->len);
        memset(r->data + s->len, ' ', (size_t)(off - len));
    } else {
        r = mp_str_new(vm, s->data, s->len);
    }
    r->data[off] = v->data[0];
    *slot = mp_v_str(r);
    return mp_v_str(mp_str_char((unsigned char)v->data[0]));
}

/* ...$traversable: int keys append, string keys are kept (PHP 8.1). */
static void spread_one(mp_vm *vm, void *ud, mp_val key, mp_val v)
{
    mp_array *dst = ud;
    mp_val_share(v);
    if (key.type == MP_T_STRING) { mp_key k; if (!mp_array_key_from_val(vm, key, &k)) k = (mp_key){ key.u.s, 0 }; if (k.s) { mp_array_set(vm, dst, k, v); return; } }
    else if (key.type != MP_T_INT) mp_throw_ex(vm, MP_EX_ERROR, "Keys must be of type int|string during array unpacking");
    if (!mp_array_append(vm, dst, v))
        mp_throw_ex(vm, MP_EX_ERROR, "Cannot add element to the array as the next element is already occupied");
}

/* ---- the interpreter ---- */

static inline int truthy(mp_val v)
{
    switch (v.type) {
    case MP_T_TRUE: return 1;
    case MP_T_FALSE: case MP_T_NULL: case MP_T_UNDEF: return 0;
    case MP_T_INT: return v.u.i != 0;
    default: return mp_to_bool(v);
    }
}

static const mp_val null_value = { .u = { 0 }, .tw = MP_T_NULL };

static void undefined_var(mp_vm *vm, const mp_func *f, int slot)
{
    mp_error(vm, MP_E_WARNING, "Undefined variable $%s", f->cvnames[slot]->data);
}

/* ++/-- slow path: undefined variable warning, then PHP's rules; OLD (if
 * not NULL) receives the value before the change. */
static void incdec_slow(mp_vm *vm, mp_frame *fr, int slot, mp_val *v, int inc, mp_val *old)
{
    if (v->type == MP_T_UNDEF) { undefined_var(vm, fr->func, slot); *v = mp_v_null(); }
    if (old) *old = *v;
    mp_incdec(vm, v, inc);
}


static inline int compare_op(mp_vm *vm, int op, mp_val a, mp_val b)
{
    if (a.type == MP_T_INT && b.type == MP_T_INT) {
        switch (op) {
        case OP_LT: return a.u.i < b.u.i; case OP_LE: return a.u.i <= b.u.i;
        case OP_GT: return a.u.i > b.u.i; case OP_GE: return a.u.i >= b.u.i;
        case OP_EQ: case OP_IDENT: return a.u.i == b.u.i;
        case OP_NE: case OP_NIDENT: return a.u.i != b.u.i;
        }
    }
    switch (op) {
    case OP_LT: return mp_compare(vm, a, b) < 0;
    case OP_LE: return mp_compare(vm, a, b) <= 0;
    case OP_GT: return mp_compare(vm, b, a) < 0;
    case OP_GE: return mp_compare(vm, b, a) <= 0;
    case OP_EQ: return mp_loose_eq(vm, a, b);
    case OP_NE: return !mp_loose_eq(vm, a, b);
    case OP_IDENT: return mp_strict_eq(a, b);
    default: return !mp_strict_eq(a, b);
    }
}

static void iter_set_pos(mp_val *it, uint32_t pos) { memcpy(&it->extra[3], &pos, 4); }
static uint32_t iter_pos(const mp_val *it) { uint32_t p; memcpy(&p, &it->extra[3], 4); return p; }

/* "a $b c": all parts in one allocation; ints and floats are formatted
 * straight into the result. */
static mp_val rope(mp_vm *vm, mp_val *parts, int n)
{
    if (n == 2) return mp_v_str(mp_concat_vals(vm, parts[0], parts[1]));
    size_t total = 0;
    for (int i = 0; i < n; i++) {
        mp_val *v = &parts[i];
        if (v->type == MP_T_STRING) { total += v->u.s->len; continue; }
        if (v->type == MP_T_INT) { total += 20; continue; }   /* at most 20 digits and sign */
        *v = mp_v_str(mp_to_str(vm, *v));
        total += v->u.s->len;
    }
    mp_str *r = mp_str_alloc(vm, total);
    char *p = r->data;
    for (int i = 0; i < n; i++) {
        if (parts[i].type == MP_T_INT) p += mp_fmt_int(p, parts[i].u.i);
        else { memcpy(p, parts[i].u.s->data, parts[i].u.s->len); p += parts[i].u.s->len; }
    }
    r->len = (size_t)(p - r->data);
    *p = 0;
    return mp_v_str(r);
}

/* Does the pending callee (user function, closure or builtin) take
 * argument I by reference? Reads fields only (see MP_VCOPY). */
static inline int callee_arg_byref(const mp_val *callee, int i)
{
    int t = callee->type;
    const mp_func *f = t == MP_T_FUNC ? callee->u.p : NULL;
    const mp_builtin *b = t == MP_T_BUILTIN ? callee->u.p : NULL;
    if (t == MP_T_OBJECT || t == MP_T_METHOD) mp_callee_target(*callee, &f, &b);
    if (f) {
        if (!f->has_byref) return 0;
        if (i < f->nparams) return f->params[i].byref;
        return f->has_variadic && f->params[f->nparams - 1].byref;
    }
    return b && mp_builtin_arg_byref(b, i);
}

/* Arguments for by-reference parameters that are not variables: a call
 * result gets PHP's notice, anything else an Error. */
static void check_byref_args(mp_vm *vm, const mp_func *f, mp_val *args, int argc, int callmask)
{
    for (int i = 0; i < argc && i < f->nparams; i++) {
        if (!f->params[i].byref || args[i].type == MP_T_REF) continue;
        if (i < 8 && (callmask & (1 << i))) mp_error(vm, MP_E_NOTICE, "Only variables should be passed by reference");
        else mp_throw_ex(vm, MP_EX_ERROR, "%s(): Argument #%d ($%s) cannot be passed by reference",
                         func_display_name(f), i + 1, f->params[i].name->data);
    }
}

/* A declared type as PHP prints it in TypeErrors: "self" is named by the
 * method's class ("?self" -> "?Version"). */
static const char *type_text(mp_vm *vm, const mp_func *f, const mp_type *t)
{
    const char *tt = t->text->data, *s = strstr(tt, "self");
    if (!s || !f->cls_name || (s > tt && !strchr("?|(&", s[-1])) || (s[4] && !strchr("|)&", s[4])))
        return tt;
    return mp_str_printf(vm, "%.*s%s%s", (int)(s - tt), tt, f->cls_name->data, s + 4)->data;
}

/* Type-check argument/return values (types.c). */
static void check_param(mp_vm *vm, mp_frame *fr, int i)
{
    const mp_func *f = fr->func;
    mp_val *slot = mp_deref(&fr->base[i]);
    if (slot->type == MP_T_UNDEF) return;
    const mp_param *p = &f->params[i];
    mp_frame *caller = vm->nframes >= 2 ? &vm->frames[vm->nframes - 2] : NULL;
    int strict = caller ? caller->func->strict_types : 0;
    if (mp_check_type(vm, p->type, slot, strict)) return;
    if (caller && caller->func) {
        int line = caller->func->lines[caller->pc - caller->func->code];
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #%d ($%s) must be of type %s, %s given, called in %s on line %d",
                    func_display_name(f), i + 1, p->name->data, type_text(vm, f, p->type), mp_debug_type(*slot),
                    caller->func->script->path->data, line);
    }
    mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #%d ($%s) must be of type %s, %s given",
                func_display_name(f), i + 1, p->name->data, type_text(vm, f, p->type), mp_debug_type(*slot));
}

static void check_return(mp_vm *vm, mp_frame *fr, mp_val *v)
{
    const mp_func *f = fr->func;
    const mp_type *t = f->ret_type;
    if (t->mask & MP_TY_VOID) return;
    if (v->type == MP_T_REF) v = &v->u.r->val;   /* function &f(): T checks the referenced value */
    if (t->mask & MP_TY_NEVER)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): never-returning function must not implicitly return", func_display_name(f));
    if (mp_check_type(vm, t, v, f->strict_types)) return;
    if (fr->pc->x & 1)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Return value must be of type %s, none returned",
                    func_display_name(f), t->text->data);
    /* "static" is named by the class it stands for */
    const char *tt = type_text(vm, f, t);
    if (strcmp(tt, "static") == 0 && fr->called) tt = fr->called->name->data;
    mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Return value must be of type %s, %s returned",
                func_display_name(f), tt, mp_debug_type(*v));
}

/* Run the top frame from its pc with the operand stack at SP, until the
 * frame at entry-1 returns. */
static void __attribute__((noinline)) run(mp_vm *vm, int entry, mp_val *sp)
{
    mp_frame *fr = top_frame(vm);
    const mp_instr *pc = fr->pc;
    mp_val *base = fr->base;
    const mp_val *K = fr->func->consts;

#define LOAD_FRAME() do { fr = top_frame(vm); pc = fr->pc; base = fr->base; K = fr->func->consts; } while (0)
#define SAVE() (fr->pc = pc, vm->sp = sp)
/* A backward jump (a loop) or a call looks at the VM's interrupt flag,
 * which the watchdog thread sets when max_execution_time runs out: one
 * load, no clock read, no store. */
#define INTERRUPTED() __builtin_expect(__atomic_load_n(&vm->interrupt, __ATOMIC_RELAXED), 0)
#define BACKJUMP() do { if (pc->a < 0 && INTERRUPTED()) { SAVE(); mp_deadline_check(vm); } } while (0)
#define CALLTICK() do { if (INTERRUPTED()) { SAVE(); mp_deadline_check(vm); } } while (0)

#if defined(__GNUC__) && !defined(MP_NO_COMPUTED_GOTO)
    static const void *const labels[] = {
#define MP_OP_LABEL(n, ops, eff, doc) &&L_##n,
        MP_OPCODES(MP_OP_LABEL)
#undef MP_OP_LABEL
    };
#define CASE(n) L_##n:
/* pc lives in a register; handlers that can report an error, throw or call
 * out store it first with SAVE(), so messages and traces get the line. */
#define NEXT() goto *labels[pc->op]
#define DISPATCH() NEXT()
#else
#define CASE(n) case OP_##n:
#define NEXT() goto dispatch
#define DISPATCH() goto dispatch
#endif

#if defined(__GNUC__) && !defined(MP_NO_COMPUTED_GOTO)
    DISPATCH();
#else
dispatch:
    switch (pc->op) {
#endif
    CASE(CONST) MP_VCOPY(sp, &K[pc->a]); sp++; pc++; NEXT();
    CASE(INT) sp->u.i = pc->a; sp->tw = MP_T_INT; sp++; pc++; NEXT();
    CASE(NULL) sp->u.i = 0; sp->tw = MP_T_NULL; sp++; pc++; NEXT();
    CASE(TRUE) sp->u.i = 0; sp->tw = MP_T_TRUE; sp++; pc++; NEXT();
    CASE(FALSE) sp->u.i = 0; sp->tw = MP_T_FALSE; sp++; pc++; NEXT();
    CASE(UNDEF) (sp++)->type = MP_T_UNDEF; pc++; NEXT();
    CASE(POP) sp--; pc++; NEXT();
    CASE(POPN) sp -= pc->b; pc++; NEXT();
    CASE(ROT) {
        int n = pc->b;
        mp_val t = sp[-1 - n];
        memmove(sp - 1 - n, sp - n, sizeof(mp_val) * (size_t)n);
        sp[-1] = t;
        pc++; NEXT();
    }
    CASE(SQUASH) {
        int n = pc->b;
        MP_VCOPY(&sp[-1 - n], &sp[-1]);
        sp -= n;
        pc++; NEXT();
    }
    CASE(SHARE) {
        int t = sp[-1].type;
        if (t == MP_T_STRING || t == MP_T_ARRAY) mp_val_share(sp[-1]);
        pc++; NEXT();
    }
    CASE(APPEND_CV) {
        /* `$a[] = $b;` / `$a[] = $c[$d];` when $a is an unshared array and
         * the value is there without notices; anything else (warnings,
         * conversions, errors) is left to the next 4 ops. The value is
         * shared first: if it is $a's own array, $a is then shared and the
         * general path separates it (PHP: $a[] = $a). */
        const mp_val *v = NULL;
        if (pc->x == 0) {
            v = &base[pc->b];
            if (v->type == MP_T_REF) v = &v->u.r->val;
        } else if (pc->x == 1) {
            const mp_val *arr = &base[pc[2].a], *k = &base[pc[2].b];
            if (arr->type == MP_T_REF) arr = &arr->u.r->val;
            if (k->type == MP_T_REF) k = &k->u.r->val;
            if (arr->type == MP_T_ARRAY && k->type == MP_T_INT) {
                v = array_find_int(arr->u.a, k->u.i);
                if (v && v->type == MP_T_REF) v = NULL;
            }
        }
        if (v && v->type != MP_T_UNDEF) {
            if (v->type == MP_T_STRING || v->type == MP_T_ARRAY) mp_val_share(*v);
            mp_val *slot = &base[pc->a];
            if (slot->type == MP_T_REF) slot = &slot->u.r->val;
            if (slot->type == MP_T_ARRAY && !(slot->u.a->flags & (MP_GC_SHARED | MP_GC_IMMUTABLE))) {
                SAVE();   /* growing may reach memory_limit */
                if (mp_array_append(vm, slot->u.a, *v)) { pc += 5; NEXT(); }
            }
        }
        pc++; NEXT();
    }
    CASE(LOAD) {
        /* copy memory to memory: building a local mp_val field by field
         * and storing it whole stalls store forwarding */
        const mp_val *src = &base[pc->a];
        if (src->type == MP_T_REF) src = &src->u.r->val;
        if (src->type == MP_T_UNDEF) { SAVE(); undefined_var(vm, fr->func, pc->a); src = &null_value; }
        MP_VCOPY(sp, src);
        sp++;
        pc++; NEXT();
    }
    CASE(LOAD_QUIET) {
        const mp_val *src = &base[pc->a];
        if (src->type == MP_T_REF) src = &src->u.r->val;
        if (src->type == MP_T_UNDEF) src = &null_value;
        MP_VCOPY(sp, src);
        sp++;
        pc++; NEXT();
    }
    CASE(ASSIGN) {
        mp_val *slot = &base[pc->a];
        if (slot->type == MP_T_REF) slot = &slot->u.r->val;
        MP_VCOPY(slot, &sp[-1]);
        if (pc->x & 1) sp--;
        pc++; NEXT();
    }
    CASE(ISSET) {
        mp_val v = *mp_deref(&base[pc->a]);
        *sp++ = mp_v_bool(v.type != MP_T_UNDEF && v.type != MP_T_NULL);
        pc++; NEXT();
    }
    CASE(UNSET) mp_ref_drop(base[pc->a]); base[pc->a].type = MP_T_UNDEF; pc++; NEXT();
    CASE(LOAD_VARVAR) {
        SAVE();
        mp_str *name = mp_name_of(vm, sp[-1]);
        mp_val *slot = mp_symtab_slot(vm, mp_frame_symtab(vm, fr), name, 0);
        mp_val v = slot ? *mp_deref(slot) : mp_v_undef();
        if (v.type == MP_T_UNDEF) {
            if (!(pc->x & 1)) mp_error(vm, MP_E_WARNING, "Undefined variable $%s", name->data);
            v = mp_v_null();
        }
        sp[-1] = v;
        pc++; NEXT();
    }
    CASE(ISSET_VARVAR) {
        SAVE();
        mp_str *name = mp_name_of(vm, sp[-1]);
        mp_val *slot = mp_symtab_slot(vm, mp_frame_symtab(vm, fr), name, 0);
        mp_val v = slot ? *mp_deref(slot) : mp_v_undef();
        sp[-1] = mp_v_bool(v.type != MP_T_UNDEF && v.type != MP_T_NULL);
        pc++; NEXT();
    }
    CASE(UNSET_VARVAR) {
        SAVE();
        mp_str *name = mp_name_of(vm, sp[-1]);
        mp_array *tab = mp_frame_symtab(vm, fr);
        mp_val *e = mp_array_find_str(tab, name->data, name->len);
        if (e) {
            if (e->type == MP_T_INDIRECT) ((mp_val *)e->u.p)->type = MP_T_UNDEF;
            else { mp_key k = { name, 0 }; mp_array_delete(vm, tab, k); }
        }
        sp--;
        pc++; NEXT();
    }
    CASE(LOAD_GLOBAL) {
        SAVE();
        mp_str *name = mp_name_of(vm, sp[-1]);
        if (name->len == 7 && memcmp(name->data, "GLOBALS", 7) == 0) {
            /* a read-only copy of the global symbol table */
            mp_array *tab = mp_globals(vm), *copy = mp_array_new(vm, mp_array_count(tab));
            mp_key k; mp_val *e;
            for (uint32_t pos = 0; mp_array_next(tab, &pos, &k, &e); ) {
                mp_val v = *e;
                if (v.type == MP_T_INDIRECT) v = *(mp_val *)v.u.p;
                if (v.type == MP_T_UNDEF) continue;
                if (v.type != MP_T_REF) mp_val_share(v);
                mp_array_set(vm, copy, k, v);
            }
            sp[-1] = mp_v_arr(copy);
            pc++; NEXT();
        }
        mp_val *slot = mp_symtab_slot(vm, mp_globals(vm), name, 0);
        if (!slot && ((name->len == 4 && memcmp(name->data, "_ENV", 4) == 0) ||
                      (name->len == 8 && memcmp(name->data, "_REQUEST", 8) == 0))) {
            /* like PHP's auto_globals_jit: made when first used */
            slot = mp_symtab_slot(vm, mp_globals(vm), name, 1);
            *slot = mp_v_arr(mp_array_new(vm, 0));
        }
        mp_val v = slot ? *mp_deref(slot) : mp_v_undef();
        if (v.type == MP_T_UNDEF) {
            if (!(pc->x & 1)) mp_error(vm, MP_E_WARNING, "Undefined global variable $%s", name->data);
            v = mp_v_null();
        }
        sp[-1] = v;
        pc++; NEXT();
    }
    CASE(BIND_GLOBAL) {
        SAVE();
        mp_val *g = mp_symtab_slot(vm, mp_globals(vm), K[pc->b].u.s, 1);
        mp_val rv; rv.type = MP_T_REF; rv.u.r = mp_make_ref(vm, g);
        mp_bind_ref(&base[pc->a], rv);
        pc++; NEXT();
    }
    CASE(BIND_GLOBAL_DYN) {
        SAVE();
        mp_str *name = mp_name_of(vm, sp[-1]);
        mp_val *g = mp_symtab_slot(vm, mp_globals(vm), name, 1);
        mp_val rv; rv.type = MP_T_REF; rv.u.r = mp_make_ref(vm, g);
        mp_bind_ref(mp_symtab_slot(vm, mp_frame_symtab(vm, fr), name, 1), rv);
        sp--;
        pc++; NEXT();
    }
    CASE(BIND_STATIC) {
        SAVE();
        mp_val *slots = mp_static_slots(vm, fr);
        mp_bind_ref(&base[pc->a], slots[pc->b]);
        pc++; NEXT();
    }
    CASE(STATIC_INITED) {
        mp_val *slots = mp_static_slots(vm, fr);
        if (slots[pc->b].u.r->val.type != MP_T_UNDEF) pc = pc + pc->a; else pc++;
        NEXT();
    }
    /* ++/-- on a variable slot: PUSH 0 = statement form, 1 = push the new
     * value (++$x), 2 = push the old value ($x++) */
#define INCDEC_CV(NAME, INC, PUSH)                                                    \
    CASE(NAME) {                                                                      \
        mp_val *v = mp_deref(&base[pc->a]);                                           \
        if (v->type == MP_T_INT && v->u.i != ((INC) ? INT64_MAX : INT64_MIN)) {       \
            if ((PUSH) == 2) { sp->u.i = v->u.i; sp->tw = MP_T_INT; sp++; }           \
            v->u.i += (INC) ? 1 : -1;                                                 \
        } else {                                                                      \
            SAVE();                                                                   \
            incdec_slow(vm, fr, pc->a, v, (INC), (PUSH) == 2 ? sp : NULL);            \
            if ((PUSH) == 2) sp++;                                                    \
        }                                                                             \
        if ((PUSH) == 1) { MP_VCOPY(sp, v); sp++; }                                   \
        pc++; NEXT();                                                                 \
    }
    INCDEC_CV(PRE_INC, 1, 1)
    INCDEC_CV(PRE_DEC, 0, 1)
    INCDEC_CV(POST_INC, 1, 2)
    INCDEC_CV(POST_DEC, 0, 2)
    INCDEC_CV(INC_CV, 1, 0)
    INCDEC_CV(DEC_CV, 0, 0)
#undef INCDEC_CV
    /* + - * on the two top values: int and float inline, the rest in ops.c */
#define STACK_ARITH(NAME, OVERFLOW, OPER)                                             \
    CASE(NAME) {                                                                      \
        int64_t r;                                                                    \
        if (sp[-2].type == MP_T_INT && sp[-1].type == MP_T_INT && !OVERFLOW(sp[-2].u.i, sp[-1].u.i, &r)) \
            sp[-2].u.i = r;                                                           \
        else if (sp[-2].type == MP_T_FLOAT && sp[-1].type == MP_T_FLOAT) sp[-2].u.d = sp[-2].u.d OPER sp[-1].u.d; \
        else { SAVE(); mp_binary_op(vm, OP_##NAME, sp[-2], sp[-1], &sp[-2]); }        \
        sp--; pc++; NEXT();                                                           \
    }
    STACK_ARITH(ADD, __builtin_add_overflow, +)
    STACK_ARITH(SUB, __builtin_sub_overflow, -)
    STACK_ARITH(MUL, __builtin_mul_overflow, *)
#undef STACK_ARITH
    CASE(MOD) {
        if (sp[-2].type == MP_T_INT && sp[-1].type == MP_T_INT && sp[-1].u.i > 0) {
            sp[-2].u.i %= sp[-1].u.i;
            sp--; pc++; NEXT();
        }
        goto generic_binary;
    }
    CASE(DIV) {
        if (sp[-2].type == MP_T_FLOAT && sp[-1].type == MP_T_FLOAT && sp[-1].u.d != 0) {
            sp[-2].u.d /= sp[-1].u.d;
            sp--; pc++; NEXT();
        }
        goto generic_binary;
    }
    CASE(POW) CASE(SHL) CASE(SHR) CASE(BAND) CASE(BOR) CASE(BXOR) CASE(LXOR) CASE(CMP) {
    generic_binary:
        SAVE();
        mp_val r;
        mp_binary_op(vm, pc->op, sp[-2], sp[-1], &r);
        sp[-2] = r; sp--;
        pc++; NEXT();
    }
    CASE(CONCAT) {
        SAVE();
        mp_str *r = mp_concat_vals(vm, sp[-2], sp[-1]);
        sp[-2].u.s = r;
        sp[-2].tw = MP_T_STRING;
        sp--;
        pc++; NEXT();
    }
    CASE(EQ) CASE(NE) CASE(IDENT) CASE(NIDENT) CASE(LT) CASE(LE) CASE(GT) CASE(GE) {
        SAVE();
        sp[-2].type = compare_op(vm, pc->op, sp[-2], sp[-1]) ? MP_T_TRUE : MP_T_FALSE;
        sp--;
        pc++; NEXT();
    }
    CASE(NEG) {
        SAVE();
        mp_val v = sp[-1];
        if (v.type == MP_T_INT && v.u.i != INT64_MIN) sp[-1] = mp_v_int(-v.u.i);
        else if (v.type == MP_T_FLOAT) sp[-1] = mp_v_float(-v.u.d);
        else mp_binary_op(vm, OP_MUL, v, mp_v_int(-1), &sp[-1]);
        pc++; NEXT();
    }
    CASE(PLUS) {
        SAVE();
        mp_val v = sp[-1];
        if (v.type != MP_T_INT && v.type != MP_T_FLOAT) mp_binary_op(vm, OP_MUL, v, mp_v_int(1), &sp[-1]);
        pc++; NEXT();
    }
    CASE(NOT) sp[-1] = mp_v_bool(!truthy(sp[-1])); pc++; NEXT();
    CASE(BNOT) {
        SAVE();
        mp_val v = sp[-1];
        if (v.type == MP_T_INT) sp[-1] = mp_v_int(~v.u.i);
        else if (v.type == MP_T_FLOAT) { int64_t i; mp_to_long_op(vm, v, &i); sp[-1] = mp_v_int(~i); }
        else if (v.type == MP_T_STRING) {
            mp_str *r = mp_str_alloc(vm, v.u.s->len);
            for (size_t i = 0; i < v.u.s->len; i++) r->data[i] = (char)~v.u.s->data[i];
            sp[-1] = mp_v_str(r);
        } else mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Cannot perform bitwise not on %s", mp_debug_type(v));
        pc++; NEXT();
    }
    CASE(BOOL) sp[-1] = mp_v_bool(truthy(sp[-1])); pc++; NEXT();
    CASE(CAST) {
        if (pc->x & MP_CAST_ROPE) {
            int t = sp[-1].type;
            if (t == MP_T_STRING || t == MP_T_INT || t == MP_T_FLOAT || t <= MP_T_TRUE) { pc++; NEXT(); }
        }
        SAVE();
        mp_cast(vm, pc->x & ~MP_CAST_ROPE, &sp[-1]);
        pc++; NEXT();
    }
    CASE(ROPE) {
        SAVE();
        int n = pc->b;
        mp_val r = rope(vm, sp - n, n);
        sp -= n;
        *sp++ = r;
        pc++; NEXT();
    }
    CASE(JMP) BACKJUMP(); pc = pc + pc->a; NEXT();
    CASE(JMPZ) {
        --sp;
        int t = sp->type == MP_T_TRUE ? 1 : sp->type <= MP_T_FALSE ? 0 : truthy(*sp);
        if (!t) { BACKJUMP(); pc = pc + pc->a; } else pc++;
        NEXT();
    }
    CASE(JMPNZ) {
        --sp;
        int t = sp->type == MP_T_TRUE ? 1 : sp->type <= MP_T_FALSE ? 0 : truthy(*sp);
        if (t) { BACKJUMP(); pc = pc + pc->a; } else pc++;
        NEXT();
    }
    CASE(JMPZ_KEEP) {
        if (!truthy(sp[-1])) pc = pc + pc->a; else { sp--; pc++; }
        NEXT();
    }
    CASE(JMPNZ_KEEP) {
        if (truthy(sp[-1])) pc = pc + pc->a; else { sp--; pc++; }
        NEXT();
    }
    CASE(JMP_NOTNULL) {
        if (sp[-1].type != MP_T_NULL && sp[-1].type != MP_T_UNDEF) pc = pc + pc->a;
        else { sp--; pc++; }
        NEXT();
    }
    CASE(JMP_CMP) {
        int r;
        sp -= 2;
        if (sp[0].type == MP_T_INT && sp[1].type == MP_T_INT) {
            int64_t a = sp[0].u.i, b = sp[1].u.i;
            switch (pc->x & 0x7f) {
            case OP_LT: r = a < b; break;
            case OP_LE: r = a <= b; break;
            case OP_GT: r = a > b; break;
            case OP_GE: r = a >= b; break;
            case OP_EQ: case OP_IDENT: r = a == b; break;
            default: r = a != b; break;
            }
        } else if ((sp[0].type == MP_T_FLOAT || sp[0].type == MP_T_INT) && (sp[1].type == MP_T_FLOAT || sp[1].type == MP_T_INT)
                   && (pc->x & 0x7f) >= OP_LT && (pc->x & 0x7f) <= OP_GE) {
            double a = sp[0].type == MP_T_FLOAT ? sp[0].u.d : (double)sp[0].u.i;
            double b = sp[1].type == MP_T_FLOAT ? sp[1].u.d : (double)sp[1].u.i;
            switch (pc->x & 0x7f) {
            case OP_LT: r = a < b; break;
            case OP_LE: r = a <= b; break;
            case OP_GT: r = a > b; break;
            default: r = a >= b; break;
            }
        } else {
            SAVE();
            r = compare_op(vm, pc->x & 0x7f, sp[0], sp[1]);
        }
        if (r == (pc->x >> 7)) { BACKJUMP(); pc = pc + pc->a; } else pc++;
        NEXT();
    }
    CASE(JCMP_CC) CASE(JCMP_CI) {
    generic_jcmp:;
        const mp_val *a = &base[pc->b], *b;
        mp_val imm;
        if (a->type == MP_T_REF) a = &a->u.r->val;
        if (pc->op == OP_JCMP_CC || pc->op == OP_JLT_CC || pc->op == OP_JLE_CC) {
            b = &base[pc[1].a];
            if (b->type == MP_T_REF) b = &b->u.r->val;
        } else {
            imm.u.i = pc[1].a; imm.tw = MP_T_INT;
            b = &imm;
        }
        int r;
        if (a->type == MP_T_INT && b->type == MP_T_INT) {
            int64_t x = a->u.i, y = b->u.i;
            switch (pc->x & 0x7f) {
            case OP_LT: r = x < y; break;
            case OP_LE: r = x <= y; break;
            case OP_GT: r = x > y; break;
            case OP_GE: r = x >= y; break;
            case OP_EQ: case OP_IDENT: r = x == y; break;
            default: r = x != y; break;
            }
        } else {
            SAVE();
            if (a->type == MP_T_UNDEF) { undefined_var(vm, fr->func, pc->b); a = &null_value; }
            if (b->type == MP_T_UNDEF) { undefined_var(vm, fr->func, pc[1].a); b = &null_value; }
            r = compare_op(vm, pc->x & 0x7f, *a, *b);
        }
        if (r == (pc->x >> 7)) { BACKJUMP(); pc = pc + pc->a; } else pc += 2;
        NEXT();
    }
    CASE(BINOP_CC) CASE(BINOP_CI) CASE(BINOP_TI) CASE(BINOP_CT) CASE(BINOP_TC) CASE(BINOP_CK) CASE(BINOP_TK) {
    generic_binop:;
        /* fused "LOAD, LOAD, op": operands from slots, immediates or the top */
        const mp_val *a, *b;
        mp_val imm;
        int acv = -1, bcv = -1;
        mp_val *dst = sp;
        int shape = pc->op >= OP_ADD_CC ? (pc->op - OP_ADD_CC) & 3 : pc->op - OP_BINOP_CC;
        switch (shape) {
        case 0: acv = pc->a; bcv = pc->b; a = &base[acv]; b = &base[bcv]; break;
        case 1: acv = pc->b; a = &base[acv]; imm.u.i = pc->a; imm.tw = MP_T_INT; b = &imm; break;
        case 2: dst = sp - 1; a = dst; imm.u.i = pc->a; imm.tw = MP_T_INT; b = &imm; break;
        case 3: dst = sp - 1; acv = pc->a; a = &base[acv]; b = dst; break;
        case 4: dst = sp - 1; a = dst; bcv = pc->a; b = &base[bcv]; break;
        case 5: acv = pc->b; a = &base[acv]; b = &K[pc->a]; break;
        default: dst = sp - 1; a = dst; b = &K[pc->a]; break;
        }
        if (a->type == MP_T_REF) a = &a->u.r->val;
        if (b->type == MP_T_REF) b = &b->u.r->val;
        int op = pc->x;
        if (a->type == MP_T_INT && b->type == MP_T_INT) {
            int64_t x = a->u.i, y = b->u.i, r;
            switch (op) {
            case OP_ADD: if (__builtin_add_overflow(x, y, &r)) goto binop_slow; dst->u.i = r; dst->tw = MP_T_INT; goto binop_done;
            case OP_SUB: if (__builtin_sub_overflow(x, y, &r)) goto binop_slow; dst->u.i = r; dst->tw = MP_T_INT; goto binop_done;
            case OP_MUL: if (__builtin_mul_overflow(x, y, &r)) goto binop_slow; dst->u.i = r; dst->tw = MP_T_INT; goto binop_done;
            case OP_MOD: if (y <= 0) goto binop_slow; dst->u.i = x % y; dst->tw = MP_T_INT; goto binop_done;
            case OP_BAND: dst->u.i = x & y; dst->tw = MP_T_INT; goto binop_done;
            case OP_BOR: dst->u.i = x | y; dst->tw = MP_T_INT; goto binop_done;
            case OP_BXOR: dst->u.i = x ^ y; dst->tw = MP_T_INT; goto binop_done;
            case OP_LT: r = x < y; break;
            case OP_LE: r = x <= y; break;
            case OP_GT: r = x > y; break;
            case OP_GE: r = x >= y; break;
            case OP_EQ: case OP_IDENT: r = x == y; break;
            case OP_NE: case OP_NIDENT: r = x != y; break;
            default: goto binop_slow;
            }
            dst->u.i = 0; dst->tw = r ? MP_T_TRUE : MP_T_FALSE;
            goto binop_done;
        }
        if (a->type == MP_T_FLOAT && b->type == MP_T_FLOAT) {
            double x = a->u.d, y = b->u.d;
            switch (op) {
            case OP_ADD: dst->u.d = x + y; dst->tw = MP_T_FLOAT; goto binop_done;
            case OP_SUB: dst->u.d = x - y; dst->tw = MP_T_FLOAT; goto binop_done;
            case OP_MUL: dst->u.d = x * y; dst->tw = MP_T_FLOAT; goto binop_done;
            case OP_DIV: if (y == 0) goto binop_slow; dst->u.d = x / y; dst->tw = MP_T_FLOAT; goto binop_done;
            default: goto binop_slow;
            }
        }
    binop_slow:
        SAVE();
        {
            mp_val av, bv, r;
            MP_VCOPY(&av, a);
            MP_VCOPY(&bv, b);
            if (av.type == MP_T_UNDEF) { if (acv >= 0) undefined_var(vm, fr->func, acv); av = mp_v_null(); }
            if (bv.type == MP_T_UNDEF) { if (bcv >= 0) undefined_var(vm, fr->func, bcv); bv = mp_v_null(); }
            if (op >= OP_EQ && op <= OP_GE) r = mp_v_bool(compare_op(vm, op, av, bv));
            else if (op == OP_CONCAT) r = mp_v_str(mp_concat_vals(vm, av, bv));   /* what mp_binary_op does, one call less */
            else mp_binary_op(vm, op, av, bv, &r);
            *dst = r;
        }
    binop_done:
        if (shape <= 1 || shape == 5) sp++;
        pc++; NEXT();
    }
    CASE(DATA) pc++; NEXT();

    /* Specialised fused ops: the int case inline, anything else through the
     * generic BINOP code (same semantics, warnings and errors). */
#define FUSED_INT(NAME, INTOP, FLOAT_CASE)                                            \
    CASE(NAME##_CC) {                                                                 \
        const mp_val *a = &base[pc->a], *b = &base[pc->b];                            \
        int64_t r;                                                                    \
        if (a->type == MP_T_INT && b->type == MP_T_INT && INTOP(a->u.i, b->u.i, &r)) {  \
            sp->u.i = r; sp->tw = MP_T_INT; sp++; pc++; NEXT();                       \
        }                                                                             \
        FLOAT_CASE(a, b, sp, sp++)                                                    \
        goto generic_binop;                                                           \
    }                                                                                 \
    CASE(NAME##_CI) {                                                                 \
        const mp_val *a = &base[pc->b];                                               \
        int64_t r;                                                                    \
        if (a->type == MP_T_INT && INTOP(a->u.i, (int64_t)pc->a, &r)) {               \
            sp->u.i = r; sp->tw = MP_T_INT; sp++; pc++; NEXT();                       \
        }                                                                             \
        goto generic_binop;                                                           \
    }                                                                                 \
    CASE(NAME##_TI) {                                                                 \
        int64_t r;                                                                    \
        if (sp[-1].type == MP_T_INT && INTOP(sp[-1].u.i, (int64_t)pc->a, &r)) {       \
            sp[-1].u.i = r; pc++; NEXT();                                             \
        }                                                                             \
        goto generic_binop;                                                           \
    }                                                                                 \
    CASE(NAME##_CT) {                                                                 \
        const mp_val *a = &base[pc->a];                                               \
        int64_t r;                                                                    \
        if (a->type == MP_T_INT && sp[-1].type == MP_T_INT && INTOP(a->u.i, sp[-1].u.i, &r)) { \
            sp[-1].u.i = r; pc++; NEXT();                                             \
        }                                                                             \
        FLOAT_CASE(a, (&sp[-1]), (&sp[-1]), (void)0)                                  \
        goto generic_binop;                                                           \
    }
#define INT_ADD(x, y, r) (!__builtin_add_overflow((x), (y), (r)))
#define INT_SUB(x, y, r) (!__builtin_sub_overflow((x), (y), (r)))
#define INT_MUL(x, y, r) (!__builtin_mul_overflow((x), (y), (r)))
#define INT_MOD(x, y, r) ((y) > 0 ? (*(r) = (x) % (y), 1) : 0)
/* float op float, inline (A, B operands; D destination; then POST) */
#define FLOAT_OP(OPER, A, B, D, POST)                                                 \
        if ((A)->type == MP_T_FLOAT && (B)->type == MP_T_FLOAT) {                     \
            double fr_ = (A)->u.d OPER (B)->u.d;                                      \
            (D)->u.d = fr_; (D)->tw = MP_T_FLOAT; POST; pc++; NEXT();                 \
        }
#define FLOAT_ADD(A, B, D, POST) FLOAT_OP(+, A, B, D, POST)
#define FLOAT_SUB(A, B, D, POST) FLOAT_OP(-, A, B, D, POST)
#define FLOAT_MUL(A, B, D, POST) FLOAT_OP(*, A, B, D, POST)
#define FLOAT_NONE(A, B, D, POST)
    FUSED_INT(ADD, INT_ADD, FLOAT_ADD)
    FUSED_INT(SUB, INT_SUB, FLOAT_SUB)
    FUSED_INT(MUL, INT_MUL, FLOAT_MUL)
    FUSED_INT(MOD, INT_MOD, FLOAT_NONE)
#undef FUSED_INT
#define JCMP_SPECIAL(NAME, CMP, RHS_IS_CV)                                             \
    CASE(NAME) {                                                                      \
        const mp_val *a = &base[pc->b];                                               \
        const mp_val *b = RHS_IS_CV ? &base[pc[1].a] : NULL;                          \
        if (a->type == MP_T_INT && (!RHS_IS_CV || b->type == MP_T_INT)) {             \
            int64_t y = RHS_IS_CV ? b->u.i : (int64_t)pc[1].a;                        \
            pc = (a->u.i CMP y) == (pc->x >> 7) ? pc + pc->a : pc + 2;    \
            if (INTERRUPTED()) { SAVE(); mp_deadline_check(vm); }                     \
            NEXT();                                                                   \
        }                                                                             \
        goto generic_jcmp;                                                            \
    }
    JCMP_SPECIAL(JLT_CC, <, 1)
    JCMP_SPECIAL(JLE_CC, <=, 1)
    JCMP_SPECIAL(JLT_CI, <, 0)
    JCMP_SPECIAL(JLE_CI, <=, 0)
    JCMP_SPECIAL(JGT_CI, >, 0)
    JCMP_SPECIAL(JGE_CI, >=, 0)
#undef JCMP_SPECIAL
    CASE(CASE_EQ) {
        SAVE();
        mp_val v = *--sp;
        if (mp_loose_eq(vm, sp[-1], v)) { sp--; pc = pc + pc->a; }
        else pc++;
        NEXT();
    }
    CASE(MATCH_EQ) {
        mp_val v = *--sp;
        if (mp_strict_eq(sp[-1], v)) { sp--; pc = pc + pc->a; }
        else pc++;
        NEXT();
    }
    CASE(MATCH_ERROR) {
        SAVE();
        mp_val v = sp[-1];
        if (v.type == MP_T_STRING) {
            mp_buf b; mp_buf_init(&b, vm);
            mp_buf_adds(&b, "Unhandled match case ");
            mp_append_escaped_truncated(&b, v.u.s);
            mp_str *m = mp_buf_finish(&b);
            mp_throw_ex(vm, MP_EX_UNHANDLED_MATCH_ERROR, "%s", m->data);
        }
        if (v.type == MP_T_INT || v.type == MP_T_FLOAT || v.type <= MP_T_TRUE) {
            char buf[64];
            if (v.type == MP_T_INT) snprintf(buf, sizeof buf, "%lld", (long long)v.u.i);
            else if (v.type == MP_T_FLOAT) { mp_float_fmt(v.u.d, mp_precision(vm), buf); if (!strpbrk(buf, ".EN")) strcat(buf, ".0"); }
            else snprintf(buf, sizeof buf, "%s", v.type == MP_T_TRUE ? "true" : v.type == MP_T_FALSE ? "false" : "NULL");
            mp_throw_ex(vm, MP_EX_UNHANDLED_MATCH_ERROR, "Unhandled match case %s", buf);
        }
        mp_throw_ex(vm, MP_EX_UNHANDLED_MATCH_ERROR, "Unhandled match case of type %s", mp_debug_type(v));
    }
    CASE(ARRAY_NEW) *sp++ = mp_v_arr(mp_array_new(vm, pc->b)); pc++; NEXT();
    CASE(ARRAY_APPEND) {
        SAVE();
        mp_ref_hold(sp[-1]);
        if (!mp_array_append(vm, sp[-2].u.a, sp[-1]))
            mp_throw_ex(vm, MP_EX_ERROR, "Cannot add element to the array as the next element is already occupied");
        sp--;
        pc++; NEXT();
    }
    CASE(ARRAY_SET) {
        SAVE();
        mp_key k;
        if (sp[-2].type == MP_T_ARRAY || sp[-2].type == MP_T_OBJECT) mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Illegal offset type");
        to_key(vm, sp[-2], &k, "write");
        mp_ref_hold(sp[-1]);
        mp_array_set(vm, sp[-3].u.a, k, sp[-1]);
        sp -= 2;
        pc++; NEXT();
    }
    CASE(ARRAY_SPREAD) {
        SAVE();
        mp_val src = sp[-1];
        if (src.type == MP_T_OBJECT && mp_instanceof_name(vm, src.u.o->cls, mp_str_cstr(vm, "Traversable"))) {
            mp_traverse(vm, src.u.o, spread_one, sp[-2].u.a);
            sp--;
            pc++; NEXT();
        }
        if (src.type != MP_T_ARRAY) mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Only arrays and Traversables can be unpacked");
        mp_array *dst = sp[-2].u.a;
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(src.u.a, &pos, &k, &e); ) {
            mp_val v = *mp_deref(e);
            mp_val_share(v);
            if (k.s) mp_array_set(vm, dst, k, v);
            else if (!mp_array_append(vm, dst, v))
                mp_throw_ex(vm, MP_EX_ERROR, "Cannot add element to the array as the next element is already occupied");
        }
        sp--;
        pc++; NEXT();
    }
    CASE(FETCH_DIM_CC) CASE(FETCH_DIM_CI) {
        /* $a[$i] / $a[5] with the array (and key) read from slots */
        int acv = pc->op == OP_FETCH_DIM_CC ? pc->a : pc->b;
        const mp_val *arr = &base[acv];
        if (arr->type == MP_T_REF) arr = &arr->u.r->val;
        mp_val key;
        if (pc->op == OP_FETCH_DIM_CC) {
            const mp_val *k = &base[pc->b];
            if (k->type == MP_T_REF) k = &k->u.r->val;
            MP_VCOPY(&key, k);
        } else {
            key.u.i = pc->a; key.tw = MP_T_INT;
        }
        if (arr->type == MP_T_ARRAY && (key.type == MP_T_INT || plain_str_key(&key))) {
            const mp_val *e = key.type == MP_T_INT ? array_find_int(arr->u.a, key.u.i)
                                                  : mp_array_find(arr->u.a, (mp_key){ key.u.s, 0 });
            if (e && e->type != MP_T_REF && e->type != MP_T_UNDEF) {
                MP_VCOPY(sp, e);
                sp++; pc++; NEXT();
            }
        }
        SAVE();
        mp_val base_v;
        MP_VCOPY(&base_v, arr);
        if (base_v.type == MP_T_UNDEF) { undefined_var(vm, fr->func, acv); base_v = mp_v_null(); }
        if (key.type == MP_T_UNDEF) { undefined_var(vm, fr->func, pc->b); key = mp_v_null(); }
        *sp = fetch_dim(vm, base_v, key, 0);
        sp++; pc++; NEXT();
    }
    CASE(FETCH_DIM) {
        if (sp[-2].type == MP_T_ARRAY && sp[-1].type == MP_T_INT) {
            const mp_val *e = array_find_int(sp[-2].u.a, sp[-1].u.i);
            if (e && e->type != MP_T_REF && e->type != MP_T_UNDEF) {
                MP_VCOPY(&sp[-2], e);
                sp--; pc++; NEXT();
            }
        }
        SAVE();
        sp[-2] = fetch_dim(vm, sp[-2], sp[-1], 0);
        sp--;
        pc++; NEXT();
    }
    CASE(FETCH_DIM_QUIET) {
        SAVE();
        sp[-2] = fetch_dim(vm, sp[-2], sp[-1], 1);
        sp--;
        pc++; NEXT();
    }
    CASE(FETCH_KEYS_QUIET) {
        SAVE();
        int nkeys = pc->b, kind = pc->x & MP_BASE_MASK;
        mp_val *keys = sp - nkeys;
        mp_val v;
        if (kind == MP_BASE_CV) v = *mp_deref(&base[pc->a]);
        else if (kind == MP_BASE_IND) v = *mp_deref((mp_val *)keys[-1].u.p);   /* $o->p[k] ??= v */
        else {
            mp_val *slot = mp_symtab_slot(vm, kind == MP_BASE_GLOBAL ? mp_globals(vm) : mp_frame_symtab(vm, fr), mp_name_of(vm, keys[-1]), 0);
            v = slot ? *mp_deref(slot) : mp_v_null();
        }
        for (int i = 0; i < nkeys && v.type != MP_T_NULL && v.type != MP_T_UNDEF; i++) {
            if (keys[i].type == MP_T_UNDEF) mp_throw_ex(vm, MP_EX_ERROR, "Cannot use [] for reading");
            v = fetch_dim(vm, v, keys[i], 1);
        }
        if (v.type == MP_T_UNDEF) v = mp_v_null();
        *sp++ = v;
        pc++; NEXT();
    }
    CASE(ISSET_DIM) {
        SAVE();
        mp_val v = fetch_dim(vm, sp[-2], sp[-1], 2);
        sp[-2] = mp_v_bool(v.type != MP_T_NULL && v.type != MP_T_UNDEF);
        sp--;
        pc++; NEXT();
    }
    CASE(FETCH_W) {
        SAVE();
        int nkeys = pc->b, kind = pc->x & MP_BASE_MASK;
        int hasv = (pc->x & MP_FW_VALUE) != 0;
        mp_val *keys = sp - hasv - nkeys;
        mp_val *namep = keys - 1;
        mp_val *slot = write_base(vm, fr, kind, pc->a, namep);
        if (kind == MP_BASE_CV && nkeys && (pc->x & MP_FW_RW) && mp_deref(slot)->type == MP_T_UNDEF)
            undefined_var(vm, fr->func, pc->a);
        if (nkeys > 0) {
            /* the last container must not be a string: PHP names the operation */
            mp_val *cont = walk_w(vm, slot, keys, nkeys - 1, (pc->x & MP_FW_RW) != 0);
            if (mp_deref(cont)->type == MP_T_STRING && mp_deref(cont)->u.s->len > 0) {
                if ((pc->x & MP_FW_RW) && (pc->x & MP_FW_VALUE)) mp_throw_ex(vm, MP_EX_ERROR, "Cannot use assign-op operators with string offsets");
                if (pc->x & MP_FW_RW) mp_throw_ex(vm, MP_EX_ERROR, "Cannot increment/decrement string offsets");
                mp_throw_ex(vm, MP_EX_ERROR, "Cannot create references to/from string offsets");
            }
            if ((pc->x & MP_FW_RW) && (pc->x & MP_FW_VALUE) && mp_deref(cont)->type == MP_T_OBJECT && pc[1].op == OP_ASSIGN_OP_IND) {
                /* $obj[k] op= v (ArrayAccess): offsetGet, the operator, offsetSet;
                 * does the ASSIGN_OP_IND that follows */
                mp_val r = mp_spl_dim_assign_op(vm, mp_deref(cont)->u.o, keys[nkeys - 1], pc[1].b, sp[-1]);
                sp = kind == MP_BASE_CV ? keys : namep;
                if (!(pc[1].x & 1)) *sp++ = r;
                pc += 2; NEXT();
            }
            slot = walk_w(vm, cont, keys + nkeys - 1, 1, (pc->x & MP_FW_RW) != 0);
        }
        mp_val *dst = kind == MP_BASE_CV ? keys : namep;
        if (hasv) *dst++ = sp[-1];
        dst->type = MP_T_INDIRECT;
        dst->u.p = slot;
        sp = dst + 1;
        pc++; NEXT();
    }
    CASE(ASSIGN_DIM) {
        SAVE();
        int nkeys = pc->b, kind = pc->x & MP_BASE_MASK;
        if (kind == MP_BASE_CV && nkeys == 1) {
            /* fast path: $cv[] = v and $cv[int] = v on an unshared array */
            mp_val *slot = &base[pc->a];
            if (slot->type == MP_T_REF) slot = &slot->u.r->val;
            mp_val *key = &sp[-2];
            if (slot->type == MP_T_ARRAY && !(slot->u.a->flags & (MP_GC_SHARED | MP_GC_IMMUTABLE))
                && (key->type == MP_T_UNDEF || key->type == MP_T_INT || plain_str_key(key))) {
                mp_val *e;
                if (key->type == MP_T_UNDEF) e = mp_array_append(vm, slot->u.a, sp[-1]);
                else {
                    int created;
                    mp_key k = { key->type == MP_T_STRING ? key->u.s : NULL, key->type == MP_T_INT ? key->u.i : 0 };
                    e = mp_array_lookup_or_add(vm, slot->u.a, k, &created);
                    if (e->type == MP_T_REF) e = &e->u.r->val;
                    MP_VCOPY(e, &sp[-1]);
                }
                if (e) {
                    if (pc->x & MP_FW_POP) sp -= 2;
                    else { MP_VCOPY(&sp[-2], &sp[-1]); sp--; }
                    pc++; NEXT();
                }
            }
        }
        mp_val *keys = sp - 1 - nkeys;
        mp_val *namep = keys - 1;
        mp_val value = sp[-1];
        mp_val *slot = write_base(vm, fr, kind, pc->a, namep);
        if (nkeys > 0) {
            slot = walk_w(vm, slot, keys, nkeys - 1, 0);
            if (slot->type == MP_T_REF) slot = &slot->u.r->val;
            mp_val key = keys[nkeys - 1];
            if (slot->type == MP_T_STRING) {
                value = assign_str_offset(vm, slot, key, value);
            } else if (slot->type == MP_T_OBJECT) {
                mp_spl_dim_write(vm, slot->u.o, key, value);   /* ArrayAccess::offsetSet */
            } else {
                mp_array *arr = writable_array(vm, slot, key.type == MP_T_UNDEF);
                if (key.type == MP_T_UNDEF) {
                    if (!mp_array_append(vm, arr, value))
                        mp_throw_ex(vm, MP_EX_ERROR, "Cannot add element to the array as the next element is already occupied");
                } else {
                    mp_val *e;
                    if (key.type == MP_T_INT) {
                        int created;
                        mp_key k = { NULL, key.u.i };
                        e = mp_array_lookup_or_add(vm, arr, k, &created);
                    } else {
                        mp_key k;
                        to_key(vm, key, &k, "write");
                        int created;
                        e = mp_array_lookup_or_add(vm, arr, k, &created);
                    }
                    mp_slot_store(e, value);
                }
            }
        } else {
            mp_slot_store(slot, value);
        }
        mp_val *dst = kind == MP_BASE_CV ? keys : namep;
        if (pc->x & MP_FW_POP) sp = dst;
        else { *dst = value; sp = dst + 1; }
        pc++; NEXT();
    }
    CASE(UNSET_W) {
        SAVE();
        int nkeys = pc->b, kind = pc->x & MP_BASE_MASK;
        mp_val *keys = sp - nkeys;
        mp_val *namep = keys - 1;
        mp_val *slot;
        if (kind == MP_BASE_CV) slot = &fr->base[pc->a];
        else if (kind == MP_BASE_IND) slot = namep->u.p;
        else {
            mp_array *tab = kind == MP_BASE_GLOBAL ? mp_globals(vm) : mp_frame_symtab(vm, fr);
            mp_str *name = mp_name_of(vm, *namep);
            slot = mp_symtab_slot(vm, tab, name, 0);
            if (nkeys == 0) {
                /* unset($GLOBALS['x']) / unset(${'x'}): the variable itself */
                if (slot) { mp_ref_drop(*slot); slot->type = MP_T_UNDEF; }
                sp = namep;
                pc++; NEXT();
            }
        }
        if (kind == MP_BASE_CV && mp_deref(slot)->type == MP_T_UNDEF) undefined_var(vm, fr->func, pc->a);
        /* walk without creating anything */
        for (int i = 0; slot && i < nkeys; i++) {
            if (slot->type == MP_T_REF) slot = &slot->u.r->val;
            if (slot->type == MP_T_OBJECT) {
                /* ArrayAccess: offsetUnset, or offsetGet for a nested unset */
                if (i == nkeys - 1) { mp_spl_dim_unset(vm, slot->u.o, keys[i]); break; }
                slot = mp_spl_dim_ptr(vm, slot->u.o, keys[i], 2);
                continue;
            }
            if (slot->type == MP_T_STRING) mp_throw_ex(vm, MP_EX_ERROR, i == nkeys - 1 ? "Cannot unset string offsets" : "Cannot use string offset as an array");
            if (slot->type == MP_T_FALSE) { mp_error(vm, MP_E_DEPRECATED, "Automatic conversion of false to array is deprecated"); slot = NULL; break; }
            if (slot->type == MP_T_INT || slot->type == MP_T_FLOAT || slot->type == MP_T_TRUE)
                mp_throw_ex(vm, MP_EX_ERROR, "Cannot unset offset in a non-array variable");
            if (slot->type != MP_T_ARRAY) { slot = NULL; break; }
            mp_key k;
            if (keys[i].type == MP_T_ARRAY || keys[i].type == MP_T_OBJECT)
                mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Illegal offset type in unset");
            to_key(vm, keys[i], &k, "unset");
            if (!mp_array_find(slot->u.a, k)) { slot = NULL; break; }
            if (slot->u.a->flags & (MP_GC_SHARED | MP_GC_IMMUTABLE)) slot->u.a = mp_array_separate(vm, slot->u.a);
            if (i == nkeys - 1) { mp_ref_drop(*mp_array_find(slot->u.a, k)); mp_array_delete(vm, slot->u.a, k); break; }
            slot = mp_array_find(slot->u.a, k);
        }
        sp = kind == MP_BASE_CV ? keys : namep;
        pc++; NEXT();
    }
    CASE(ASSIGN_OP) {
        mp_val *slot = mp_deref(&base[pc->a]);
        if (slot->type == MP_T_INT && sp[-1].type == MP_T_INT && (pc->b == OP_ADD || pc->b == OP_SUB)) {
            /* $i += int / $i -= int without overflow */
            int64_t r;
            int ovf = pc->b == OP_ADD ? __builtin_add_overflow(slot->u.i, sp[-1].u.i, &r)
                                      : __builtin_sub_overflow(slot->u.i, sp[-1].u.i, &r);
            if (!ovf) {
                slot->u.i = r;
                if (pc->x & 1) sp--; else sp[-1].u.i = r;
                pc++; NEXT();
            }
        } else if (slot->type == MP_T_FLOAT && sp[-1].type == MP_T_FLOAT && (pc->b == OP_ADD || pc->b == OP_SUB || pc->b == OP_MUL)) {
            double r = pc->b == OP_ADD ? slot->u.d + sp[-1].u.d : pc->b == OP_SUB ? slot->u.d - sp[-1].u.d : slot->u.d * sp[-1].u.d;
            slot->u.d = r;
            if (pc->x & 1) sp--; else sp[-1].u.d = r;
            pc++; NEXT();
        }
        SAVE();
        if (slot->type == MP_T_UNDEF) { undefined_var(vm, fr->func, pc->a); *slot = mp_v_null(); }
        mp_val v = sp[-1];
        if (pc->b == OP_CONCAT && slot->type == MP_T_STRING && !(slot->u.s->flags & (MP_GC_SHARED | MP_GC_IMMUTABLE))) {
            mp_str *s = slot->u.s;
            if (v.type == MP_T_STRING) mp_str_append(vm, &s, v.u.s->data, v.u.s->len);
            else { mp_str *t = mp_to_str(vm, v); mp_str_append(vm, &s, t->data, t->len); }
            slot->u.s = s;
        } else if (pc->b == OP_CONCAT) {
            mp_str *a = slot->type == MP_T_STRING ? slot->u.s : mp_to_str(vm, *slot);
            mp_str *b = v.type == MP_T_STRING ? v.u.s : mp_to_str(vm, v);
            /* a fresh string with room to grow: the next .= appends in place */
            mp_str *r = mp_str_new(vm, a->data, a->len);
            mp_str_append(vm, &r, b->data, b->len);
            *slot = mp_v_str(r);
        } else {
            mp_binary_op(vm, pc->b, *slot, v, &v);
            *slot = v;
        }
        if (pc->x & 1) sp--; else sp[-1] = *slot;
        pc++; NEXT();
    }
    CASE(ASSIGN_OP_IND) {
        SAVE();
        mp_val *slot = mp_deref((mp_val *)sp[-1].u.p);
        mp_val v = sp[-2];
        if (slot->type == MP_T_UNDEF) *slot = mp_v_null();
        if (pc->b == OP_CONCAT && slot->type == MP_T_STRING && !(slot->u.s->flags & (MP_GC_SHARED | MP_GC_IMMUTABLE))) {
            mp_str *s = slot->u.s;
            mp_str *t = v.type == MP_T_STRING ? v.u.s : mp_to_str(vm, v);
            mp_str_append(vm, &s, t->data, t->len);
            slot->u.s = s;
        } else {
            mp_val r;
            mp_binary_op(vm, pc->b, *slot, v, &r);
            *slot = r;
        }
        sp -= 2;
        if (!(pc->x & 1)) *sp++ = *slot;
        pc++; NEXT();
    }
    CASE(INCDEC_IND) {
        SAVE();
        mp_val *slot = mp_deref((mp_val *)sp[-1].u.p);
        if (slot->type == MP_T_UNDEF) *slot = mp_v_null();
        mp_val old = *slot;
        mp_incdec(vm, slot, !(pc->x & 1));
        sp[-1] = (pc->x & 2) ? old : *slot;
        pc++; NEXT();
    }
    CASE(MAKE_REF) {
        SAVE();
        mp_ref *r = mp_make_ref(vm, (mp_val *)sp[-1].u.p);
        sp[-1].type = MP_T_REF;
        sp[-1].u.r = r;
        pc++; NEXT();
    }
    CASE(ASSIGN_REF_IND) {
        mp_val *slot = (mp_val *)sp[-1].u.p;
        mp_val ref = sp[-2];
        mp_bind_ref(slot, ref);
        sp -= 2;
        if (!(pc->x & 1)) *sp++ = ref.u.r->val;
        pc++; NEXT();
    }
    CASE(ASSIGN_REF) {
        mp_val ref = sp[-1];
        mp_bind_ref(&base[pc->a], ref);
        if (pc->x & 1) sp--; else sp[-1] = ref.u.r->val;
        pc++; NEXT();
    }
    CASE(LIST_FETCH) {
        SAVE();
        mp_val src = sp[-2], key = sp[-1];
        if (src.type == MP_T_INDIRECT || src.type == MP_T_REF) {
            /* the source is a variable ([&$a] = $arr, foreach (.. as [&$x])) */
            mp_val *var = src.type == MP_T_REF ? &src.u.r->val : mp_deref((mp_val *)src.u.p);
            src = *var;
            if ((pc->x & 3) && var->type != MP_T_OBJECT) {
                if (var->type != MP_T_ARRAY && var->type != MP_T_NULL && var->type != MP_T_UNDEF)
                    mp_throw_ex(vm, MP_EX_ERROR, "Cannot create references to elements of a non-array");
                src = mp_v_arr(writable_array(vm, var, 0));
            }
        }
        if ((pc->x & 3) && src.type == MP_T_OBJECT) {
            /* [&$a] = $obj: a reference to what offsetGet gives */
            mp_val *e = mp_spl_dim_ptr(vm, src.u.o, key, 0);
            if (pc->x & 2) { sp[-1].type = MP_T_INDIRECT; sp[-1].u.p = e; }
            else { sp[-1].type = MP_T_REF; sp[-1].u.r = mp_make_ref(vm, e); }
        } else if (pc->x & 2) {
            /* a nested pattern with references: point at the element */
            if (src.type != MP_T_ARRAY || (src.u.a->flags & (MP_GC_SHARED | MP_GC_IMMUTABLE)))
                mp_throw_ex(vm, MP_EX_ERROR, "Cannot assign reference to non referenceable value");
            mp_key k;
            to_key(vm, key, &k, "write");
            int created;
            sp[-1].type = MP_T_INDIRECT;
            sp[-1].u.p = mp_array_lookup_or_add(vm, src.u.a, k, &created);
        } else if (pc->x & 1) {
            if (src.type != MP_T_ARRAY) mp_throw_ex(vm, MP_EX_ERROR, "Cannot assign reference to non referenceable value");
            mp_key k;
            to_key(vm, key, &k, "write");
            int created;
            mp_array *arr = src.u.a;
            if (arr->flags & (MP_GC_SHARED | MP_GC_IMMUTABLE))
                mp_throw_ex(vm, MP_EX_ERROR, "Cannot assign reference to non referenceable value");
            mp_val *e = mp_array_lookup_or_add(vm, arr, k, &created);
            mp_ref *r = mp_make_ref(vm, e);
            sp[-1].type = MP_T_REF;
            sp[-1].u.r = r;
        } else if (src.type == MP_T_ARRAY) {
            mp_val v = fetch_dim(vm, src, key, 0);
            mp_val_share(v);
            sp[-1] = v;
        } else if (src.type == MP_T_OBJECT) {
            sp[-1] = mp_spl_dim_read(vm, src.u.o, key, 0);   /* ArrayAccess::offsetGet */
        } else {
            sp[-1] = mp_v_null();   /* destructuring a non-array silently gives nulls */
        }
        pc++; NEXT();
    }
    CASE(WANT_REF) {
        if (sp[-1].type != MP_T_REF) {
            SAVE();
            mp_error(vm, MP_E_NOTICE, "Only variables should be assigned by reference");
            mp_val box = sp[-1];
            mp_ref *r = mp_make_ref(vm, &box);
            r->rc = 0;
            sp[-1].type = MP_T_REF;
            sp[-1].u.r = r;
        }
        pc++; NEXT();
    }
    CASE(DEREF) {
        if (sp[-1].type == MP_T_INDIRECT) sp[-1] = *mp_deref((mp_val *)sp[-1].u.p);
        pc++; NEXT();
    }
    CASE(ECHO) {
        SAVE();
        const mp_val *v = &sp[-1];
        if (v->type == MP_T_STRING) mp_echo(vm, v->u.s->data, v->u.s->len);
        else if (v->type == MP_T_INT) {
            char buf[24];
            mp_echo(vm, buf, mp_fmt_int(buf, v->u.i));
        } else {
            mp_str *s = mp_to_str(vm, *v);
            mp_echo(vm, s->data, s->len);
        }
        sp--;
        pc++; NEXT();
    }
    CASE(INIT_CALL) {
        mp_str *lc = K[pc->a].u.s;
        unsigned h = (unsigned)((uintptr_t)lc >> 4) & 255;
        if (vm->fcache[h].name != lc) {
            mp_key k = { lc, 0 };
            mp_val *f = mp_array_find(vm->functions, k);
            if (!f) { SAVE(); mp_throw_ex(vm, MP_EX_ERROR, "Call to undefined function %s()", K[pc->b].u.s->data); }
            if (f->type != MP_T_FUNC) { *sp++ = *f; pc++; NEXT(); }   /* a host function (mp_register_functions) */
            vm->fcache[h].name = lc;
            vm->fcache[h].f = f->u.p;
        }
        sp->tw = MP_T_FUNC;
        sp->u.p = (void *)vm->fcache[h].f;
        sp++;
        pc++; NEXT();
    }
    CASE(INIT_CALL_DYN) {
        SAVE();
        mp_val c = sp[-1];
        mp_callable_split(vm, c, &sp[0], &sp[-1], 1);
        sp++;
        pc++; NEXT();
    }
    CASE(ARG_BYREF) {
        if (callee_arg_byref(&sp[-1 - pc->b], pc->b)) pc++; else pc += pc->a;
        NEXT();
    }
    CASE(ARG_BYREF_NAMED) {
        mp_val callee = sp[-1 - pc->x];
        const mp_func *f; const mp_builtin *nb;
        mp_callee_target(callee, &f, &nb);
        int byref = 0;
        if (f && f->has_byref)
            for (int i = 0; i < f->nparams; i++)
                if (mp_str_eq(f->params[i].name, K[pc->b].u.s)) byref = f->params[i].byref;
        if (callee.type == MP_T_BUILTIN) {
            int i = mp_builtin_param_index(callee.u.p, K[pc->b].u.s->data, K[pc->b].u.s->len);
            byref = i >= 0 && mp_builtin_arg_byref(callee.u.p, i);
        }
        if (byref) pc++; else pc += pc->a;
        NEXT();
    }
    CASE(SEND_CV) {
        int byref = callee_arg_byref(&sp[-1 - pc->b], pc->b);
        mp_val *slot = &base[pc->a];
        if (byref) {
            SAVE();
            mp_ref *r = mp_make_ref(vm, slot);
            sp->type = MP_T_REF;
            sp->u.r = r;
            sp++;
        } else {
            const mp_val *src = slot->type == MP_T_REF ? &slot->u.r->val : slot;
            if (src->type == MP_T_UNDEF) { SAVE(); undefined_var(vm, fr->func, pc->a); src = &null_value; }
            if (src->type == MP_T_STRING || src->type == MP_T_ARRAY) mp_val_share(*src);
            MP_VCOPY(sp, src);
            sp++;
        }
        pc++; NEXT();
    }
    CASE(CALL) {
        int argc = pc->b;
        mp_val *ret = sp - argc - 1;
        SAVE();
        CALLTICK();
        if (ret->type == MP_T_FUNC && !pc->a) {
            const mp_func *f = ret->u.p;
            mp_val *nbase = ret + 1;
            if (f->has_byref) check_byref_args(vm, f, nbase, argc, pc->x);
            /* fast path: a plain user function called with exactly its parameters */
            else if (argc == f->nparams && !f->is_closure && !f->has_variadic && vm->nframes < vm->maxframes
                     && nbase + f->nslots + f->maxstack + 2 <= fr->limit) {
                mp_frame *nf = &vm->frames[vm->nframes++];
                nf->func = f; nf->pc = f->code; nf->base = nbase;
                nf->ret_slot = ret; nf->limit = fr->limit; nf->chunk = fr->chunk;
                nf->nargs = argc; nf->extra_args = NULL; nf->symtab = NULL; nf->closure = NULL;
                nf->is_include = 0; nf->named_extra = NULL;
                nf->this_obj = NULL; nf->scope = NULL; nf->called = NULL; nf->generator = NULL; nf->want_ref = 0;
                /* no by-reference parameter: no argument is a REF */
                for (int i = argc; i < f->nslots; i++) nbase[i].tw = MP_T_UNDEF;
                fr = nf; pc = f->code; base = nbase; K = f->consts;
                sp = nbase + f->nslots;
                NEXT();
            }
        } else if (ret->type == MP_T_METHOD && pc->a) {
            /* fast path: a user method called with exactly its parameters */
            const mp_method *m = ret->u.p;
            const mp_func *f = m->func;
            mp_val *nbase = ret + 1;
            if (f && !m->magic_name && !f->has_byref && argc == f->nparams && !f->has_variadic
                && vm->nframes < vm->maxframes && nbase + f->nslots + f->maxstack + 2 <= fr->limit) {
                mp_val aux = ret[-1];
                mp_object *this_obj = NULL;
                mp_class *called;
                if (aux.type == MP_T_OBJECT) { this_obj = aux.u.o; called = this_obj->cls; }
                else called = aux.type == MP_T_CLASS ? aux.u.p : m->scope;
                if (m->flags & MP_ACC_STATIC) this_obj = NULL;
                mp_frame *nf = &vm->frames[vm->nframes++];
                nf->func = f; nf->pc = f->code; nf->base = nbase;
                nf->ret_slot = ret - 1; nf->limit = fr->limit; nf->chunk = fr->chunk;
                nf->nargs = argc; nf->extra_args = NULL; nf->symtab = NULL; nf->closure = NULL;
                nf->is_include = 0; nf->named_extra = NULL;
                nf->this_obj = this_obj; nf->scope = m->scope; nf->called = called; nf->generator = NULL; nf->want_ref = 0;
                for (int i = argc; i < f->nslots; i++) nbase[i].tw = MP_T_UNDEF;
                fr = nf; pc = f->code; base = nbase; K = f->consts;
                sp = nbase + f->nslots;
                NEXT();
            }
        }
        if (mp_start_call(vm, ret, argc, fr->chunk, fr->limit, pc->a)) {
            LOAD_FRAME();
            sp = base + fr->func->nslots;
            NEXT();
        }
        sp = ret + 1 - pc->a;
        pc++; NEXT();
    }
    CASE(CALL_NAMED) {
        int argc = pc->b;
        mp_val *ret = sp - argc - 1;
        SAVE();
        argc = place_named(vm, ret, argc, K[pc->a].u.a);
        if (mp_start_call(vm, ret, argc, fr->chunk, fr->limit, pc->x)) {
            LOAD_FRAME();
            sp = base + fr->func->nslots;
            NEXT();
        }
        sp = ret + 1 - pc->x;
        pc++; NEXT();
    }
    CASE(CALL_ARRAY) {
        SAVE();
        mp_val *ret = sp - 2;
        mp_array *args = sp[-1].u.a;
        int n = 0;
        mp_array *names = NULL;
        mp_key k; mp_val *e;
        sp--;
        for (uint32_t pos = 0; mp_array_next(args, &pos, &k, &e); ) {
            if (k.s) {
                if (!names) names = mp_array_new(vm, 4);
                mp_array_append(vm, names, mp_v_str(k.s));
            } else if (names) {
                mp_throw_ex(vm, MP_EX_ERROR, "Cannot use positional argument after named argument during unpacking");
            }
            if (sp + 1 >= fr->limit) stack_overflow(vm);
            if (e->type == MP_T_REF && ret->type == MP_T_BUILTIN && !names && mp_builtin_arg_byref(ret->u.p, n)) {
                *sp++ = *e;               /* compiled as a reference for this parameter */
                e->u.r->rc--;             /* the argument array dies with the call */
            } else {
                *sp++ = *mp_deref(e);
            }
            n++;
        }
        if (names) n = place_named(vm, ret, n, names);
        if (mp_start_call(vm, ret, n, fr->chunk, fr->limit, pc->x)) {
            LOAD_FRAME();
            sp = base + fr->func->nslots;
            NEXT();
        }
        sp = ret + 1 - pc->x;
        pc++; NEXT();
    }
    CASE(CALL_BUILTIN) {
        int argc = pc->b;
        mp_val *args = sp - argc;
        mp_val r = mp_v_null();
        SAVE();
        if (pc->x) mp_builtin_invoke(vm, K[pc->a].u.p, argc, args, &r);   /* compiled inline by PHP: no trace frame */
        else mp_native_call(vm, K[pc->a].u.p, argc, args, &r);
        fr = top_frame(vm);
        sp = args;
        *sp++ = r;
        pc++; NEXT();
    }
    CASE(STRLEN_COUNT) {
        if (pc->x && sp[-1].type == MP_T_ARRAY) { int64_t n = mp_array_count(sp[-1].u.a); sp[-1].u.i = n; sp[-1].tw = MP_T_INT; }
        else if (!pc->x && sp[-1].type == MP_T_STRING) { int64_t n = (int64_t)sp[-1].u.s->len; sp[-1].u.i = n; sp[-1].tw = MP_T_INT; }
        else {
            SAVE();
            mp_val r = mp_v_null();
            mp_builtin_invoke(vm, K[pc->a].u.p, 1, &sp[-1], &r);
            sp[-1] = r;
        }
        pc++; NEXT();
    }
    CASE(RECV_INIT) {
        if (base[pc->b].type != MP_T_UNDEF) pc = pc + pc->a; else pc++;
        NEXT();
    }
    CASE(RECV_CHECK) {
        /* the common cases first: the exact scalar type, or an object of a
         * class this instruction accepted before (inline cache) */
        const mp_val *v = &base[pc->a];
        if (v->type == MP_T_REF) v = &v->u.r->val;
        if (mp_type_exact(fr->func->params[pc->a].type, *v)) { pc++; NEXT(); }
        mp_icache *ic = &vm->icache[((uintptr_t)pc >> 3) & (MP_ICACHE - 1)];
        if (v->type == MP_T_OBJECT && ic->pc == pc && ic->cls == v->u.o->cls && ic->scope == fr->scope && ic->p == fr->called) { pc++; NEXT(); }
        SAVE();
        check_param(vm, fr, pc->a);
        if (v->type == MP_T_OBJECT) { ic->pc = pc; ic->cls = v->u.o->cls; ic->scope = fr->scope; ic->p = fr->called; }
        pc++; NEXT();
    }
    CASE(RECV_VARIADIC) {
        SAVE();
        const mp_func *f = fr->func;
        int np = f->nparams - 1;
        int extra = fr->nargs - np;
        mp_array *a = mp_array_new(vm, extra > 0 ? (uint32_t)extra : 0);
        for (int i = 0; i < extra; i++) {
            mp_val v = fr->extra_args[i];
            if (f->params[np].type && v.type != MP_T_REF) {
                mp_frame *caller = &vm->frames[vm->nframes - 2];
                if (!mp_check_type(vm, f->params[np].type, &v, caller->func->strict_types))
                    mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #%d must be of type %s, %s given, called in %s on line %d",
                                func_display_name(f), np + i + 1, f->params[np].type->text->data, mp_debug_type(v),
                                caller->func->script->path->data, caller->func->lines[caller->pc - caller->func->code]);
            }
            mp_array_append(vm, a, v);
        }
        if (fr->named_extra) {
            mp_key k; mp_val *e;
            for (uint32_t pos = 0; mp_array_next(fr->named_extra, &pos, &k, &e); ) mp_array_set(vm, a, k, *e);
        }
        base[pc->a] = mp_v_arr(a);
        pc++; NEXT();
    }
    CASE(VERIFY_RETURN) {
        const mp_val *v = &sp[-1];
        if (v->type == MP_T_REF) v = &v->u.r->val;
        if (!(pc->x & 1) && mp_type_exact(fr->func->ret_type, *v) && !(fr->func->ret_type->mask & (MP_TY_VOID | MP_TY_NEVER))) { pc++; NEXT(); }
        mp_icache *ic = &vm->icache[((uintptr_t)pc >> 3) & (MP_ICACHE - 1)];
        if (!(pc->x & 1) && v->type == MP_T_OBJECT && ic->pc == pc && ic->cls == v->u.o->cls && ic->scope == fr->scope && ic->p == fr->called) { pc++; NEXT(); }
        SAVE();
        check_return(vm, fr, &sp[-1]);
        if (!(pc->x & 1) && sp[-1].type == MP_T_OBJECT) { ic->pc = pc; ic->cls = sp[-1].u.o->cls; ic->scope = fr->scope; ic->p = fr->called; }
        pc++; NEXT();
    }
    CASE(RETURN_NULL) {
        *sp++ = mp_v_null();
        goto do_return;
    }
    CASE(RETURN_CV) {
        const mp_val *src = &base[pc->a];
        if (src->type == MP_T_REF) { src = &src->u.r->val; mp_val_share(*src); }
        else if (fr->is_include || fr->symtab) mp_val_share(*src);
        if (src->type == MP_T_UNDEF) { SAVE(); undefined_var(vm, fr->func, pc->a); src = &null_value; }
        MP_VCOPY(sp, src);
        sp++;
        goto do_return;
    }
    CASE(RETURN) {
    do_return:;
        mp_val v;
        MP_VCOPY(&v, &sp[-1]);
        if (fr->func->byref_return) {
            /* the caller keeps a reference only when it asked (WANT_REF next) */
            int wants = fr->want_ref || (vm->nframes >= 2 && !fr->is_include && vm->frames[vm->nframes - 2].pc[1].op == OP_WANT_REF);
            if (pc->op == OP_RETURN && (pc->x & 1)) {
                SAVE();
                mp_error(vm, MP_E_NOTICE, "Only variable references should be returned by reference");
                if (wants) { mp_val box = v; v.type = MP_T_REF; v.u.r = mp_make_ref(vm, &box); v.u.r->rc = 0; }
            } else if (v.type == MP_T_REF && !wants) {
                v = v.u.r->val;
                mp_val_share(v);
            }
        }
        mp_val *ret = fr->ret_slot;
        if (fr->is_include) {
            mp_frame *caller = &vm->frames[vm->nframes - 2];
            mp_symtab_detach(vm, fr);
            mp_symtab_attach(vm, caller, fr->symtab);
        }
        else if (vm->nframes > 1 && (fr->func->may_ref || fr->symtab)) {
            for (int i = 0; i < fr->func->ncv; i++)
                if (base[i].type == MP_T_REF && base[i].u.r->rc) base[i].u.r->rc--;
        }
        vm->nframes--;
        MP_VCOPY(ret, &v);
        if (vm->nframes < entry) {
            vm->sp = ret + 1;
            return;
        }
        LOAD_FRAME();
        sp = ret + 1;
        pc++;
        NEXT();
    }
    CASE(DECLARE_FUNC) SAVE(); mp_declare_function(vm, K[pc->a].u.p); pc++; NEXT();
    CASE(CLOSURE) {
        SAVE();
        *sp++ = mp_v_obj(mp_new_closure(vm, fr, K[pc->a].u.p, pc->x));
        pc++; NEXT();
    }
    CASE(FETCH_CONST) {
        mp_val *v = mp_lookup_const(vm, K[pc->a].u.s);
        if (!v) { SAVE(); mp_throw_ex(vm, MP_EX_ERROR, "Undefined constant \"%s\"", K[pc->a].u.s->data); }
        *sp++ = *v;
        pc++; NEXT();
    }
    CASE(DECLARE_CONST) {
        SAVE();
        mp_str *name = K[pc->a].u.s;
        if (mp_lookup_const(vm, name)) mp_error(vm, MP_E_WARNING, "Constant %s already defined", name->data);
        else {
            if (!vm->constants) vm->constants = mp_array_new(vm, 16);
            mp_val v = sp[-1];
            mp_val_share(v);
            mp_array_set_str(vm, vm->constants, name->data, name->len, v);
        }
        sp--;
        pc++; NEXT();
    }
    CASE(INCLUDE) {
        SAVE();
        if (mp_include(vm, fr, &sp[-1], pc->x)) {
            LOAD_FRAME();
            sp = base + fr->func->nslots;
            NEXT();
        }
        pc++; NEXT();
    }
    CASE(EXIT) {
        SAVE();
        if (!(pc->x & 1)) {
            mp_val v = sp[-1];
            if (v.type == MP_T_INT) vm->exit_status = (int)(v.u.i & 255);
            else { mp_str *s = mp_to_str(vm, v); mp_echo(vm, s->data, s->len); vm->exit_status = 0; }
        } else vm->exit_status = 0;
        mp_unwind(vm, MP_UNWIND_EXIT);
    }
    CASE(SILENCE_BEGIN) {
        base[pc->a] = mp_v_int(vm->error_reporting);
        /* @ keeps fatal errors visible: E_ERROR|E_CORE_ERROR|E_COMPILE_ERROR|E_USER_ERROR|E_RECOVERABLE_ERROR|E_PARSE */
        vm->error_reporting &= 4437;
        pc++; NEXT();
    }
    CASE(SILENCE_END) {
        vm->error_reporting = (int)base[pc->a].u.i;
        pc++; NEXT();
    }
    CASE(THROW) {
        SAVE();
        mp_val v = sp[-1];
        if (v.type != MP_T_OBJECT) mp_throw_ex(vm, MP_EX_ERROR, "Can only throw objects");
        mp_throw_value(vm, v);
    }

    /* ---- objects ---- */
    CASE(INIT_METHOD) {
        SAVE();
        mp_str *name;
        mp_val *objslot;
        if (pc->a >= 0) { name = K[pc->a].u.s; objslot = &sp[-1]; }
        else { name = mp_name_of(vm, sp[-1]); objslot = &sp[-2]; sp--; }
        mp_val o = *mp_deref(objslot);
        if (o.type != MP_T_OBJECT)
            mp_throw_ex(vm, MP_EX_ERROR, "Call to a member function %s() on %s", name->data, mp_debug_type(o));
        *objslot = o;
        const mp_method *m;
        if (pc->a >= 0) {
            /* inline cache: the method this instruction found for this class and scope */
            mp_icache *ic = &vm->icache[((uintptr_t)pc >> 3) & (MP_ICACHE - 1)];
            if (ic->pc == pc && ic->cls == o.u.o->cls && ic->scope == fr->scope) m = ic->p;
            else {
                m = mp_method_for_call(vm, o.u.o, name);
                ic->pc = pc; ic->cls = o.u.o->cls; ic->scope = fr->scope; ic->p = m;
            }
        } else m = mp_method_for_call(vm, o.u.o, name);
        sp->u.p = (void *)m;
        sp->tw = MP_T_METHOD;
        sp++;
        pc++; NEXT();
    }
    CASE(JMP_NULL) {
        mp_val o = *mp_deref(&sp[-1]);
        if (o.type == MP_T_NULL || o.type == MP_T_UNDEF) { sp[-1] = mp_v_null(); pc += pc->a; NEXT(); }
        pc++; NEXT();
    }
    CASE(INIT_STATIC) {
        SAVE();
        mp_str *name;
        mp_val *cslot;
        if (pc->a >= 0) { name = K[pc->a].u.s; cslot = &sp[-1]; }
        else { name = mp_name_of(vm, sp[-1]); cslot = &sp[-2]; sp--; }
        mp_class *c = cslot->u.p;
        mp_object *this_obj;
        const mp_method *m = mp_static_method_for_call(vm, c, name, &this_obj);
        if (this_obj) *cslot = mp_v_obj(this_obj);
        else {
            /* parent::/self::/static:: forward the called class */
            mp_class *called = c;
            if ((pc->x & 1) && fr->called && mp_instanceof(fr->called, c))
                called = fr->called;
            *cslot = mp_v_ptr_class(called);
        }
        sp->u.p = (void *)m;
        sp->tw = MP_T_METHOD;
        sp++;
        pc++; NEXT();
    }
    CASE(NEW) {
        SAVE();
        mp_class *c;
        if (pc->x & 1) {
            c = mp_lookup_class(vm, K[pc->b].u.s, 1);
            sp++;
        } else c = sp[-1].u.p;
        mp_object *o = mp_object_new(vm, c);
        sp[-1] = mp_v_obj(o);
        if (!c->ctor) { pc += pc->a; NEXT(); }
        if (!mp_member_visible(c->ctor->flags, c->ctor->scope, fr->scope)) {
            char where[256];
            if (fr->scope) snprintf(where, sizeof where, "scope %s", fr->scope->name->data);
            else snprintf(where, sizeof where, "global scope");
            mp_throw_ex(vm, MP_EX_ERROR, "Call to %s %s::__construct() from %s", mp_visibility_name(c->ctor->flags), c->name->data, where);
        }
        sp[0] = mp_v_obj(o);
        sp[1].u.p = (void *)c->ctor;
        sp[1].tw = MP_T_METHOD;
        sp += 2;
        pc++; NEXT();
    }
    CASE(FETCH_CLASS) {
        SAVE();
        mp_class *c;
        switch (pc->x) {
        case 0: c = mp_lookup_class(vm, K[pc->a].u.s, 1); break;
        case 4: c = mp_class_of_value(vm, sp[-1]); sp--; break;
        default: c = mp_resolve_class_name(vm, K[pc->a].u.s); break;
        }
        *sp++ = mp_v_ptr_class(c);
        pc++; NEXT();
    }
    CASE(FETCH_CLASS_NAME) {
        SAVE();
        mp_val v = *mp_deref(&sp[-1]);
        if (v.type == MP_T_OBJECT) sp[-1] = mp_v_str(v.u.o->cls->name);
        else if (v.type == MP_T_CLASS) sp[-1] = mp_v_str(((mp_class *)v.u.p)->name);
        else mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Cannot use \"::class\" on value of type %s", mp_debug_type(v));
        pc++; NEXT();
    }
    CASE(DECLARE_CLASS) {
        SAVE();
        const mp_class_decl *d = K[pc->a].u.p;
        mp_class *have = mp_find_class(vm, d->name);
        if (!have || have->decl != d) mp_declare_class(vm, d);
        pc++; NEXT();
    }
    CASE(DECLARE_ANON) {
        SAVE();
        *sp++ = mp_v_ptr_class(mp_anon_class(vm, K[pc->a].u.p));
        pc++; NEXT();
    }
    CASE(FETCH_PROP) {
        if (pc->a >= 0 && sp[-1].type == MP_T_OBJECT) {
            /* inline cache: the slot of this declared property for this class and scope */
            mp_object *o = sp[-1].u.o;
            mp_icache *ic = &vm->icache[((uintptr_t)pc >> 3) & (MP_ICACHE - 1)];
            if (ic->pc == pc && ic->cls == o->cls && ic->scope == fr->scope) {
                const mp_val *v = &o->slots[ic->slot];
                if (v->type == MP_T_REF) v = &v->u.r->val;
                if (v->type != MP_T_UNDEF) {
                    MP_VCOPY(&sp[-1], v);
                    pc++; NEXT();
                }
            }
            SAVE();
            int slot = mp_prop_slot(vm, o->cls, K[pc->a].u.s);
            if (slot >= 0) { ic->pc = pc; ic->cls = o->cls; ic->scope = fr->scope; ic->slot = slot; }
            sp[-1] = mp_read_prop(vm, sp[-1], K[pc->a].u.s, pc->x & 1);
            pc++; NEXT();
        }
        SAVE();
        if (pc->a >= 0) sp[-1] = mp_read_prop(vm, sp[-1], K[pc->a].u.s, pc->x & 1);
        else { sp[-2] = mp_read_prop(vm, sp[-2], mp_name_of(vm, sp[-1]), pc->x & 1); sp--; }
        pc++; NEXT();
    }
    CASE(FETCH_PROP_W) {
        SAVE();
        mp_val *p;
        if (pc->a >= 0) p = mp_prop_ptr_dim(vm, *mp_deref(&sp[-1]), K[pc->a].u.s, pc->x);
        else { p = mp_prop_ptr_dim(vm, *mp_deref(&sp[-2]), mp_name_of(vm, sp[-1]), pc->x); sp--; }
        sp[-1].tw = MP_T_INDIRECT;
        sp[-1].u.p = p;
        pc++; NEXT();
    }
    CASE(ASSIGN_PROP) {
        if (pc->a >= 0 && sp[-2].type == MP_T_OBJECT && sp[-1].type != MP_T_REF) {
            mp_object *o = sp[-2].u.o;
            mp_icache *ic = &vm->icache[((uintptr_t)pc >> 3) & (MP_ICACHE - 1)];
            if (ic->pc == pc && ic->cls == o->cls && ic->scope == fr->scope
                && (!ic->p || mp_type_exact(ic->p, sp[-1]))) {
                mp_val *slot = &o->slots[ic->slot];
                if (slot->type == MP_T_REF) slot = &slot->u.r->val;
                MP_VCOPY(slot, &sp[-1]);
                MP_VCOPY(&sp[-2], &sp[-1]);
                sp--;
                if (pc->x & 1) sp--;
                pc++; NEXT();
            }
            SAVE();
            const mp_type *ty;
            int slot = mp_prop_slot_w(vm, o->cls, K[pc->a].u.s, &ty);
            if (slot >= 0) { ic->pc = pc; ic->cls = o->cls; ic->scope = fr->scope; ic->slot = slot; ic->p = ty; }
        }
        SAVE();
        mp_val v = sp[-1];
        if (v.type == MP_T_REF) v = v.u.r->val;
        if (pc->a >= 0) { mp_write_prop(vm, *mp_deref(&sp[-2]), K[pc->a].u.s, v); sp -= 1; }
        else { mp_write_prop(vm, *mp_deref(&sp[-3]), mp_name_of(vm, sp[-2]), v); sp -= 2; }
        sp[-1] = v;
        if (pc->x & 1) sp--;
        pc++; NEXT();
    }
    CASE(ASSIGN_OP_PROP) {
        SAVE();
        mp_val v = sp[-1];
        mp_val *objp = &sp[pc->a >= 0 ? -2 : -3];
        mp_str *name = pc->a >= 0 ? K[pc->a].u.s : mp_name_of(vm, sp[-2]);
        mp_val r = mp_prop_rmw(vm, *objp, name, pc->x & 1, pc->b, v, -1);
        sp = objp;
        *sp++ = r;
        pc++; NEXT();
    }
    CASE(INCDEC_PROP) {
        if (pc->a >= 0 && !(pc->b & 1) && sp[-1].type == MP_T_OBJECT) {
            /* inline cache: an int property stepped in place */
            mp_object *o = sp[-1].u.o;
            mp_icache *ic = &vm->icache[((uintptr_t)pc >> 3) & (MP_ICACHE - 1)];
            if (ic->pc == pc && ic->cls == o->cls && ic->scope == fr->scope) {
                mp_val *v = &o->slots[ic->slot];
                if (v->type == MP_T_REF) v = &v->u.r->val;
                int inc = !(pc->x & 1);
                if (v->type == MP_T_INT && v->u.i != (inc ? INT64_MAX : INT64_MIN)) {
                    int64_t old = v->u.i;
                    v->u.i += inc ? 1 : -1;
                    sp[-1] = mp_v_int(pc->x >= 2 ? old : v->u.i);
                    pc++; NEXT();
                }
            }
            SAVE();
            const mp_type *ty;
            int slot = mp_prop_slot_w(vm, o->cls, K[pc->a].u.s, &ty);
            if (slot >= 0 && (!ty || (ty->mask & MP_TY_INT))) { ic->pc = pc; ic->cls = o->cls; ic->scope = fr->scope; ic->slot = slot; ic->p = ty; }
        }
        SAVE();
        mp_val *objp = &sp[pc->a >= 0 ? -1 : -2];
        mp_str *name = pc->a >= 0 ? K[pc->a].u.s : mp_name_of(vm, sp[-1]);
        mp_val r = mp_prop_rmw(vm, *objp, name, pc->b & 1, 0, mp_v_null(), pc->x);
        sp = objp;
        *sp++ = r;
        pc++; NEXT();
    }
    CASE(ASSIGN_STATIC_PROP) {
        SAVE();
        mp_val v = sp[-1];
        if (v.type == MP_T_REF) v = v.u.r->val;
        mp_val *cls = &sp[pc->a >= 0 ? -2 : -3];
        mp_str *name = pc->a >= 0 ? K[pc->a].u.s : mp_name_of(vm, sp[-2]);
        v = mp_write_static_prop(vm, cls->u.p, name, v);
        sp = cls;
        *sp++ = v;
        if (pc->x & 1) sp--;
        pc++; NEXT();
    }
    CASE(ISSET_PROP) {
        SAVE();
        int r;
        if (pc->a >= 0) r = mp_isset_prop(vm, sp[-1], K[pc->a].u.s, pc->x & 1);
        else { r = mp_isset_prop(vm, sp[-2], mp_name_of(vm, sp[-1]), pc->x & 1); sp--; }
        sp[-1] = mp_v_bool(r);
        pc++; NEXT();
    }
    CASE(UNSET_PROP) {
        SAVE();
        if (pc->a >= 0) { mp_unset_prop(vm, sp[-1], K[pc->a].u.s); sp--; }
        else { mp_unset_prop(vm, sp[-2], mp_name_of(vm, sp[-1])); sp -= 2; }
        pc++; NEXT();
    }
    CASE(FETCH_STATIC_PROP) {
        SAVE();
        mp_val *p;
        if (pc->a >= 0) p = mp_static_prop(vm, sp[-1].u.p, K[pc->a].u.s);
        else { p = mp_static_prop(vm, sp[-2].u.p, mp_name_of(vm, sp[-1])); sp--; }
        if (pc->x & 1) { sp[-1].tw = MP_T_INDIRECT; sp[-1].u.p = p; }
        else { sp[-1] = *mp_deref(p); mp_val_share(sp[-1]); }
        pc++; NEXT();
    }
    CASE(ISSET_STATIC_PROP) {
        SAVE();
        mp_class *c = sp[-1].u.p;
        mp_prop *p = mp_class_prop(c, K[pc->a].u.s);
        int r = 0;
        if (p && (p->flags & MP_ACC_STATIC) && mp_member_visible(p->flags, p->scope, fr->scope)) {
            mp_val v = *mp_deref(mp_static_prop_slot(vm, p));
            r = v.type != MP_T_NULL && v.type != MP_T_UNDEF;
        }
        sp[-1] = mp_v_bool(r);
        pc++; NEXT();
    }
    CASE(FETCH_CLASS_CONST) {
        SAVE();
        sp[-1] = mp_fetch_class_const(vm, sp[-1].u.p, K[pc->a].u.s);
        pc++; NEXT();
    }
    CASE(INSTANCEOF) {
        SAVE();
        int r = 0;
        if (pc->x & 1) {
            mp_val c = sp[-1];
            mp_val v = *mp_deref(&sp[-2]);
            mp_class *cls = c.type == MP_T_CLASS ? c.u.p : NULL;
            if (c.type == MP_T_OBJECT) cls = c.u.o->cls;
            else if (c.type == MP_T_STRING) cls = mp_lookup_class(vm, c.u.s, 0);
            else if (!cls) mp_throw_ex(vm, MP_EX_ERROR, "Class name must be a valid object or a string");
            r = v.type == MP_T_OBJECT && cls && mp_instanceof(v.u.o->cls, cls);
            sp--;
        } else {
            mp_val v = *mp_deref(&sp[-1]);
            if (v.type == MP_T_OBJECT) {
                mp_class *cls = mp_find_class(vm, K[pc->a].u.s);
                r = cls && mp_instanceof(v.u.o->cls, cls);
            }
        }
        sp[-1] = mp_v_bool(r);
        pc++; NEXT();
    }
    CASE(THIS) {
        if (!fr->this_obj && (pc->x & 1)) { *sp++ = mp_v_null(); pc++; NEXT(); }
        if (!fr->this_obj) { SAVE(); mp_throw_ex(vm, MP_EX_ERROR, "Using $this when not in object context"); }
        *sp++ = mp_v_obj(fr->this_obj);
        pc++; NEXT();
    }
    CASE(GENERATOR_CREATE) {
        SAVE();
        mp_object *g = mp_generator_create(vm, fr, pc + 1);
        *sp++ = mp_v_obj(g);
        goto do_return;
    }
    CASE(YIELD) {
        SAVE();
        if (!fr->generator) mp_throw_ex(vm, MP_EX_ERROR, "Cannot yield outside a generator");
        mp_val key = mp_v_null(), value;
        if (pc->x & 1) { key = sp[-1]; value = sp[-2]; sp -= 2; }
        else { value = sp[-1]; sp--; }
        if (value.type == MP_T_UNDEF) value = mp_v_null();
        mp_generator_yield(vm, fr, sp, value, key, pc->x & 1);
        vm->nframes--;
        vm->sp = sp;
        return;
    }
    CASE(YIELD_FROM) {
        SAVE();
        mp_val src = sp[-1];
        sp--;
        mp_generator_delegate(vm, fr, sp, src);
        vm->nframes--;
        vm->sp = sp;
        return;
    }
    CASE(MAKE_CLOSURE) {
        SAVE();
        sp[-1] = mp_v_obj(mp_closure_from_callable(vm, sp[-1], 1));
        pc++; NEXT();
    }
    CASE(CLONE) {
        SAVE();
        sp[-1] = mp_v_obj(mp_clone(vm, sp[-1]));
        pc++; NEXT();
    }
    /* try/catch/finally (the unwinder is in except.c) */
    CASE(CATCH) {
        if (mp_exception_matches(vm, vm->exception, K[pc->b].u.s) == (pc->x & 1)) pc += pc->a; else pc++;
        NEXT();
    }
    CASE(CATCH_TAKE) *sp++ = vm->exception; vm->exception = mp_v_undef(); pc++; NEXT();
    CASE(RETHROW) SAVE(); mp_unwind(vm, MP_UNWIND_EXCEPTION);
    CASE(FAST_CALL) base[pc->b] = mp_v_int(pc + 1 - fr->func->code); pc += pc->a; NEXT();
    CASE(FAST_RET) {
        mp_val v = base[pc->b];
        base[pc->b].type = MP_T_UNDEF;
        if (v.type == MP_T_OBJECT) { SAVE(); mp_throw_value(vm, v); }
        pc = v.type == MP_T_INT ? fr->func->code + v.u.i : pc + 1;
        NEXT();
    }
    CASE(FAST_DISCARD) base[pc->b].type = MP_T_UNDEF; pc++; NEXT();
    CASE(TEMP_STORE) base[pc->a] = *--sp; pc++; NEXT();
    CASE(TEMP_LOAD) *sp++ = base[pc->a]; base[pc->a].type = MP_T_UNDEF; pc++; NEXT();
    CASE(ITER_INIT) {
        SAVE();
        mp_val it;
        mp_val v = (pc->x & 1) ? *mp_deref((mp_val *)sp[-1].u.p) : sp[-1];
        if (v.type == MP_T_OBJECT) {
            it = mp_object_iterator(vm, v.u.o, (pc->x & 3) != 0);
        } else if (pc->x & 1) {
            mp_val *slot = (mp_val *)sp[-1].u.p;
            if (v.type != MP_T_ARRAY) {
                mp_error(vm, MP_E_WARNING, "foreach() argument must be of type array|object, %s given", mp_debug_type(v));
                it = mp_v_null();
            } else {
                it.type = MP_T_REF;
                it.u.r = mp_make_ref(vm, slot);
            }
        } else {
            if (v.type != MP_T_ARRAY) {
                mp_error(vm, MP_E_WARNING, "foreach() argument must be of type array|object, %s given", mp_debug_type(v));
                it = mp_v_null();
            } else {
                /* iterate over a snapshot: writes to the variable copy the array */
                mp_val_share(v);
                it = v;
            }
        }
        uint8_t mode = it.type == MP_T_OBJECT ? it.extra[1] : 0;
        memset(it.extra, 0, sizeof it.extra);
        it.extra[1] = mode;
        iter_set_pos(&it, 0);
        sp[-1] = it;
        pc++; NEXT();
    }
    CASE(ITER_NEXT) {
        mp_val *it = &sp[-1];
        mp_array *a;
        if (it->type == MP_T_OBJECT && it->extra[1] == 3) {
            /* a plain object by value: its live properties */
            SAVE();
            mp_val key, val;
            uint32_t pos = iter_pos(it);
            if (!mp_object_prop_next(vm, it->u.o, &pos, &key, &val)) { pc = pc + pc->a; NEXT(); }
            iter_set_pos(it, pos);
            if (pc->x & 2) *sp++ = key;
            mp_val_share(val);
            *sp++ = val;
            pc++; NEXT();
        }
        if (it->type == MP_T_OBJECT) {
            SAVE();
            mp_val key, val;
            int started = it->extra[2];
            it->extra[2] = 1;
            if (!mp_object_iter_step(vm, it->u.o, it->extra[1], !started, (pc->x & 2) != 0, &key, &val)) { pc = pc + pc->a; NEXT(); }
            fr = top_frame(vm);
            if (pc->x & 2) *sp++ = key;
            if (pc->x & 1) {
                mp_val box = val;
                sp->type = MP_T_REF;
                sp->u.r = val.type == MP_T_REF ? val.u.r : mp_make_ref(vm, &box);
                sp++;
            } else {
                if (val.type == MP_T_REF) val = val.u.r->val;
                *sp++ = val;
            }
            pc++; NEXT();
        }
        if (it->type == MP_T_ARRAY) a = it->u.a;
        else if (it->type == MP_T_REF && it->u.r->val.type == MP_T_ARRAY) a = it->u.r->val.u.a;
        else { pc = pc + pc->a; NEXT(); }
        uint32_t pos = iter_pos(it);
        mp_key k; mp_val *e;
        if (!mp_array_next(a, &pos, &k, &e)) { pc = pc + pc->a; NEXT(); }
        iter_set_pos(it, pos);
        if (pc->x & 2) *sp++ = mp_key_to_val(k);
        if (pc->x & 1) {
            SAVE();
            /* by reference: separate the live array, then box the element */
            mp_val *arrslot = &it->u.r->val;
            if (arrslot->u.a->flags & (MP_GC_SHARED | MP_GC_IMMUTABLE)) {
                arrslot->u.a = mp_array_separate(vm, arrslot->u.a);
                e = mp_array_find(arrslot->u.a, k);
            }
            mp_ref *r = mp_make_ref(vm, e);
            sp->type = MP_T_REF;
            sp->u.r = r;
            sp++;
        } else {
            mp_val v = *e;
            if (v.type == MP_T_REF) v = v.u.r->val;
            mp_val_share(v);
            *sp++ = v;
        }
        pc++; NEXT();
    }
#if !(defined(__GNUC__) && !defined(MP_NO_COMPUTED_GOTO))
    default: return;
    }
#endif
}

/* Run PHP code until the frame on top now returns. Exceptions thrown in
 * here come back to this catch point: a catch or finally of one of these
 * frames resumes the interpreter, anything else goes on to the caller's. */
static void execute(mp_vm *vm, mp_val *sp, mp_val *throw_ex)
{
    int entry = vm->nframes;
    mp_native *native = vm->native;
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = entry;
    vm->catcher = &c;
    vm->sp = sp ? sp : top_frame(vm)->base + top_frame(vm)->func->nslots;
    int why = setjmp(c.env);
    if (why) mp_exception_dispatch(vm, why, entry, native);
    else if (throw_ex) {
        /* Generator::throw(): raised where the generator is suspended */
        mp_val ex = *throw_ex;
        throw_ex = NULL;
        mp_throw_value(vm, ex);
    }
    run(vm, entry, vm->sp);
    vm->catcher = c.prev;
}

void mp_execute(mp_vm *vm) { execute(vm, NULL, NULL); }

/* Resume the frame on top with its operand stack at SP (generators). */
void mp_execute_sp(mp_vm *vm, mp_val *sp, mp_val *throw_ex) { execute(vm, sp, throw_ex); }
