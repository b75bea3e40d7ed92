/* calls.c - calls in both directions: mp_call on user functions, builtins,
 * static methods and host functions (results, errors, exceptions, exit);
 * host functions registered with mp_register_functions (arity checks with
 * PHP's ArgumentCountError texts, user pointers, callables, nested
 * mp_call, globals from inside); mp_throw. */
#include <stdio.h>
#include <string.h>
#include <minphp.h>

static const char *status(int r)
{
    static const char *const n[] = { "MP_OK", "MP_ERR_COMPILE", "MP_ERR_RUNTIME", "MP_ERR_EXIT" };
    return r >= 0 && r <= 3 ? n[r] : "?";
}

static void eval(mp_vm *vm, const char *code)
{
    fflush(stdout);
    int r = mp_eval_string(vm, code, "calls.php");
    printf("\n[eval: %s]\n", status(r));
}

/* h_count(...$args): "N args: a|b|c" */
static mp_value *h_count(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)user;
    char buf[512];
    int n = snprintf(buf, sizeof buf, "%d args:", argc);
    for (int i = 0; i < argc && n < 400; i++) n += snprintf(buf + n, sizeof buf - (size_t)n, "%s%s", i ? "|" : " ", mp_to_string(vm, argv[i], NULL));
    return mp_string(vm, buf, (size_t)n);
}

/* h_user(): the entry's user pointer, as a string */
static mp_value *h_user(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)argc; (void)argv;
    return mp_string(vm, user, strlen(user));
}

/* h_nothing(): returns NULL (null) */
static mp_value *h_nothing(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)vm; (void)argc; (void)argv; (void)user;
    return NULL;
}

/* h_pair($a, $b): [$b, $a] */
static mp_value *h_pair(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)argc; (void)user;
    mp_value *a = mp_array_new(vm);
    mp_array_set(vm, a, NULL, argv[1]);
    mp_array_set(vm, a, NULL, argv[0]);
    return a;
}

/* h_apply(string $fn, ...$args): mp_call($fn, $args) from inside PHP; on
 * an error prints what the host saw and returns null (PHP then gets the
 * exception, or the exit). */
static mp_value *h_apply(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)user;
    mp_value *result;
    int r = mp_call(vm, mp_to_string(vm, argv[0], NULL), argc - 1, argv + 1, &result);
    if (r != MP_OK) {
        printf("(host: mp_call -> %s [%s], result %s)\n", status(r), r == MP_ERR_RUNTIME ? mp_last_error(vm) : "", result ? "set" : "NULL");
        return mp_string(vm, "ignored", 7);
    }
    return result;
}

/* h_throw(string $class, string $message): mp_throw; reports failures */
static mp_value *h_throw(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)argc; (void)user;
    int r = mp_throw(vm, mp_to_string(vm, argv[0], NULL), mp_to_string(vm, argv[1], NULL));
    if (r != MP_OK) {
        printf("(host: mp_throw -> %s [%s])\n", status(r), mp_last_error(vm));
        return mp_bool(vm, 0);
    }
    return mp_string(vm, "ignored", 7);
}

/* h_globals(): reads $in, sets $out = $in * 2 in the global scope */
static mp_value *h_globals(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)argc; (void)argv; (void)user;
    mp_value *in = mp_get_global(vm, "in");
    mp_set_global(vm, "out", mp_int(vm, mp_to_int(vm, in) * 2));
    return mp_bool(vm, in != NULL);
}

/* h_eval(): mp_eval_string from inside PHP code is refused */
static mp_value *h_eval(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)argc; (void)argv; (void)user;
    int r = mp_eval_string(vm, "echo 'nested';", "nested.php");
    printf("(host: nested mp_eval_string -> %s [%s])\n", status(r), mp_last_error(vm));
    return NULL;
}

/* h_store(...$callables): keeps them for the host (static data is scanned
 * by the collector) */
static mp_value *stored[4];
static mp_value *h_store(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)vm; (void)user;
    for (int i = 0; i < argc && i < 4; i++) stored[i] = argv[i];
    return NULL;
}

static const mp_function_entry table[] = {
    { "h_count", h_count, 0, -1, NULL },
    { "H_User", h_user, 0, 0, (void *)"user data" },
    { "h_nothing", h_nothing, 0, 0, NULL },
    { "h_pair", h_pair, 2, 2, NULL },
    { "h_range", h_count, 1, 3, NULL },
    { "h_atleast", h_count, 2, -1, NULL },
    { "h_apply", h_apply, 1, -1, NULL },
    { "h_throw", h_throw, 2, 2, NULL },
    { "h_globals", h_globals, 0, 0, NULL },
    { "Tools\\h_ns", h_user, 0, 0, (void *)"namespaced" },
    { "h_eval", h_eval, 0, 0, NULL },
    { "h_store", h_store, 4, 4, NULL },
    { NULL }
};

static void call(mp_vm *vm, const char *fn, int argc, mp_value **argv)
{
    mp_value *res = (mp_value *)1;
    fflush(stdout);
    int r = mp_call(vm, fn, argc, argv, &res);
    printf("\n[call %s: %s", fn, status(r));
    if (r == MP_OK) printf(", result type %d [%s]", mp_type(res), mp_type(res) == MP_TARRAY ? "array" : mp_to_string(vm, res, NULL));
    else printf(", result %s, last error [%s], exit status %d", res ? "set" : "NULL", r == MP_ERR_RUNTIME ? mp_last_error(vm) : "", mp_exit_status(vm));
    printf("]\n");
}

int main(void)
{
    mp_vm *vm = mp_vm_new(NULL);

    /* before any script: builtins and globals work */
    mp_value *nums[3] = { mp_int(vm, 3), mp_int(vm, 9), mp_int(vm, 4) };
    call(vm, "max", 3, nums);
    mp_set_global(vm, "preset", mp_string(vm, "set by the host", 15));

    printf("register: %s\n", status(mp_register_functions(vm, table)));
    static const mp_function_entry dup[] = { { "strlen", h_nothing, 0, 0, NULL }, { NULL } };
    printf("register strlen: %s [%s]\n", status(mp_register_functions(vm, dup)), mp_last_error(vm));
    static const mp_function_entry dup2[] = { { "h_count", h_nothing, 0, 0, NULL }, { NULL } };
    printf("register h_count again: %s [%s]\n", status(mp_register_functions(vm, dup2)), mp_last_error(vm));
    static const mp_function_entry badname[] = { { "1abc", h_nothing, 0, 0, NULL }, { NULL } };
    printf("register 1abc: %s [%s]\n", status(mp_register_functions(vm, badname)), mp_last_error(vm));
    static const mp_function_entry badns[] = { { "Tools\\", h_nothing, 0, 0, NULL }, { NULL } };
    printf("register Tools\\: %s [%s]\n", status(mp_register_functions(vm, badns)), mp_last_error(vm));
    static const mp_function_entry badarity[] = { { "h_bad", h_nothing, 2, 1, NULL }, { NULL } };
    printf("register max < min: %s [%s]\n", status(mp_register_functions(vm, badarity)), mp_last_error(vm));

    eval(vm,
        "echo $preset, \"\\n\";\n"
        "echo h_count(), \"\\n\", h_count(1, 'two', 3.5, true, null), \"\\n\";\n"
        "echo H_USER(), ' ', h_user(), \"\\n\";\n"
        "var_dump(h_nothing(), h_pair('a', [1]));\n"
        "echo h_range(1), \"\\n\", h_range(1, 2, 3), \"\\n\";\n"
        "foreach (['h_pair' => [1], 'h_range' => [1, 2, 3, 4], 'h_atleast' => [1], 'h_user' => [1]] as $f => $args) {\n"
        "    try { $f(...$args); } catch (ArgumentCountError $e) { echo get_class($e), ': ', $e->getMessage(), \"\\n\"; }\n"
        "}\n"
        "echo call_user_func('h_count', 'via', 'call_user_func'), \"\\n\";\n"
        "echo implode(',', array_map('h_count', [1, 2])), \"\\n\";\n"
        "var_dump(function_exists('h_count'), is_callable('H_COUNT'), function_exists('h_missing'));\n"
        "$f = h_count(...); echo $f('first-class'), \"\\n\";\n"
        "$g = Closure::fromCallable('h_pair'); echo implode(' ', $g('x', 'y')), \"\\n\";\n"
        "function twice($x) { return $x * 2; }\n"
        "class Maths { public static function square($x) { return $x * $x; } }\n"
        "function thrower($m) { throw new RuntimeException($m); }\n"
        "function leave($n) { echo \"leaving\\n\"; exit($n); }\n"
        "echo h_apply('twice', 21), ' ', h_apply('Maths::square', 5), ' ', h_apply('strtoupper', 'abc'), \"\\n\";\n"
        "echo h_apply('h_count', 'host', 'to', 'host'), \"\\n\";\n"
        "try { h_apply('thrower', 'inner'); echo \"not here\\n\"; } catch (RuntimeException $e) { echo 'PHP caught ', $e->getMessage(), \"\\n\"; }\n"
        "try { h_throw('InvalidArgumentException', 'from C'); } catch (InvalidArgumentException $e) { echo 'caught ', get_class($e), ': ', $e->getMessage(), ' line ', $e->getLine(), \"\\n\"; }\n"
        "class MyError extends Exception {}\n"
        "try { h_throw('MyError', 'custom'); } catch (MyError $e) { echo 'caught ', get_class($e), ': ', $e->getMessage(), \"\\n\"; }\n"
        "try { h_throw('Error', 'plain error'); } catch (Error $e) { echo 'caught ', get_class($e), ': ', $e->getMessage(), \"\\n\"; }\n"
        "var_dump(h_throw('NoSuchClass', 'x'), h_throw('stdClass', 'x'), h_throw('Throwable', 'x'));\n"
        "$in = 21; var_dump(h_globals(), $out);\n"
        "function scope() { $in = 1; h_globals(); return $GLOBALS['out']; } var_dump(scope());\n"
        "echo \\Tools\\h_ns(), ' ', call_user_func('tools\\\\H_NS'), \"\\n\";\n"
        "h_eval(); echo \"still running\\n\";\n");

    /* PHP may not redeclare a host function */
    eval(vm, "function h_count() {}");

    /* the host calls PHP */
    mp_value *args[2] = { mp_int(vm, 21), mp_string(vm, "abc", 3) };
    call(vm, "twice", 1, args);
    call(vm, "TWICE", 1, args);
    call(vm, "Maths::square", 1, args);
    call(vm, "strtoupper", 1, args + 1);
    call(vm, "h_count", 2, args);
    call(vm, "h_pair", 1, args);          /* ArgumentCountError from the arity check */
    call(vm, "twice", 0, NULL);           /* a user function's ArgumentCountError */
    call(vm, "no_such_function", 0, NULL);
    call(vm, "thrower", 1, args + 1);
    call(vm, "h_throw", 2, (mp_value *[]){ mp_string(vm, "LogicException", 14), mp_string(vm, "thrown by C", 11) });
    mp_value *tworef[1] = { mp_int(vm, 7) };
    call(vm, "leave", 1, tworef);
    printf("mp_call with NULL result: %s\n", status(mp_call(vm, "twice", 1, args, NULL)));
    printf("mp_throw outside a host function: %s [%s]\n", status(mp_throw(vm, "Exception", "x")), mp_last_error(vm));

    /* exit from PHP called by a host function ends the script */
    eval(vm, "echo 'start', \"\\n\"; h_apply('leave', 5); echo 'not reached';");
    printf("exit status %d\n", mp_exit_status(vm));
    /* an exception a host function throws, uncaught */
    eval(vm, "function outer() { h_throw('DomainException', 'nobody catches'); }\nouter();");

    /* callables PHP hands to the host, called later */
    eval(vm, "$k = 10; h_store(fn($x) => $x + $k, [new ArrayObject([1, 2, 3]), 'count'], 'strrev', 42);");
    mp_value *five[1] = { mp_int(vm, 5) }, *abc[1] = { mp_string(vm, "abc", 3) }, *res;
    int r1 = mp_call_callable(vm, stored[0], 1, five, &res);
    printf("closure: %s %lld\n", status(r1), (long long)mp_to_int(vm, res));
    r1 = mp_call_callable(vm, stored[1], 0, NULL, &res);
    printf("[object, method]: %s %lld\n", status(r1), (long long)mp_to_int(vm, res));
    r1 = mp_call_callable(vm, stored[2], 1, abc, &res);
    printf("name: %s %s\n", status(r1), mp_to_string(vm, res, NULL));
    mp_ini_set(vm, "display_errors", "0");
    r1 = mp_call_callable(vm, stored[3], 0, NULL, &res);
    printf("not callable: %s [%s] %s\n", status(r1), mp_last_error(vm), res ? "set" : "NULL");
    fflush(stdout);
    mp_vm_free(vm);
    return 0;
}
