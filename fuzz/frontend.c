/* frontend.c - libFuzzer target for the front end: lex + parse + compile an
 * arbitrary byte string as a PHP file. Any crash, hang or sanitizer report
 * is a bug; compile errors are the expected outcome for most inputs. */
#include <stdlib.h>
#include <string.h>
#include "vm/vm.h"

static void sink(void *user, const char *data, size_t len) { (void)user; (void)data; (void)len; }

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static mp_vm *vm;            /* one VM for the whole run: compiling leaves no state in it */
    if (!vm) {
        mp_config cfg = { sink, NULL, NULL };
        vm = mp_vm_new(&cfg);
    }
    char *src = malloc(size + 1);
    memcpy(src, data, size);
    src[size] = '\0';
    char err[512];
    int line = 0, level = 0;
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = vm->nframes;
    vm->catcher = &c;
    if (setjmp(c.env) == 0)
        mp_compile(vm, src, size, "fuzz.php", err, sizeof err, &line, &level);
    vm->catcher = c.prev;
    free(src);
    return 0;
}
