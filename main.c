/* main.c - the minphp command line: a thin user of include/minphp.h.
 * Options follow php-cli: -r CODE, -l FILE, -d name=value, -v, -h, and a
 * script (or stdin) followed by its arguments. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "include/minphp.h"

static void usage(FILE *out)
{
    fputs("Usage: minphp [options] [-f] <file> [--] [args...]\n"
          "       minphp [options] -r <code> [--] [args...]\n"
          "       minphp [options] -l <file>\n"
          "\n"
          "  -d name=value    Set an ini option (error_reporting, display_errors, log_errors...)\n"
          "  -f <file>        Parse and execute <file>\n"
          "  -h, --help       This help\n"
          "  -l <file>        Syntax check only (lint)\n"
          "  -n               No configuration file (accepted; minphp never reads one)\n"
          "  -r <code>        Run PHP <code> without the <?php tag\n"
          "  -v, --version    Version number\n"
          "  --dump-bytecode <file>  Print the compiled bytecode of <file>\n"
          "\n"
          "With no file, the script is read from standard input.\n", out);
}

int main(int argc, char **argv)
{
    mp_vm *vm = mp_vm_new(NULL);
    const char *code = NULL, *file = NULL, *lint = NULL, *dump = NULL;
    int i = 1, dashdash = 0;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) { i++; dashdash = 1; break; }
        if (a[0] != '-' || strcmp(a, "-") == 0) break;
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) { usage(stdout); return 0; }
        if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
            printf("minphp %s (PHP %s compatible)\n", MINPHP_VERSION, MINPHP_PHP_VERSION);
            return 0;
        }
        if (strcmp(a, "-n") == 0 || strcmp(a, "-q") == 0) continue;
        if (strcmp(a, "-r") == 0 && i + 1 < argc) {
            code = argv[++i]; i++;
            if (i < argc && strcmp(argv[i], "--") == 0) i++;
            break;
        }
        if (strcmp(a, "-f") == 0 && i + 1 < argc) { file = argv[++i]; i++; break; }
        if (strcmp(a, "-l") == 0 && i + 1 < argc) { lint = argv[++i]; continue; }
        if (strcmp(a, "--dump-bytecode") == 0 && i + 1 < argc) { dump = argv[++i]; continue; }
        if (strncmp(a, "-d", 2) == 0) {
            const char *kv = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : "");
            const char *eq = strchr(kv, '=');
            char name[256];
            if (eq) {
                snprintf(name, sizeof name, "%.*s", (int)(eq - kv), kv);
                mp_ini_set(vm, name, eq + 1);
            } else {
                mp_ini_set(vm, kv, "1");
            }
            continue;
        }
        fprintf(stderr, "minphp: unknown option %s\n", a);
        usage(stderr);
        return 1;
    }
    if (lint) {
        int r = mp_lint_file(vm, lint);
        if (r == MP_OK) printf("No syntax errors detected in %s\n", lint);
        else if (mp_last_error(vm)[0] && strncmp(mp_last_error(vm), "Could not open", 14) == 0) {
            printf("%s\n", mp_last_error(vm));
            return 1;
        } else printf("Errors parsing %s\n", lint);
        mp_vm_free(vm);
        return r == MP_OK ? 0 : 255;
    }
    if (dump) {
        int r = mp_dump_file(vm, dump);
        mp_vm_free(vm);
        return r == MP_OK ? 0 : 255;
    }
    if (!code && !file && !dashdash && i < argc) file = argv[i++];
    /* $argv: the script name (or "Standard input code" / "-") then the arguments */
    int nargs = argc - i + 1;
    char **args = malloc(sizeof(char *) * (size_t)(nargs + 1));
    args[0] = code ? "Standard input code" : file ? (char *)file : "Standard input code";
    if (code) args[0] = "Standard input code";
    for (int k = 1; k < nargs; k++) args[k] = argv[i + k - 1];
    if (code) args[0] = "Standard input code";
    mp_set_argv(vm, nargs, args);
    int r;
    if (code) r = mp_eval_string(vm, code, "Command line code");
    else r = mp_eval_file(vm, file ? file : "-");
    int status = mp_exit_status(vm);
    if (r == MP_ERR_COMPILE && status == 1) printf("%s\n", mp_last_error(vm));   /* Could not open input file */
    mp_vm_free(vm);
    free(args);
    return status;
}
