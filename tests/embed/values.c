/* values.c - handles: every constructor, mp_type, PHP's conversions,
 * arrays (keys as PHP normalises them, append, nested, iteration, copy on
 * write), values crossing both ways through globals. */
#include <stdio.h>
#include <string.h>
#include <minphp.h>

static const char *tname(int t)
{
    static const char *const n[] = { "null", "bool", "int", "float", "string", "array", "object", "resource" };
    return t >= 0 && t <= MP_TRESOURCE ? n[t] : "?";
}

static void show(mp_vm *vm, const char *label, mp_value *v)
{
    size_t len;
    const char *s = mp_to_string(vm, v, &len);
    printf("%-14s %-6s int=%lld float=%.17g bool=%d str=[%s] len=%zu\n", label, tname(mp_type(v)),
           (long long)mp_to_int(vm, v), mp_to_float(vm, v), mp_to_bool(vm, v), s ? s : "(null)", len);
}

int main(void)
{
    mp_vm *vm = mp_vm_new(NULL);
    printf("version %s (%d.%d.%d, %d) php %s\n", MINPHP_VERSION, MINPHP_VERSION_MAJOR, MINPHP_VERSION_MINOR,
           MINPHP_VERSION_PATCH, MINPHP_VERSION_NUM >= 200, MINPHP_PHP_VERSION);
    printf("last error at start: [%s]\n", mp_last_error(vm));

    /* scalars and PHP's conversions */
    show(vm, "null", mp_null(vm));
    show(vm, "NULL handle", NULL);
    show(vm, "true", mp_bool(vm, 7));
    show(vm, "false", mp_bool(vm, 0));
    show(vm, "int", mp_int(vm, -42));
    show(vm, "int max", mp_int(vm, INT64_MAX));
    show(vm, "float", mp_float(vm, 0.1));
    show(vm, "float 1e100", mp_float(vm, 1e100));
    show(vm, "float -0.0", mp_float(vm, -0.0));
    show(vm, "float 2.5", mp_float(vm, 2.5));
    show(vm, "str 12abc", mp_string(vm, "12abc", 5));
    show(vm, "str 1.5e3", mp_string(vm, "1.5e3", 5));
    show(vm, "str empty", mp_string(vm, "", 0));
    show(vm, "str \"0\"", mp_string(vm, "0", 1));
    show(vm, "str 0.0", mp_string(vm, "0.0", 3));
    mp_value *bin = mp_string(vm, "a\0b", 3);
    size_t blen;
    const char *b = mp_to_string(vm, bin, &blen);
    printf("binary string: len=%zu bytes=%d,%d,%d type=%s\n", blen, b[0], b[1], b[2], tname(mp_type(bin)));

    /* arrays */
    mp_value *a = mp_array_new(vm);
    printf("empty array: type=%s count=%zu\n", tname(mp_type(a)), mp_array_count(vm, a));
    mp_array_set(vm, a, NULL, mp_string(vm, "zero", 4));                   /* [0] */
    mp_array_set(vm, a, mp_string(vm, "12", 2), mp_int(vm, 12));           /* "12" -> 12 */
    mp_array_set(vm, a, NULL, mp_string(vm, "thirteen", 8));               /* [13] */
    mp_array_set(vm, a, mp_string(vm, "012", 3), mp_int(vm, 1));           /* stays a string key */
    mp_array_set(vm, a, mp_bool(vm, 1), mp_string(vm, "one", 3));          /* true -> 1 */
    mp_array_set(vm, a, mp_float(vm, 2.7), mp_string(vm, "two", 3));       /* 2.7 -> 2 */
    mp_array_set(vm, a, mp_null(vm), mp_string(vm, "empty key", 9));       /* null -> "" */
    mp_array_set(vm, a, mp_string(vm, "k", 1), mp_float(vm, 1.5));
    printf("count=%zu\n", mp_array_count(vm, a));
    size_t pos = 0;
    mp_value *k, *v;
    while (mp_array_iterate(vm, a, &pos, &k, &v))
        printf("  [%s %s] => %s %s\n", tname(mp_type(k)), mp_to_string(vm, k, NULL), tname(mp_type(v)), mp_to_string(vm, v, NULL));
    printf("get 12: %s\n", mp_to_string(vm, mp_array_get(vm, a, mp_int(vm, 12)), NULL));
    printf("get \"1\": %s\n", mp_to_string(vm, mp_array_get(vm, a, mp_string(vm, "1", 1)), NULL));
    printf("get missing: %s\n", mp_array_get(vm, a, mp_int(vm, 99)) ? "found" : "NULL");
    printf("get on int: %s\n", mp_array_get(vm, mp_int(vm, 1), mp_int(vm, 0)) ? "found" : "NULL");
    printf("count of int: %zu\n", mp_array_count(vm, mp_int(vm, 5)));
    printf("set on int: %d (%s)\n", mp_array_set(vm, mp_int(vm, 1), NULL, mp_null(vm)), mp_last_error(vm));
    printf("array key: %d (%s)\n", mp_array_set(vm, a, mp_array_new(vm), mp_null(vm)), mp_last_error(vm));
    mp_value *full = mp_array_new(vm);
    mp_array_set(vm, full, mp_int(vm, INT64_MAX), mp_int(vm, 1));
    printf("append after PHP_INT_MAX: %d (%s)\n", mp_array_set(vm, full, NULL, mp_int(vm, 2)), mp_last_error(vm));

    /* nested arrays and copy-on-write: a handle is a value */
    mp_value *inner = mp_array_new(vm);
    mp_array_set(vm, inner, NULL, mp_int(vm, 1));
    mp_value *outer = mp_array_new(vm);
    mp_array_set(vm, outer, mp_string(vm, "inner", 5), inner);
    mp_array_set(vm, inner, NULL, mp_int(vm, 2));          /* outer keeps its copy */
    printf("inner count=%zu, outer['inner'] count=%zu\n", mp_array_count(vm, inner),
           mp_array_count(vm, mp_array_get(vm, outer, mp_string(vm, "inner", 5))));

    /* values into PHP and back */
    mp_set_global(vm, "a", a);
    mp_set_global(vm, "outer", outer);
    mp_set_global(vm, "s", bin);
    mp_set_global(vm, "f", mp_float(vm, 0.1));
    int r = mp_eval_string(vm,
        "var_dump($a[12], $a['012'], $a[''], $a[13], count($outer['inner']), strlen($s), bin2hex($s), $f);\n"
        "$a['added'] = 'by php';\n"
        "$back = ['list' => [1, 2.5, 'x', true, null], 'obj' => new ArrayObject([1]), 'n' => PHP_INT_MIN];\n",
        "values.php");
    printf("eval: %d\n", r);
    printf("host copy of $a unchanged: count=%zu, php's: %zu\n", mp_array_count(vm, a),
           mp_array_count(vm, mp_get_global(vm, "a")));
    mp_value *back = mp_get_global(vm, "back");
    mp_value *list = mp_array_get(vm, back, mp_string(vm, "list", 4));
    for (int64_t i = 0; i < (int64_t)mp_array_count(vm, list); i++) {
        mp_value *e = mp_array_get(vm, list, mp_int(vm, i));
        printf("  list[%lld] %s [%s]\n", (long long)i, tname(mp_type(e)), mp_to_string(vm, e, NULL));
    }
    mp_value *obj = mp_array_get(vm, back, mp_string(vm, "obj", 3));
    printf("obj: %s, to int %lld\n", tname(mp_type(obj)), (long long)mp_to_int(vm, mp_array_get(vm, back, mp_string(vm, "n", 1))));
    printf("missing global: %s\n", mp_get_global(vm, "nope") ? "found" : "NULL");
    /* an object without __toString: NULL and the message */
    const char *s = mp_to_string(vm, obj, NULL);
    printf("object to string: %s [%s]\n", s ? s : "NULL", mp_last_error(vm));
    /* an array converts to "Array" with PHP's warning (in the output) */
    printf("array to string: [%s]\n", mp_to_string(vm, list, NULL));
    /* a resource from PHP */
    mp_eval_string(vm, "$res = fopen('php://memory', 'r');", "values.php");
    mp_value *res = mp_get_global(vm, "res");
    printf("resource: %s [%s] int=%lld bool=%d\n", tname(mp_type(res)), mp_to_string(vm, res, NULL),
           (long long)mp_to_int(vm, res), mp_to_bool(vm, res));
    fflush(stdout);
    mp_vm_free(vm);
    return 0;
}
