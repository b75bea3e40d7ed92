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

static const mp_builtin rows[] = {
    { "constant", bi_constant, 1, 1, "s", "name" },
    { "define", bi_define, 2, 3, "szb", "constant_name value case_insensitive" },
    { "defined", bi_defined, 1, 1, "s", "constant_name" },
    { "error_reporting", bi_error_reporting, 0, 1, "?i", "error_level" },
    { "func_get_args", bi_func_get_args, 0, 0, "", "" },
    { "func_num_args", bi_func_num_args, 0, 0, "", "" },
    { "function_exists", bi_function_exists, 1, 1, "s", "function" },
    { "gc_collect_cycles", bi_gc_collect_cycles, 0, 0, "", "" },
    { "get_defined_vars", bi_get_defined_vars, 0, 0, "", "" },
    { "ini_get", bi_ini_get, 1, 1, "s", "option" },
    { "ini_set", bi_ini_set, 2, 2, "sz", "option value" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_vm, rows);
