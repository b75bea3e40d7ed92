/* vmbuiltins.c - builtins that need the VM's insides: constants, function
 * table, call frames, error settings. Listed in builtins.c with the rest. */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "vm.h"

/* The frame of the PHP code that called the running builtin. */
static mp_frame *caller(mp_vm *vm) { return &vm->frames[vm->nframes - 1]; }

/* define(string $constant_name, mixed $value, bool $case_insensitive = false): bool */
static void bi_define(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *name = argv[0].u.s;
    if (argc > 2 && mp_to_bool(argv[2]))
        mp_error(vm, MP_E_WARNING, "define(): Argument #3 ($case_insensitive) is ignored since declaration of case-insensitive constants is no longer supported");
    if (mp_lookup_const(vm, name)) {
        mp_error(vm, MP_E_WARNING, "Constant %s already defined", name->data);
        *ret = mp_v_bool(0);
        return;
    }
    if (!vm->constants) vm->constants = mp_array_new(vm, 16);
    mp_val v = *mp_deref(&argv[1]);
    mp_val_share(v);
    mp_array_set_str(vm, vm->constants, name->data, name->len, v);
    *ret = mp_v_bool(1);
}

/* defined(string $constant_name): bool */
/* A constant name as given to constant()/defined(): "\\X" means X. */
static mp_str *const_name(mp_vm *vm, mp_str *s)
{
    return s->len && s->data[0] == '\\' ? mp_str_new(vm, s->data + 1, s->len - 1) : s;
}

static void bi_defined(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = mp_v_bool(mp_lookup_const(vm, const_name(vm, argv[0].u.s)) != NULL);
}

/* constant(string $name): mixed */
static void bi_constant(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const char *dc = strstr(argv[0].u.s->data, "::");
    if (dc) {
        /* Class::CONST */
        mp_str *cls = mp_str_new(vm, argv[0].u.s->data, (size_t)(dc - argv[0].u.s->data));
        mp_str *name = mp_str_cstr(vm, dc + 2);
        *ret = mp_fetch_class_const(vm, mp_resolve_class_name(vm, cls), name);
        return;
    }
    mp_val *v = mp_lookup_const(vm, const_name(vm, argv[0].u.s));
    if (!v) mp_throw_ex(vm, MP_EX_ERROR, "Undefined constant \"%s\"", const_name(vm, argv[0].u.s)->data);
    *ret = *v;
}

/* function_exists(string $function): bool */
static void bi_function_exists(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s;
    const char *name = s->data; size_t len = s->len;
    if (len && name[0] == '\\') { name++; len--; }
    char buf[256];
    if (len >= sizeof buf) { *ret = mp_v_bool(0); return; }
    for (size_t i = 0; i < len; i++) buf[i] = (char)((name[i] >= 'A' && name[i] <= 'Z') ? name[i] + 32 : name[i]);
    buf[len] = 0;
    *ret = mp_v_bool(mp_array_find_str(vm->functions, buf, len) || mp_builtin_lookup(buf, len));
}

/* get_defined_functions(bool $exclude_disabled = true): array */
static void bi_get_defined_functions(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *internal = mp_array_new(vm, 512), *user = mp_array_new(vm, 8);
    const mp_builtin *b;
    for (size_t i = 0; (b = mp_builtin_nth(i)); i++)
        mp_array_append(vm, internal, mp_v_str(mp_str_cstr(vm, b->name)));
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(vm->functions, &pos, &k, &v))
        if (k.s) mp_array_append(vm, v->type == MP_T_FUNC ? user : internal, mp_v_str(k.s));   /* host functions are internal */
    mp_array *out = mp_array_new(vm, 2);
    mp_array_set_str(vm, out, "internal", 8, mp_v_arr(internal));
    mp_array_set_str(vm, out, "user", 4, mp_v_arr(user));
    *ret = mp_v_arr(out);
}

/* func_get_args(): array */
static void bi_func_get_args(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_frame *fr = caller(vm);
    if (fr->func == fr->func->script->main)
        mp_throw_ex(vm, MP_EX_ERROR, "func_get_args() cannot be called from the global scope");
    const mp_func *f = fr->func;
    int np = f->nparams;
    if (np && f->params[np - 1].variadic) np--;
    mp_array *a = mp_array_new(vm, (uint32_t)fr->nargs);
    for (int i = 0; i < fr->nargs; i++) {
        mp_val v = i < np ? *mp_deref(&fr->base[i]) : *mp_deref(&fr->extra_args[i - np]);
        if (v.type == MP_T_UNDEF) v = mp_v_null();
        mp_val_share(v);
        mp_array_append(vm, a, v);
    }
    *ret = mp_v_arr(a);
}

/* func_num_args(): int */
static void bi_func_num_args(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_frame *fr = caller(vm);
    if (fr->func == fr->func->script->main)
        mp_throw_ex(vm, MP_EX_ERROR, "func_num_args() must be called from a function context");
    *ret = mp_v_int(fr->nargs);
}

/* func_get_arg(int $position): mixed */
static void bi_func_get_arg(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_frame *fr = caller(vm);
    if (fr->func == fr->func->script->main)
        mp_throw_ex(vm, MP_EX_ERROR, "func_get_arg() cannot be called from the global scope");
    int64_t i = argv[0].u.i;
    if (i < 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "func_get_arg(): Argument #1 ($position) must be greater than or equal to 0");
    if (i >= fr->nargs)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "func_get_arg(): Argument #1 ($position) must be less than the number of the arguments passed to the currently executed function");
    const mp_func *f = fr->func;
    int np = f->nparams;
    if (np && f->params[np - 1].variadic) np--;
    mp_val v = i < np ? *mp_deref(&fr->base[i]) : *mp_deref(&fr->extra_args[i - np]);
    if (v.type == MP_T_UNDEF) v = mp_v_null();
    mp_val_share(v);
    *ret = v;
}

/* ---- stack traces, constants, included files ---- */

enum { DEBUG_BACKTRACE_PROVIDE_OBJECT = 1, DEBUG_BACKTRACE_IGNORE_ARGS = 2 };

/* debug_backtrace(int $options = DEBUG_BACKTRACE_PROVIDE_OBJECT, int $limit = 0): array */
static void bi_debug_backtrace(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int64_t opts = argc > 0 ? argv[0].u.i : DEBUG_BACKTRACE_PROVIDE_OBJECT;
    int64_t limit = argc > 1 ? argv[1].u.i : 0;
    *ret = mp_v_arr(mp_debug_trace(vm, (opts & DEBUG_BACKTRACE_PROVIDE_OBJECT) != 0, (opts & DEBUG_BACKTRACE_IGNORE_ARGS) != 0,
                                   limit > 0 && limit < 1 << 30 ? (int)limit : 0));
}

/* debug_print_backtrace(int $options = 0, int $limit = 0): void -- the
 * lines of getTraceAsString() without the closing "{main}" */
static void bi_debug_print_backtrace(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    int64_t opts = argc > 0 ? argv[0].u.i : 0;
    int64_t limit = argc > 1 ? argv[1].u.i : 0;
    mp_array *tr = mp_debug_trace(vm, 0, (opts & DEBUG_BACKTRACE_IGNORE_ARGS) != 0, limit > 0 && limit < 1 << 30 ? (int)limit : 0);
    if (!mp_array_count(tr)) return;
    mp_str *s = mp_trace_string(vm, tr);
    const char *last = s->data + s->len;
    while (last > s->data && last[-1] != '\n') last--;   /* drop "#N {main}" */
    mp_echo(vm, s->data, (size_t)(last - s->data));
}

/* get_defined_constants(bool $categorize = false): array -- the built-in
 * constants (by extension when categorized), then the user's ones */
static void bi_get_defined_constants(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int cat = argc > 0 && mp_to_bool(argv[0]);
    mp_array *out = mp_array_new(vm, cat ? 16 : 512), *user = mp_array_new(vm, 8);
    static const char *const first[] = { "Core", NULL };
    for (int i = 0; cat && first[i]; i++) mp_array_set_str(vm, out, first[i], strlen(first[i]), mp_v_arr(mp_array_new(vm, 64)));
    const mp_constant *k;
    for (size_t i = 0; (k = mp_constant_nth(i)); i++) {
        mp_array *into = out;
        if (cat) {
            const char *ext = mp_constant_extension(k->name);
            mp_val *e = mp_array_find_str(out, ext, strlen(ext));
            if (!e) {
                mp_array_set_str(vm, out, ext, strlen(ext), mp_v_arr(mp_array_new(vm, 32)));
                e = mp_array_find_str(out, ext, strlen(ext));
            }
            into = e->u.a;
        }
        mp_array_set_str(vm, into, k->name, strlen(k->name), mp_constant_value(k));
    }
    if (cat) {
        mp_array *core = mp_array_find_str(out, "Core", 4)->u.a;
        mp_array_set_str(vm, core, "TRUE", 4, mp_v_bool(1));
        mp_array_set_str(vm, core, "FALSE", 5, mp_v_bool(0));
        mp_array_set_str(vm, core, "NULL", 4, mp_v_null());
    } else {
        mp_array_set_str(vm, out, "TRUE", 4, mp_v_bool(1));
        mp_array_set_str(vm, out, "FALSE", 5, mp_v_bool(0));
        mp_array_set_str(vm, out, "NULL", 4, mp_v_null());
    }
    if (vm->constants) {
        /* vm->constants also caches the built-in ones looked up by name */
        mp_key key; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(vm->constants, &pos, &key, &e); ) {
            if (!key.s || mp_constant_lookup(key.s->data, key.s->len)) continue;
            if ((key.s->len == 4 && (strcasecmp(key.s->data, "true") == 0 || strcasecmp(key.s->data, "null") == 0))
                || (key.s->len == 5 && strcasecmp(key.s->data, "false") == 0)) continue;
            mp_val v = *e;
            mp_val_share(v);
            mp_array_set(vm, cat ? user : out, key, v);
        }
    }
    if (cat && mp_array_count(user)) mp_array_set_str(vm, out, "user", 4, mp_v_arr(user));
    *ret = mp_v_arr(out);
}

/* get_included_files(): array (get_required_files is the same) -- the
 * main script, then every file include/require opened, in order */
static void bi_get_included_files(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *a = mp_array_new(vm, 4);
    mp_str *main_path = vm->main_path;
    if (main_path && main_path->len && main_path->data[0] == '/') mp_array_append(vm, a, mp_v_str(main_path));
    if (vm->included) {
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(vm->included, &pos, &k, &e); )
            if (k.s && !(main_path && mp_str_eq(k.s, main_path))) mp_array_append(vm, a, mp_v_str(k.s));
    }
    *ret = mp_v_arr(a);
}

/* set_include_path(string $include_path): string|false */
static void bi_set_include_path(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = mp_v_str(mp_str_cstr(vm, mp_ini_get(vm, "include_path")));
    if (!argv[0].u.s->len) { *ret = mp_v_bool(0); return; }
    mp_ini_set(vm, "include_path", argv[0].u.s->data);
}

/* get_include_path(): string|false */
static void bi_get_include_path(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_str(mp_str_cstr(vm, mp_ini_get(vm, "include_path")));
}

/* ignore_user_abort(?bool $enable = null): int -- the setting before the call */
static void bi_ignore_user_abort(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const char *old = mp_ini_get(vm, "ignore_user_abort");
    *ret = mp_v_int(old && strcmp(old, "0") != 0 && *old);
    if (argc > 0 && argv[0].type != MP_T_NULL) mp_ini_set(vm, "ignore_user_abort", argv[0].type == MP_T_TRUE ? "1" : "0");
}

/* getmyinode(): int|false, getlastmod(): int|false -- of the main script */
static int main_stat(mp_vm *vm, struct stat *st)
{
    return vm->main_path && stat(vm->main_path->data, st) == 0;
}
static void bi_getmyinode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    struct stat st;
    *ret = main_stat(vm, &st) ? mp_v_int((int64_t)st.st_ino) : mp_v_bool(0);
}
static void bi_getlastmod(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    struct stat st;
    *ret = main_stat(vm, &st) ? mp_v_int((int64_t)st.st_mtime) : mp_v_bool(0);
}

/* forward_static_call(callable $callback, mixed ...$args): mixed */
static void forward_check(mp_vm *vm, const char *fn)
{
    if (!caller(vm)->scope) mp_throw_ex(vm, MP_EX_ERROR, "Cannot call %s() when no class scope is active", fn);
}
static void bi_forward_static_call(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    forward_check(vm, "forward_static_call");
    mp_call_forwarding(vm, argv[0], argc - 1, argv + 1, ret);
}

/* forward_static_call_array(callable $callback, array $args): mixed */
static void bi_forward_static_call_array(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    forward_check(vm, "forward_static_call_array");
    mp_array *a = mp_deref(&argv[1])->u.a;
    uint32_t n = mp_array_count(a), i = 0;
    mp_val *args = mp_alloc(vm, sizeof(mp_val) * (n ? n : 1));
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(a, &pos, &k, &e); ) {
        if (k.s) { mp_call_value_array(vm, argv[0], a, ret); return; }   /* named arguments */
        args[i++] = *e;
    }
    mp_call_forwarding(vm, argv[0], (int)n, args, ret);
}

/* ---- getopt ---- */

/* One option getopt() looks for: a short one (ch) or a long one (name);
 * need 0 none, 1 a required value, 2 an optional one (no value after a space). */
typedef struct getopt_opt {
    char        ch;
    const char *name;
    size_t      name_len;
    int         need;
} getopt_opt;

/* php's getopt walk over ARGS: stops at the first non-option or after
 * "--"; unknown options and missing required values are skipped. */
typedef struct getopt_state {
    const char *const *args;
    int         nargs;
    int         ind;         /* the argument being read */
    int         chr;         /* inside "-abc": the letter being read, 0 = none */
} getopt_state;

/* The next option: its index in OPTS, or -1 at the end, -2 for one to skip;
 * *value its value or NULL. */
static int getopt_next(getopt_state *g, const getopt_opt *opts, int nopts, const char **value)
{
    *value = NULL;
    if (g->ind >= g->nargs) return -1;
    const char *a = g->args[g->ind];
    if (!g->chr && (a[0] != '-' || !a[1])) return -1;
    int idx = -1;
    size_t start;
    if (a[0] == '-' && a[1] == '-') {
        if (!a[2]) { g->ind++; return -1; }
        /* php looks for '=' before the last byte: "--req=" names "req=" */
        size_t alen = strlen(a);
        const char *eq = memchr(a + 2, '=', alen - 3);
        size_t n = eq ? (size_t)(eq - (a + 2)) : alen - 2;
        for (int i = 0; i < nopts && idx < 0; i++)
            if (opts[i].name && opts[i].name_len == n && strncmp(a + 2, opts[i].name, n) == 0) idx = i;
        if (idx < 0) { g->ind++; return -2; }
        g->chr = 0;
        start = 2 + n + (eq ? 1 : 0);
    } else {
        if (!g->chr) g->chr = 1;
        if (a[g->chr] == ':') { g->chr = 0; g->ind++; return -2; }
        start = (size_t)g->chr + 1;
        for (int i = 0; i < nopts && idx < 0; i++)
            if (!opts[i].name && opts[i].ch == a[g->chr]) idx = i;
        if (idx < 0) {
            if (!a[g->chr + 1]) { g->chr = 0; g->ind++; }
            else g->chr++;
            return -2;
        }
    }
    if (opts[idx].need) {
        g->chr = 0;
        if (!a[start]) {
            g->ind++;
            if (g->ind == g->nargs) return opts[idx].need == 1 ? -2 : idx;
            if (opts[idx].need == 1) *value = g->args[g->ind++];
            return idx;
        }
        *value = a + start + (a[start] == '=' && !(a[0] == '-' && a[1] == '-') ? 1 : 0);
        g->ind++;
        return idx;
    }
    if (g->chr && !(a[0] == '-' && a[1] == '-')) {
        if (!a[g->chr + 1]) { g->chr = 0; g->ind++; }
        else g->chr++;
    } else {
        g->ind++;
    }
    return idx;
}

/* getopt(string $short_options, array $long_options = [], &$rest_index = null): array|false
 * -- reads the script's arguments as given (php reads its own copy of
 * $_SERVER['argv'], which the script cannot change) */
static void bi_getopt(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    if (!vm->argv) { *ret = mp_v_bool(0); return; }
    mp_val argv_arr = mp_v_arr(vm->argv), *av = &argv_arr;
    uint32_t n = mp_array_count(av->u.a);
    const char **args = mp_alloc(vm, sizeof(char *) * (n + 1));
    int nargs = 0;
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(av->u.a, &pos, &k, &e); ) args[nargs++] = mp_to_str(vm, *mp_deref(e))->data;
    /* the options: short letters with ':' / '::', then the long names */
    mp_str *sh = argv[0].u.s;
    mp_array *longs = argc > 1 ? mp_deref(&argv[1])->u.a : NULL;
    int max = (int)sh->len + (longs ? (int)mp_array_count(longs) : 0) + 1, nopts = 0;
    getopt_opt *opts = mp_alloc(vm, sizeof(getopt_opt) * (size_t)max);
    for (size_t i = 0; i < sh->len; i++) {
        getopt_opt *o = &opts[nopts++];
        o->ch = sh->data[i]; o->name = NULL; o->name_len = 0; o->need = 0;
        if (i + 1 < sh->len && sh->data[i + 1] == ':') { o->need = 1; i++; }
        if (o->need && i + 1 < sh->len && sh->data[i + 1] == ':') { o->need = 2; i++; }
    }
    if (longs) {
        for (uint32_t pos = 0; mp_array_next(longs, &pos, &k, &e); ) {
            mp_str *s = mp_to_str(vm, *mp_deref(e));
            getopt_opt *o = &opts[nopts++];
            size_t len = s->len;
            o->ch = 0; o->need = 0;
            if (len && s->data[len - 1] == ':') { o->need = 1; len--; }
            if (len && s->data[len - 1] == ':') { o->need = 2; len--; }
            o->name = s->data; o->name_len = len;
        }
    }
    getopt_state g = { args, nargs, 1, 0 };
    mp_array *out = mp_array_new(vm, 8);
    const char *value;
    int idx;
    while ((idx = getopt_next(&g, opts, nopts, &value)) != -1) {
        if (idx == -2) continue;
        char one[2] = { opts[idx].ch, 0 };
        mp_str *name = opts[idx].name ? mp_str_new(vm, opts[idx].name, opts[idx].name_len) : mp_str_cstr(vm, one);
        mp_val v = value ? mp_v_str(mp_str_cstr(vm, value)) : mp_v_bool(0);
        mp_key key;
        mp_array_key_from_val(vm, mp_v_str(name), &key);
        mp_val *old = mp_array_find(out, key);
        if (!old) { mp_array_set(vm, out, key, v); continue; }
        if (old->type != MP_T_ARRAY) {
            mp_array *list = mp_array_new(vm, 2);
            mp_array_append(vm, list, *old);
            *old = mp_v_arr(list);
        }
        mp_array_append(vm, old->u.a, v);
    }
    if (argc > 2) {
        mp_val *r = mp_deref(&argv[2]);
        *r = mp_v_int(g.ind);
    }
    *ret = mp_v_arr(out);
}

/* error_reporting(?int $error_level = null): int */
static void bi_error_reporting(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    *ret = mp_v_int(vm->error_reporting);
    if (argc > 0 && argv[0].type != MP_T_NULL) {
        char buf[24];
        snprintf(buf, sizeof buf, "%lld", (long long)argv[0].u.i);
        mp_ini_set(vm, "error_reporting", buf);
    }
}

/* ini_get(string $option): string|false */
static void bi_ini_get(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const char *v = mp_ini_get(vm, argv[0].u.s->data);
    *ret = v ? mp_v_str(mp_str_cstr(vm, v)) : mp_v_bool(0);
}

/* ini_set(string $option, string|int|float|bool|null $value): string|false */
static void bi_ini_set(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    const char *old = mp_ini_get(vm, argv[0].u.s->data);
    if (!old) { *ret = mp_v_bool(0); return; }   /* unknown setting */
    *ret = mp_v_str(mp_str_cstr(vm, old));
    mp_val v = *mp_deref(&argv[1]);
    if (v.type == MP_T_ARRAY || v.type == MP_T_OBJECT)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "ini_set(): Argument #2 ($value) must be of type string|int|float|bool|null");
    mp_ini_set(vm, argv[0].u.s->data, mp_to_str(vm, v)->data);
}

/* ini_get_all(?string $extension = null, bool $details = true): array|false
 * -- the settings minphp knows, by name; an extension's are "ext.*" */
static void bi_ini_get_all(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    static const char *const exts[] = { "Core", "date", "pcre", "hash", "json", "random", "SPL", "standard", "ctype", "mbstring", NULL };
    const char *ext = argc > 0 && argv[0].type == MP_T_STRING ? argv[0].u.s->data : NULL;
    int details = !(argc > 1 && argv[1].type == MP_T_FALSE);
    char prefix[64] = "";
    if (ext) {
        int known = 0;
        for (int i = 0; exts[i]; i++) if (!strcmp(exts[i], ext)) known = 1;
        if (!known) {
            mp_error(vm, MP_E_WARNING, "ini_get_all(): Extension \"%s\" cannot be found", ext);
            *ret = mp_v_bool(0);
            return;
        }
        snprintf(prefix, sizeof prefix, "%s.", ext);
        for (char *c = prefix; *c; c++) *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    }
    int core = ext && !strcmp(ext, "Core");
    mp_array *out = mp_array_new(vm, 32);
    const char *name, *def;
    for (size_t i = 0; (name = mp_ini_default_nth(i, &def)); i++) {
        if (ext && (core ? strncmp(name, "pcre.", 5) == 0 : strncmp(name, prefix, strlen(prefix)) != 0)) continue;
        const char *cur = mp_ini_get(vm, name);
        if (!details) { mp_array_set_str(vm, out, name, strlen(name), mp_v_str(mp_str_cstr(vm, cur))); continue; }
        mp_array *d = mp_array_new(vm, 3);
        mp_array_set_str(vm, d, "global_value", 12, mp_v_str(mp_str_cstr(vm, def)));
        mp_array_set_str(vm, d, "local_value", 11, mp_v_str(mp_str_cstr(vm, cur)));
        int access = strcmp(name, "short_open_tag") == 0 || strcmp(name, "arg_separator.input") == 0 ? 6 : 7;
        mp_array_set_str(vm, d, "access", 6, mp_v_int(access));
        mp_array_set_str(vm, out, name, strlen(name), mp_v_arr(d));
    }
    *ret = mp_v_arr(out);
}

/* ini_restore(string $option): void -- back to php -n's value */
static void bi_ini_restore(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)ret;
    mp_str *name = argv[0].u.s;
    if (!mp_ini_get(vm, name->data) || !vm->ini) return;
    mp_key k = { name, 0 };
    if (!mp_array_find_str(vm->ini, name->data, name->len)) return;
    mp_array_delete(vm, vm->ini, k);
    const char *def = mp_ini_get(vm, name->data);
    if (def && *def) mp_ini_set(vm, name->data, def);
    else if (strcmp(name->data, "error_reporting") == 0) {
        mp_ini_set(vm, name->data, "32767");
        mp_array_delete(vm, vm->ini, k);
    }
}

/* ini_parse_quantity(string $shorthand): int -- "128M", "0x1fk", "-2g"...
 * with php's warnings for what it has to guess */
static void bi_ini_parse_quantity(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *q = argv[0].u.s;
    const char *s = q->data, *e = q->data + q->len;
    #define QSPACE(c) ((c) == ' ' || (c) == '\t' || (c) == '\n' || (c) == '\r' || (c) == '\v' || (c) == '\f')
    while (s < e && QSPACE(*s)) s++;
    while (e > s && QSPACE(e[-1])) e--;
    *ret = mp_v_int(0);
    if (s == e) return;
    const char *start = s;
    int neg = 0, base = 10;
    if (*s == '-' || *s == '+') { neg = *s == '-'; s++; }
    if (e - s >= 2 && s[0] == '0') {
        char c = (char)(s[1] | 32);
        if (c == 'x' || c == 'o' || c == 'b') {
            base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
            s += 2;
            if (s == e) {
                mp_error(vm, MP_E_WARNING, "Invalid quantity \"%s\": no digits after base prefix, interpreting as \"0\" for backwards compatibility", q->data);
                return;
            }
        } else if (s[1] >= '0' && s[1] <= '9') {
            base = 8;
        }
    }
    char last = e[-1];
    int64_t factor = 1;
    switch (last) {
    case 'k': case 'K': factor = 1024; break;
    case 'm': case 'M': factor = 1024 * 1024; break;
    case 'g': case 'G': factor = 1024 * 1024 * 1024; break;
    }
    const char *end = factor > 1 ? e - 1 : e;
    uint64_t v = 0;
    int overflow = 0;
    const char *d = s;
    for (; d < end; d++) {
        int dv = *d >= '0' && *d <= '9' ? *d - '0' : (*d | 32) >= 'a' && (*d | 32) <= 'z' ? (*d | 32) - 'a' + 10 : 99;
        if (dv >= base) break;
        if (v > (UINT64_MAX - (uint64_t)dv) / (uint64_t)base) overflow = 1;
        v = v * (uint64_t)base + (uint64_t)dv;
    }
    if (d == s) {
        mp_error(vm, MP_E_WARNING, "Invalid quantity \"%s\": no valid leading digits, interpreting as \"0\" for backwards compatibility", q->data);
        return;
    }
    const char *digits_end = d;
    while (d < end && QSPACE(*d)) d++;
    if (d != end) {
        if (factor > 1)
            mp_error(vm, MP_E_WARNING, "Invalid quantity \"%s\", interpreting as \"%.*s%c\" for backwards compatibility",
                     q->data, (int)(digits_end - start), start, last);
        else
            mp_error(vm, MP_E_WARNING, "Invalid quantity \"%s\": unknown multiplier \"%c\", interpreting as \"%.*s\" for backwards compatibility",
                     q->data, last, (int)(digits_end - start), start);
    }
    if (v > (uint64_t)INT64_MAX + (uint64_t)neg) overflow = 1;
    int64_t r = neg ? (int64_t)(0 - v) : (int64_t)v;
    if (factor > 1 && (r > INT64_MAX / factor || r < INT64_MIN / factor)) overflow = 1;
    r = (int64_t)((uint64_t)r * (uint64_t)factor);
    if (overflow)
        mp_error(vm, MP_E_WARNING, "Invalid quantity \"%s\": value is out of range, using overflow result for backwards compatibility", q->data);
    #undef QSPACE
    *ret = mp_v_int(r);
}

/* get_defined_vars(): array */
static void bi_get_defined_vars(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *tab = mp_frame_symtab(vm, caller(vm));
    mp_array *a = mp_array_new(vm, mp_array_count(tab));
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(tab, &pos, &k, &e); ) {
        mp_val v = e->type == MP_T_INDIRECT ? *(mp_val *)e->u.p : *e;
        if (v.type == MP_T_UNDEF || (v.type == MP_T_REF && v.u.r->val.type == MP_T_UNDEF)) continue;
        /* a reference only this variable holds is copied as its value (zend_array_dup) */
        if (v.type == MP_T_REF && v.u.r->rc <= 1) v = v.u.r->val;
        mp_val_share(v);   /* a shared reference stays one, with one more holder */
        mp_array_set(vm, a, k, v);
    }
    *ret = mp_v_arr(a);
}

/* gc_collect_cycles(): int -- runs a full collection; minphp's tracing GC
 * does not count cycles, so it returns 0 */
static void bi_gc_collect_cycles(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc; (void)argv;
    mp_gc_collect();
    *ret = mp_v_int(0);
}

/* register_shutdown_function(callable $callback, mixed ...$args): void
 * (vm/api.c runs them when the script ends) */
static void bi_register_shutdown_function(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)ret;
    if (!vm->shutdown_funcs) vm->shutdown_funcs = mp_array_new(vm, 4);
    mp_array *entry = mp_array_new(vm, (uint32_t)argc);
    for (int i = 0; i < argc; i++) {
        mp_val v = *mp_deref(&argv[i]);
        mp_val_share(v);
        mp_array_append(vm, entry, v);
    }
    mp_array_append(vm, vm->shutdown_funcs, mp_v_arr(entry));
}

/* gc_enable(): void / gc_disable(): void / gc_enabled(): bool -- the
 * switch is remembered; minphp's tracing collector runs either way */
static void bi_gc_enable(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; (void)argv; (void)ret; vm->gc_disabled = 0; }
static void bi_gc_disable(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; (void)argv; (void)ret; vm->gc_disabled = 1; }
static void bi_gc_enabled(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; (void)argv; *ret = mp_v_bool(!vm->gc_disabled); }

/* gc_status(): array -- php's keys; no cycle collector runs, so zeros */
static void bi_gc_status(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *a = mp_array_new(vm, 4);
    mp_array_set_str(vm, a, "runs", 4, mp_v_int(0));
    mp_array_set_str(vm, a, "collected", 9, mp_v_int(0));
    mp_array_set_str(vm, a, "threshold", 9, mp_v_int(10001));
    mp_array_set_str(vm, a, "roots", 5, mp_v_int(0));
    *ret = mp_v_arr(a);
}

/* gc_mem_caches(): int -- bytes returned to the system (none here) */
static void bi_gc_mem_caches(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)vm; (void)argc; (void)argv; *ret = mp_v_int(0); }

/* ---- error and exception handlers ---- */

/* Handler stacks hold null for "no handler" (arrays cannot hold UNDEF). */
static mp_val stored_handler(mp_val h) { return h.type == MP_T_UNDEF ? mp_v_null() : h; }
static mp_val loaded_handler(mp_val h) { return h.type == MP_T_NULL ? mp_v_undef() : h; }

/* set_error_handler(?callable $callback, int $error_levels = E_ALL): ?callable */
static void bi_set_error_handler(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    *ret = stored_handler(vm->error_handler);
    if (!vm->error_handlers) vm->error_handlers = mp_array_new(vm, 4);
    mp_array *entry = mp_array_new(vm, 2);
    mp_array_append(vm, entry, stored_handler(vm->error_handler));
    mp_array_append(vm, entry, mp_v_int(vm->error_handler_mask));
    mp_array_append(vm, vm->error_handlers, mp_v_arr(entry));
    mp_val h = *mp_deref(&argv[0]);
    if (h.type == MP_T_NULL) { vm->error_handler = mp_v_undef(); return; }
    mp_val_share(h);
    vm->error_handler = h;
    vm->error_handler_mask = argc > 1 ? (int)argv[1].u.i : MP_E_ALL;
}

/* Pop the last entry of a handler stack into *slot (UNDEF if empty). */
static mp_array *pop_handler(mp_vm *vm, mp_array *stack)
{
    uint32_t n = stack ? mp_array_count(stack) : 0;
    if (!n) return NULL;
    mp_key k = { NULL, 0 }; mp_val *e, top = mp_v_null();
    for (uint32_t pos = 0; mp_array_next(stack, &pos, &k, &e); ) top = *e;
    mp_array_delete(vm, stack, k);
    return top.type == MP_T_ARRAY ? top.u.a : NULL;
}

/* restore_error_handler(): true */
static void bi_restore_error_handler(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *entry = pop_handler(vm, vm->error_handlers);
    vm->error_handler = entry ? loaded_handler(*mp_array_find_int(entry, 0)) : mp_v_undef();
    if (entry) vm->error_handler_mask = (int)mp_array_find_int(entry, 1)->u.i;
    *ret = mp_v_bool(1);
}

/* set_exception_handler(?callable $callback): ?callable */
static void bi_set_exception_handler(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    *ret = stored_handler(vm->exception_handler);
    if (!vm->exception_handlers) vm->exception_handlers = mp_array_new(vm, 4);
    mp_array *entry = mp_array_new(vm, 1);
    mp_array_append(vm, entry, stored_handler(vm->exception_handler));
    mp_array_append(vm, vm->exception_handlers, mp_v_arr(entry));
    mp_val h = *mp_deref(&argv[0]);
    mp_val_share(h);
    vm->exception_handler = loaded_handler(h);
}

/* restore_exception_handler(): true */
static void bi_restore_exception_handler(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    mp_array *entry = pop_handler(vm, vm->exception_handlers);
    vm->exception_handler = entry ? loaded_handler(*mp_array_find_int(entry, 0)) : mp_v_undef();
    *ret = mp_v_bool(1);
}

/* trigger_error(string $message, int $error_level = E_USER_NOTICE): true
 * (user_error is the same function under another name) */
static void raise_user_error(mp_vm *vm, const char *fn, int argc, mp_val *argv, mp_val *ret)
{
    int64_t level = argc > 1 ? argv[1].u.i : MP_E_USER_NOTICE;
    if (level != MP_E_USER_ERROR && level != MP_E_USER_WARNING && level != MP_E_USER_NOTICE && level != MP_E_USER_DEPRECATED)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #2 ($error_level) must be one of E_USER_ERROR, E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED", fn);
    mp_error(vm, (int)level, "%s", argv[0].u.s->data);   /* E_USER_ERROR ends the script unless a handler takes it */
    *ret = mp_v_bool(1);
}
static void bi_trigger_error(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { raise_user_error(vm, "trigger_error", argc, argv, ret); }
static void bi_user_error(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { raise_user_error(vm, "user_error", argc, argv, ret); }

/* error_get_last(): ?array */
static void bi_error_get_last(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    if (!vm->last.type) return;
    mp_array *a = mp_array_new(vm, 4);
    mp_array_set_str(vm, a, "type", 4, mp_v_int(vm->last.type));
    mp_array_set_str(vm, a, "message", 7, mp_v_str(vm->last.message));
    mp_array_set_str(vm, a, "file", 4, mp_v_str(vm->last.file));
    mp_array_set_str(vm, a, "line", 4, mp_v_int(vm->last.line));
    *ret = mp_v_arr(a);
}

/* error_clear_last(): void */
static void bi_error_clear_last(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv; (void)ret;
    vm->last.type = 0;
    vm->last.message = vm->last.file = NULL;
}

/* ---- compact / extract: the caller's variables by name ---- */

/* compact()'s walk over one argument: names, or arrays of names (nested). */
static void compact_var(mp_vm *vm, mp_array *tab, mp_array *out, mp_val v, int argno, const mp_array **stack, int depth)
{
    v = *mp_deref(&v);
    if (v.type == MP_T_STRING) {
        mp_val *slot = mp_array_find_str(tab, v.u.s->data, v.u.s->len);
        if (slot && slot->type == MP_T_INDIRECT) slot = slot->u.p;
        mp_val x = slot ? *mp_deref(slot) : mp_v_undef();
        if (x.type != MP_T_UNDEF) {
            mp_val_share(x);
            mp_key k = { v.u.s, 0 };
            mp_array_set(vm, out, k, x);
        } else if (!(v.u.s->len == 4 && memcmp(v.u.s->data, "this", 4) == 0)) {
            /* OBJECTS: "this" gives the object in a method */
            mp_error(vm, MP_E_WARNING, "compact(): Undefined variable $%s", v.u.s->data);
        }
    } else if (v.type == MP_T_ARRAY) {
        for (int i = 0; i < depth; i++)
            if (stack[i] == v.u.a) mp_throw_ex(vm, MP_EX_ERROR, "Recursion detected");
        if (depth >= 64) mp_throw_ex(vm, MP_EX_ERROR, "Recursion detected");
        stack[depth] = v.u.a;
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(v.u.a, &pos, &k, &e); )
            compact_var(vm, tab, out, *e, argno, stack, depth + 1);
    } else {
        mp_error(vm, MP_E_WARNING, "compact(): Argument #%d must be string or array of strings, %s given",
                 argno, mp_debug_type(v));
    }
}

/* compact(array|string $var_name, array|string ...$var_names): array */
static void bi_compact(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_array *tab = mp_frame_symtab(vm, caller(vm));
    mp_array *out = mp_array_new(vm, (uint32_t)argc);
    const mp_array *stack[64];
    for (int i = 0; i < argc; i++)
        compact_var(vm, tab, out, argv[i], i + 1, stack, 0);
    *ret = mp_v_arr(out);
}

enum { EXTR_OVERWRITE, EXTR_SKIP, EXTR_PREFIX_SAME, EXTR_PREFIX_ALL, EXTR_PREFIX_INVALID,
       EXTR_PREFIX_IF_EXISTS, EXTR_IF_EXISTS, EXTR_REFS = 0x100 };

/* [a-zA-Z_\x7f-\xff][a-zA-Z0-9_\x7f-\xff]* */
static int valid_var_name(const char *s, size_t len)
{
    if (!len) return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        int ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x7f || (i > 0 && c >= '0' && c <= '9');
        if (!ok) return 0;
    }
    return 1;
}

static int str_is(const mp_str *s, const char *lit)
{
    size_t n = strlen(lit);
    return s->len == n && memcmp(s->data, lit, n) == 0;
}

/* One extract() run: the symbol table, the array, and whether to bind references. */
typedef struct extract_ctx {
    mp_vm    *vm;
    mp_array *tab;
    int       refs;
} extract_ctx;

/* The variable NAME: its slot (following INDIRECT), or NULL; *undef tells
 * whether it is a compiled variable that is not set. */
static mp_val *var_find(extract_ctx *x, mp_str *name, int *undef)
{
    mp_val *e = mp_array_find_str(x->tab, name->data, name->len);
    *undef = 0;
    if (!e) return NULL;
    if (e->type == MP_T_INDIRECT) {
        e = e->u.p;
        *undef = e->type == MP_T_UNDEF;
    }
    return e;
}

/* Store element E into the variable NAME (created if needed): its value,
 * or with EXTR_REFS a reference shared with the array element. */
static void var_store(extract_ctx *x, mp_str *name, mp_val *e)
{
    mp_val *slot = mp_symtab_slot(x->vm, x->tab, name, 1);
    if (x->refs) {
        mp_val ref;
        ref.type = MP_T_REF;
        ref.u.r = mp_make_ref(x->vm, e);
        if (ref.u.r->rc < 1) ref.u.r->rc = 1;
        mp_bind_ref(slot, ref);
        return;
    }
    mp_val v = *mp_deref(e);
    mp_val_share(v);
    mp_slot_store(slot, v);
}

static mp_str *prefixed(mp_vm *vm, mp_str *prefix, const char *name, size_t len)
{
    mp_str *s = mp_str_alloc(vm, prefix->len + 1 + len);
    memcpy(s->data, prefix->data, prefix->len);
    s->data[prefix->len] = '_';
    memcpy(s->data + prefix->len + 1, name, len);
    return s;
}

static void reassign_this(mp_vm *vm)
{
    mp_throw_ex(vm, MP_EX_ERROR, "Cannot re-assign $this");
}

/* Store under PREFIX_NAME if that is a valid name; returns 1 if stored. */
static int store_prefixed(extract_ctx *x, mp_str *prefix, const char *name, size_t len, mp_val *e)
{
    mp_str *full = prefixed(x->vm, prefix, name, len);
    if (!valid_var_name(full->data, full->len)) return 0;
    if (str_is(full, "this")) reassign_this(x->vm);
    var_store(x, full, e);
    return 1;
}

/* extract(array &$array, int $flags = EXTR_OVERWRITE, string $prefix = ""): int */
static void bi_extract(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int64_t flags = argc > 1 && argv[1].type == MP_T_INT ? argv[1].u.i : EXTR_OVERWRITE;
    int refs = (flags & EXTR_REFS) != 0;
    int64_t type = flags & 0xff;
    mp_str *prefix = argc > 2 ? argv[2].u.s : NULL;
    if (type < EXTR_OVERWRITE || type > EXTR_IF_EXISTS)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "extract(): Argument #2 ($flags) must be a valid extract type");
    if (type > EXTR_SKIP && type <= EXTR_PREFIX_IF_EXISTS && argc < 3)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "extract(): Argument #3 ($prefix) is required when using this extract type");
    if (prefix && prefix->len && !valid_var_name(prefix->data, prefix->len))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "extract(): Argument #3 ($prefix) must be a valid identifier");
    extract_ctx x = { vm, mp_frame_symtab(vm, caller(vm)), refs };
    mp_val *arg = mp_deref(&argv[0]);
    mp_array *a = arg->u.a;
    if (refs) {
        a = mp_array_separate(vm, a);
        arg->u.a = a;
    } else {
        /* the array may be a variable the extraction overwrites */
        mp_val_share(*arg);
    }
    int64_t count = 0;
    mp_key k; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(a, &pos, &k, &e); ) {
        if (!k.s && type != EXTR_PREFIX_ALL && type != EXTR_PREFIX_INVALID) continue;
        int undef;
        mp_val *orig;
        switch (type) {
        case EXTR_OVERWRITE:
            if (!valid_var_name(k.s->data, k.s->len)) break;
            if (str_is(k.s, "this")) reassign_this(vm);
            orig = var_find(&x, k.s, &undef);
            if (orig && str_is(k.s, "GLOBALS")) break;
            var_store(&x, k.s, e);
            count++;
            break;
        case EXTR_SKIP:
            if (!valid_var_name(k.s->data, k.s->len) || str_is(k.s, "this")) break;
            orig = var_find(&x, k.s, &undef);
            if (!orig || undef) {
                var_store(&x, k.s, e);
                count++;
            }
            break;
        case EXTR_IF_EXISTS:
            orig = var_find(&x, k.s, &undef);
            if (!orig || undef || !valid_var_name(k.s->data, k.s->len) || str_is(k.s, "GLOBALS")) break;
            if (str_is(k.s, "this")) reassign_this(vm);
            var_store(&x, k.s, e);
            count++;
            break;
        case EXTR_PREFIX_IF_EXISTS:
            orig = var_find(&x, k.s, &undef);
            if (!orig) break;
            if (undef) {
                var_store(&x, k.s, e);
                count++;
                break;
            }
            count += store_prefixed(&x, prefix, k.s->data, k.s->len, e);
            break;
        case EXTR_PREFIX_SAME:
            if (k.s->len == 0) break;
            orig = var_find(&x, k.s, &undef);
            if (orig && undef) {
                var_store(&x, k.s, e);
                count++;
            } else if (orig || (valid_var_name(k.s->data, k.s->len) && str_is(k.s, "this"))) {
                count += store_prefixed(&x, prefix, k.s->data, k.s->len, e);
            } else if (valid_var_name(k.s->data, k.s->len)) {
                var_store(&x, k.s, e);
                count++;
            }
            break;
        case EXTR_PREFIX_ALL: {
            char num[24];
            const char *name = num;
            size_t len;
            if (k.s) {
                if (k.s->len == 0) break;
                name = k.s->data;
                len = k.s->len;
            } else {
                len = (size_t)snprintf(num, sizeof num, "%lld", (long long)k.i);
            }
            count += store_prefixed(&x, prefix, name, len, e);
            break;
        }
        default: {  /* EXTR_PREFIX_INVALID */
            char num[24];
            if (k.s && valid_var_name(k.s->data, k.s->len) && !str_is(k.s, "this")) {
                var_store(&x, k.s, e);
                count++;
            } else if (k.s) {
                count += store_prefixed(&x, prefix, k.s->data, k.s->len, e);
            } else {
                size_t len = (size_t)snprintf(num, sizeof num, "%lld", (long long)k.i);
                count += store_prefixed(&x, prefix, num, len, e);
            }
            break;
        }
        }
    }
    *ret = mp_v_int(count);
}

static const mp_builtin rows[] = {
    /* compact(array|string $var_name, array|string ...$var_names): array */
    { "compact", bi_compact, 1, -1, "zz*", "var_name var_names" },
    { "constant", bi_constant, 1, 1, "s", "name" },
    { "debug_backtrace", bi_debug_backtrace, 0, 2, "ii", "options limit", "DEBUG_BACKTRACE_PROVIDE_OBJECT 0" },
    { "debug_print_backtrace", bi_debug_print_backtrace, 0, 2, "ii", "options limit", "0 0" },
    { "define", bi_define, 2, 3, "szb", "constant_name value case_insensitive", "false" },
    { "defined", bi_defined, 1, 1, "s", "constant_name" },
    { "error_clear_last", bi_error_clear_last, 0, 0, "", "" },
    { "error_get_last", bi_error_get_last, 0, 0, "", "" },
    { "error_reporting", bi_error_reporting, 0, 1, "?i", "error_level", "null" },
    /* extract(array &$array, int $flags = EXTR_OVERWRITE, string $prefix = ""): int */
    { "extract", bi_extract, 1, 3, "@ais", "array flags prefix", "EXTR_OVERWRITE ''" },
    { "forward_static_call", bi_forward_static_call, 1, -1, "cz*", "callback args" },
    { "forward_static_call_array", bi_forward_static_call_array, 2, 2, "ca", "callback args" },
    { "func_get_arg", bi_func_get_arg, 1, 1, "i", "position" },
    { "func_get_args", bi_func_get_args, 0, 0, "", "" },
    { "func_num_args", bi_func_num_args, 0, 0, "", "" },
    { "function_exists", bi_function_exists, 1, 1, "s", "function" },
    { "gc_collect_cycles", bi_gc_collect_cycles, 0, 0, "", "" },
    { "gc_disable", bi_gc_disable, 0, 0, "", "" },
    { "gc_enable", bi_gc_enable, 0, 0, "", "" },
    { "gc_enabled", bi_gc_enabled, 0, 0, "", "" },
    { "gc_mem_caches", bi_gc_mem_caches, 0, 0, "", "" },
    { "gc_status", bi_gc_status, 0, 0, "", "" },
    { "get_defined_constants", bi_get_defined_constants, 0, 1, "b", "categorize", "false" },
    { "get_defined_functions", bi_get_defined_functions, 0, 1, "b", "exclude_disabled", "true" },
    { "get_defined_vars", bi_get_defined_vars, 0, 0, "", "" },
    { "get_include_path", bi_get_include_path, 0, 0, "", "" },
    { "get_included_files", bi_get_included_files, 0, 0, "", "" },
    { "get_required_files", bi_get_included_files, 0, 0, "", "" },
    { "getlastmod", bi_getlastmod, 0, 0, "", "" },
    { "getmyinode", bi_getmyinode, 0, 0, "", "" },
    { "getopt", bi_getopt, 1, 3, "sa&z", "short_options long_options rest_index", "[] null" },
    { "ignore_user_abort", bi_ignore_user_abort, 0, 1, "?b", "enable", "null" },
    { "ini_alter", bi_ini_set, 2, 2, "sz", "option value" },
    { "ini_get", bi_ini_get, 1, 1, "s", "option" },
    { "ini_get_all", bi_ini_get_all, 0, 2, "?sb", "extension details", "null true" },
    { "ini_parse_quantity", bi_ini_parse_quantity, 1, 1, "s", "shorthand" },
    { "ini_restore", bi_ini_restore, 1, 1, "s", "option" },
    { "ini_set", bi_ini_set, 2, 2, "sz", "option value" },
    /* register_shutdown_function(callable $callback, mixed ...$args): void */
    { "register_shutdown_function", bi_register_shutdown_function, 1, -1, "cz*", "callback args" },
    { "restore_error_handler", bi_restore_error_handler, 0, 0, "", "" },
    { "restore_exception_handler", bi_restore_exception_handler, 0, 0, "", "" },
    { "set_error_handler", bi_set_error_handler, 1, 2, "?ci", "callback error_levels", "E_ALL" },
    { "set_exception_handler", bi_set_exception_handler, 1, 1, "?c", "callback" },
    { "set_include_path", bi_set_include_path, 1, 1, "s", "include_path" },
    { "trigger_error", bi_trigger_error, 1, 2, "si", "message error_level", "E_USER_NOTICE" },
    { "user_error", bi_user_error, 1, 2, "si", "message error_level", "E_USER_NOTICE" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_vm, rows);
