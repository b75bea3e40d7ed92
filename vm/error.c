/* error.c - diagnostics, throwables and unwinding. One reporter prints every
 * warning/notice/fatal as php -n does ("\nWarning: msg in F on line N\n").
 * Exceptions and exits unwind with longjmp to the innermost catch point;
 * nothing here longjmps across the public API. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "vm.h"

/* ---- output ---- */

void mp_flush_output(mp_vm *vm)
{
    if (!vm->outlen) return;
    if (vm->cfg.write) vm->cfg.write(vm->cfg.user, vm->outbuf, vm->outlen);
    else { fwrite(vm->outbuf, 1, vm->outlen, stdout); fflush(stdout); }
    vm->outlen = 0;
}

void mp_echo(mp_vm *vm, const char *s, size_t len)
{
    if (vm->outlen + len > vm->outcap) {
        mp_flush_output(vm);
        if (len > vm->outcap) {
            if (vm->cfg.write) vm->cfg.write(vm->cfg.user, s, len);
            else fwrite(s, 1, len, stdout);
            return;
        }
    }
    memcpy(vm->outbuf + vm->outlen, s, len);
    vm->outlen += len;
}

/* ---- where are we ---- */

int mp_current_line(mp_vm *vm)
{
    if (vm->nframes == 0) return 0;
    mp_frame *fr = &vm->frames[vm->nframes - 1];
    if (fr->pc < fr->func->code || fr->pc >= fr->func->code + fr->func->ncode) return fr->func->line_start;
    return fr->func->lines[fr->pc - fr->func->code];
}

const char *mp_current_file(mp_vm *vm)
{
    if (vm->nframes == 0) return vm->main_path ? vm->main_path->data : "Unknown";
    return vm->frames[vm->nframes - 1].func->script->path->data;
}

int mp_strict_types(mp_vm *vm)
{
    return vm->nframes > 0 && vm->frames[vm->nframes - 1].func->strict_types;
}

const char *mp_current_function(mp_vm *vm)
{
    if (vm->nframes == 0) return "";
    const mp_func *f = vm->frames[vm->nframes - 1].func;
    return f == f->script->main ? "" : f->name->data;
}

/* ---- diagnostics ---- */

static const char *level_label(int level)
{
    switch (level) {
    case MP_E_ERROR: case MP_E_CORE_ERROR: case MP_E_COMPILE_ERROR: case MP_E_USER_ERROR:
        return "Fatal error";
    case MP_E_RECOVERABLE_ERROR: return "Recoverable fatal error";
    case MP_E_WARNING: case MP_E_CORE_WARNING: case MP_E_COMPILE_WARNING: case MP_E_USER_WARNING:
        return "Warning";
    case MP_E_PARSE: return "Parse error";
    case MP_E_NOTICE: case MP_E_USER_NOTICE: return "Notice";
    case MP_E_STRICT: return "Strict Standards";
    case MP_E_DEPRECATED: case MP_E_USER_DEPRECATED: return "Deprecated";
    }
    return "Unknown error";
}

static int is_fatal(int level)
{
    return level & (MP_E_ERROR | MP_E_CORE_ERROR | MP_E_COMPILE_ERROR | MP_E_USER_ERROR | MP_E_PARSE);
}

void mp_report(mp_vm *vm, int level, const char *file, int line, const char *msg)
{
    if (is_fatal(level)) snprintf(vm->last_error, sizeof vm->last_error, "%s", msg);
    if (!(vm->error_reporting & level) && !is_fatal(level)) return;
    if (!(vm->error_reporting & level)) return;
    if (vm->log_errors) {
        char buf[2048];
        int n = snprintf(buf, sizeof buf, "PHP %s:  %s in %s on line %d\n", level_label(level), msg, file, line);
        if (vm->cfg.error) vm->cfg.error(vm->cfg.user, level, file, line, msg);
        else { mp_flush_output(vm); fwrite(buf, 1, (size_t)(n < (int)sizeof buf ? n : (int)sizeof buf - 1), stderr); }
    }
    if (vm->display_errors == 1) {
        mp_buf b;
        mp_buf_init(&b, vm);
        mp_buf_printf(&b, "\n%s: ", level_label(level));
        mp_buf_adds(&b, msg);
        mp_buf_printf(&b, " in %s on line %d\n", file, line);
        mp_echo(vm, b.data, b.len);
    } else if (vm->display_errors == 2) {
        mp_flush_output(vm);
        if (vm->cfg.error) vm->cfg.error(vm->cfg.user, level, file, line, msg);
        else { fprintf(stderr, "%s: %s in %s on line %d\n", level_label(level), msg, file, line); fflush(stderr); }
    }
}

void mp_error(mp_vm *vm, int level, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!vm) return;
    mp_report(vm, level, mp_current_file(vm), mp_current_line(vm), msg);
    if (is_fatal(level)) {
        vm->exit_status = 255;
        mp_unwind(vm, MP_UNWIND_FATAL);
    }
}

/* ---- throwables ---- */

static const mp_class cls_throwable_roots[] = {
    { "Exception", NULL },
    { "Error", NULL },
};
#define EXC (&cls_throwable_roots[0])
#define ERR (&cls_throwable_roots[1])
static const mp_class cls_type_error = { "TypeError", ERR };
static const mp_class cls_arith_error = { "ArithmeticError", ERR };
static const mp_class ex_classes[MP_EX__COUNT] = {
    [MP_EX_EXCEPTION] = { "Exception", NULL },
    [MP_EX_ERROR_EXCEPTION] = { "ErrorException", EXC },
    [MP_EX_ERROR] = { "Error", NULL },
    [MP_EX_TYPE_ERROR] = { "TypeError", ERR },
    [MP_EX_VALUE_ERROR] = { "ValueError", ERR },
    [MP_EX_ARGUMENT_COUNT_ERROR] = { "ArgumentCountError", &cls_type_error },
    [MP_EX_ARITHMETIC_ERROR] = { "ArithmeticError", ERR },
    [MP_EX_DIVISION_BY_ZERO_ERROR] = { "DivisionByZeroError", &cls_arith_error },
    [MP_EX_UNHANDLED_MATCH_ERROR] = { "UnhandledMatchError", ERR },
    [MP_EX_JSON_EXCEPTION] = { "JsonException", EXC },
};

/* A string shown in a trace or a match error: at most 15 bytes then "...",
 * backslash and control bytes escaped as PHP's smart_str_append_escaped does. */
void mp_append_escaped_truncated(mp_buf *b, const mp_str *s)
{
    size_t n = s->len > 15 ? 15 : s->len;
    mp_buf_addc(b, '\'');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s->data[i];
        switch (c) {
        case '\n': mp_buf_adds(b, "\\n"); break;
        case '\r': mp_buf_adds(b, "\\r"); break;
        case '\t': mp_buf_adds(b, "\\t"); break;
        case '\f': mp_buf_adds(b, "\\f"); break;
        case '\v': mp_buf_adds(b, "\\v"); break;
        case '\\': mp_buf_adds(b, "\\\\"); break;
        case 27: mp_buf_adds(b, "\\e"); break;
        default:
            if (c < 32 || c > 126) mp_buf_printf(b, "\\x%02X", c);
            else mp_buf_addc(b, (char)c);
        }
    }
    mp_buf_adds(b, s->len > 15 ? "...'" : "'");
}

/* One trace argument as PHP abbreviates it: 'strings...' (15 bytes), Array, NULL. */
static void trace_arg(mp_buf *b, mp_vm *vm, mp_val v)
{
    v = *mp_deref(&v);
    char buf[64];
    switch (v.type) {
    case MP_T_NULL: case MP_T_UNDEF: mp_buf_adds(b, "NULL"); break;
    case MP_T_TRUE: mp_buf_adds(b, "true"); break;
    case MP_T_FALSE: mp_buf_adds(b, "false"); break;
    case MP_T_INT: mp_buf_printf(b, "%lld", (long long)v.u.i); break;
    case MP_T_FLOAT:
        /* precision 14, and ".0" on integral values (smart_str_append_double) */
        mp_float_fmt(v.u.d, mp_precision(vm), buf);
        mp_buf_adds(b, buf);
        if (!strpbrk(buf, ".EN")) mp_buf_adds(b, ".0");
        break;
    case MP_T_STRING: mp_append_escaped_truncated(b, v.u.s); break;
    case MP_T_ARRAY: mp_buf_adds(b, "Array"); break;
    case MP_T_OBJECT: mp_buf_printf(b, "Object(%s)", v.u.o->cls->name); break;
    default: mp_buf_adds(b, "NULL");
    }
    (void)vm;
}

static void trace_args(mp_buf *b, mp_vm *vm, mp_val *args, int n, mp_val *extra, int nextra)
{
    mp_buf_addc(b, '(');
    for (int i = 0; i < n; i++) { if (i) mp_buf_adds(b, ", "); trace_arg(b, vm, args[i]); }
    for (int i = 0; i < nextra; i++) { if (i || n) mp_buf_adds(b, ", "); trace_arg(b, vm, extra[i]); }
    mp_buf_addc(b, ')');
}

/* The "#0 file(line): f(args)" lines, newest call first, ending with {main}. */
static mp_str *build_trace(mp_vm *vm)
{
    mp_buf b;
    mp_buf_init(&b, vm);
    int k = 0;
    int top = vm->nframes - 1;
    if (vm->native && top >= 0) {
        mp_frame *fr = &vm->frames[top];
        mp_buf_printf(&b, "#%d %s(%d): %s", k++, fr->func->script->path->data,
                      fr->func->lines[fr->pc - fr->func->code], vm->native->b->name);
        trace_args(&b, vm, vm->native->argv, vm->native->argc, NULL, 0);
        mp_buf_addc(&b, '\n');
    }
    for (int i = top; i >= 1; i--) {
        mp_frame *fr = &vm->frames[i];
        mp_frame *caller = &vm->frames[i - 1];
        const mp_func *f = fr->func;
        int line = caller->func->lines[caller->pc - caller->func->code];
        mp_buf_printf(&b, "#%d %s(%d): ", k++, caller->func->script->path->data, line);
        if (fr->is_include) {
            mp_buf_adds(&b, "include(");
            mp_append_escaped_truncated(&b, f->script->path);
            mp_buf_adds(&b, ")\n");
            continue;
        }
        mp_buf_adds(&b, f->name->data);
        int np = f->nparams;
        if (np && f->params[np - 1].variadic) np--;
        int shown = fr->nargs < np ? fr->nargs : np;
        mp_val *args = fr->base;
        int nextra = fr->nargs > np ? fr->nargs - np : 0;
        trace_args(&b, vm, args, shown, fr->extra_args, fr->extra_args ? nextra : 0);
        mp_buf_addc(&b, '\n');
    }
    mp_buf_printf(&b, "#%d {main}", k);
    return mp_buf_finish(&b);
}

mp_object *mp_exception_new(mp_vm *vm, mp_ex_class cls, mp_str *msg)
{
    mp_object *o = mp_alloc(vm, sizeof *o);
    o->cls = &ex_classes[cls];
    o->id = ++vm->next_object_id;
    o->props = mp_array_new(vm, 8);
    mp_array_set_str(vm, o->props, "message", 7, mp_v_str(msg));
    mp_array_set_str(vm, o->props, "code", 4, mp_v_int(0));
    mp_array_set_str(vm, o->props, "file", 4, mp_v_str(mp_str_cstr(vm, mp_current_file(vm))));
    mp_array_set_str(vm, o->props, "line", 4, mp_v_int(mp_current_line(vm)));
    mp_array_set_str(vm, o->props, "traceString", 11, mp_v_str(build_trace(vm)));
    return o;
}

void mp_throw_value(mp_vm *vm, mp_val ex)
{
    vm->exception = ex;
    mp_unwind(vm, MP_UNWIND_EXCEPTION);
}

void mp_throw_ex(mp_vm *vm, mp_ex_class cls, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mp_throw_value(vm, mp_v_obj(mp_exception_new(vm, cls, mp_str_cstr(vm, msg))));
}

static mp_str *prop_str(mp_vm *vm, mp_object *o, const char *name)
{
    mp_val *v = mp_array_find_str(o->props, name, strlen(name));
    return v ? mp_to_str(vm, *v) : mp_str_empty();
}

void mp_uncaught(mp_vm *vm)
{
    mp_object *o = vm->exception.u.o;
    mp_str *msg = prop_str(vm, o, "message"), *file = prop_str(vm, o, "file");
    mp_val *line = mp_array_find_str(o->props, "line", 4);
    int ln = line ? (int)line->u.i : 0;
    mp_buf b;
    mp_buf_init(&b, vm);
    mp_buf_printf(&b, "Uncaught %s", o->cls->name);
    if (msg->len) { mp_buf_adds(&b, ": "); mp_buf_add(&b, msg->data, msg->len); }
    /* Exception::__toString: a TypeError/ArgumentCountError about a user
     * function's argument reads "..., called in F on line N and defined in F:L" */
    if ((o->cls == &ex_classes[MP_EX_TYPE_ERROR] || o->cls == &ex_classes[MP_EX_ARGUMENT_COUNT_ERROR])
        && strstr(msg->data, ", called in ")) mp_buf_adds(&b, " and defined");
    mp_buf_printf(&b, " in %s:%d\nStack trace:\n", file->data, ln);
    mp_str *tr = prop_str(vm, o, "traceString");
    mp_buf_add(&b, tr->data, tr->len);
    mp_buf_adds(&b, "\n  thrown");
    mp_str *m = mp_buf_finish(&b);
    mp_report(vm, MP_E_ERROR, file->data, ln, m->data);
    vm->exit_status = 255;
}

void mp_unwind(mp_vm *vm, int why)
{
    if (!vm->catcher) {
        fprintf(stderr, "minphp: unwinding without a catch point\n");
        abort();
    }
    longjmp(vm->catcher->env, why);
}

/* Run a builtin, remembering it for stack traces. */
void mp_native_call(mp_vm *vm, const mp_builtin *b, int argc, mp_val *argv, mp_val *ret)
{
    /* stack traces show the arguments as passed, before coercion (PHP's
     * argument parsing never changes them) */
    mp_val orig[8];
    mp_native n = { b, argc, argv, vm->native };
    if (argc <= 8) {
        memcpy(orig, argv, sizeof(mp_val) * (size_t)argc);
        n.argv = orig;
    }
    vm->native = &n;
    mp_builtin_invoke_shown(vm, b, argc, argv, ret, argc <= 8 ? orig : NULL);
    vm->native = n.prev;
}
