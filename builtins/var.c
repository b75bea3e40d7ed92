/* var.c - var_dump, print_r and var_export with PHP 8.2's exact layouts
 * (ext/standard/var.c): indentation, float forms, reference markers and
 * recursion markers. Objects are a marked hook until the VM has them. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "builtins.h"
#include "../vm/vmapi.h"

/* Output state of one dump: the buffer and the arrays being printed right
 * now (the ancestors of the current value), to detect recursion. */
typedef struct dump_ctx {
    mp_vm          *vm;
    mp_buf          buf;        /* output being built */
    int             stream;     /* flush to mp_echo as we go (var_dump) */
    const mp_array **stack;     /* open arrays, innermost last */
    int             depth;      /* entries in stack */
    int             cap;        /* capacity of stack */
    const mp_array *small[32];  /* initial storage for stack */
} dump_ctx;

static void ctx_init(dump_ctx *c, mp_vm *vm, int stream)
{
    c->vm = vm;
    mp_buf_init(&c->buf, vm);
    c->stream = stream;
    c->stack = c->small;
    c->depth = 0;
    c->cap = 32;
}

static void ctx_flush(dump_ctx *c)
{
    if (c->buf.len) {
        mp_echo(c->vm, c->buf.data, c->buf.len);
        c->buf.len = 0;
    }
}

static int ctx_open(dump_ctx *c, const mp_array *a)
{
    for (int i = 0; i < c->depth; i++)
        if (c->stack[i] == a)
            return 0;                   /* already being printed: recursion */
    if (c->depth == c->cap) {
        const mp_array **n = mp_alloc(c->vm, (size_t)c->cap * 2 * sizeof *n);
        memcpy(n, c->stack, (size_t)c->depth * sizeof *n);
        c->stack = n;
        c->cap *= 2;
    }
    c->stack[c->depth++] = a;
    return 1;
}

static void spaces(mp_buf *b, int n)
{
    while (n-- > 0)
        mp_buf_addc(b, ' ');
}

/* ---- var_dump ---- */

/* LEVEL as in PHP's php_var_dump: 1 at top, +2 per nesting; values are
 * indented LEVEL-1 spaces, keys LEVEL+1. */
static void dump_value(dump_ctx *c, mp_val *vp, int level)
{
    mp_buf *b = &c->buf;
    mp_val v = *vp;
    /* PHP shows "&" only for references held in two or more places. */
    const char *amp = "";
    if (v.type == MP_T_REF) {
        if (v.u.r->rc > 1) amp = "&";
        v = v.u.r->val;
    }
    spaces(b, level - 1);
    char num[64];
    switch (v.type) {
    case MP_T_UNDEF:
    case MP_T_NULL:  mp_buf_printf(b, "%sNULL\n", amp); break;
    case MP_T_FALSE: mp_buf_printf(b, "%sbool(false)\n", amp); break;
    case MP_T_TRUE:  mp_buf_printf(b, "%sbool(true)\n", amp); break;
    case MP_T_INT:   mp_buf_printf(b, "%sint(%lld)\n", amp, (long long)v.u.i); break;
    case MP_T_FLOAT:
        mp_float_fmt(v.u.d, mp_serialize_precision(b->vm), num);
        mp_buf_printf(b, "%sfloat(%s)\n", amp, num);
        break;
    case MP_T_STRING:
        mp_buf_printf(b, "%sstring(%zu) \"", amp, v.u.s->len);
        mp_buf_add(b, v.u.s->data, v.u.s->len);
        mp_buf_add(b, "\"\n", 2);
        break;
    case MP_T_ARRAY: {
        const mp_array *a = v.u.a;
        if (!ctx_open(c, a)) {
            mp_buf_adds(b, "*RECURSION*\n");
            break;
        }
        mp_buf_printf(b, "%sarray(%u) {\n", amp, a->count);
        uint32_t pos = 0;
        mp_key k;
        mp_val *ev;
        while (mp_array_next(a, &pos, &k, &ev)) {
            spaces(b, level + 1);
            if (k.s) {
                mp_buf_add(b, "[\"", 2);
                mp_buf_add(b, k.s->data, k.s->len);
                mp_buf_add(b, "\"]=>\n", 5);
            } else {
                mp_buf_printf(b, "[%lld]=>\n", (long long)k.i);
            }
            dump_value(c, ev, level + 2);
            if (c->stream && b->len > 65536)
                ctx_flush(c);
        }
        c->depth--;
        spaces(b, level - 1);
        mp_buf_add(b, "}\n", 2);
        break;
    }
    case MP_T_RESOURCE:
        mp_buf_printf(b, "%sresource(%lld) of type (%s)\n", amp, (long long)v.u.res->id, mp_resource_type_name(v.u.res));
        break;
    case MP_T_OBJECT: {
        mp_object *o = v.u.o;
        int backed; mp_val bv; const char *bt;
        const char *cn = mp_enum_case_name(o, &backed, &bv, &bt);
        if (cn) { mp_buf_printf(b, "%senum(%s::%s)\n", amp, mp_object_class_name(o), cn); break; }
        if (!ctx_open(c, (const mp_array *)(const void *)o)) {
            mp_buf_adds(b, "*RECURSION*\n");
            break;
        }
        mp_prop_view *pv;
        int ninit, n = mp_object_debug_view(c->vm, o, &pv, &ninit);
        mp_buf_printf(b, "%sobject(%s)#%d (%d) {\n", amp, mp_object_class_name(o), mp_object_id(o), ninit);
        for (int i = 0; i < n; i++) {
            spaces(b, level + 1);
            if (!pv[i].key.s) mp_buf_printf(b, pv[i].bare_int ? "[%lld]" : "[\"%lld\"]", (long long)pv[i].key.i);
            else {
                mp_buf_add(b, "[\"", 2);
                mp_buf_add(b, pv[i].key.s->data, pv[i].key.s->len);
                mp_buf_addc(b, '"');
                if (pv[i].vis == 1) mp_buf_adds(b, ":protected");
                else if (pv[i].vis == 2) mp_buf_printf(b, ":\"%s\":private", pv[i].cls);
                mp_buf_addc(b, ']');
            }
            mp_buf_adds(b, "=>\n");
            if (!pv[i].val) { spaces(b, level + 1); mp_buf_printf(b, "uninitialized(%s)\n", pv[i].type); }
            else dump_value(c, pv[i].val, level + 2);
        }
        c->depth--;
        spaces(b, level - 1);
        mp_buf_add(b, "}\n", 2);
        break;
    }
    default:
        mp_buf_printf(b, "%sNULL\n", amp);
        break;
    }
}

/* var_dump(mixed $value, mixed ...$values): void */
static void bi_var_dump(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    dump_ctx c;
    ctx_init(&c, vm, 1);
    for (int i = 0; i < argc; i++) {
        dump_value(&c, &argv[i], 1);
        ctx_flush(&c);
    }
}

/* ---- print_r ---- */

static void print_r_value(dump_ctx *c, mp_val v, int indent)
{
    mp_buf *b = &c->buf;
    if (v.type == MP_T_REF)
        v = v.u.r->val;
    switch (v.type) {
    case MP_T_ARRAY: {
        const mp_array *a = v.u.a;
        mp_buf_add(b, "Array\n", 6);
        if (!ctx_open(c, a)) {
            mp_buf_adds(b, " *RECURSION*");
            return;
        }
        spaces(b, indent);
        mp_buf_add(b, "(\n", 2);
        uint32_t pos = 0;
        mp_key k;
        mp_val *ev;
        while (mp_array_next(a, &pos, &k, &ev)) {
            spaces(b, indent + 4);
            mp_buf_addc(b, '[');
            if (k.s)
                mp_buf_add(b, k.s->data, k.s->len);
            else
                mp_buf_printf(b, "%lld", (long long)k.i);
            mp_buf_add(b, "] => ", 5);
            print_r_value(c, *ev, indent + 8);
            mp_buf_addc(b, '\n');
        }
        c->depth--;
        spaces(b, indent);
        mp_buf_add(b, ")\n", 2);
        return;
    }
    case MP_T_OBJECT: {
        mp_object *o = v.u.o;
        int backed; mp_val bv; const char *bt;
        const char *cn = mp_enum_case_name(o, &backed, &bv, &bt);
        if (cn) mp_buf_printf(b, "%s Enum%s%s", mp_object_class_name(o), backed ? ":" : "", backed ? bt : "");
        else mp_buf_printf(b, "%s Object", mp_object_class_name(o));
        mp_buf_addc(b, '\n');
        if (!ctx_open(c, (const mp_array *)(const void *)o)) {
            mp_buf_adds(b, " *RECURSION*");
            return;
        }
        spaces(b, indent);
        mp_buf_add(b, "(\n", 2);
        mp_prop_view *pv;
        int ninit, n = mp_object_debug_view(c->vm, o, &pv, &ninit);
        for (int i = 0; i < n; i++) {
            if (!pv[i].val) continue;
            spaces(b, indent + 4);
            mp_buf_addc(b, '[');
            if (pv[i].key.s) mp_buf_add(b, pv[i].key.s->data, pv[i].key.s->len);
            else mp_buf_printf(b, "%lld", (long long)pv[i].key.i);
            if (pv[i].vis == 1) mp_buf_adds(b, ":protected");
            else if (pv[i].vis == 2) mp_buf_printf(b, ":%s:private", pv[i].cls);
            mp_buf_add(b, "] => ", 5);
            print_r_value(c, *pv[i].val, indent + 8);
            mp_buf_addc(b, '\n');
        }
        c->depth--;
        spaces(b, indent);
        mp_buf_add(b, ")\n", 2);
        return;
    }
    default: {
        mp_str *s = mp_to_str(c->vm, v);
        mp_buf_add(b, s->data, s->len);
        return;
    }
    }
}

/* print_r(mixed $value, bool $return = false): string|true */
static void bi_print_r(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int to_string = argc > 1 && argv[1].type == MP_T_TRUE;
    dump_ctx c;
    ctx_init(&c, vm, 0);
    print_r_value(&c, argv[0], 0);
    if (to_string) {
        *ret = mp_v_str(mp_buf_finish(&c.buf));
    } else {
        ctx_flush(&c);
        *ret = mp_v_bool(1);
    }
}

/* ---- var_export ---- */

/* A single-quoted PHP literal: \ and ' escaped; NUL bytes spliced in as
 * ' . "\0" . ' (PHP's exact form). */
static void export_string(mp_buf *b, const char *s, size_t len)
{
    mp_buf_addc(b, '\'');
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (ch == '\'' || ch == '\\') {
            mp_buf_addc(b, '\\');
            mp_buf_addc(b, ch);
        } else if (ch == '\0') {
            mp_buf_add(b, "' . \"\\0\" . '", 12);
        } else {
            mp_buf_addc(b, ch);
        }
    }
    mp_buf_addc(b, '\'');
}

static void export_value(dump_ctx *c, mp_val v, int level)
{
    mp_buf *b = &c->buf;
    if (v.type == MP_T_REF)
        v = v.u.r->val;
    switch (v.type) {
    case MP_T_FALSE: mp_buf_add(b, "false", 5); break;
    case MP_T_TRUE:  mp_buf_add(b, "true", 4); break;
    case MP_T_INT:
        /* PHP_INT_MIN as a literal would parse as a float */
        if (v.u.i == INT64_MIN)
            mp_buf_adds(b, "-9223372036854775807-1");
        else
            mp_buf_printf(b, "%lld", (long long)v.u.i);
        break;
    case MP_T_FLOAT: {
        char num[64];
        size_t n = mp_float_fmt(v.u.d, mp_serialize_precision(b->vm), num);
        mp_buf_add(b, num, n);
        if (isfinite(v.u.d) && !strpbrk(num, ".eE"))
            mp_buf_add(b, ".0", 2);
        break;
    }
    case MP_T_STRING:
        export_string(b, v.u.s->data, v.u.s->len);
        break;
    case MP_T_ARRAY: {
        const mp_array *a = v.u.a;
        if (!ctx_open(c, a)) {
            mp_buf_add(b, "NULL", 4);
            mp_error(c->vm, MP_E_WARNING, "var_export does not handle circular references");
            break;
        }
        if (level > 1) {
            mp_buf_addc(b, '\n');
            spaces(b, level - 1);
        }
        mp_buf_add(b, "array (\n", 8);
        uint32_t pos = 0;
        mp_key k;
        mp_val *ev;
        while (mp_array_next(a, &pos, &k, &ev)) {
            spaces(b, level + 1);
            if (k.s)
                export_string(b, k.s->data, k.s->len);
            else
                mp_buf_printf(b, "%lld", (long long)k.i);
            mp_buf_add(b, " => ", 4);
            export_value(c, *ev, level + 2);
            mp_buf_add(b, ",\n", 2);
        }
        c->depth--;
        if (level > 1)
            spaces(b, level - 1);
        mp_buf_addc(b, ')');
        break;
    }
    case MP_T_OBJECT: {
        mp_object *o = v.u.o;
        int backed; mp_val bv; const char *bt;
        const char *cn = mp_enum_case_name(o, &backed, &bv, &bt);
        if (!cn && !ctx_open(c, (const mp_array *)(const void *)o)) {
            mp_buf_add(b, "NULL", 4);
            mp_error(c->vm, MP_E_WARNING, "var_export does not handle circular references");
            break;
        }
        if (level > 1) { mp_buf_addc(b, '\n'); spaces(b, level - 1); }
        if (cn) { mp_buf_printf(b, "\\%s::%s", mp_object_class_name(o), cn); break; }
        int std = mp_is_std_class(o);
        if (std) mp_buf_adds(b, "(object) array(\n");
        else mp_buf_printf(b, "\\%s::__set_state(array(\n", mp_object_class_name(o));
        mp_prop_view *pv;
        int ninit, n = mp_object_view(c->vm, o, &pv, &ninit);
        for (int i = 0; i < n; i++) {
            if (!pv[i].val) continue;
            spaces(b, level + 2);
            if (pv[i].key.s) export_string(b, pv[i].key.s->data, pv[i].key.s->len);
            else mp_buf_printf(b, "%lld", (long long)pv[i].key.i);
            mp_buf_add(b, " => ", 4);
            export_value(c, *pv[i].val, level + 2);
            mp_buf_add(b, ",\n", 2);
        }
        c->depth--;
        if (level > 1) spaces(b, level - 1);
        mp_buf_adds(b, std ? ")" : "))");
        break;
    }
    default:
        mp_buf_add(b, "NULL", 4);
        break;
    }
}

/* var_export(mixed $value, bool $return = false): ?string */
static void bi_var_export(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int to_string = argc > 1 && argv[1].type == MP_T_TRUE;
    dump_ctx c;
    ctx_init(&c, vm, 0);
    export_value(&c, argv[0], 1);
    if (to_string)
        *ret = mp_v_str(mp_buf_finish(&c.buf));
    else
        ctx_flush(&c);
}

/* Sorted by name (strcmp). */
static const mp_builtin rows[] = {
    /* print_r(mixed $value, bool $return = false): string|true */
    { "print_r", bi_print_r, 1, 2, "zb", "value return", "false" },
    /* var_dump(mixed $value, mixed ...$values): void */
    { "var_dump", bi_var_dump, 1, -1, "z*", "value values" },
    /* var_export(mixed $value, bool $return = false): ?string */
    { "var_export", bi_var_export, 1, 2, "zb", "value return", "false" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_var, rows);
