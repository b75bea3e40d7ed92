/* scripts.c - running code: mp_eval_string/mp_eval_file/mp_lint_file and
 * their results, compile errors, uncaught exceptions, fatal errors, exit,
 * mp_last_error, mp_exit_status, mp_ini_set, mp_set_argv, and globals,
 * functions and classes kept from one run to the next. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <minphp.h>

static const char *status(int r)
{
    switch (r) {
    case MP_OK: return "MP_OK";
    case MP_ERR_COMPILE: return "MP_ERR_COMPILE";
    case MP_ERR_RUNTIME: return "MP_ERR_RUNTIME";
    case MP_ERR_EXIT: return "MP_ERR_EXIT";
    }
    return "?";
}

static void run(mp_vm *vm, const char *label, const char *code)
{
    printf("--- %s\n", label);
    fflush(stdout);
    int r = mp_eval_string(vm, code, "scripts.php");
    printf("\n=> %s, exit status %d, last error [%s]\n", status(r), mp_exit_status(vm), r == MP_ERR_COMPILE || r == MP_ERR_RUNTIME ? mp_last_error(vm) : "");
}

int main(void)
{
    mp_vm *vm = mp_vm_new(NULL);
    run(vm, "plain", "echo 'hi';");
    run(vm, "inline html is not code", "?>text<?php echo ' and code';");
    run(vm, "compile error", "echo 'never'; function (");
    run(vm, "uncaught exception", "function f() { throw new LogicException('boom'); }\necho 'before';\nf();");
    run(vm, "fatal error", "echo 'x'; undefined_function_xyz();");
    run(vm, "exit(3)", "echo 'bye'; exit(3);");
    run(vm, "exit('msg')", "exit('message');");

    /* a fresh VM: runs share state */
    mp_vm_free(vm);
    vm = mp_vm_new(NULL);
    run(vm, "define things", "$counter = 1; function add($n) { global $counter; $counter += $n; return $counter; }\n"
                             "class Box { public function __construct(public int $v) {} }\nconst ANSWER = 42;\n$box = new Box(7);");
    run(vm, "use them", "echo add(10), ' ', ANSWER, ' ', $box->v, ' ', (new Box(1))->v;");
    run(vm, "redeclare", "function add() {}");
    run(vm, "globals still there", "echo $counter;");

    /* ini settings */
    run(vm, "warning shown", "echo $nope, 'after';");
    mp_ini_set(vm, "display_errors", "0");
    run(vm, "display_errors=0", "echo $nope, 'after'; echo ini_get('display_errors');");
    mp_ini_set(vm, "display_errors", "1");
    mp_ini_set(vm, "error_reporting", "E_ALL & ~E_WARNING");
    run(vm, "error_reporting", "echo $nope, 'after ', error_reporting() === (E_ALL & ~E_WARNING) ? 'ok' : 'no';");
    mp_ini_set(vm, "error_reporting", "-1");
    mp_ini_set(vm, "precision", "5");
    run(vm, "precision", "echo M_PI;");
    mp_ini_set(vm, "precision", "14");

    /* memory_limit: PHP code over it ends with PHP's fatal error; values
     * the host makes outside PHP code are not stopped there */
    mp_ini_set(vm, "memory_limit", "4M");
    printf("--- memory_limit\n");
    fflush(stdout);
    mp_ini_set(vm, "display_errors", "0");
    int mr = mp_eval_string(vm, "$big = str_repeat('x', 8 << 20); echo 'not reached';", "scripts.php");
    mp_ini_set(vm, "display_errors", "1");
    printf("=> %s, exit status %d, [%.35s]\n", status(mr), mp_exit_status(vm), mp_last_error(vm));
    mp_value *host_arr = mp_array_new(vm);
    for (int i = 0; i < 200; i++) {
        static char chunk[65536];
        memset(chunk, 'a' + i % 26, sizeof chunk);
        mp_array_set(vm, host_arr, NULL, mp_string(vm, chunk, sizeof chunk));
    }
    printf("host array of %zu x 64 KB made\n", mp_array_count(vm, host_arr));
    mp_ini_set(vm, "memory_limit", "128M");
    run(vm, "after the limit", "echo 'fine';");

    /* argv */
    char *args[] = { "prog.php", "one", "two" };
    mp_set_argv(vm, 3, args);
    run(vm, "argv", "echo $argc, ' ', implode(',', $argv), ' ', $_SERVER['argc'], ' ', $_SERVER['argv'][2];");

    /* files */
    char path[] = "/tmp/mp-embed-XXXXXX";
    int fd = mkstemp(path);
    const char *src = "Inline <?php echo strtoupper('php'), \"\\n\"; $fromfile = __LINE__;\n";
    if (write(fd, src, strlen(src)) < 0) return 1;
    close(fd);
    printf("--- eval_file\n");
    fflush(stdout);
    int r = mp_eval_file(vm, path);
    printf("=> %s, $fromfile=%lld\n", status(r), (long long)mp_to_int(vm, mp_get_global(vm, "fromfile")));
    printf("lint ok: %s\n", status(mp_lint_file(vm, path)));
    FILE *f = fopen(path, "w");
    fputs("<?php echo 1 +;\n", f);
    fclose(f);
    mp_ini_set(vm, "display_errors", "0");   /* the message names the temporary file */
    printf("lint bad: %s\n", status(mp_lint_file(vm, path)));
    mp_ini_set(vm, "display_errors", "1");
    printf("last error: [%s]\n", mp_last_error(vm));
    unlink(path);
    r = mp_eval_file(vm, "/nonexistent/file.php");
    printf("missing file: %s, exit status %d, [%s]\n", status(r), mp_exit_status(vm), mp_last_error(vm));
    fflush(stdout);
    mp_vm_free(vm);
    mp_vm_free(NULL);
    return 0;
}
