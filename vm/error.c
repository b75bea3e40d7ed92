/* error.c - diagnostics, throwables and unwinding. One reporter prints every
 * warning/notice/fatal as php -n does ("\nWarning: msg in F on line N\n").
 * Exceptions and exits unwind with longjmp to the innermost catch point;
 * nothing here longjmps across the public API. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "vm.h"

/* ---- output ---- */

void mp_flush_output(mp_vm *vm)
{
    if (!vm->outlen) return;
    if (vm->cfg.write) vm->cfg.write(vm->cfg.user, vm->outbuf, vm->outlen);
    else { fwrite(vm->outbuf, 1, vm->outlen, stdout); fflush(stdout); }
    vm->outlen = 0;
}

/* All script output goes here: into the innermost ob_start buffer if one
 * is open, else to the host. */
void mp_echo(mp_vm *vm, const char *s, size_t len)
{
    if (vm->nobs) mp_ob_append(vm, vm->nobs - 1, s, len);
    else mp_output_raw(vm, s, len);
}

void mp_output_raw(mp_vm *vm, const char *s, size_t len)
{
    if (len && !(vm->http && vm->http->out_started)) mp_http_output_started(vm);
    if (vm->outlen + len > vm->outcap) {
        /* A full buffer goes out up to its last newline; a partial last line
         * waits for its end, so that other threads' output (xbox tasks,
         * written line by line) never lands inside one of our lines. */
        size_t n = vm->outlen;
        while (n && vm->outbuf[n - 1] != '\n') n--;
        if (n && n < vm->outlen) {
            if (vm->cfg.write) vm->cfg.write(vm->cfg.user, vm->outbuf, n);
            else { fwrite(vm->outbuf, 1, n, stdout); fflush(stdout); }
            memmove(vm->outbuf, vm->outbuf + n, vm->outlen - n);
            vm->outlen -= n;
        }
        if (vm->outlen + len > vm->outcap) mp_flush_output(vm);
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
    if (is_fatal(level) && vm->http && vm->http->req) {
        /* serving a request: a 500 with an empty body; the error goes to the server log */
        vm->http->fatal = 1;
        fprintf(stderr, "PHP %s:  %s in %s on line %d\n", level_label(level), msg, file ? file : "Unknown", line);
        fflush(stderr);
    }
    /* error_get_last() sees everything this standard handler gets, shown or not */
    vm->last.type = level;
    vm->last.line = line;
    vm->last.message = mp_str_cstr(vm, msg);
    vm->last.file = mp_str_cstr(vm, file ? file : "Unknown");
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

/* The handler of set_error_handler() for a diagnostic at the current line:
 * returns 1 when it took it, 0 when the standard handler should (no handler
 * for this level, one already running, or it returned false). While it runs
 * there is no user handler, so errors inside it take the standard way; an
 * exception it throws goes on from the place of the diagnostic. */
static int user_error_handler(mp_vm *vm, int level, const char *msg)
{
    /* as PHP: these levels may not be safe to handle in user space */
    const int unhandled = MP_E_ERROR | MP_E_PARSE | MP_E_CORE_ERROR | MP_E_CORE_WARNING
                        | MP_E_COMPILE_ERROR | MP_E_COMPILE_WARNING;
    if (vm->error_handler.type == MP_T_UNDEF || !(vm->error_handler_mask & level) || (level & unhandled)
        || vm->nframes == 0) return 0;
    mp_val handler = vm->error_handler;
    mp_val args[4] = { mp_v_int(level), mp_v_str(mp_str_cstr(vm, msg)),
                       mp_v_str(mp_str_cstr(vm, mp_current_file(vm))), mp_v_int(mp_current_line(vm)) };
    /* the handler's frame goes above everything the current frame may be using */
    mp_frame *fr = &vm->frames[vm->nframes - 1];
    mp_val *saved_sp = vm->sp, *low = fr->base + fr->func->nslots + fr->func->maxstack - 8;
    if (vm->sp < low || vm->sp >= fr->limit) vm->sp = low;
    int saved_nframes = vm->nframes;
    vm->error_handler = mp_v_undef();
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = saved_nframes;
    vm->catcher = &c;
    mp_val ret = mp_v_null();
    int why = setjmp(c.env);
    if (why == 0) mp_call_value(vm, handler, 4, args, &ret);
    vm->catcher = c.prev;
    vm->sp = saved_sp;
    if (vm->error_handler.type == MP_T_UNDEF) vm->error_handler = handler;   /* unless it set another one */
    if (why) {
        vm->nframes = saved_nframes;
        mp_unwind(vm, why);
    }
    return ret.type != MP_T_FALSE;
}

void mp_error(mp_vm *vm, int level, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!vm) return;
    if (user_error_handler(vm, level, msg)) return;
    mp_report(vm, level, mp_current_file(vm), mp_current_line(vm), msg);
    if (is_fatal(level)) {
        vm->exit_status = 255;
        mp_unwind(vm, MP_UNWIND_FATAL);
    }
}

/* ---- throwables ---- */

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
    case MP_T_OBJECT: mp_buf_printf(b, "Object(%s)", v.u.o->cls->name->data); break;
    case MP_T_RESOURCE: mp_buf_printf(b, "Resource id #%lld", (long long)v.u.res->id); break;
    default: mp_buf_adds(b, "NULL");
    }
    (void)vm;
}

/* What a trace holds: debug_backtrace()'s options and how many of the
 * innermost entries to drop (the debug_backtrace call itself). */
typedef struct trace_opts {
    int provide_object;      /* "object" => $this of method frames */
    int ignore_args;         /* no "args" */
    int skip;                /* entries still to drop */
    int limit;               /* at most this many entries (0: all) */
} trace_opts;

static void trace_entry(mp_vm *vm, mp_array *tr, trace_opts *o, const char *file, int line, mp_str *fn, mp_class *cls,
                        mp_object *this_obj, mp_val *args, int n, mp_val *extra, int nextra)
{
    if (o->skip > 0) { o->skip--; return; }
    if (o->limit && (int)mp_array_count(tr) >= o->limit) return;
    mp_array *e = mp_array_new(vm, 6);
    if (file) {
        mp_array_set_str(vm, e, "file", 4, mp_v_str(mp_str_cstr(vm, file)));
        mp_array_set_str(vm, e, "line", 4, mp_v_int(line));
    }
    mp_array_set_str(vm, e, "function", 8, mp_v_str(fn));
    if (cls) {
        mp_array_set_str(vm, e, "class", 5, mp_v_str(cls->name));
        if (this_obj && o->provide_object) mp_array_set_str(vm, e, "object", 6, mp_v_obj(this_obj));
        mp_array_set_str(vm, e, "type", 4, mp_v_str(mp_str_cstr(vm, this_obj ? "->" : "::")));
    }
    if (o->ignore_args) { mp_array_append(vm, tr, mp_v_arr(e)); return; }
    mp_array *a = mp_array_new(vm, (uint32_t)(n + nextra));
    for (int i = 0; i < n; i++) { mp_val v = *mp_deref(&args[i]); if (v.type == MP_T_UNDEF) v = mp_v_null(); mp_val_share(v); mp_array_append(vm, a, v); }
    for (int i = 0; i < nextra; i++) { mp_val v = *mp_deref(&extra[i]); mp_val_share(v); mp_array_append(vm, a, v); }
    mp_array_set_str(vm, e, "args", 4, mp_v_arr(a));
    mp_array_append(vm, tr, mp_v_arr(e));
}

static int frame_line(const mp_frame *fr)
{
    const mp_func *f = fr->func;
    if (fr->pc < f->code || fr->pc >= f->code + f->ncode) return f->line_start;
    return f->lines[fr->pc - f->code];
}

/* The call stack as PHP's getTrace() array, newest call first. Running
 * builtins (vm->native, innermost first) sit between the frame that called
 * them and the frames of the callbacks they called; a call a builtin made
 * has no file and line ("[internal function]"). */
static mp_array *build_trace(mp_vm *vm, trace_opts *o)
{
    mp_array *tr = mp_array_new(vm, 8);
    const mp_native *nat = vm->native;
    for (int i = vm->nframes - 1; i >= 0; i--) {
        for (; nat && nat->nframes > i; nat = nat->prev) {
            if (!nat->b || nat->nframes > i + 1) continue;   /* the engine itself: no line */
            int internal = nat->prev && nat->prev->nframes == nat->nframes;
            const char *name = nat->b->name;
            const char *dc = strstr(name, "::");
            mp_class *cls = NULL;
            if (dc) { cls = nat->cls ? nat->cls : mp_find_class(vm, mp_str_new(vm, name, (size_t)(dc - name))); name = dc + 2; }
            mp_val *args = nat->argv;
            for (int a = 0; a < nat->argc; a++) {
                if (!mp_builtin_arg_sensitive(nat->b, a)) continue;
                /* #[\SensitiveParameter]: the value is hidden */
                if (args == nat->argv) {
                    args = mp_alloc(vm, sizeof(mp_val) * (size_t)nat->argc);
                    memcpy(args, nat->argv, sizeof(mp_val) * (size_t)nat->argc);
                }
                args[a] = mp_v_obj(mp_object_alloc(vm, mp_find_class(vm, mp_str_cstr(vm, "SensitiveParameterValue"))));
            }
            trace_entry(vm, tr, o, internal ? NULL : vm->frames[i].func->script->path->data, frame_line(&vm->frames[i]),
                        mp_str_cstr(vm, name), cls, nat->this_obj, args, nat->argc, NULL, 0);
        }
        if (i == 0) break;
        mp_frame *fr = &vm->frames[i];
        mp_frame *caller = &vm->frames[i - 1];
        const mp_func *f = fr->func;
        int internal = nat && nat->nframes == i;
        const char *file = internal ? NULL : caller->func->script->path->data;
        int line = frame_line(caller);
        if (fr->is_include) {
            mp_val p = mp_v_str(f->script->path);
            trace_entry(vm, tr, o, file, line, mp_str_cstr(vm, "include"), NULL, NULL, &p, 1, NULL, 0);
            continue;
        }
        if (f->is_thunk) continue;
        int np = f->nparams;
        if (np && f->params[np - 1].variadic) np--;
        int shown = fr->nargs < np ? fr->nargs : np;
        int nextra = fr->nargs > np ? fr->nargs - np : 0;
        mp_class *cls = f->is_closure || f->is_method ? fr->scope : NULL;
        trace_entry(vm, tr, o, file, line, f->name, cls, fr->this_obj, fr->base, shown,
                    fr->extra_args, fr->extra_args ? nextra : 0);
    }
    return tr;
}

mp_array *mp_build_trace(mp_vm *vm)
{
    trace_opts o = { 0, 0, 0, 0 };
    return build_trace(vm, &o);
}

/* debug_backtrace() / debug_print_backtrace(): the trace without their own entry. */
mp_array *mp_debug_trace(mp_vm *vm, int provide_object, int ignore_args, int limit)
{
    trace_opts o = { provide_object, ignore_args, 1, limit > 0 ? limit : 0 };
    return build_trace(vm, &o);
}

/* getTraceAsString(): "#0 file(line): Class->f(args)" lines and "#N {main}". */
mp_str *mp_trace_string(mp_vm *vm, mp_array *tr)
{
    mp_buf b;
    mp_buf_init(&b, vm);
    int k = 0;
    mp_key key; mp_val *e;
    for (uint32_t pos = 0; mp_array_next(tr, &pos, &key, &e); ) {
        mp_val ev = *mp_deref(e);
        if (ev.type != MP_T_ARRAY) continue;
        mp_array *a = ev.u.a;
        mp_val *file = mp_array_find_str(a, "file", 4), *line = mp_array_find_str(a, "line", 4);
        mp_val *fn = mp_array_find_str(a, "function", 8), *cls = mp_array_find_str(a, "class", 5);
        mp_val *type = mp_array_find_str(a, "type", 4), *args = mp_array_find_str(a, "args", 4);
        if (file && file->type == MP_T_STRING)
            mp_buf_printf(&b, "#%d %s(%lld): ", k++, file->u.s->data, line ? (long long)mp_to_int(vm, *line) : 0LL);
        else mp_buf_printf(&b, "#%d [internal function]: ", k++);
        if (cls && cls->type == MP_T_STRING) { mp_buf_adds(&b, cls->u.s->data); if (type && type->type == MP_T_STRING) mp_buf_adds(&b, type->u.s->data); }
        if (fn && fn->type == MP_T_STRING) mp_buf_adds(&b, fn->u.s->data);
        mp_buf_addc(&b, '(');
        if (args && args->type == MP_T_ARRAY) {
            int first = 1;
            mp_key ak; mp_val *av;
            for (uint32_t p2 = 0; mp_array_next(args->u.a, &p2, &ak, &av); ) {
                if (!first) mp_buf_adds(&b, ", ");
                first = 0;
                trace_arg(&b, vm, *av);
            }
        }
        mp_buf_adds(&b, ")\n");
    }
    mp_buf_printf(&b, "#%d {main}", k);
    return mp_buf_finish(&b);
}

/* A Throwable being created: where it was made and the call stack. */
void mp_throwable_init(mp_vm *vm, mp_object *o)
{
    mp_class *base = o->cls;
    while (base->parent) base = base->parent;
    mp_val *e;
    if ((e = mp_array_find_str(base->props, "file", 4))) o->slots[((mp_prop *)e->u.p)->slot] = mp_v_str(mp_str_cstr(vm, mp_current_file(vm)));
    if ((e = mp_array_find_str(base->props, "line", 4))) o->slots[((mp_prop *)e->u.p)->slot] = mp_v_int(mp_current_line(vm));
    if ((e = mp_array_find_str(base->props, "trace", 5))) o->slots[((mp_prop *)e->u.p)->slot] = mp_v_arr(mp_build_trace(vm));
}

mp_object *mp_exception_new(mp_vm *vm, mp_ex_class cls, mp_str *msg)
{
    mp_object *o = mp_object_alloc(vm, vm->ex_classes[cls]);
    mp_val *e = mp_array_find_str(vm->ex_classes[cls]->props, "message", 7);
    if (e) o->slots[((mp_prop *)e->u.p)->slot] = mp_v_str(msg);
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

void mp_throw_ex_code(mp_vm *vm, mp_ex_class cls, int64_t code, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    mp_object *o = mp_exception_new(vm, cls, mp_str_cstr(vm, msg));
    mp_val *e = mp_array_find_str(vm->ex_classes[cls]->props, "code", 4);
    if (e) o->slots[((mp_prop *)e->u.p)->slot] = mp_v_int(code);
    mp_throw_value(vm, mp_v_obj(o));
}

/* ---- exceptions in flight ---- */

/* Does the exception EX match the catch clause type NAME? (An unknown class
 * never matches: PHP does not autoload for catch.) */
int mp_exception_matches(mp_vm *vm, mp_val ex, mp_str *name)
{
    if (ex.type != MP_T_OBJECT) return 0;
    return mp_instanceof_name(vm, ex.u.o->cls, name);
}

static mp_val *previous_slot(mp_object *o)
{
    mp_class *base = o->cls;
    while (base->parent) base = base->parent;
    mp_val *e = mp_array_find_str(base->props, "previous", 8);
    return e ? &o->slots[((mp_prop *)e->u.p)->slot] : NULL;
}

/* An exception thrown while PREV was pending (finally): PREV goes at the end
 * of EX's chain of previous exceptions, unless that makes a cycle. */
void mp_exception_set_previous(mp_vm *vm, mp_val ex, mp_val prev)
{
    (void)vm;
    if (ex.type != MP_T_OBJECT || prev.type != MP_T_OBJECT || ex.u.o == prev.u.o) return;
    for (mp_val *p = previous_slot(prev.u.o); p && p->type == MP_T_OBJECT; p = previous_slot(p->u.o))
        if (p->u.o == ex.u.o) return;
    mp_object *last = ex.u.o;
    for (mp_val *p = previous_slot(last); p && p->type == MP_T_OBJECT; p = previous_slot(last)) {
        if (p->u.o == prev.u.o) return;
        last = p->u.o;
    }
    mp_val *slot = previous_slot(last);
    if (slot) *slot = prev;
}

/* "PHP Fatal error:  Uncaught ..." for the exception in flight: its
 * __toString() (the user's, if overridden), then "  thrown". */
static void report_uncaught(mp_vm *vm)
{
    mp_object *o = vm->exception.u.o;
    mp_class *base = o->cls;
    while (base->parent) base = base->parent;
    mp_val *fe = mp_array_find_str(base->props, "file", 4), *le = mp_array_find_str(base->props, "line", 4);
    mp_val file = fe ? *mp_deref(&o->slots[((mp_prop *)fe->u.p)->slot]) : mp_v_str(mp_str_empty());
    mp_val line = le ? *mp_deref(&o->slots[((mp_prop *)le->u.p)->slot]) : mp_v_int(0);
    mp_str *fs = mp_to_str(vm, file);
    int ln = (int)mp_to_int(vm, line);
    mp_str *str;
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = vm->nframes;
    vm->catcher = &c;
    mp_val ex = vm->exception;
    int saved_nframes = vm->nframes;
    if (vm->nframes == 0 && vm->frames[0].func) {
        /* every frame is gone: run __toString() on the main frame's stack */
        vm->nframes = 1;
        vm->sp = vm->frames[0].base + vm->frames[0].func->nslots;
    }
    c.nframes = vm->nframes;
    if (setjmp(c.env) == 0) {
        str = mp_object_to_string(vm, o);
    } else {
        vm->nframes = c.nframes;
        str = mp_str_cstr(vm, o->cls->name->data);
    }
    vm->catcher = c.prev;
    vm->exception = ex;
    vm->nframes = saved_nframes;
    mp_buf b;
    mp_buf_init(&b, vm);
    mp_buf_adds(&b, "Uncaught ");
    mp_buf_add(&b, str->data, str->len);
    mp_buf_adds(&b, "\n  thrown");
    mp_str *m = mp_buf_finish(&b);
    mp_report(vm, MP_E_ERROR, fs->data, ln, m->data);
    vm->exit_status = 255;
}

/* The handler of set_exception_handler() gets the exception once every frame
 * is gone: it runs on the main frame as a call made by the engine ("[internal
 * function]" in traces). An exception it throws is reported as uncaught. */
static void call_exception_handler(mp_vm *vm)
{
    mp_val ex = vm->exception;
    vm->exception = mp_v_undef();
    int saved_nframes = vm->nframes;
    mp_frame *main_fr = &vm->frames[0];
    vm->nframes = 1;
    vm->sp = main_fr->base + main_fr->func->nslots;
    mp_native engine = { NULL, 0, NULL, 1, NULL, NULL, NULL };
    vm->native = &engine;
    mp_catch c;
    c.prev = vm->catcher;
    c.nframes = 1;
    vm->catcher = &c;
    mp_val ret;
    int why = setjmp(c.env);
    if (why == 0) mp_call_value(vm, vm->exception_handler, 1, &ex, &ret);
    vm->catcher = c.prev;
    vm->native = NULL;
    vm->nframes = saved_nframes;
    if (why == MP_UNWIND_EXCEPTION) report_uncaught(vm);
}

void mp_uncaught(mp_vm *vm)
{
    if (vm->exception_handler.type != MP_T_UNDEF && vm->frames[0].func && !vm->eval_string) call_exception_handler(vm);
    else report_uncaught(vm);
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
    if (!b->fn) mp_throw_ex(vm, MP_EX_ERROR, "Cannot call abstract method %s()", b->name);
    /* stack traces show the arguments as passed, before coercion (PHP's
     * argument parsing never changes them) */
    mp_val orig[8];
    mp_native n = { b, argc, argv, vm->nframes, vm->native, vm->this_native, vm->native_cls };
    vm->native_cls = NULL;
    if (argc <= 8) {
        memcpy(orig, argv, sizeof(mp_val) * (size_t)argc);
        n.argv = orig;
    }
    vm->native = &n;
    mp_builtin_invoke_shown(vm, b, argc, argv, ret, argc <= 8 ? orig : NULL);
    vm->native = n.prev;
}
