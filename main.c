/* main.c - the minphp command line: a thin user of include/minphp.h.
 * Options follow php-cli: -r CODE, -l FILE, -d name=value, -c FILE, -v, -h,
 * and a script (or stdin) followed by its arguments; -v Name=Value takes
 * HHVM's names of the pagelet and xbox options. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
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
          "  -c <file>        Read ini settings (name=value lines) from <file>\n"
          "  -v Name=Value    An HHVM option (PageletServer.ThreadCount, Xbox.ServerInfo.ThreadCount...)\n"
          "\n"
          "\n"
          "Pagelet Server (-d name=value; HHVM names with -v):\n"
          "  pagelet_server.thread_count=N     worker threads (PageletServer.ThreadCount); default: online CPUs, 0 disables\n"
          "  pagelet_server.queue_limit=N      tasks waiting for a thread before new ones are refused\n"
          "                                    (PageletServer.QueueLimit); default 0 = unlimited\n"
          "  pagelet_server.document_root=DIR  where URLs are looked up; default: the main script's folder\n"
          "  pagelet_server.router=FILE        front controller run for every URL (return false falls through)\n"
          "\n"
          "Xbox (-d name=value; HHVM names with -v):\n"
          "  xbox.thread_count=N               worker threads (Xbox.ServerInfo.ThreadCount); default: online CPUs, 0 disables\n"
          "  xbox.max_queue_length=N           tasks waiting for a thread before new ones are refused\n"
          "                                    (Xbox.ServerInfo.MaxQueueLength); default 0 = unlimited\n"
          "  xbox.process_message_func=NAME    the handler (Xbox.ProcessMessageFunc); default xbox_process_message\n"
          "  xbox.request_init_document=FILE   included before each message (Xbox.ServerInfo.RequestInitDocument)\n"
          "  max_execution_time=N              seconds a script (and each task) may run; default 0 = no limit\n"
          "\n"
          "With no file, the script is read from standard input.\n", out);
}

/* HHVM's option names (-v Name=Value) and the ini settings they mean. */
static const struct { const char *hhvm, *ini; } hhvm_names[] = {
    { "PageletServer.ThreadCount", "pagelet_server.thread_count" },
    { "PageletServer.QueueLimit", "pagelet_server.queue_limit" },
    { "Xbox.ServerInfo.ThreadCount", "xbox.thread_count" },
    { "Xbox.ServerInfo.MaxQueueLength", "xbox.max_queue_length" },
    { "Xbox.ProcessMessageFunc", "xbox.process_message_func" },
    { "Xbox.ServerInfo.RequestInitDocument", "xbox.request_init_document" },
    { "MaxExecutionTime", "max_execution_time" },
};

/* Set "name=value" (no "=": value 1); HHVM maps -v names first. */
static int set_option(mp_vm *vm, const char *kv, int hhvm)
{
    const char *eq = strchr(kv, '=');
    char name[256];
    snprintf(name, sizeof name, "%.*s", eq ? (int)(eq - kv) : (int)strlen(kv), kv);
    const char *value = eq ? eq + 1 : "1";
    if (hhvm) {
        size_t i;
        for (i = 0; i < sizeof hhvm_names / sizeof hhvm_names[0]; i++)
            if (strcasecmp(hhvm_names[i].hhvm, name) == 0) break;
        if (i == sizeof hhvm_names / sizeof hhvm_names[0]) {
            fprintf(stderr, "minphp: unknown HHVM option %s (ignored)\n", name);
            return 0;
        }
        snprintf(name, sizeof name, "%s", hhvm_names[i].ini);
    }
    mp_ini_set(vm, name, value);
    return 0;
}

/* -c FILE: name=value lines; ";" and "#" start comments, [sections] are
 * ignored, values may be quoted. */
static int read_ini_file(mp_vm *vm, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) { fprintf(stderr, "minphp: cannot open ini file %s\n", path); return -1; }
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        char *s = line, *e;
        while (*s == ' ' || *s == '\t') s++;
        if (!*s || *s == ';' || *s == '#' || *s == '[' || *s == '\n' || *s == '\r') continue;
        char *eq = strchr(s, '=');
        if (!eq) continue;
        for (e = eq; e > s && (e[-1] == ' ' || e[-1] == '\t'); e--) {}
        *e = 0;
        char *v = eq + 1;
        while (*v == ' ' || *v == '\t') v++;
        char *end = v + strlen(v);
        while (end > v && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t')) *--end = 0;
        if (*v == '"' && end > v + 1 && end[-1] == '"') { v++; *--end = 0; }
        else { char *c = strchr(v, ';'); if (c) { *c = 0; while (c > v && (c[-1] == ' ' || c[-1] == '\t')) *--c = 0; } }
        mp_ini_set(vm, s, v);
    }
    fclose(f);
    return 0;
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
        if ((strcmp(a, "-v") == 0 && i + 1 < argc && strchr(argv[i + 1], '=') && argv[i + 1][0] != '-')
            || (strncmp(a, "-v", 2) == 0 && a[2] && strchr(a, '='))) {
            set_option(vm, a[2] ? a + 2 : argv[++i], 1);
            continue;
        }
        if (strcmp(a, "-c") == 0 && i + 1 < argc) {
            if (read_ini_file(vm, argv[++i]) != 0) return 1;
            continue;
        }
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
            set_option(vm, kv, 0);
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
    /* Pagelet and xbox tasks may still be running: end the process without
     * waiting for them (and without running exit handlers under them). */
    fflush(stdout);
    fflush(stderr);
    _exit(status);
}
