/* type.c - type inspection and conversion builtins: strlen, count/sizeof,
 * gettype, get_debug_type, the is_* family, intval/floatval/strval/boolval
 * and settype. Arguments arrive checked and coerced by mp_builtin_invoke. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "builtins.h"
#include "../vm/vmapi.h"

/* strlen(string $string): int */
static void bi_strlen(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    *ret = mp_v_int((int64_t)argv[0].u.s->len);
}

/* COUNT_RECURSIVE: elements of nested arrays too; a cycle through a
 * reference warns "Recursion detected" and counts 0 for the repeated array. */
static int64_t count_recursive(mp_vm *vm, const char *fn, const mp_array *a, const mp_array **stack, int depth)
{
    for (int i = 0; i < depth; i++) {
        if (stack[i] == a) {
            mp_error(vm, MP_E_WARNING, "%s(): Recursion detected", fn);
            return 0;
        }
    }
    if (depth >= 256) {
        mp_error(vm, MP_E_WARNING, "%s(): Recursion detected", fn);
        return 0;
    }
    stack[depth] = a;
    int64_t n = a->count;
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        mp_val e = *mp_deref(v);
        if (e.type == MP_T_ARRAY)
            n += count_recursive(vm, fn, e.u.a, stack, depth + 1);
    }
    return n;
}

/* count() and its alias sizeof(), whose messages carry their own name FN */
static void do_count(mp_vm *vm, const char *fn, int argc, mp_val *argv, mp_val *ret)
{
    int64_t mode = argc > 1 ? argv[1].u.i : 0, n;
    if (mode != 0 && mode != 1)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #2 ($mode) must be either COUNT_NORMAL or COUNT_RECURSIVE", fn);
    if (argv[0].type == MP_T_OBJECT && mp_object_count(vm, argv[0].u.o, &n)) {
        *ret = mp_v_int(n);   /* Countable: ->count(), whatever the mode */
        return;
    }
    if (argv[0].type != MP_T_ARRAY)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #1 ($value) must be of type Countable|array, %s given",
                    fn, mp_debug_type(argv[0]));
    if (mode == 0) {
        *ret = mp_v_int(argv[0].u.a->count);
        return;
    }
    const mp_array **stack = mp_alloc(vm, 256 * sizeof *stack);
    *ret = mp_v_int(count_recursive(vm, fn, argv[0].u.a, stack, 0));
}

/* count(Countable|array $value, int $mode = COUNT_NORMAL): int */
static void bi_count(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    do_count(vm, "count", argc, argv, ret);
}

/* sizeof(Countable|array $value, int $mode = COUNT_NORMAL): int */
static void bi_sizeof(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    do_count(vm, "sizeof", argc, argv, ret);
}

/* gettype(mixed $value): string */
static void bi_gettype(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = mp_v_str(mp_str_cstr(vm, mp_type_name(argv[0])));
}

/* get_debug_type(mixed $value): string */
static void bi_get_debug_type(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    if (argv[0].type == MP_T_RESOURCE)
        *ret = mp_v_str(argv[0].u.res->kind ? mp_str_printf(vm, "resource (%s)", argv[0].u.res->kind->name)
                                              : mp_str_cstr(vm, "resource (closed)"));
    else
        *ret = mp_v_str(mp_str_cstr(vm, mp_debug_type(argv[0])));
}

/* get_resource_type(resource $resource): string */
static void bi_get_resource_type(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = mp_v_str(mp_str_cstr(vm, mp_resource_type_name(argv[0].u.res)));
}

/* get_resource_id(resource $resource): int */
static void bi_get_resource_id(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    *ret = mp_v_int(argv[0].u.res->id);
}

/* is_int / is_float / ... (mixed $value): bool */
#define IS_TYPE(fn, test)                                               \
    static void fn(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)       \
    {                                                                    \
        (void)vm; (void)argc;                                            \
        int t = argv[0].type;                                            \
        *ret = mp_v_bool(test);                                          \
    }
IS_TYPE(bi_is_int, t == MP_T_INT)
IS_TYPE(bi_is_float, t == MP_T_FLOAT)
IS_TYPE(bi_is_string, t == MP_T_STRING)
IS_TYPE(bi_is_bool, t == MP_T_TRUE || t == MP_T_FALSE)
IS_TYPE(bi_is_array, t == MP_T_ARRAY)
IS_TYPE(bi_is_null, t == MP_T_NULL || t == MP_T_UNDEF)
IS_TYPE(bi_is_object, t == MP_T_OBJECT)
IS_TYPE(bi_is_resource, t == MP_T_RESOURCE && argv[0].u.res->kind)   /* false once closed */
IS_TYPE(bi_is_scalar, t == MP_T_INT || t == MP_T_FLOAT || t == MP_T_STRING || t == MP_T_TRUE || t == MP_T_FALSE)
/* Traversable objects are iterable, Countable ones countable */
IS_TYPE(bi_is_iterable, t == MP_T_ARRAY || (t == MP_T_OBJECT && mp_object_is_traversable(vm, argv[0].u.o)))
IS_TYPE(bi_is_countable, t == MP_T_ARRAY || (t == MP_T_OBJECT && mp_object_is_countable(vm, argv[0].u.o)))

/* is_numeric(mixed $value): bool -- "1e3", " 12", "12 " yes; "0x1A", "12abc" no */
static void bi_is_numeric(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    mp_val v = argv[0];
    int r = v.type == MP_T_INT || v.type == MP_T_FLOAT ||
            (v.type == MP_T_STRING && mp_str_numeric(v.u.s->data, v.u.s->len, NULL, 0, NULL));
    *ret = mp_v_bool(r);
}

/* is_callable(mixed $value, bool $syntax_only = false, &$callable_name = null): bool */
static void bi_is_callable(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val v = argv[0];
    int syntax_only = argc > 1 && argv[1].type == MP_T_TRUE;
    int ok;
    if (syntax_only) {
        ok = v.type == MP_T_STRING || v.type == MP_T_OBJECT;
        if (v.type == MP_T_ARRAY && v.u.a->count == 2) {
            mp_val *o = mp_array_find_int(v.u.a, 0), *m = mp_array_find_int(v.u.a, 1);
            ok = o && m && (mp_deref(o)->type == MP_T_STRING || mp_deref(o)->type == MP_T_OBJECT) &&
                 mp_deref(m)->type == MP_T_STRING;
        }
    } else {
        ok = mp_is_callable(vm, v);
    }
    if (argc > 2 && argv[2].type == MP_T_REF) {
        mp_val name;
        if (v.type == MP_T_STRING) {
            name = v;
        } else if (v.type == MP_T_ARRAY && v.u.a->count == 2 && mp_array_find_int(v.u.a, 0) &&
                   mp_array_find_int(v.u.a, 1)) {
            mp_val o = *mp_deref(mp_array_find_int(v.u.a, 0));
            mp_val m = *mp_deref(mp_array_find_int(v.u.a, 1));
            /* OBJECT HOOK: objects give their class name */
            name = mp_v_str(mp_str_printf(vm, "%s::%s", o.type == MP_T_STRING ? o.u.s->data : mp_debug_type(o),
                                          m.type == MP_T_STRING ? m.u.s->data : ""));
        } else {
            /* OBJECT HOOK: closures give "Closure::__invoke" */
            name = mp_v_str(mp_to_str(vm, v.type == MP_T_ARRAY ? mp_v_str(mp_str_cstr(vm, "Array")) : v));
        }
        argv[2].u.r->val = name;
    }
    *ret = mp_v_bool(ok);
}

/* intval(mixed $value, int $base = 10): int */
static void bi_intval(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int64_t base = argc > 1 ? argv[1].u.i : 10;
    mp_val v = argv[0];
    if (v.type != MP_T_STRING || base == 10) {
        *ret = mp_v_int(mp_to_int(vm, v));
        return;
    }
    const char *s = v.u.s->data;
    if (base == 0 || base == 2) {
        /* strtol knows 0x and 0 prefixes but not 0b: PHP strips it itself */
        const char *p = s;
        while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
            p++;
        size_t len = strlen(p);
        if (len > 2) {
            int off = (p[0] == '-' || p[0] == '+');
            if (p[off] == '0' && (p[off + 1] == 'b' || p[off + 1] == 'B')) {
                char *tmp = mp_alloc_atomic(vm, len + 1);
                if (off)
                    tmp[0] = p[0];
                memcpy(tmp + off, p + off + 2, len - off - 2);
                tmp[len - 2] = '\0';
                *ret = mp_v_int(strtoll(tmp, NULL, 2));
                return;
            }
        }
    }
    if (base < 0 || base == 1 || base > 36) {
        *ret = mp_v_int(0);
        return;
    }
    *ret = mp_v_int(strtoll(s, NULL, (int)base));
}

/* floatval(mixed $value): float (also doubleval) */
static void bi_floatval(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = mp_v_float(mp_to_float(vm, argv[0]));
}

/* strval(mixed $value): string */
static void bi_strval(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = mp_v_str(mp_to_str(vm, argv[0]));
}

/* boolval(mixed $value): bool */
static void bi_boolval(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    *ret = mp_v_bool(mp_to_bool(argv[0]));
}

/* settype(mixed &$var, string $type): bool */
static void bi_settype(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_val *var = mp_deref(&argv[0]);
    const char *t = argv[1].u.s->data;
    if (!strcasecmp(t, "integer") || !strcasecmp(t, "int")) {
        *var = mp_v_int(mp_to_int(vm, *var));
    } else if (!strcasecmp(t, "float") || !strcasecmp(t, "double")) {
        *var = mp_v_float(mp_to_float(vm, *var));
    } else if (!strcasecmp(t, "string")) {
        *var = mp_v_str(mp_to_str(vm, *var));
    } else if (!strcasecmp(t, "boolean") || !strcasecmp(t, "bool")) {
        *var = mp_v_bool(mp_to_bool(*var));
    } else if (!strcasecmp(t, "array")) {
        if (var->type == MP_T_UNDEF) *var = mp_v_null();
        mp_cast_to_array(vm, var);
    } else if (!strcasecmp(t, "object")) {
        if (var->type == MP_T_UNDEF) *var = mp_v_null();
        mp_cast_to_object(vm, var);
    } else if (!strcasecmp(t, "null")) {
        *var = mp_v_null();
    } else if (!strcasecmp(t, "resource")) {
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Cannot convert to resource type");
    } else {
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "settype(): Argument #2 ($type) must be a valid type");
    }
    *ret = mp_v_bool(1);
}

/* Sorted by name (strcmp); mp_builtin_check_tables() verifies it. */
static const mp_builtin rows[] = {
    /* boolval(mixed $value): bool */
    { "boolval", bi_boolval, 1, 1, "z", "value" },
    /* count(Countable|array $value, int $mode = COUNT_NORMAL): int */
    { "count", bi_count, 1, 2, "zi", "value mode", "COUNT_NORMAL" },
    /* doubleval(mixed $value): float */
    { "doubleval", bi_floatval, 1, 1, "z", "value" },
    /* floatval(mixed $value): float */
    { "floatval", bi_floatval, 1, 1, "z", "value" },
    /* get_debug_type(mixed $value): string */
    { "get_debug_type", bi_get_debug_type, 1, 1, "z", "value" },
    /* get_resource_id(resource $resource): int */
    { "get_resource_id", bi_get_resource_id, 1, 1, "r", "resource" },
    /* get_resource_type(resource $resource): string */
    { "get_resource_type", bi_get_resource_type, 1, 1, "r", "resource" },
    /* gettype(mixed $value): string */
    { "gettype", bi_gettype, 1, 1, "z", "value" },
    /* intval(mixed $value, int $base = 10): int */
    { "intval", bi_intval, 1, 2, "zi", "value base", "10" },
    { "is_array", bi_is_array, 1, 1, "z", "value" },
    { "is_bool", bi_is_bool, 1, 1, "z", "value" },
    /* is_callable(mixed $value, bool $syntax_only = false, &$callable_name = null): bool */
    { "is_callable", bi_is_callable, 1, 3, "zb&z", "value syntax_only callable_name", "false null" },
    { "is_countable", bi_is_countable, 1, 1, "z", "value" },
    { "is_double", bi_is_float, 1, 1, "z", "value" },
    { "is_float", bi_is_float, 1, 1, "z", "value" },
    { "is_int", bi_is_int, 1, 1, "z", "value" },
    { "is_integer", bi_is_int, 1, 1, "z", "value" },
    { "is_iterable", bi_is_iterable, 1, 1, "z", "value" },
    { "is_long", bi_is_int, 1, 1, "z", "value" },
    { "is_null", bi_is_null, 1, 1, "z", "value" },
    { "is_numeric", bi_is_numeric, 1, 1, "z", "value" },
    { "is_object", bi_is_object, 1, 1, "z", "value" },
    /* is_resource(mixed $value): bool */
    { "is_resource", bi_is_resource, 1, 1, "z", "value" },
    { "is_scalar", bi_is_scalar, 1, 1, "z", "value" },
    { "is_string", bi_is_string, 1, 1, "z", "value" },
    /* settype(mixed &$var, string $type): bool */
    { "settype", bi_settype, 2, 2, "&zs", "var type" },
    /* sizeof(Countable|array $value, int $mode = COUNT_NORMAL): int */
    { "sizeof", bi_sizeof, 1, 2, "zi", "value mode", "COUNT_NORMAL" },
    /* strlen(string $string): int */
    { "strlen", bi_strlen, 1, 1, "s", "string" },
    /* strval(mixed $value): string */
    { "strval", bi_strval, 1, 1, "z", "value" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_type, rows);
