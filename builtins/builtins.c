/* builtins.c - the builtin function registry and the one place where
 * arguments of C-implemented PHP functions are counted, type-checked and
 * coerced (PHP 8.2 coercive mode, internal-function rules). Builtins never
 * check arity or argument types themselves. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "builtins.h"
#include "../vm/vmapi.h"
#include "constants.h"

/* Every per-file table; lookups binary-search each (they are sorted). */
static const mp_builtin_table *const builtin_tables[] = {
    &mp_builtins_type,
    &mp_builtins_var,
    &mp_builtins_vm,
    &mp_builtins_datetime,
    &mp_builtins_output,
    &mp_builtins_http,
    &mp_builtins_runtime,
    &mp_builtins_math,
    &mp_builtins_obj,
    &mp_builtins_path,
    &mp_builtins_stream,
    &mp_builtins_file,
    &mp_builtins_random,
    &mp_builtins_hash,
    &mp_builtins_date,
    &mp_builtins_url,
    &mp_builtins_json,
    &mp_builtins_preg,
    &mp_builtins_serialize,
    &mp_builtins_string,
    &mp_builtins_strcmp,
    &mp_builtins_escape,
    &mp_builtins_format,
    &mp_builtins_mbstring,
    &mp_builtins_ctype,
    &mp_builtins_arrays,
    &mp_builtins_sort,
    &mp_builtins_setops,
    &mp_builtins_strings2,
    &mp_builtins_pack,
    &mp_builtins_password,
    &mp_builtins_task,
};
#define N_TABLES (sizeof builtin_tables / sizeof builtin_tables[0])

/* Compare a NUL-terminated row name with the key (s, len) like strcmp. */
static int name_cmp(const char *row, const char *s, size_t len)
{
    int c = strncmp(row, s, len);
    if (c)
        return c;
    return row[len] == '\0' ? 0 : 1;
}

const mp_builtin *mp_builtin_nth(size_t i)
{
    for (size_t t = 0; t < N_TABLES; t++) {
        if (i < builtin_tables[t]->count)
            return &builtin_tables[t]->rows[i];
        i -= builtin_tables[t]->count;
    }
    return NULL;
}

const mp_builtin *mp_builtin_lookup(const char *lcname, size_t len)
{
    for (size_t t = 0; t < N_TABLES; t++) {
        const mp_builtin *rows = builtin_tables[t]->rows;
        size_t lo = 0, hi = builtin_tables[t]->count;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            int c = name_cmp(rows[mid].name, lcname, len);
            if (c == 0)
                return &rows[mid];
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
    }
    return NULL;
}

const char *mp_builtin_check_tables(void)
{
    for (size_t t = 0; t < N_TABLES; t++) {
        const mp_builtin_table *tab = builtin_tables[t];
        if (tab->rows[tab->count].name != NULL)
            return "(table without a {NULL} end row)";
        for (size_t i = 0; i < tab->count; i++) {
            const char *n = tab->rows[i].name;
            if (i > 0 && strcmp(tab->rows[i - 1].name, n) >= 0)
                return n;
            for (const char *p = n; *p; p++)
                if (*p >= 'A' && *p <= 'Z')
                    return n;
            /* defined in an earlier table too? */
            for (size_t u = 0; u < t; u++) {
                const mp_builtin_table *o = builtin_tables[u];
                for (size_t j = 0; j < o->count; j++)
                    if (strcmp(o->rows[j].name, n) == 0)
                        return n;
            }
        }
    }
    return NULL;
}

/* ---- parameter specs ---- */

/* One parameter's spec, decoded from the type-code string. */
typedef struct param_spec {
    char code;      /* s i f b a n z c k I */
    int  nullable;  /* '?' prefix */
    int  byref;     /* '&' prefix (or '@': by reference when the argument is writable) */
    int  prefer;    /* '@' prefix */
    int  sensitive; /* '!' prefix: #[\SensitiveParameter] */
} param_spec;

/* Decode the spec at *p into ps and advance; returns 0 at the end of the
 * string. A trailing '*' (variadic) is left for the caller to see. */
static int spec_next(const char **p, param_spec *ps)
{
    const char *s = *p;
    ps->nullable = ps->byref = ps->prefer = ps->sensitive = 0;
    for (;;) {
        if (*s == '?')
            ps->nullable = 1;
        else if (*s == '&')
            ps->byref = 1;
        else if (*s == '!')
            ps->sensitive = 1;
        else if (*s == '@')
            ps->byref = ps->prefer = 1;
        else
            break;
        s++;
    }
    if (*s == '\0' || *s == '*')
        return 0;
    ps->code = *s++;
    *p = s;
    return 1;
}

/* Spec of parameter I; variadic functions repeat the last one. */
static int spec_at(const mp_builtin *b, int i, param_spec *ps)
{
    const char *p = b->args ? b->args : "";
    param_spec last = { 'z', 0, 0, 0, 0 };
    int have = 0;
    for (int k = 0; spec_next(&p, ps); k++) {
        if (k == i)
            return 1;
        last = *ps;
        have = 1;
    }
    if (*p == '*' && have) {
        *ps = last;
        return 1;
    }
    ps->code = 'z';
    ps->nullable = ps->byref = ps->prefer = ps->sensitive = 0;
    return 0;
}

int mp_builtin_arg_byref(const mp_builtin *b, int i)
{
    param_spec ps;
    return spec_at(b, i, &ps) && ps.byref;
}

int mp_builtin_arg_sensitive(const mp_builtin *b, int i)
{
    param_spec ps;
    return spec_at(b, i, &ps) && ps.sensitive;
}

int mp_builtin_arg_prefer_ref(const mp_builtin *b, int i)
{
    param_spec ps;
    return spec_at(b, i, &ps) && ps.prefer;
}

/* Is parameter I one of the variadic ones (PHP names none of those)? */
static int arg_is_variadic(const mp_builtin *b, int i)
{
    const char *p = b->args ? b->args : "";
    param_spec ps;
    int n = 0;
    while (spec_next(&p, &ps))
        n++;
    return *p == '*' && i >= n - 1;
}

/* Name of parameter I (0-based) into buf; variadics repeat the last name. */
static const char *param_name(const mp_builtin *b, int i, char *buf, size_t size)
{
    const char *p = b->names ? b->names : "";
    const char *start = NULL;
    size_t len = 0;
    for (int k = 0; *p; k++) {
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        start = p;
        len = (size_t)(e - p);
        p = e;
        if (k == i)
            break;
    }
    if (!start || len >= size)
        return "";
    memcpy(buf, start, len);
    buf[len] = '\0';
    return buf;
}

int mp_builtin_param_index(const mp_builtin *b, const char *name, size_t len)
{
    const char *s = b->names ? b->names : "";
    for (int i = 0; *s; i++) {
        const char *e = strchr(s, ' ');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (b->max_args < 0 && !e)
            return -1;   /* the variadic parameter cannot be named */
        if (n == len && memcmp(s, name, len) == 0)
            return i;
        s = e ? e + 1 : s + n;
    }
    return -1;
}

const char *mp_builtin_arg_label(const mp_builtin *b, int i, char *buf, size_t size)
{
    char nb[64];
    buf[0] = '\0';
    if (!arg_is_variadic(b, i) && *param_name(b, i, nb, sizeof nb))
        snprintf(buf, size, " ($%s)", nb);
    return buf;
}

static const char *type_text(const param_spec *ps)
{
    switch (ps->code) {
    case 's': return ps->nullable ? "?string" : "string";
    case 'i': return ps->nullable ? "?int" : "int";
    case 'f': return ps->nullable ? "?float" : "float";
    case 'b': return ps->nullable ? "?bool" : "bool";
    case 'a': return ps->nullable ? "?array" : "array";
    case 'n': return ps->nullable ? "int|float|null" : "int|float";
    case 'k': return ps->nullable ? "array|string|null" : "array|string";
    case 'I': return ps->nullable ? "array|int|null" : "array|int";
    case 'c': return ps->nullable ? "?callable" : "callable";
    case 'o': return ps->nullable ? "?object" : "object";
    case 'r': return ps->nullable ? "resource or null" : "resource";
    default:  return "mixed";
    }
}

static void __attribute__((noreturn))
type_error(mp_vm *vm, const mp_builtin *b, int i, const param_spec *ps, mp_val v)
{
    char nb[80];
    mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #%d%s must be of type %s, %s given",
                b->name, i + 1, mp_builtin_arg_label(b, i, nb, sizeof nb), type_text(ps), mp_debug_type(v));
}

static void null_deprecated(mp_vm *vm, const mp_builtin *b, int i, const param_spec *ps)
{
    char nb[80];
    mp_error(vm, MP_E_DEPRECATED, "%s(): Passing null to parameter #%d%s of type %s is deprecated",
             b->name, i + 1, mp_builtin_arg_label(b, i, nb, sizeof nb), type_text(ps));
}

/* Does the float fit an int64 (Zend's ZEND_DOUBLE_FITS_LONG)? */
static inline int float_fits_int(double d)
{
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}

/* ---- callables ---- */

const char *mp_builtin_callable_error(mp_vm *vm, mp_val v)
{
    v = *mp_deref(&v);
    if (v.type == MP_T_STRING) {
        const char *s = v.u.s->data;
        const char *dc = strstr(s, "::");
        if (dc && dc != s)
            return mp_method_callable_error(vm, mp_v_str(mp_str_new(vm, s, (size_t)(dc - s))), mp_str_cstr(vm, dc + 2));
        return mp_str_printf(vm, "function \"%s\" not found or invalid function name", s)->data;
    }
    if (v.type == MP_T_ARRAY) {
        if (v.u.a->count != 2)
            return "array callback must have exactly two members";
        mp_val *obj = mp_array_find_int(v.u.a, 0), *m = mp_array_find_int(v.u.a, 1);
        if (!obj || !m)
            return "array callback must have exactly two members";
        mp_val o = *mp_deref(obj), mv = *mp_deref(m);
        if (o.type != MP_T_STRING && o.type != MP_T_OBJECT)
            return "first array member is not a valid class name or object";
        if (mv.type != MP_T_STRING)
            return "second array member is not a valid method";
        return mp_method_callable_error(vm, o, mv.u.s);
    }
    return "no array or string given";
}

/* ---- coercion ---- */

/* Coerce *v (already dereferenced) to an int parameter. */
static void coerce_int(mp_vm *vm, const mp_builtin *b, int i, const param_spec *ps, mp_val *v)
{
    switch (v->type) {
    case MP_T_INT:
        return;
    case MP_T_FLOAT: {
        double d = v->u.d;
        if (!isfinite(d) || !float_fits_int(d))
            type_error(vm, b, i, ps, *v);
        if (d != trunc(d)) {
            char buf[64];
            mp_float_repr(d, buf);
            mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float %s to int loses precision", buf);
        }
        *v = mp_v_int((int64_t)d);
        return;
    }
    case MP_T_STRING: {
        /* only fully numeric strings; "5 apples" is a TypeError for internal functions */
        mp_val n;
        int t = mp_str_numeric(v->u.s->data, v->u.s->len, &n, 0, NULL);
        if (t == MP_T_INT) {
            *v = n;
            return;
        }
        if (t == MP_T_FLOAT && isfinite(n.u.d) && float_fits_int(n.u.d)) {
            if (n.u.d != trunc(n.u.d))
                mp_error(vm, MP_E_DEPRECATED, "Implicit conversion from float-string \"%s\" to int loses precision",
                         v->u.s->data);
            *v = mp_v_int((int64_t)n.u.d);
            return;
        }
        type_error(vm, b, i, ps, *v);
    }
    case MP_T_FALSE: *v = mp_v_int(0); return;
    case MP_T_TRUE:  *v = mp_v_int(1); return;
    case MP_T_NULL: case MP_T_UNDEF:
        null_deprecated(vm, b, i, ps);
        *v = mp_v_int(0);
        return;
    default:
        type_error(vm, b, i, ps, *v);
    }
}

static void coerce_float(mp_vm *vm, const mp_builtin *b, int i, const param_spec *ps, mp_val *v)
{
    switch (v->type) {
    case MP_T_FLOAT:
        return;
    case MP_T_INT:
        *v = mp_v_float((double)v->u.i);
        return;
    case MP_T_STRING: {
        mp_val n;
        int t = mp_str_numeric(v->u.s->data, v->u.s->len, &n, 0, NULL);
        if (!t)
            type_error(vm, b, i, ps, *v);
        *v = mp_v_float(t == MP_T_INT ? (double)n.u.i : n.u.d);
        return;
    }
    case MP_T_FALSE: *v = mp_v_float(0.0); return;
    case MP_T_TRUE:  *v = mp_v_float(1.0); return;
    case MP_T_NULL: case MP_T_UNDEF:
        null_deprecated(vm, b, i, ps);
        *v = mp_v_float(0.0);
        return;
    default:
        type_error(vm, b, i, ps, *v);
    }
}

/* int|float: numeric strings become whichever they spell; bools become ints. */
static void coerce_number(mp_vm *vm, const mp_builtin *b, int i, const param_spec *ps, mp_val *v)
{
    switch (v->type) {
    case MP_T_INT: case MP_T_FLOAT:
        return;
    case MP_T_STRING: {
        mp_val n;
        if (!mp_str_numeric(v->u.s->data, v->u.s->len, &n, 0, NULL))
            type_error(vm, b, i, ps, *v);
        *v = n;
        return;
    }
    case MP_T_FALSE: *v = mp_v_int(0); return;
    case MP_T_TRUE:  *v = mp_v_int(1); return;
    case MP_T_NULL: case MP_T_UNDEF:
        null_deprecated(vm, b, i, ps);
        *v = mp_v_int(0);
        return;
    default:
        type_error(vm, b, i, ps, *v);
    }
}

static void coerce_string(mp_vm *vm, const mp_builtin *b, int i, const param_spec *ps, mp_val *v)
{
    switch (v->type) {
    case MP_T_STRING:
        return;
    case MP_T_INT: case MP_T_FLOAT: case MP_T_TRUE: case MP_T_FALSE:
        *v = mp_v_str(mp_to_str(vm, *v));
        return;
    case MP_T_NULL: case MP_T_UNDEF:
        null_deprecated(vm, b, i, ps);
        *v = mp_v_str(mp_str_empty());
        return;
    case MP_T_OBJECT:
        if (mp_is_stringable(vm, *v)) { *v = mp_v_str(mp_to_str(vm, *v)); return; }
        type_error(vm, b, i, ps, *v);
    default:
        type_error(vm, b, i, ps, *v);
    }
}

static void coerce_bool(mp_vm *vm, const mp_builtin *b, int i, const param_spec *ps, mp_val *v)
{
    switch (v->type) {
    case MP_T_TRUE: case MP_T_FALSE:
        return;
    case MP_T_INT: case MP_T_FLOAT: case MP_T_STRING:
        *v = mp_v_bool(mp_to_bool(*v));
        return;
    case MP_T_NULL: case MP_T_UNDEF:
        null_deprecated(vm, b, i, ps);
        *v = mp_v_bool(0);
        return;
    default:
        type_error(vm, b, i, ps, *v);
    }
}

/* The default value of optional parameter I from the row's defaults
 * string: 1 with *OUT set, -1 when PHP has none ("?"), 0 when the row
 * does not say. */
static int default_value(mp_vm *vm, const mp_builtin *b, int i, mp_val *out)
{
    const char *p = b->defaults;
    if (!p || i < b->min_args)
        return 0;
    for (int k = b->min_args; ; k++) {
        while (*p == ' ')
            p++;
        if (!*p)
            return 0;
        const char *start = p;
        if (*p == '\'') {
            for (p++; *p && *p != '\''; p++)
                if (*p == '\\' && p[1]) p++;
            if (*p) p++;
        } else {
            while (*p && *p != ' ') p++;
        }
        if (k < i)
            continue;
        size_t len = (size_t)(p - start);
        if (*start == '\'') {
            mp_buf buf;
            mp_buf_init(&buf, vm);
            for (const char *q = start + 1; q < p - 1; q++) {
                char c = *q;
                if (c == '\\' && q + 1 < p - 1) {
                    c = *++q;
                    c = c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c == 'v' ? '\v' : c == '0' ? '\0' : c;
                }
                mp_buf_addc(&buf, c);
            }
            *out = mp_v_str(mp_buf_finish(&buf));
        } else if (len == 1 && *start == '?') {
            return -1;
        } else if (len == 4 && !memcmp(start, "null", 4)) {
            *out = mp_v_null();
        } else if (len == 4 && !memcmp(start, "true", 4)) {
            *out = mp_v_bool(1);
        } else if (len == 5 && !memcmp(start, "false", 5)) {
            *out = mp_v_bool(0);
        } else if (len == 2 && !memcmp(start, "[]", 2)) {
            *out = mp_v_arr(mp_array_empty());
        } else if (*start == '-' || (*start >= '0' && *start <= '9')) {
            if (!mp_str_numeric(start, len, out, 0, NULL))
                return 0;
        } else {
            const mp_constant *c = mp_constant_lookup(start, len);
            if (!c)
                return 0;
            *out = mp_constant_value(c);
        }
        return 1;
    }
}

static void coerce_arg(mp_vm *vm, const mp_builtin *b, int i, const param_spec *ps, mp_val *v)
{
    if (ps->byref) {
        /* The VM passes MP_T_REF and the builtin writes through it; only an
         * array parameter is checked (sort($undefined): "must be of type
         * array, null given"). */
        mp_val *t = mp_deref(v);
        if (ps->code == 'a' && t->type != MP_T_ARRAY && !(ps->nullable && t->type == MP_T_NULL))
            type_error(vm, b, i, ps, *t);
        return;
    }
    if (v->type == MP_T_UNDEF) {
        /* skipped by a named argument: the parameter's default value
         * (null for a nullable or mixed one the row gives none for) */
        int known = default_value(vm, b, i, v);
        if (known <= 0) {
            if (known < 0 || (!ps->nullable && ps->code != 'z')) {
                char nb[64];
                mp_throw_ex(vm, MP_EX_ARGUMENT_COUNT_ERROR, "%s(): Argument #%d%s must be passed explicitly, because the default value is not known",
                            b->name, i + 1, mp_builtin_arg_label(b, i, nb, sizeof nb));
            }
            *v = mp_v_null();
        }
    }
    if (v->type == MP_T_REF)
        *v = v->u.r->val;
    if (ps->code == 'z')
        return;
    if (ps->nullable && (v->type == MP_T_NULL || v->type == MP_T_UNDEF)) {
        *v = mp_v_null();
        return;
    }
    if (mp_strict_types(vm)) {
        /* strict_types=1: only int -> float widening is allowed */
        int ok;
        switch (ps->code) {
        case 's': ok = v->type == MP_T_STRING; break;
        case 'i': ok = v->type == MP_T_INT; break;
        case 'f': ok = v->type == MP_T_FLOAT || v->type == MP_T_INT; if (v->type == MP_T_INT) *v = mp_v_float((double)v->u.i); break;
        case 'n': ok = v->type == MP_T_INT || v->type == MP_T_FLOAT; break;
        case 'b': ok = v->type == MP_T_TRUE || v->type == MP_T_FALSE; break;
        case 'k': ok = v->type == MP_T_STRING || v->type == MP_T_ARRAY; break;
        case 'I': ok = v->type == MP_T_INT || v->type == MP_T_ARRAY; break;
        default: ok = 1;
        }
        if (!ok) type_error(vm, b, i, ps, *v);
        if (ps->code != 'a' && ps->code != 'c' && ps->code != 'o' && ps->code != 'r') return;
    }
    switch (ps->code) {
    case 's': coerce_string(vm, b, i, ps, v); return;
    case 'i': coerce_int(vm, b, i, ps, v); return;
    case 'f': coerce_float(vm, b, i, ps, v); return;
    case 'n': coerce_number(vm, b, i, ps, v); return;
    case 'b': coerce_bool(vm, b, i, ps, v); return;
    case 'a':
        if (v->type != MP_T_ARRAY)
            type_error(vm, b, i, ps, *v);
        return;
    case 'o':
        if (v->type != MP_T_OBJECT)
            type_error(vm, b, i, ps, *v);
        return;
    case 'r':
        if (v->type != MP_T_RESOURCE)
            type_error(vm, b, i, ps, *v);
        return;
    case 'k':
        if (v->type == MP_T_ARRAY)
            return;
        coerce_string(vm, b, i, ps, v);
        return;
    case 'I':
        if (v->type == MP_T_ARRAY)
            return;
        coerce_int(vm, b, i, ps, v);
        return;
    case 'c':
        if (!mp_is_callable(vm, *v)) {
            char nb[80];
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #%d%s must be a valid callback%s, %s",
                        b->name, i + 1, mp_builtin_arg_label(b, i, nb, sizeof nb), ps->nullable ? " or null" : "",
                        mp_builtin_callable_error(vm, *v));
        }
        return;
    default:
        return;
    }
}

void mp_builtin_invoke(mp_vm *vm, const mp_builtin *b, int argc, mp_val *argv, mp_val *ret)
{
    mp_builtin_invoke_shown(vm, b, argc, argv, ret, NULL);
}

void mp_builtin_invoke_shown(mp_vm *vm, const mp_builtin *b, int argc, mp_val *argv, mp_val *ret, mp_val *shown)
{
    if (argc < b->min_args || (b->max_args >= 0 && argc > b->max_args)) {
        int n;
        const char *how;
        if (b->min_args == b->max_args) {
            how = "exactly";
            n = b->min_args;
        } else if (argc < b->min_args) {
            how = "at least";
            n = b->min_args;
        } else {
            how = "at most";
            n = b->max_args;
        }
        mp_throw_ex(vm, MP_EX_ARGUMENT_COUNT_ERROR, "%s() expects %s %d argument%s, %d given",
                    b->name, how, n, n == 1 ? "" : "s", argc);
    }
    /* walk the spec string alongside the arguments */
    const char *p = b->args ? b->args : "";
    param_spec ps = { 'z', 0, 0, 0, 0 };
    int variadic = 0;
    for (int i = 0; i < argc; i++) {
        if (!variadic) {
            param_spec next;
            if (spec_next(&p, &next))
                ps = next;
            else
                variadic = 1;   /* past the last code: repeat it (variadic '*') */
        }
        coerce_arg(vm, b, i, &ps, &argv[i]);
        /* PHP converts string and int|float arguments in place (so traces
         * show them converted), the other scalar types into C variables */
        if (shown && (ps.code == 's' || ps.code == 'k' || ps.code == 'n') && !ps.byref)
            shown[i] = argv[i];
    }
    *ret = mp_v_null();
    b->fn(vm, argc, argv, ret);
}
