/* output.c - the mp_config callbacks: every byte of output reaches write
 * (echo, printf, var_dump, php://output, flushed ob_start buffers, shutdown output,
 * displayed diagnostics, uncaught exceptions, compile errors, output made
 * by mp_call and inside host functions), with nothing on stdout; the error
 * callback gets diagnostics with display_errors=stderr and log_errors=1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minphp.h>

typedef struct sink { char data[1 << 18]; size_t len; int writes; char errors[4096]; size_t elen; } sink;

static void on_write(void *user, const char *data, size_t len)
{
    sink *s = user;
    s->writes++;
    if (s->len + len < sizeof s->data) { memcpy(s->data + s->len, data, len); s->len += len; }
}

static void on_error(void *user, int kind, const char *file, int line, const char *msg)
{
    sink *s = user;
    s->elen += (size_t)snprintf(s->errors + s->elen, sizeof s->errors - s->elen, "{%d %s:%d %s}\n", kind, file, line, msg);
}

/* h_echo($s): output through PHP's echo from C, by calling the builtin printf */
static mp_value *h_echo(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)argc; (void)user;
    mp_value *args[2] = { mp_string(vm, "<%s>", 4), argv[0] };
    mp_call(vm, "printf", 2, args, NULL);
    return NULL;
}

static void dump(const char *label, sink *s)
{
    printf("=== %s: %zu bytes\n%.*s\n=== errors:\n%s", label, s->len, (int)s->len, s->data, s->errors);
    s->len = 0;
    s->elen = 0;
    s->errors[0] = '\0';
}

int main(void)
{
    static sink s;
    mp_config cfg = { on_write, on_error, &s };
    mp_vm *vm = mp_vm_new(&cfg);
    static const mp_function_entry fns[] = { { "h_echo", h_echo, 1, 1, NULL }, { NULL } };
    mp_register_functions(vm, fns);
    mp_eval_string(vm,
        "echo 'a'; print 'b'; printf('%05.1f', 3.14159); var_dump([1 => true]); file_put_contents('php://output', '[out]');\n"
        "ob_start(); echo 'in buffer'; ob_end_flush();\n"
        "ob_start(fn($b) => strtoupper($b)); echo 'handled ';\n"
        "h_echo('from C');\n"
        "echo $undefined;\n"
        "class D { function __destruct() { echo \"destructor\\n\"; } } $d = new D;\n"
        "echo str_repeat('x', 70000) === str_repeat('x', 70000) ? \"big ok\\n\" : '';\n"
        "echo strlen(str_repeat('y', 100000)), \"\\n\";\n", "out.php");
    dump("script", &s);
    mp_eval_string(vm, "echo 'x'; function (", "out.php");
    dump("compile error", &s);
    mp_eval_string(vm, "function bad() { throw new Exception('oops'); } echo 'y';", "out.php");
    mp_call(vm, "bad", 0, NULL, NULL);
    dump("uncaught in mp_call", &s);
    mp_value *big = mp_string(vm, "z", 1);
    mp_value *n = mp_int(vm, 100000);
    mp_value *args[2] = { big, n };
    mp_value *r;
    mp_call(vm, "str_repeat", 2, args, &r);
    mp_value *pargs[1] = { r };
    mp_call(vm, "print", 1, pargs, NULL);   /* not a function: an Error */
    dump("print is no function", &s);
    mp_call(vm, "printf", 1, pargs, NULL);
    printf("=== big output: %zu bytes, all z: %d\n", s.len, s.len == 100000 && s.data[0] == 'z' && s.data[99999] == 'z');
    s.len = 0;
    s.elen = 0;

    mp_ini_set(vm, "display_errors", "stderr");
    mp_eval_string(vm, "echo 'visible', $undefined2; trigger_error('custom', E_USER_NOTICE); echo intdiv(1, 0);", "err.php");
    dump("display_errors=stderr", &s);
    mp_ini_set(vm, "display_errors", "0");
    mp_ini_set(vm, "log_errors", "1");
    mp_eval_string(vm, "echo 'logged'; echo $undefined3;", "log.php");
    dump("log_errors=1", &s);
    mp_vm_free(vm);
    return 0;
}
