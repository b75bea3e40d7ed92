/* callback.c - calls in both directions: PHP code calls C functions the host
 * registers (c_add, c_greet), and the host calls a PHP function (apply).
 * Build: cc callback.c $(pkg-config --cflags --libs minphp) -o callback */
#include <stdio.h>
#include <string.h>
#include <minphp.h>

/* c_add(int|float ...$n): the sum of its arguments */
static mp_value *c_add(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)user;
    double sum = 0;
    for (int i = 0; i < argc; i++) sum += mp_to_float(vm, argv[i]);
    return mp_float(vm, sum);
}

/* c_greet(string $name): a greeting built with the user pointer as prefix;
 * throws InvalidArgumentException for an empty name */
static mp_value *c_greet(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)argc;
    size_t len;
    const char *name = mp_to_string(vm, argv[0], &len);
    if (!name || len == 0) {
        mp_throw(vm, "InvalidArgumentException", "c_greet(): empty name");
        return NULL;
    }
    char buf[256];
    int n = snprintf(buf, sizeof buf, "%s, %s!", (const char *)user, name);
    return mp_string(vm, buf, (size_t)n);
}

static const mp_function_entry functions[] = {
    { "c_add", c_add, 0, -1, NULL },
    { "c_greet", c_greet, 1, 1, (void *)"Hello" },
    { NULL }
};

int main(void)
{
    mp_vm *vm = mp_vm_new(NULL);
    mp_register_functions(vm, functions);
    int r = mp_eval_string(vm,
        "echo c_add(1, 2, 3.5), \"\\n\";\n"
        "echo c_greet('PHP'), \"\\n\";\n"
        "try { c_greet(''); } catch (InvalidArgumentException $e) { echo 'caught: ', $e->getMessage(), \"\\n\"; }\n"
        "function apply(callable $f, array $xs) { return array_map($f, $xs); }\n", "callback.php");
    if (r != MP_OK) return 1;

    /* the host calls apply('c_greet', ['Ann', 'Bob']) */
    mp_value *names = mp_array_new(vm);
    mp_array_set(vm, names, NULL, mp_string(vm, "Ann", 3));
    mp_array_set(vm, names, NULL, mp_string(vm, "Bob", 3));
    mp_value *args[2] = { mp_string(vm, "c_greet", 7), names };
    mp_value *result;
    if (mp_call(vm, "apply", 2, args, &result) != MP_OK) {
        fprintf(stderr, "apply failed: %s\n", mp_last_error(vm));
        return 1;
    }
    for (size_t i = 0; i < mp_array_count(vm, result); i++)
        printf("%s\n", mp_to_string(vm, mp_array_get(vm, result, mp_int(vm, (int64_t)i)), NULL));
    mp_vm_free(vm);
    return 0;
}
