/* ctype.c - the ctype_* character class tests, in the C locale (ASCII).
 * A string passes when it is non-empty and every byte is in the class.
 * Other types are deprecated since PHP 8.1: ints -128..255 are tested as
 * one byte, bigger ints pass only ctype_alnum/digit/graph/print/xdigit
 * (they were digits), smaller ones only graph/print; the rest is false. */
#include "builtins.h"
#include "strutil.h"
#include "../vm/vmapi.h"

static int c_alnum(unsigned char c) { return mp_isalpha(c) || mp_isdigit(c); }
static int c_alpha(unsigned char c) { return mp_isalpha(c); }
static int c_cntrl(unsigned char c) { return c < 32 || c == 127; }
static int c_digit(unsigned char c) { return mp_isdigit(c); }
static int c_graph(unsigned char c) { return c > 32 && c < 127; }
static int c_lower(unsigned char c) { return mp_islower(c); }
static int c_print(unsigned char c) { return c >= 32 && c < 127; }
static int c_punct(unsigned char c) { return c_graph(c) && !c_alnum(c); }
static int c_space(unsigned char c) { return mp_isspace(c); }
static int c_upper(unsigned char c) { return mp_isupper(c); }
static int c_xdigit(unsigned char c) { return mp_isdigit(c) || ((c | 32) >= 'a' && (c | 32) <= 'f'); }

static void ctype(mp_vm *vm, const char *fn, int (*is)(unsigned char), int digits_ok, int minus_ok, mp_val v, mp_val *ret)
{
    if (v.type == MP_T_STRING) {
        mp_str *s = v.u.s;
        int ok = s->len > 0;
        for (size_t i = 0; ok && i < s->len; i++)
            ok = is((unsigned char)s->data[i]);
        *ret = mp_v_bool(ok);
        return;
    }
    mp_error(vm, MP_E_DEPRECATED, "%s(): Argument of type %s will be interpreted as string in the future", fn, mp_debug_type(v));
    if (v.type != MP_T_INT) {
        *ret = mp_v_bool(0);
        return;
    }
    int64_t i = v.u.i;
    if (i >= 0 && i <= 255)
        *ret = mp_v_bool(is((unsigned char)i));
    else if (i >= -128 && i < 0)
        *ret = mp_v_bool(is((unsigned char)(i + 256)));
    else
        *ret = mp_v_bool(i >= 0 ? digits_ok : minus_ok);
}

#define CTYPE(name, test, digits, minus) \
    static void bi_ctype_##name(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) \
    { (void)argc; ctype(vm, "ctype_" #name, test, digits, minus, argv[0], ret); }
CTYPE(alnum, c_alnum, 1, 0)
CTYPE(alpha, c_alpha, 0, 0)
CTYPE(cntrl, c_cntrl, 0, 0)
CTYPE(digit, c_digit, 1, 0)
CTYPE(graph, c_graph, 1, 1)
CTYPE(lower, c_lower, 0, 0)
CTYPE(print, c_print, 1, 1)
CTYPE(punct, c_punct, 0, 0)
CTYPE(space, c_space, 0, 0)
CTYPE(upper, c_upper, 0, 0)
CTYPE(xdigit, c_xdigit, 1, 0)

/* ctype_*(mixed $text): bool -- sorted by name */
static const mp_builtin rows[] = {
    { "ctype_alnum", bi_ctype_alnum, 1, 1, "z", "text" },
    { "ctype_alpha", bi_ctype_alpha, 1, 1, "z", "text" },
    { "ctype_cntrl", bi_ctype_cntrl, 1, 1, "z", "text" },
    { "ctype_digit", bi_ctype_digit, 1, 1, "z", "text" },
    { "ctype_graph", bi_ctype_graph, 1, 1, "z", "text" },
    { "ctype_lower", bi_ctype_lower, 1, 1, "z", "text" },
    { "ctype_print", bi_ctype_print, 1, 1, "z", "text" },
    { "ctype_punct", bi_ctype_punct, 1, 1, "z", "text" },
    { "ctype_space", bi_ctype_space, 1, 1, "z", "text" },
    { "ctype_upper", bi_ctype_upper, 1, 1, "z", "text" },
    { "ctype_xdigit", bi_ctype_xdigit, 1, 1, "z", "text" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_ctype, rows);
