/* error.h - PHP diagnostics and throwables raised from C code.
 * One reporter (error.c) knows the current file and line and prints the
 * texts exactly as php -n does ("\nWarning: msg in F on line N\n"). */
#ifndef MP_ERROR_H
#define MP_ERROR_H

#include "value.h"

/* PHP's E_* levels (same numeric values as PHP). */
enum {
    MP_E_ERROR = 1, MP_E_WARNING = 2, MP_E_PARSE = 4, MP_E_NOTICE = 8,
    MP_E_CORE_ERROR = 16, MP_E_CORE_WARNING = 32, MP_E_COMPILE_ERROR = 64,
    MP_E_COMPILE_WARNING = 128, MP_E_USER_ERROR = 256, MP_E_USER_WARNING = 512,
    MP_E_USER_NOTICE = 1024, MP_E_STRICT = 2048, MP_E_RECOVERABLE_ERROR = 4096,
    MP_E_DEPRECATED = 8192, MP_E_USER_DEPRECATED = 16384, MP_E_ALL = 32767,
};

/* Built-in throwable classes that C code can raise. */
typedef enum {
    MP_EX_EXCEPTION, MP_EX_ERROR_EXCEPTION, MP_EX_ERROR, MP_EX_TYPE_ERROR,
    MP_EX_VALUE_ERROR, MP_EX_ARGUMENT_COUNT_ERROR, MP_EX_ARITHMETIC_ERROR,
    MP_EX_DIVISION_BY_ZERO_ERROR, MP_EX_UNHANDLED_MATCH_ERROR, MP_EX_JSON_EXCEPTION,
    MP_EX__COUNT
} mp_ex_class;

/* Report a diagnostic at the current line. Non-fatal levels print (subject
 * to error_reporting / display_errors) and return; MP_E_ERROR and
 * MP_E_COMPILE_ERROR print "Fatal error: ..." and end the script (never return). */
void mp_error(mp_vm *vm, int level, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Throw a new instance of CLS with the formatted message (never returns). */
void mp_throw_ex(mp_vm *vm, mp_ex_class cls, const char *fmt, ...)
    __attribute__((format(printf, 3, 4), noreturn));
/* The same with the exception's code set (getCode(), e.g. JsonException). */
void mp_throw_ex_code(mp_vm *vm, mp_ex_class cls, int64_t code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5), noreturn));

#endif
