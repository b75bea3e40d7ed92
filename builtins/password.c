/* password.c - crypt() and the password_* API on the system's libcrypt
 * (libxcrypt): bcrypt ("2y") for password_hash, and for crypt() only the
 * hash kinds php itself implements (DES, extended DES, MD5, Blowfish,
 * SHA-256, SHA-512), with php's "*0" / "*1" failure strings. Argon2 is
 * not available. */
#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "builtins.h"
#include "strutil.h"
#include "../vm/vmapi.h"

enum { BCRYPT_DEFAULT_COST = 10, MAX_SALT_LEN = 123 };

static int salt_char(unsigned char c)
{
    return c == '.' || c == '/' || mp_isdigit(c) || mp_isalpha(c);
}

/* Does php's crypt() know the kind of hash SALT names? SHA-2 salts with
 * rounds outside 1000..999999999 fail in php (libcrypt would clamp them). */
static int salt_supported(const char *s)
{
    if (s[0] == '$' && s[1] == '1' && s[2] == '$') return 1;
    if (s[0] == '$' && s[1] == '2' && s[2] && s[3] == '$') return 1;
    if (s[0] == '$' && (s[1] == '5' || s[1] == '6') && s[2] == '$') {
        if (strncmp(s + 3, "rounds=", 7) == 0) {
            char *end;
            unsigned long r = strtoul(s + 10, &end, 10);
            if (*end == '$' && (r < 1000 || r > 999999999UL)) return 0;
        }
        return 1;
    }
    return s[0] == '_' || (salt_char((unsigned char)s[0]) && salt_char((unsigned char)s[1]));
}

/* crypt(3) of PASSWORD (up to its first NUL) with SALT as php runs it:
 * a new string, or NULL when php's crypt fails. */
static mp_str *do_crypt(mp_vm *vm, const char *password, const char *salt_in, size_t salt_len)
{
    char salt[MAX_SALT_LEN + 1];
    if (salt_len > MAX_SALT_LEN) salt_len = MAX_SALT_LEN;
    memcpy(salt, salt_in, salt_len);
    salt[salt_len] = 0;
    if (salt[0] == '*' && (salt[1] == '0' || salt[1] == '1')) return NULL;
    if (!salt_supported(salt)) return NULL;
    struct crypt_data *data = calloc(1, sizeof *data);
    if (!data) return NULL;
    const char *r = crypt_r(password, salt, data);
    mp_str *out = r && r[0] != '*' ? mp_str_cstr(vm, r) : NULL;
    free(data);
    return out;
}

/* crypt(string $string, string $salt): string */
static void bi_crypt(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *salt = argv[1].u.s;
    mp_str *r = do_crypt(vm, argv[0].u.s->data, salt->data, salt->len);
    if (!r) r = mp_str_cstr(vm, salt->data[0] == '*' && salt->data[1] == '0' ? "*1" : "*0");
    *ret = mp_v_str(r);
}

/* ---- password_* ---- */

/* The algorithm an $algo argument names: 1 bcrypt, 0 unknown. */
static int algo_of(mp_vm *vm, mp_val v)
{
    v = *mp_deref(&v);
    switch (v.type) {
    case MP_T_NULL: return 1;
    case MP_T_INT: return v.u.i == 0 || v.u.i == 1;
    case MP_T_STRING: return v.u.s->len == 2 && memcmp(v.u.s->data, "2y", 2) == 0;
    default: (void)vm; return 0;
    }
}

/* A bcrypt hash as password_hash makes them ("$2y$", 60 bytes)? */
static int is_bcrypt(const mp_str *h)
{
    return h->len == 60 && h->data[0] == '$' && h->data[1] == '2' && h->data[2] == 'y';
}

static int64_t bcrypt_cost_of(const mp_str *h)
{
    long long cost = BCRYPT_DEFAULT_COST;
    sscanf(h->data, "$2y$%lld$", &cost);
    return cost;
}

/* The "cost" option (the default when absent). */
static int64_t cost_option(mp_vm *vm, int argc, mp_val *argv)
{
    if (argc < 3) return BCRYPT_DEFAULT_COST;
    mp_val *c = mp_array_find_str(mp_deref(&argv[2])->u.a, "cost", 4);
    return c ? mp_to_int(vm, *mp_deref(c)) : BCRYPT_DEFAULT_COST;
}

/* password_hash(string $password, string|int|null $algo, array $options = []): string */
static void bi_password_hash(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *pw = argv[0].u.s;
    if (!algo_of(vm, argv[1]))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "password_hash(): Argument #2 ($algo) must be a valid password hashing algorithm");
    int64_t cost = cost_option(vm, argc, argv);
    if (cost < 4 || cost > 31) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Invalid bcrypt cost parameter specified: %lld", (long long)cost);
    if (memchr(pw->data, 0, pw->len)) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Bcrypt password must not contain null character");
    if (argc > 2 && mp_array_find_str(mp_deref(&argv[2])->u.a, "salt", 4))
        mp_error(vm, MP_E_WARNING, "password_hash(): The \"salt\" option has been ignored, since providing a custom salt is no longer supported");
    char setting[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$2y$", (unsigned long)cost, NULL, 0, setting, sizeof setting))
        mp_throw_ex(vm, MP_EX_ERROR, "Password hashing failed for unknown reason");
    mp_str *h = do_crypt(vm, pw->data, setting, strlen(setting));
    if (!h || h->len != 60) mp_throw_ex(vm, MP_EX_ERROR, "Password hashing failed for unknown reason");
    *ret = mp_v_str(h);
}

/* password_verify(string $password, string $hash): bool */
static void bi_password_verify(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *hash = argv[1].u.s;
    mp_str *h = do_crypt(vm, argv[0].u.s->data, hash->data, hash->len);
    int ok = h && h->len == hash->len;
    unsigned char diff = 0;
    for (size_t i = 0; ok && i < h->len; i++) diff |= (unsigned char)(h->data[i] ^ hash->data[i]);   /* constant time */
    *ret = mp_v_bool(ok && diff == 0);
}

/* password_get_info(string $hash): array */
static void bi_password_get_info(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *h = argv[0].u.s;
    mp_array *a = mp_array_new(vm, 3), *opts = mp_array_new(vm, 1);
    if (is_bcrypt(h)) {
        mp_array_set_str(vm, a, "algo", 4, mp_v_str(mp_str_cstr(vm, "2y")));
        mp_array_set_str(vm, a, "algoName", 8, mp_v_str(mp_str_cstr(vm, "bcrypt")));
        mp_array_set_str(vm, opts, "cost", 4, mp_v_int(bcrypt_cost_of(h)));
    } else {
        mp_array_set_str(vm, a, "algo", 4, mp_v_null());
        mp_array_set_str(vm, a, "algoName", 8, mp_v_str(mp_str_cstr(vm, "unknown")));
    }
    mp_array_set_str(vm, a, "options", 7, mp_v_arr(opts));
    *ret = mp_v_arr(a);
}

/* password_needs_rehash(string $hash, string|int|null $algo, array $options = []): bool */
static void bi_password_needs_rehash(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *h = argv[0].u.s;
    if (!algo_of(vm, argv[1])) { *ret = mp_v_bool(0); return; }   /* unknown new algorithm */
    if (!is_bcrypt(h)) { *ret = mp_v_bool(1); return; }
    *ret = mp_v_bool(bcrypt_cost_of(h) != cost_option(vm, argc, argv));
}

/* password_algos(): array */
static void bi_password_algos(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *a = mp_array_new(vm, 1);
    mp_array_append(vm, a, mp_v_str(mp_str_cstr(vm, "2y")));
    *ret = mp_v_arr(a);
}

static const mp_builtin rows[] = {
    { "crypt", bi_crypt, 2, 2, "!ss", "string salt" },
    { "password_algos", bi_password_algos, 0, 0, "", "" },
    { "password_get_info", bi_password_get_info, 1, 1, "s", "hash" },
    /* password_hash(#[\SensitiveParameter] string $password, string|int|null $algo, array $options = []): string */
    { "password_hash", bi_password_hash, 2, 3, "!sza", "password algo options", "[]" },
    { "password_needs_rehash", bi_password_needs_rehash, 2, 3, "sza", "hash algo options", "[]" },
    { "password_verify", bi_password_verify, 2, 2, "!ss", "password hash" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_password, rows);
