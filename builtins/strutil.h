/* strutil.h - helpers shared by the string builtins (string.c, strcmp.c,
 * escape.c, format.c, mbstring.c, ctype.c): ASCII character classes that
 * ignore the C locale, PHP's "a..z" character masks, byte search. */
#ifndef MP_STRUTIL_H
#define MP_STRUTIL_H

#include "../runtime/value.h"

static inline int mp_isupper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int mp_islower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int mp_isalpha(unsigned char c) { return mp_isupper(c) || mp_islower(c); }
static inline int mp_isdigit(unsigned char c) { return c >= '0' && c <= '9'; }
static inline int mp_isspace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static inline unsigned char mp_tolower(unsigned char c) { return mp_isupper(c) ? (unsigned char)(c + 32) : c; }
static inline unsigned char mp_toupper(unsigned char c) { return mp_islower(c) ? (unsigned char)(c - 32) : c; }

/* A string value of bytes [p, p+n) (the shared empty/one-byte strings when short). */
mp_val mp_strv(mp_vm *vm, const char *p, size_t n);
/* V (a string argument) returned unchanged: marked shared first (COW). */
mp_val mp_strv_same(mp_val v);
/* PHP's php_charmask: MASK[c] = 1 for each byte of IN, "a..z" meaning a
 * range; bad ranges warn "FN(): Invalid '..'-range..." and return 0. */
int mp_charmask(mp_vm *vm, const char *fn, const unsigned char *in, size_t len, unsigned char mask[256]);
/* First occurrence of N in H (H itself for an empty N), NULL if none. */
const char *mp_memmem(const char *h, size_t hn, const char *n, size_t nn);
/* ASCII-lower-cased copy of [s, s+n), NUL-terminated. */
char *mp_lower_dup(mp_vm *vm, const char *s, size_t n);

/* Decode the UTF-8 character at s[0] (len >= 1 bytes left) into *cp: its
 * length, or minus the bytes an invalid sequence covers (php's rule: never
 * swallow a byte that could start a valid sequence). strings2.c. */
int mp_utf8_next(const unsigned char *s, size_t len, unsigned *cp);

/* PHP's natural-order comparison (strnatcmp/strnatcasecmp, natsort): -1, 0, 1. */
int mp_strnatcmp(const char *a, size_t an, const char *b, size_t bn, int ci);

/* sprintf's formatting (format.c) for fprintf/vfprintf: EXTRA parameters
 * come before the values (for the ArgumentCountError); the array form
 * takes vsprintf's values array. */
mp_str *mp_format_print(mp_vm *vm, const char *fn, const mp_str *format, mp_val *args, int nargs, int extra);
mp_str *mp_format_print_array(mp_vm *vm, const char *fn, const mp_str *format, const mp_array *values);

#endif
