/* lifetime.c - what the collector must not free: a VM whose pointer lives
 * only in malloc'ed host memory, handles held on the stack across
 * collections, strings from mp_to_string; and many VMs made and freed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minphp.h>

typedef struct host_state { mp_vm *vm; } host_state;

int main(void)
{
    host_state *st = malloc(sizeof *st);          /* the collector does not scan this */
    st->vm = mp_vm_new(NULL);
    mp_value *arr = mp_array_new(st->vm);
    for (int i = 0; i < 1000; i++) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "value %d", i);
        mp_array_set(st->vm, arr, NULL, mp_string(st->vm, buf, (size_t)n));
    }
    const char *s = mp_to_string(st->vm, mp_array_get(st->vm, arr, mp_int(st->vm, 500)), NULL);
    /* lots of garbage and forced collections */
    int r = mp_eval_string(st->vm,
        "for ($k = 0; $k < 5; $k++) { $junk = []; for ($i = 0; $i < 100000; $i++) $junk[] = [$i, \"s$i\"]; gc_collect_cycles(); }\n"
        "unset($junk); gc_collect_cycles(); echo \"collected\\n\";", "life.php");
    printf("eval %d, array count %zu, [%s], element 999 [%s]\n", r, mp_array_count(st->vm, arr), s,
           mp_to_string(st->vm, mp_array_get(st->vm, arr, mp_int(st->vm, 999)), NULL));
    mp_set_global(st->vm, "arr", arr);
    mp_eval_string(st->vm, "echo count($arr), ' ', $arr[123], \"\\n\";", "life.php");
    mp_vm_free(st->vm);
    free(st);

    /* many VMs, one after another */
    long long total = 0;
    for (int i = 0; i < 300; i++) {
        mp_vm *vm = mp_vm_new(NULL);
        mp_set_global(vm, "i", mp_int(vm, i));
        mp_eval_string(vm, "$r = array_sum(range(0, $i));", "many.php");
        total += mp_to_int(vm, mp_get_global(vm, "r"));
        mp_vm_free(vm);
    }
    printf("300 VMs: total %lld\n", total);
    return 0;
}
