/* capture.c - everything a script prints goes through the write callback:
 * here into a growing buffer the host inspects afterwards. Diagnostics with
 * display_errors=stderr come to the error callback instead.
 * Build: cc capture.c $(pkg-config --cflags --libs minphp) -o capture */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minphp.h>

typedef struct buffer { char *data; size_t len, cap; int errors; } buffer;

static void on_write(void *user, const char *data, size_t len)
{
    buffer *b = user;
    if (b->len + len + 1 > b->cap) {
        b->cap = (b->len + len + 1) * 2;
        b->data = realloc(b->data, b->cap);
    }
    memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0';
}

static void on_error(void *user, int kind, const char *file, int line, const char *msg)
{
    buffer *b = user;
    b->errors++;
    fprintf(stderr, "[diagnostic %d] %s (%s:%d)\n", kind, msg, file, line);
}

int main(void)
{
    buffer out = { NULL, 0, 0, 0 };
    mp_config cfg = { on_write, on_error, &out };
    mp_vm *vm = mp_vm_new(&cfg);
    mp_ini_set(vm, "display_errors", "stderr");
    mp_eval_string(vm,
        "echo \"line 1\\n\";\n"
        "print_r(['a' => 1, 'b' => [2, 3]]);\n"
        "echo $undefined;\n"                /* a warning: to on_error */
        "ob_start(); echo 'buffered'; $s = ob_get_clean();\n"
        "echo strtoupper($s), \"\\n\";\n", "capture.php");
    mp_vm_free(vm);
    printf("captured %zu bytes, %d diagnostic(s):\n%s", out.len, out.errors, out.data ? out.data : "");
    free(out.data);
    return 0;
}
