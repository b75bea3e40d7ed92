/* run.c - libFuzzer target that runs arbitrary PHP source under tight limits
 * (max_execution_time, memory_limit): whatever the script does, minphp must
 * end with output or a PHP error, never a crash or a sanitizer report. */
#include <stdlib.h>
#include <string.h>
#include "include/minphp.h"

static void sink(void *user, const char *data, size_t len) { (void)user; (void)data; (void)len; }

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    mp_config cfg = { sink, NULL, NULL };
    mp_vm *vm = mp_vm_new(&cfg);
    mp_ini_set(vm, "max_execution_time", "1");
    mp_ini_set(vm, "memory_limit", "64M");
    mp_ini_set(vm, "display_errors", "1");
    /* no task pools: a task the script waits for forever is a hang by the
     * script's own rules (as in php), not a bug worth a report */
    mp_ini_set(vm, "xbox.thread_count", "0");
    mp_ini_set(vm, "pagelet_server.thread_count", "0");
    if (size >= 5 && memcmp(data, "<?php", 5) == 0) {   /* seeds are whole files */
        data += 5;
        size -= 5;
    }
    char *src = malloc(size + 1);
    memcpy(src, data, size);
    src[size] = '\0';
    mp_eval_string(vm, src, "fuzz.php");
    free(src);
    mp_vm_free(vm);
    return 0;
}
