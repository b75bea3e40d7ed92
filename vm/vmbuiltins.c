/* vmbuiltins.c - builtins that need the VM's insides: constants, function
 * table, call frames, error settings. Listed in builtins.c with the rest. */
#include <string.h>
#include "vm.h"

/* The frame of the PHP code that called the running builtin. */
static mp_frame *caller(mp_vm *vm) { return &vm->frames[vm->nframes - 1]; }

/* define(string $constant_name, mixed $value, bool $case_insensitive = false): bool */
static void bi_define(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *name = argv[0].u.s;
    if (argc > 2 && mp_to_bool(argv[2]))
        mp_error(vm, MP_E_WARNING, "define(): Argument #3 ($case_insensitive) is ignored since declaration of case-insensitive constants is no longer supported");
    if (mp_lookup_const(vm, name)) {
        mp_error(vm, MP_E_WARNING, "Constant %s already defined", name->data);
        *ret = mp_v_bool(0);
        return;
    }
    if (!vm->constants) vm->constants = mp_array_new(vm, 16);
    mp_val v = *mp_deref(&argv[1]);
    mp_val_share(v);
    mp_array_set_str(vm, vm->constants, name->data, name->len, v);
    *ret = mp_v_bool(1);
}

/* defined(string $constant_name): bool */
/* A constant name as given to constant()/defined(): "\\X" means X. */
static mp_str *const_name(mp_vm *vm, mp_str *s)
{
    return s->len && s->data[0] == '\\' ? mp_str_new(vm, s->data + 1, s->len - 1) : s;
}

static void bi_defined(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = mp_v_bool(mp_lookup_const(vm, const_name(vm, argv[0].u.s)) != NULL);
}

/* constant(string $name): mixed */
static void bi_constant(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const char *dc = strstr(argv[0].u.s->data, "::");
    if (dc) {
        /* Class::CONST */
        mp_str *cls = mp_str_new(vm, argv[0].u.s->data, (size_t)(dc - argv[0].u.s->data));
        mp_str *name = mp_str_cstr(vm, dc + 2);
        *ret = mp_fetch_class_const(vm, mp_resolve_class_name(vm, cls), name);
        return;
    }
    mp_val *v = mp_lookup_const(vm, const_name(vm, argv[0].u.s));
    if (!v) mp_throw_ex(vm, MP_EX_ERROR, "Undefined constant \"%s\"", const_name(vm, argv[0].u.s)->data);
    *ret = *v;
}

/* function_exists(string $function): bool */
static void bi_function_exists(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s;
    const char *name = s->data; size_t len = s->len;
    if (len && name[0] == '\\') { name++; len--; }
    char buf[256];
    if (len >= sizeof buf) { *ret = mp_v_bool(0); return; }
    for (size_t i = 0; i < len; i++) buf[i] = (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i]);
    buf[len] = 0;
    *ret = mp_v_bool(mp_array_find_str(vm->functions, buf, len) || mp_builtin_lookup(buf, len));
}

/* func_get_args(): array */
static void bi_func_get_args(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_frame *fr = caller(vm);
    if (fr->func == fr->func->script->main)
        mp_throw_ex(vm, MP_EX_ERROR, "func_get_args() cannot be called from the global scope");
    const mp_func *f = fr->func;
    int np = f->nparams;
    if (np && f->params[np - 1].variadic) np--;
    mp_array *a = mp_array_new(vm, (uint32_t)fr->nargs);
    for (int i = 0; i < fr->nargs; i++) {
        mp_val v = i < np ? *mp_deref(&fr->base[i]) : *mp_deref(&fr->extra_args[i - np]);
        if (v.type == MP_T_UNDEF) v = mp_v_null();
        mp_val_share(v);
        mp_array_append(vm, a, v);
    }
    *ret = mp_v_arr(a);
}

/* func_num_args(): int */
static void bi_func_num_args(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_frame *fr = caller(vm);
    if (fr->func == fr->func->script->main)
        mp_throw_ex(vm, MP_EX_ERROR, "func_num_args() must be called from a function context");
    *ret = mp_v_int(fr->nargs);
}

/* error_reporting(?int $error_level = null): int */
static void bi_error_reporting(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    *ret = mp_v_int(vm->error_reporting);
    if (argc > 0 && argv[0].type != MP_T_NULL) {
        char buf[24];
        snprintf(buf, sizeof buf, "%lld", (long long)argv[0].u.i);
        mp_ini_set(vm, "error_reporting", buf);
    }
}

/* ini_get(string $option): string|false */
static void bi_ini_get(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const char *v = mp_ini_get(vm, argv[0].u.s->data);
    *ret = v ? mp_v_str(mp_str_cstr(vm, v)) : mp_v_bool(0);
}

/* ini_set(string $option, string|int|float|bool|null $value): string|false */
static void bi_ini_set(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const char *old = mp_ini_get(vm, argv[0].u.s->data);
    if (!old) { *ret = mp_v_bool(0); return; }   /* unknown setting */
    *ret = mp_v_str(mp_str_cstr(vm, old));
    mp_val v = *mp_deref(&argv[1]);
    if (v.type == MP_T_ARRAY || v.type == MP_T_OBJECT)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "ini_set(): Argument #2 ($value) must be of type string|int|float|bool|null");
    mp_ini_set(vm, argv[0].u.s->data, mp_to_str(vm, v)->data);
}

/* get_defined_vars(): array */
static void bi_get_defined_vars(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *tab = mp_frame_symtab(vm, caller(vm));
    mp_array *a = mp_array_new(vm, mp_array_count(tab));
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(tab, &pos, &k, &e); ) {
        mp_val v = e->type == MP_T_INDIRECT ? *(mp_val *)e->u.p : *e;
        if (v.type == MP_T_UNDEF || (v.type == MP_T_REF && v.u.r->val.type == MP_T_UNDEF)) continue;
        mp_val_share(v);   /* a reference stays one, with one more holder */
        mp_array_set(vm, a, k, v);
    }
    *ret = mp_v_arr(a);
}

/* gc_collect_cycles(): int -- runs a full collection; minphp's tracing GC
 * does not count cycles, so it returns 0 */
static void bi_gc_collect_cycles(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv;
    mp_gc_collect();
    *ret = mp_v_int(0);
}


/* ---- error and exception handlers ---- */

/* Handler stacks hold null for "no handler" (arrays cannot hold UNDEF). */
static mp_val stored_handler(mp_val h) { return h.type == MP_T_UNDEF ? mp_v_null() : h; }
static mp_val loaded_handler(mp_val h) { return h.type == MP_T_NULL ? mp_v_undef() : h; }

/* set_error_handler(?callable $callback, int $error_levels = E_ALL): ?callable */
static void bi_set_error_handler(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    *ret = stored_handler(vm->error_handler);
    if (!vm->error_handlers) vm->error_handlers = mp_array_new(vm, 4);
    mp_array *entry = mp_array_new(vm, 2);
    mp_array_append(vm, entry, stored_handler(vm->error_handler));
    mp_array_append(vm, entry, mp_v_int(vm->error_handler_mask));
    mp_array_append(vm, vm->error_handlers, mp_v_arr(entry));
    mp_val h = *mp_deref(&argv[0]);
    if (h.type == MP_T_NULL) { vm->error_handler = mp_v_undef(); return; }
    mp_val_share(h);
    vm->error_handler = h;
    vm->error_handler_mask = argc > 1 ? (int)argv[1].u.i : MP_E_ALL;
}

/* Pop the last entry of a handler stack into *slot (UNDEF if empty). */
static mp_array *pop_handler(mp_vm *vm, mp_array *stack)
{
    uint32_t n = stack ? mp_array_count(stack) : 0;
    if (!n) return NULL;
    mp_key k = { NULL, 0 }; mp_val *e, top = mp_v_null();
    for (uint32_t pos = 0; mp_array_next(stack, &pos, &k, &e); ) top = *e;
    mp_array_delete(vm, stack, k);
    return top.type == MP_T_ARRAY ? top.u.a : NULL;
}

/* restore_error_handler(): true */
static void bi_restore_error_handler(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *entry = pop_handler(vm, vm->error_handlers);
    vm->error_handler = entry ? loaded_handler(*mp_array_find_int(entry, 0)) : mp_v_undef();
    if (entry) vm->error_handler_mask = (int)mp_array_find_int(entry, 1)->u.i;
    *ret = mp_v_bool(1);
}

/* set_exception_handler(?callable $callback): ?callable */
static void bi_set_exception_handler(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = stored_handler(vm->exception_handler);
    if (!vm->exception_handlers) vm->exception_handlers = mp_array_new(vm, 4);
    mp_array *entry = mp_array_new(vm, 1);
    mp_array_append(vm, entry, stored_handler(vm->exception_handler));
    mp_array_append(vm, vm->exception_handlers, mp_v_arr(entry));
    mp_val h = *mp_deref(&argv[0]);
    mp_val_share(h);
    vm->exception_handler = loaded_handler(h);
}

/* restore_exception_handler(): true */
static void bi_restore_exception_handler(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *entry = pop_handler(vm, vm->exception_handlers);
    vm->exception_handler = entry ? loaded_handler(*mp_array_find_int(entry, 0)) : mp_v_undef();
    *ret = mp_v_bool(1);
}

/* trigger_error(string $message, int $error_level = E_USER_NOTICE): true
 * (user_error is the same function under another name) */
static void raise_user_error(mp_vm *vm, const char *fn, int argc, mp_val *argv, mp_val *ret)
{
    int64_t level = argc > 1 ? argv[1].u.i : MP_E_USER_NOTICE;
    if (level != MP_E_USER_ERROR && level != MP_E_USER_WARNING && level != MP_E_USER_NOTICE && level != MP_E_USER_DEPRECATED)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED", fn);
    mp_error(vm, (int)level, "%s", argv[0].u.s->data);   /* E_USER_ERROR ends the script unless a handler takes it */
    *ret = mp_v_bool(1);
}
static void bi_trigger_error(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { raise_user_error(vm, "trigger_error", argc, argv, ret); }
static void bi_user_error(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { raise_user_error(vm, "user_error", argc, argv, ret); }

/* error_get_last(): ?array */
static void bi_error_get_last(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    if (!vm->last.type) return;
    mp_array *a = mp_array_new(vm, 4);
    mp_array_set_str(vm, a, "type", 4, mp_v_int(vm->last.type));
    mp_array_set_str(vm, a, "message", 7, mp_v_str(vm->last.message));
    mp_array_set_str(vm, a, "file", 4, mp_v_str(vm->last.file));
    mp_array_set_str(vm, a, "line", 4, mp_v_int(vm->last.line));
    *ret = mp_v_arr(a);
}

/* error_clear_last(): void */
static void bi_error_clear_last(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv; (void)ret;
    vm->last.type = 0;
    vm->last.message = vm->last.file = NULL;
}

static const mp_builtin rows[] = {
    { "constant", bi_constant, 1, 1, "s", "name" },
    { "define", bi_define, 2, 3, "szb", "constant_name value case_insensitive" },
    { "defined", bi_defined, 1, 1, "s", "constant_name" },
    { "error_clear_last", bi_error_clear_last, 0, 0, "", "" },
    { "error_get_last", bi_error_get_last, 0, 0, "", "" },
    { "error_reporting", bi_error_reporting, 0, 1, "?i", "error_level" },
    { "func_get_args", bi_func_get_args, 0, 0, "", "" },
    { "func_num_args", bi_func_num_args, 0, 0, "", "" },
    { "function_exists", bi_function_exists, 1, 1, "s", "function" },
    { "gc_collect_cycles", bi_gc_collect_cycles, 0, 0, "", "" },
    { "get_defined_vars", bi_get_defined_vars, 0, 0, "", "" },
    { "ini_get", bi_ini_get, 1, 1, "s", "option" },
    { "ini_set", bi_ini_set, 2, 2, "sz", "option value" },
    { "restore_error_handler", bi_restore_error_handler, 0, 0, "", "" },
    { "restore_exception_handler", bi_restore_exception_handler, 0, 0, "", "" },
    { "set_error_handler", bi_set_error_handler, 1, 2, "?ci", "callback error_levels" },
    { "set_exception_handler", bi_set_exception_handler, 1, 1, "?c", "callback" },
    { "trigger_error", bi_trigger_error, 1, 2, "si", "message error_level" },
    { "user_error", bi_user_error, 1, 2, "si", "message error_level" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_vm, rows);
