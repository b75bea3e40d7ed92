/* scope.c - what code reaches by name: variables through symbol tables,
 * static variables, constants, declared functions, callables, closures and
 * include. The interpreter loop (exec.c) calls in here for the slow paths. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <sys/stat.h>
#include "vm.h"
#include "task.h"

/* ---- variables by name ---- */

/* The by-name view of a frame: name -> INDIRECT to the CV slot, or a plain
 * value for variables created by name ($$x, extract, include). */
void mp_symtab_attach(mp_vm *vm, mp_frame *fr, mp_array *tab)
{
    const mp_func *f = fr->func;
    for (int i = 0; i < f->ncv; i++) {
        mp_str *name = f->cvnames[i];
        int created = 0;
        mp_key k = { name, 0 };
        mp_val *e = mp_array_lookup_or_add(vm, tab, k, &created);
        if (!created) {
            /* the table holds the variable's current value (an include may
             * have changed it since this frame's slots were detached) */
            fr->base[i] = e->type == MP_T_INDIRECT ? *(mp_val *)e->u.p : *e;
        }
        e->type = MP_T_INDIRECT;
        e->u.p = &fr->base[i];
    }
    fr->symtab = tab;
}

void mp_symtab_detach(mp_vm *vm, mp_frame *fr)
{
    (void)vm;
    const mp_func *f = fr->func;
    for (int i = 0; i < f->ncv; i++) {
        mp_val *e = mp_array_find_str(fr->symtab, f->cvnames[i]->data, f->cvnames[i]->len);
        if (e && e->type == MP_T_INDIRECT && e->u.p == &fr->base[i]) *e = fr->base[i];
    }
}

mp_array *mp_frame_symtab(mp_vm *vm, mp_frame *fr)
{
    if (fr->symtab) return fr->symtab;
    mp_array *tab = (fr == &vm->frames[0] && vm->globals) ? vm->globals : mp_array_new(vm, 16);
    mp_symtab_attach(vm, fr, tab);
    if (fr == &vm->frames[0]) vm->globals = tab;
    return tab;
}

mp_array *mp_globals(mp_vm *vm)
{
    if (vm->nframes > 0) return mp_frame_symtab(vm, &vm->frames[0]);
    if (!vm->globals) vm->globals = mp_array_new(vm, 16);
    return vm->globals;
}

/* The slot for NAME in TAB (following INDIRECT); NULL if absent and !create. */
mp_val *mp_symtab_slot(mp_vm *vm, mp_array *tab, mp_str *name, int create)
{
    mp_val *e = mp_array_find_str(tab, name->data, name->len);
    if (!e) {
        if (!create) return NULL;
        mp_key k = { name, 0 };
        int created;
        e = mp_array_lookup_or_add(vm, tab, k, &created);
        *e = mp_v_null();
        return e;
    }
    if (e->type == MP_T_INDIRECT) e = e->u.p;
    if (e->type == MP_T_UNDEF && create) *e = mp_v_null();
    return e;
}

mp_str *mp_name_of(mp_vm *vm, mp_val v)
{
    if (v.type == MP_T_STRING) return v.u.s;
    return mp_to_str(vm, v);
}

/* ---- statics, constants, functions ---- */

static mp_val *new_statics(mp_vm *vm, const mp_func *f)
{
    mp_val *slots = mp_alloc(vm, sizeof(mp_val) * (size_t)(f->nstatics ? f->nstatics : 1));
    for (int i = 0; i < f->nstatics; i++) {
        mp_ref *r = mp_alloc(vm, sizeof *r);
        r->val = f->static_inits[i];
        r->rc = 1;          /* held by the function (or closure) itself */
        slots[i].type = MP_T_REF;
        slots[i].u.r = r;
    }
    return slots;
}

/* Static variables live per function, or per closure object (PHP 8.2). */
mp_val *mp_static_slots(mp_vm *vm, mp_frame *fr)
{
    const mp_func *f = fr->func;
    if (fr->closure) {
        if (!fr->closure->statics) fr->closure->statics = new_statics(vm, f);
        return fr->closure->statics;
    }
    if (!vm->statics) vm->statics = mp_array_new(vm, 8);
    /* a trait method has its own static variables in each class using it */
    int64_t key = (int64_t)(intptr_t)f;
    if (f->is_method && fr->scope && !mp_str_eq(fr->scope->name, f->cls_name)) key ^= (int64_t)(intptr_t)fr->scope;
    mp_val *e = mp_array_find_int(vm->statics, key);
    if (e) return e->u.p;
    mp_val *slots = new_statics(vm, f);
    mp_val v; v.type = MP_T_INDIRECT; v.u.p = slots;
    mp_array_set_int(vm, vm->statics, key, v);
    return slots;
}

mp_val *mp_lookup_const(mp_vm *vm, mp_str *name)
{
    mp_val *v = vm->constants ? mp_array_find_str(vm->constants, name->data, name->len) : NULL;
    if (v) return v;
    const mp_constant *k = mp_constant_lookup(name->data, name->len);
    mp_val val;
    if (k) val = mp_constant_value(k);
    else if (mp_stream_std_constant(vm, name->data, name->len, &val)) { /* STDIN, STDOUT, STDERR */ }
    else if (name->len == 4 && strncasecmp(name->data, "true", 4) == 0) val = mp_v_bool(1);
    else if (name->len == 5 && strncasecmp(name->data, "false", 5) == 0) val = mp_v_bool(0);
    else if (name->len == 4 && strncasecmp(name->data, "null", 4) == 0) val = mp_v_null();
    else return NULL;   /* only true/false/null are case-insensitive */
    if (!vm->constants) vm->constants = mp_array_new(vm, 16);
    mp_array_set_str(vm, vm->constants, name->data, name->len, val);
    return mp_array_find_str(vm->constants, name->data, name->len);
}

void mp_declare_function(mp_vm *vm, const mp_func *f)
{
    mp_val *old = mp_array_find_str(vm->functions, f->lcname->data, f->lcname->len);
    if (old || mp_builtin_lookup(f->lcname->data, f->lcname->len)) {
        if (old) {
            /* a user function, or a host function (mp_register_functions) */
            const mp_func *o = old->type == MP_T_FUNC ? old->u.p : NULL;
            char msg[1024];
            if (o) snprintf(msg, sizeof msg, "Cannot redeclare %s() (previously declared in %s:%d)",
                            f->name->data, o->script->path->data, o->line_start);
            else snprintf(msg, sizeof msg, "Cannot redeclare %s()", f->name->data);
            mp_report(vm, MP_E_COMPILE_ERROR, f->script->path->data, f->line_start, msg);
            vm->exit_status = 255;
            mp_unwind(vm, MP_UNWIND_FATAL);
        }
        mp_error(vm, MP_E_COMPILE_ERROR, "Cannot redeclare %s()", f->name->data);
    }
    mp_val v; v.type = MP_T_FUNC; v.u.p = (void *)f;
    mp_array_set_str(vm, vm->functions, f->lcname->data, f->lcname->len, v);
}

void mp_declare_script(mp_vm *vm, const mp_script *s)
{
    for (int i = 0; i < s->nhoisted; i++) mp_declare_function(vm, s->hoisted[i]);
    for (int i = 0; i < s->nclasses; i++)
        if (!mp_class_declared(vm, s->classes[i]) && mp_class_ready(vm, s->classes[i])) mp_declare_class(vm, s->classes[i]);
}

/* A function by name (case-insensitive, leading "\" allowed):
 * MP_T_FUNC or MP_T_BUILTIN; UNDEF (or Error with MUST) when undefined. */
mp_val mp_resolve_function(mp_vm *vm, mp_str *s, int must)
{
    const char *name = s->data; size_t len = s->len;
    if (len && name[0] == '\\') { name++; len--; }
    char buf[256];
    if (len < sizeof buf) {
        for (size_t i = 0; i < len; i++) buf[i] = (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i]);
        buf[len] = 0;
        mp_val *f = mp_array_find_str(vm->functions, buf, len);
        if (f) return *f;
        const mp_builtin *b = mp_builtin_lookup(buf, len);
        if (b) { mp_val v; v.u.i = 0; v.tw = MP_T_BUILTIN; v.u.p = (void *)b; return v; }
    }
    if (must) mp_throw_ex(vm, MP_EX_ERROR, "Call to undefined function %s()", s->data);
    return mp_v_undef();
}

int mp_is_callable(mp_vm *vm, mp_val c)
{
    mp_val callee, aux;
    return mp_callable_split(vm, c, &callee, &aux, 0);
}

/* Closure::fromCallable() and first-class callable syntax. */
mp_object *mp_closure_from_callable(mp_vm *vm, mp_val c, int fcc)
{
    if (c.type == MP_T_REF) c = c.u.r->val;
    if (c.type == MP_T_OBJECT && c.u.o->cls == vm->class_closure) return c.u.o;
    mp_val callee, aux;
    if (!fcc && !mp_callable_split(vm, c, &callee, &aux, 0))
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "Failed to create closure from callable: %s", mp_builtin_callable_error(vm, c));
    mp_callable_split(vm, c, &callee, &aux, 1);
    mp_object *o = mp_object_alloc(vm, vm->class_closure);
    switch (callee.type) {
    case MP_T_FUNC: o->func = callee.u.p; o->bound = NULL; break;
    case MP_T_BUILTIN: o->builtin = callee.u.p; break;
    case MP_T_METHOD:
        o->method = callee.u.p;
        o->scope = o->method->scope;
        if (aux.type == MP_T_OBJECT) { o->this_obj = aux.u.o; o->called = aux.u.o->cls; }
        else if (aux.type == MP_T_CLASS) o->called = aux.u.p;
        break;
    case MP_T_OBJECT:
        if (callee.u.o->cls == vm->class_closure) return callee.u.o;
        o->method = callee.u.o->cls->invoke;
        o->this_obj = callee.u.o;
        o->scope = o->method->scope;
        o->called = callee.u.o->cls;
        break;
    }
    return o;
}

mp_object *mp_new_closure(mp_vm *vm, mp_frame *fr, const mp_func *f, int arrow)
{
    mp_object *o = mp_object_alloc(vm, vm->class_closure);
    o->func = f;
    if (!f->is_static_closure) o->this_obj = fr->this_obj;
    o->scope = fr->scope;
    o->called = fr->called;
    o->bound = mp_alloc(vm, sizeof(mp_val) * (size_t)(f->nuses ? f->nuses : 1));
    for (int i = 0; i < f->nuses; i++) {
        mp_val *slot = &fr->base[f->uses[i].parent_cv];
        if (f->uses[i].byref) {
            o->bound[i].type = MP_T_REF;
            o->bound[i].u.r = mp_make_ref(vm, slot);
            o->bound[i].u.r->rc++;
        } else {
            mp_val v = *mp_deref(slot);
            if (v.type == MP_T_UNDEF && !arrow)
                mp_error(vm, MP_E_WARNING, "Undefined variable $%s", f->cvnames[f->uses[i].cv >= 0 ? f->uses[i].cv : 0]->data);
            if (v.type == MP_T_UNDEF && !arrow) v = mp_v_null();
            mp_val_share(v);
            o->bound[i] = v;
        }
    }
    return o;
}

/* ---- include ---- */

static int file_exists(const char *p) { struct stat st; return stat(p, &st) == 0 && S_ISREG(st.st_mode); }

static char *resolve_include(mp_vm *vm, const char *path, const char *cur_file)
{
    char buf[PATH_MAX * 2];
    if (path[0] == '/') return file_exists(path) ? realpath(path, NULL) : NULL;
    if (path[0] == '.' && (path[1] == '/' || (path[1] == '.' && path[2] == '/')))
        return file_exists(path) ? realpath(path, NULL) : NULL;
    /* include_path (".") then the including script's directory */
    const char *ip = mp_ini_get(vm, "include_path");
    if (!ip) ip = ".:/usr/share/php";
    while (*ip) {
        const char *e = strchr(ip, ':');
        size_t n = e ? (size_t)(e - ip) : strlen(ip);
        snprintf(buf, sizeof buf, "%.*s/%s", (int)n, ip, path);
        if (file_exists(buf)) return realpath(buf, NULL);
        ip += n + (e ? 1 : 0);
    }
    const char *slash = strrchr(cur_file, '/');
    if (slash) {
        snprintf(buf, sizeof buf, "%.*s/%s", (int)(slash - cur_file), cur_file, path);
        if (file_exists(buf)) return realpath(buf, NULL);
    }
    return NULL;
}

/* All of a stream, NUL-terminated (malloc'ed: the caller frees it). */
char *mp_read_stream(FILE *f, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap + 1);
    size_t r;
    while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) { cap *= 2; buf = realloc(buf, cap + 1); }
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

char *mp_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = mp_read_stream(f, len);
    fclose(f);
    return buf;
}

/* Compile a file, reporting a compile error as fatal (never returns NULL). */
mp_script *mp_compile_file_or_die(mp_vm *vm, const char *path, const char *src, size_t len)
{
    char err[512];
    int line = 0, level = 0;
    mp_script *s = mp_compile(vm, src, len, path, err, sizeof err, &line, &level);
    if (!s) {
        mp_report(vm, level, path, line, err);
        snprintf(vm->last_error, sizeof vm->last_error, "%s", err);
        vm->exit_status = 255;
        mp_unwind(vm, MP_UNWIND_FATAL);
    }
    return s;
}

/* INCLUDE: returns 1 if a frame was pushed for the file, 0 when the result is in *slot. */
int mp_include(mp_vm *vm, mp_frame *fr, mp_val *slot, int kind)
{
    static const char *const names[] = { "include", "include_once", "require", "require_once" };
    mp_str *path = mp_to_str(vm, *slot);
    const char *fn = names[kind];
    if (path->len == 0) {
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Path cannot be empty");
    }
    char *real = resolve_include(vm, path->data, fr->func->script->path->data);
    if (!real) {
        if (kind == MP_INC_REQUIRE || kind == MP_INC_REQUIRE_ONCE) {
            mp_error(vm, MP_E_WARNING, "%s(%s): Failed to open stream: No such file or directory", fn, path->data);
            mp_throw_ex(vm, MP_EX_ERROR, "Failed opening required '%s' (include_path='%s')", path->data, mp_ini_get(vm, "include_path"));
        }
        mp_error(vm, MP_E_WARNING, "%s(%s): Failed to open stream: No such file or directory", fn, path->data);
        mp_error(vm, MP_E_WARNING, "%s(): Failed opening '%s' for inclusion (include_path='%s')", fn, path->data, mp_ini_get(vm, "include_path"));
        *slot = mp_v_bool(0);
        return 0;
    }
    if (!vm->included) vm->included = mp_array_new(vm, 8);
    if ((kind == MP_INC_INCLUDE_ONCE || kind == MP_INC_REQUIRE_ONCE) && mp_array_find_str(vm->included, real, strlen(real))) {
        free(real);
        *slot = mp_v_bool(1);
        return 0;
    }
    mp_array_set_str(vm, vm->included, real, strlen(real), mp_v_bool(1));
    mp_script *s = mp_compile_file_cached(vm, real);
    if (!s) {
        mp_error(vm, MP_E_WARNING, "%s(%s): Failed to open stream: %s", fn, path->data, strerror(errno));
        free(real);
        *slot = mp_v_bool(0);
        return 0;
    }
    vm->next_resource_id++;   /* php opens an included file as a stream resource: ids move on */
    free(real);
    mp_task_note_script(vm, s);
    mp_declare_script(vm, s);
    mp_array *tab = mp_frame_symtab(vm, fr);
    mp_symtab_detach(vm, fr);
    mp_frame *nf = mp_new_frame(vm, s->main, slot, 0, fr->chunk, fr->limit);
    mp_bind_args(vm, nf, 0);
    nf->is_include = 1;
    mp_symtab_attach(vm, nf, tab);
    return 1;
}

