/* path.c - basename, dirname and pathinfo with PHP's rules for slashes
 * (ext/standard/string.c php_basename, Zend zend_dirname; POSIX paths). */
#include <string.h>
#include "builtins.h"
#include "../vm/vmapi.h"

/* The last path component of S[0..len) (trailing slashes ignored). */
static void base_of(const char *s, size_t len, size_t *start, size_t *end)
{
    size_t e = len;
    while (e > 0 && s[e - 1] == '/') e--;
    size_t b = e;
    while (b > 0 && s[b - 1] != '/') b--;
    *start = b;
    *end = e;
}

/* basename(string $path, string $suffix = ""): string */
static void bi_basename(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const mp_str *p = argv[0].u.s;
    size_t b, e;
    base_of(p->data, p->len, &b, &e);
    if (argc > 1) {
        const mp_str *suf = argv[1].u.s;
        if (suf->len && suf->len < e - b && memcmp(p->data + e - suf->len, suf->data, suf->len) == 0) e -= suf->len;
    }
    *ret = mp_v_str(mp_str_new(vm, p->data + b, e - b));
}

/* One level of zend_dirname on S[0..*len). */
static void dirname_once(const char *s, size_t *len)
{
    size_t n = *len;
    if (n == 0) return;
    while (n > 0 && s[n - 1] == '/') n--;          /* trailing slashes */
    if (n == 0) { *len = 1; return; }               /* "/" or "///" */
    while (n > 0 && s[n - 1] != '/') n--;          /* the last component */
    if (n == 0) { *len = (size_t)-1; return; }      /* no slash: "." */
    while (n > 0 && s[n - 1] == '/') n--;          /* slashes before it */
    *len = n == 0 ? 1 : n;
}

/* dirname(string $path, int $levels = 1): string */
static void bi_dirname(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const mp_str *p = argv[0].u.s;
    int64_t levels = argc > 1 ? argv[1].u.i : 1;
    if (levels < 1) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "dirname(): Argument #2 ($levels) must be greater than or equal to 1");
    size_t len = p->len;
    for (int64_t i = 0; i < levels && len != (size_t)-1; i++) {
        size_t before = len;
        dirname_once(p->data, &len);
        if (len == before) break;
    }
    if (len == (size_t)-1) *ret = mp_v_str(mp_str_char('.'));
    else *ret = mp_v_str(mp_str_new(vm, p->data, len));
}

enum { PI_DIRNAME = 1, PI_BASENAME = 2, PI_EXTENSION = 4, PI_FILENAME = 8 };

/* pathinfo(string $path, int $flags = PATHINFO_ALL): array|string */
static void bi_pathinfo(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const mp_str *p = argv[0].u.s;
    int64_t flags = argc > 1 ? argv[1].u.i : 15;
    mp_array *a = mp_array_new(vm, 4);
    if (flags & PI_DIRNAME) {
        size_t len = p->len;
        dirname_once(p->data, &len);
        if (p->len && memchr(p->data, '/', p->len) == NULL) len = (size_t)-1;
        if (p->len)
            mp_array_set_str(vm, a, "dirname", 7, len == (size_t)-1 ? mp_v_str(mp_str_char('.')) : mp_v_str(mp_str_new(vm, p->data, len)));
    }
    size_t b, e;
    base_of(p->data, p->len, &b, &e);
    const char *base = p->data + b;
    size_t blen = e - b;
    if (flags & PI_BASENAME) mp_array_set_str(vm, a, "basename", 8, mp_v_str(mp_str_new(vm, base, blen)));
    const char *dot = NULL;
    for (size_t i = 0; i < blen; i++) if (base[i] == '.') dot = base + i;
    if ((flags & PI_EXTENSION) && dot)
        mp_array_set_str(vm, a, "extension", 9, mp_v_str(mp_str_new(vm, dot + 1, (size_t)(base + blen - dot - 1))));
    if (flags & PI_FILENAME)
        mp_array_set_str(vm, a, "filename", 8, mp_v_str(mp_str_new(vm, base, dot ? (size_t)(dot - base) : blen)));
    if (flags == 15) { *ret = mp_v_arr(a); return; }
    /* one element: that string, or "" */
    mp_key k; mp_val *v;
    uint32_t pos = 0;
    *ret = mp_array_next(a, &pos, &k, &v) ? *v : mp_v_str(mp_str_empty());
}

static const mp_builtin rows[] = {
    { "basename", bi_basename, 1, 2, "ss", "path suffix", "''" },
    { "dirname", bi_dirname, 1, 2, "si", "path levels", "1" },
    { "pathinfo", bi_pathinfo, 1, 2, "si", "path flags", "15" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_path, rows);
