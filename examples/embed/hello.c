/* hello.c - the smallest host: make a VM, run some PHP code, check the result.
 * Build: cc hello.c $(pkg-config --cflags --libs minphp) -o hello */
#include <stdio.h>
#include <minphp.h>

int main(void)
{
    mp_vm *vm = mp_vm_new(NULL);           /* output to stdout, errors to stderr */
    int r = mp_eval_string(vm,
        "$who = 'world';\n"
        "printf(\"Hello, %s! (PHP %s)\\n\", $who, PHP_VERSION);\n"
        "$answer = array_sum([20, 22]);\n", "hello.php");
    if (r != MP_OK) {
        fprintf(stderr, "error: %s\n", mp_last_error(vm));
        mp_vm_free(vm);
        return 1;
    }
    /* globals stay after the run: read one back */
    mp_value *answer = mp_get_global(vm, "answer");
    printf("the answer is %lld\n", (long long)mp_to_int(vm, answer));
    mp_vm_free(vm);
    return 0;
}
