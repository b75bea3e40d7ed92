/* builtins.h - PHP functions implemented in C, as rows of const tables.
 * Arity and argument types are checked in one place (mp_builtin_invoke), so
 * every "expects exactly N arguments" / "must be of type T" reads the same. */
#ifndef MP_BUILTINS_H
#define MP_BUILTINS_H

#include "../runtime/value.h"

/* A builtin receives its arguments already checked and coerced to the types
 * its spec declares, and writes its result to *ret (pre-set to NULL). */
typedef void (*mp_builtin_fn)(mp_vm *vm, int argc, mp_val *argv, mp_val *ret);

/* One row of a builtin table.
 * args: one type code per parameter, in order:
 *   s string   i int   f float   b bool   a array   n int|float   z mixed
 *   c callable (checked to be callable)  k array|string  I array|int  (used by few)  o object  r resource
 *   a '?' before a code makes it nullable (null passes through as NULL),
 *   a '&' before a code makes the parameter by-reference (argv[i] is MP_T_REF,
 *   no coercion), a '@' makes it by-reference when the argument is a
 *   variable and by-value otherwise (PHP's prefer-ref, array_multisort),
 *   a '!' marks it #[\SensitiveParameter] (stack traces show
 *   Object(SensitiveParameterValue)), a trailing '*' after the last code
 *   makes it variadic.
 * names: parameter names for error messages, space-separated ("string times").
 * min_args/max_args: arity (max -1 = variadic).
 * defaults: PHP's default values of the optional parameters (from the
 *   first one after min_args on), space-separated: an int, a float, 'a
 *   string' (escapes \\ \' \n \r \t \v \0), null, true, false, [], a
 *   constant name, or ? for "no default" (PHP's UNKNOWN). A named argument
 *   that skips an optional parameter gets this value; NULL = none known. */
typedef struct mp_builtin {
    const char   *name;      /* PHP name, lower case */
    mp_builtin_fn fn;
    int8_t        min_args;
    int8_t        max_args;
    const char   *args;      /* type codes, see above */
    const char   *names;     /* parameter names */
    const char   *defaults;  /* default values of the optional parameters, or NULL */
} mp_builtin;

/* One source file's builtins. ROWS must be sorted by name (strcmp order,
 * checked by mp_builtin_check_tables) and end with a {NULL} row; COUNT is
 * the number of rows before it. Define with MP_BUILTIN_TABLE below. */
typedef struct mp_builtin_table {
    const mp_builtin *rows;  /* sorted rows, then {NULL} */
    size_t            count; /* rows before the {NULL} row */
} mp_builtin_table;
#define MP_BUILTIN_TABLE(sym, rows) \
    const mp_builtin_table sym = { rows, sizeof(rows) / sizeof((rows)[0]) - 1 }

/* The per-file tables (each builtins/X.c defines mp_builtins_X; builtins.c
 * lists them all). Add a line here and in builtins.c for a new file. */
extern const mp_builtin_table mp_builtins_type;   /* type.c: strlen, count, is_*, intval... */
extern const mp_builtin_table mp_builtins_var;    /* var.c: var_dump, print_r, var_export */
extern const mp_builtin_table mp_builtins_math;   /* math.c: abs, round, pow, sin, log... */
extern const mp_builtin_table mp_builtins_random; /* random.c: mt_rand, rand, random_int, lcg_value, str_shuffle */
extern const mp_builtin_table mp_builtins_hash;   /* hash.c: md5, sha1, crc32, hash, hash_hmac */
extern const mp_builtin_table mp_builtins_date;   /* date.c: date, mktime, strtotime, time, microtime... */
extern const mp_builtin_table mp_builtins_url;    /* url.c: base64, urlencode, http_build_query, parse_str, parse_url */
extern const mp_builtin_table mp_builtins_path;   /* path.c: basename, dirname, pathinfo */
extern const mp_builtin_table mp_builtins_stream; /* stream.c: fopen, fread, fwrite, fgets, fgetcsv, opendir... */
extern const mp_builtin_table mp_builtins_file;   /* file.c: file_get_contents, file_put_contents, unlink, mkdir, stat, glob... */
extern const mp_builtin_table mp_builtins_obj;    /* vm/objbuiltins.c: get_class, spl_autoload_register... */
extern const mp_builtin_table mp_builtins_json;   /* json.c: json_encode, json_decode, json_last_error(_msg) */
extern const mp_builtin_table mp_builtins_serialize; /* serialize.c: serialize, unserialize */
extern const mp_builtin_table mp_builtins_strcmp; /* strcmp.c: strcmp family, strnatcmp, similar_text, levenshtein, soundex, metaphone */
extern const mp_builtin_table mp_builtins_escape; /* escape.c: addslashes, strip_tags, htmlspecialchars, htmlentities... */
extern const mp_builtin_table mp_builtins_format; /* format.c: sprintf family, sscanf, number_format, dechex... */
extern const mp_builtin_table mp_builtins_mbstring; /* mbstring.c: mb_strlen, mb_substr, mb_strtoupper... (UTF-8) */
extern const mp_builtin_table mp_builtins_ctype;    /* ctype.c: ctype_alpha, ctype_digit... */
extern const mp_builtin_table mp_builtins_string; /* string.c: substr, strpos, str_replace, explode, implode... */
extern const mp_builtin_table mp_builtins_arrays; /* arrays.c: array_*, range, current/next..., min/max */
extern const mp_builtin_table mp_builtins_sort;   /* sort.c: sort family, array_multisort, array_unique, shuffle */
extern const mp_builtin_table mp_builtins_setops; /* setops.c: array_diff / array_intersect and variants */
extern const mp_builtin_table mp_builtins_output; /* vm/output.c: ob_start family, flush */
extern const mp_builtin_table mp_builtins_runtime; /* runtime.c: getenv, putenv, php_uname, version_compare, memory_get_usage... */
extern const mp_builtin_table mp_builtins_preg;   /* preg.c: preg_match, preg_replace, preg_split... (libpcre2) */
extern const mp_builtin_table mp_builtins_strings2; /* strings2.c: strtok, strspn, count_chars, addcslashes, uuencode, setlocale, ip2long... */
extern const mp_builtin_table mp_builtins_pack;   /* pack.c: pack, unpack */
extern const mp_builtin_table mp_builtins_password; /* password.c: crypt, password_hash/verify/... (libcrypt) */
extern const mp_builtin_table mp_builtins_http;   /* vm/request.c: header, setcookie, http_response_code, pagelet_server_flush... */
extern const mp_builtin_table mp_builtins_task;   /* vm/task.c: xbox_* and pagelet_server_* tasks, hphp_thread_type */
extern const mp_builtin_table mp_builtins_datetime; /* vm/datetime.c: date_create, date_diff, date_add... */
extern const mp_builtin_table mp_builtins_vm;     /* vm/vmbuiltins.c: define, func_get_args... (need VM insides) */

/* url.c: register the variables of a query string or form body (cookie 0)
 * or of a Cookie header (cookie 1) in ARR as PHP fills $_GET/$_POST/$_COOKIE
 * (parse_str's rules); FN names the function in the too-many-variables warning. */
void mp_parse_request_vars(mp_vm *vm, mp_array *arr, const char *s, size_t n, int cookie, const char *fn);
/* url.c: store one form field VAL under NAME ("a[b][]" nests) in ARR as PHP registers it. */
void mp_register_request_var(mp_vm *vm, mp_array *arr, const char *name, mp_val val);
/* Find a builtin by lower-case name; NULL if none. */
const mp_builtin *mp_builtin_lookup(const char *lcname, size_t len);
/* The I-th builtin over all tables (get_defined_functions); NULL past the end. */
const mp_builtin *mp_builtin_nth(size_t i);
/* Is parameter i (0-based) of b passed by reference? */
int mp_builtin_arg_byref(const mp_builtin *b, int i);
/* Is parameter i (0-based) of b a #[\SensitiveParameter]? */
int mp_builtin_arg_sensitive(const mp_builtin *b, int i);
/* ...by reference only when the argument is writable ('@', prefer-ref)? */
int mp_builtin_arg_prefer_ref(const mp_builtin *b, int i);
/* The position of the parameter named NAME (for named arguments), -1 if
 * there is none; a variadic parameter has no name to use. */
int mp_builtin_param_index(const mp_builtin *b, const char *name, size_t len);
/* " ($name)" for parameter i as PHP's messages show it, "" for a variadic
 * one (PHP names none of those); written to buf, which is returned. */
const char *mp_builtin_arg_label(const mp_builtin *b, int i, char *buf, size_t size);
/* Check arity and types (throwing ArgumentCountError / TypeError, or
 * emitting PHP's deprecations for null-to-non-nullable), coerce argv in
 * place, then call b->fn. */
void mp_builtin_invoke(mp_vm *vm, const mp_builtin *b, int argc, mp_val *argv, mp_val *ret);
/* The same, keeping SHOWN (the arguments a stack trace prints, a copy of
 * argv) as PHP shows them: coerced strings, other scalars as passed. */
void mp_builtin_invoke_shown(mp_vm *vm, const mp_builtin *b, int argc, mp_val *argv, mp_val *ret, mp_val *shown);
/* Self-test for `make check`: NULL if every table is sorted and no name is
 * defined twice, else the first offending name. */
const char *mp_builtin_check_tables(void);
/* PHP's reason why V is not callable, as in "must be a valid callback, %s"
 * (e.g. `function "foo" not found or invalid function name`). */
const char *mp_builtin_callable_error(mp_vm *vm, mp_val v);

#endif
