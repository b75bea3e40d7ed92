/* json.c - json_encode, json_decode, json_last_error(_msg) with PHP 8.2's
 * exact output (ext/json): escapes, pretty printing, float forms, error
 * codes, and the decoder's error precedence (the scanner's token classes and
 * the bison parser's stack limit are reproduced). The last error lives in the
 * VM (mp_json_error). Objects are marked hooks until the VM has classes. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "builtins.h"
#include "strutil.h"
#include "../vm/vmapi.h"

/* Option bits and error codes (PHP's JSON_* constants, see constants.c). */
enum {
    J_HEX_TAG = 1, J_HEX_AMP = 2, J_HEX_APOS = 4, J_HEX_QUOT = 8,
    J_FORCE_OBJECT = 16, J_NUMERIC_CHECK = 32, J_UNESCAPED_SLASHES = 64,
    J_PRETTY_PRINT = 128, J_UNESCAPED_UNICODE = 256, J_PARTIAL_OUTPUT = 512,
    J_PRESERVE_ZERO_FRACTION = 1024, J_UNESCAPED_LINE_TERMINATORS = 2048,
    J_OBJECT_AS_ARRAY = 1, J_BIGINT_AS_STRING = 2,
    J_INVALID_UTF8_IGNORE = 0x100000, J_INVALID_UTF8_SUBSTITUTE = 0x200000,
    J_THROW_ON_ERROR = 0x400000,
};
enum {
    JE_NONE, JE_DEPTH, JE_STATE_MISMATCH, JE_CTRL_CHAR, JE_SYNTAX, JE_UTF8,
    JE_RECURSION, JE_INF_OR_NAN, JE_UNSUPPORTED_TYPE, JE_INVALID_PROPERTY_NAME,
    JE_UTF16, JE_NON_BACKED_ENUM,
};

static const char *error_msg(int code)
{
    switch (code) {
    case JE_NONE:                  return "No error";
    case JE_DEPTH:                 return "Maximum stack depth exceeded";
    case JE_STATE_MISMATCH:        return "State mismatch (invalid or malformed JSON)";
    case JE_CTRL_CHAR:             return "Control character error, possibly incorrectly encoded";
    case JE_SYNTAX:                return "Syntax error";
    case JE_UTF8:                  return "Malformed UTF-8 characters, possibly incorrectly encoded";
    case JE_RECURSION:             return "Recursion detected";
    case JE_INF_OR_NAN:            return "Inf and NaN cannot be JSON encoded";
    case JE_UNSUPPORTED_TYPE:      return "Type is not supported";
    case JE_INVALID_PROPERTY_NAME: return "The decoded property name is invalid";
    case JE_UTF16:                 return "Single unpaired UTF-16 surrogate in unicode escape";
    case JE_NON_BACKED_ENUM:       return "Non-backed enums have no default serialization";
    default:                       return "Unknown error";
    }
}

/* ---- UTF-8 ---- */

/* Characters are decoded by mp_utf8_next (strutil.h): PHP's rule for how
 * many bytes an invalid sequence covers decides how many U+FFFD
 * JSON_INVALID_UTF8_SUBSTITUTE writes. */

/* Length of the well-formed UTF-8 character at s (the json scanner's UTF8
 * class: no overlongs, no surrogates, nothing above U+10FFFF), 0 if none. */
static int utf8_valid_len(const unsigned char *s, size_t len)
{
    unsigned cp;
    int n = mp_utf8_next(s, len, &cp);
    return n > 0 ? n : 0;
}

static void put_utf8(mp_buf *b, unsigned cp)
{
    char t[4];
    int n;
    if (cp < 0x80) {
        t[0] = (char)cp; n = 1;
    } else if (cp < 0x800) {
        t[0] = (char)(0xC0 | (cp >> 6)); t[1] = (char)(0x80 | (cp & 0x3F)); n = 2;
    } else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12)); t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
    } else {
        t[0] = (char)(0xF0 | (cp >> 18)); t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); t[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
    }
    mp_buf_add(b, t, (size_t)n);
}

/* ---- encoder ---- */

/* The decimal form of I (printf is slow on this hot path). */
static void put_int(mp_buf *b, int64_t i)
{
    char tmp[24], *p = tmp + sizeof tmp;
    uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (i < 0)
        *--p = '-';
    mp_buf_add(b, p, (size_t)(tmp + sizeof tmp - p));
}


typedef struct json_enc {
    mp_vm          *vm;
    mp_buf          buf;
    int             flags;       /* JSON_* options */
    int             depth;       /* arrays open now */
    int64_t         max_depth;   /* the $depth argument */
    int             error;       /* JE_* of the last error seen (encoding may go on) */
    const void **open;           /* arrays and objects being encoded, for recursion detection */
    int             nopen, capopen;
} json_enc;

static int enc_value(json_enc *e, mp_val v);

static void put_u16(mp_buf *b, unsigned u)
{
    static const char hex[] = "0123456789abcdef";
    char t[6] = { '\\', 'u', hex[(u >> 12) & 15], hex[(u >> 8) & 15], hex[(u >> 4) & 15], hex[u & 15] };
    mp_buf_add(b, t, 6);
}

/* PHP's float form for JSON: serialize_precision digits (-1 = shortest),
 * exponent with a small 'e' ("1.0e+25"), ".0" added to integral values only
 * with JSON_PRESERVE_ZERO_FRACTION. */
static void enc_double(json_enc *e, double d)
{
    char num[80];
    size_t n = mp_float_gcvt(d, mp_serialize_precision(e->vm), num);
    for (size_t i = 0; i < n; i++)
        if (num[i] == 'E')
            num[i] = 'e';
    mp_buf_add(&e->buf, num, n);
    if ((e->flags & J_PRESERVE_ZERO_FRACTION) && !memchr(num, '.', n))
        mp_buf_add(&e->buf, ".0", 2);
}

/* A JSON string literal. Returns 0 on invalid UTF-8 (error set; the bytes
 * written so far are dropped, "null" written with PARTIAL_OUTPUT). */
static int enc_string(json_enc *e, const char *str, size_t len, int flags)
{
    mp_buf *b = &e->buf;
    if (len == 0) {
        mp_buf_add(b, "\"\"", 2);
        return 1;
    }
    if (flags & J_NUMERIC_CHECK) {
        mp_val n;
        int t = mp_str_numeric(str, len, &n, 0, NULL);
        if (t == MP_T_INT) {
            put_int(b, n.u.i);
            return 1;
        }
        if (t == MP_T_FLOAT && isfinite(n.u.d)) {
            enc_double(e, n.u.d);
            return 1;
        }
    }
    size_t checkpoint = b->len;
    const unsigned char *s = (const unsigned char *)str;
    mp_buf_addc(b, '"');
    size_t i = 0, run = 0;   /* s[run..i) is plain text not yet copied */
    while (i < len) {
        unsigned char c = s[i];
        if (c >= 0x80) {
            mp_buf_add(b, str + run, i - run);
            unsigned cp;
            int n = mp_utf8_next(s + i, len - i, &cp);
            if (n < 0) {
                if (flags & J_INVALID_UTF8_IGNORE) {
                    /* dropped */
                } else if (flags & J_INVALID_UTF8_SUBSTITUTE) {
                    if (flags & J_UNESCAPED_UNICODE)
                        mp_buf_add(b, "\xEF\xBF\xBD", 3);
                    else
                        mp_buf_add(b, "\\ufffd", 6);
                } else {
                    b->len = checkpoint;
                    e->error = JE_UTF8;
                    if (flags & J_PARTIAL_OUTPUT)
                        mp_buf_add(b, "null", 4);
                    return 0;
                }
                i += (size_t)-n;
            } else if ((flags & J_UNESCAPED_UNICODE)
                       && ((flags & J_UNESCAPED_LINE_TERMINATORS) || cp < 0x2028 || cp > 0x2029)) {
                mp_buf_add(b, str + i, (size_t)n);
                i += (size_t)n;
            } else {
                if (cp >= 0x10000) {
                    cp -= 0x10000;
                    put_u16(b, 0xD800 | (cp >> 10));
                    put_u16(b, 0xDC00 | (cp & 0x3FF));
                } else {
                    put_u16(b, cp);
                }
                i += (size_t)n;
            }
            run = i;
            continue;
        }
        const char *rep = NULL;
        char one[2] = { (char)c, 0 };
        switch (c) {
        case '"':  rep = (flags & J_HEX_QUOT) ? "\\u0022" : "\\\""; break;
        case '\\': rep = "\\\\"; break;
        case '/':  rep = (flags & J_UNESCAPED_SLASHES) ? one : "\\/"; break;
        case '\b': rep = "\\b"; break;
        case '\f': rep = "\\f"; break;
        case '\n': rep = "\\n"; break;
        case '\r': rep = "\\r"; break;
        case '\t': rep = "\\t"; break;
        case '<':  if (flags & J_HEX_TAG) rep = "\\u003C"; break;
        case '>':  if (flags & J_HEX_TAG) rep = "\\u003E"; break;
        case '&':  if (flags & J_HEX_AMP) rep = "\\u0026"; break;
        case '\'': if (flags & J_HEX_APOS) rep = "\\u0027"; break;
        default:   break;
        }
        if (!rep && c >= 0x20) {
            i++;
            continue;
        }
        mp_buf_add(b, str + run, i - run);
        if (rep)
            mp_buf_adds(b, rep);
        else
            put_u16(b, c);
        i++;
        run = i;
    }
    mp_buf_add(b, str + run, i - run);
    mp_buf_addc(b, '"');
    return 1;
}

static void pretty_nl_indent(json_enc *e)
{
    if (e->flags & J_PRETTY_PRINT) {
        mp_buf_addc(&e->buf, '\n');
        for (int i = 0; i < e->depth; i++)
            mp_buf_add(&e->buf, "    ", 4);
    }
}

/* An array as [..] (a list) or {..}. The depth limit is checked after the
 * elements, as PHP does; PARTIAL_OUTPUT keeps going after errors. */
static int enc_array_ex(json_enc *e, const mp_array *a, int force_object, const void *ident);

static int enc_array(json_enc *e, const mp_array *a)
{
    return enc_array_ex(e, a, 0, a);
}

/* An object: jsonSerialize()'s result, a backed enum's value, or its
 * properties visible here as a JSON object (always {...}). */
static int enc_object(json_enc *e, mp_object *o)
{
    int backed;
    mp_val bv;
    const char *bt;
    if (mp_enum_case_name(o, &backed, &bv, &bt)) {
        if (!backed) {
            e->error = JE_NON_BACKED_ENUM;
            mp_buf_add(&e->buf, "0", 1);
            return 0;
        }
        return enc_value(e, bv);
    }
    if (mp_object_instanceof(e->vm, o, "JsonSerializable")) {
        for (int i = 0; i < e->nopen; i++)
            if (e->open[i] == (const void *)o) {
                e->error = JE_RECURSION;
                mp_buf_add(&e->buf, "null", 4);
                return 0;
            }
        mp_array *cb = mp_array_new(e->vm, 2);
        mp_array_append(e->vm, cb, mp_v_obj(o));
        mp_array_append(e->vm, cb, mp_v_str(mp_str_cstr(e->vm, "jsonSerialize")));
        mp_val r;
        mp_call_value(e->vm, mp_v_arr(cb), 0, NULL, &r);
        if (e->nopen == e->capopen) {
            int cap = e->capopen ? e->capopen * 2 : 16;
            const void **n = mp_alloc(e->vm, (size_t)cap * sizeof *n);
            if (e->nopen) memcpy(n, e->open, (size_t)e->nopen * sizeof *n);
            e->open = n;
            e->capopen = cap;
        }
        e->open[e->nopen++] = (const void *)o;
        int ok = enc_value(e, r);
        e->nopen--;
        return ok;
    }
    mp_array *storage = mp_spl_cast_array(e->vm, o);
    return enc_array_ex(e, storage ? storage : mp_object_vars(e->vm, o, 1), 1, o);
}

static int enc_array_ex(json_enc *e, const mp_array *a, int force_object, const void *ident)
{
    for (int i = 0; i < e->nopen; i++) {
        if (e->open[i] == ident) {
            e->error = JE_RECURSION;
            mp_buf_add(&e->buf, "null", 4);
            return 0;
        }
    }
    if (e->nopen == e->capopen) {
        int cap = e->capopen ? e->capopen * 2 : 16;
        const void **n = mp_alloc(e->vm, (size_t)cap * sizeof *n);
        if (e->nopen)
            memcpy(n, e->open, (size_t)e->nopen * sizeof *n);
        e->open = n;
        e->capopen = cap;
    }
    e->open[e->nopen++] = ident;
    int as_object = force_object || (e->flags & J_FORCE_OBJECT) || !mp_array_is_list(a);
    mp_buf_addc(&e->buf, as_object ? '{' : '[');
    e->depth++;
    int need_comma = 0;
    uint32_t pos = 0;
    mp_key k;
    mp_val *v;
    while (mp_array_next(a, &pos, &k, &v)) {
        if (need_comma)
            mp_buf_addc(&e->buf, ',');
        need_comma = 1;
        pretty_nl_indent(e);
        if (as_object) {
            if (k.s) {
                if (!enc_string(e, k.s->data, k.s->len, e->flags & ~J_NUMERIC_CHECK)
                    && (e->flags & J_PARTIAL_OUTPUT)) {
                    e->buf.len -= 4;   /* the "null" written for a bad key */
                    mp_buf_add(&e->buf, "\"\"", 2);
                }
            } else {
                mp_buf_addc(&e->buf, '"');
                put_int(&e->buf, k.i);
                mp_buf_addc(&e->buf, '"');
            }
            mp_buf_addc(&e->buf, ':');
            if (e->flags & J_PRETTY_PRINT)
                mp_buf_addc(&e->buf, ' ');
        }
        if (!enc_value(e, *v) && !(e->flags & J_PARTIAL_OUTPUT)) {
            e->nopen--;
            return 0;
        }
    }
    e->nopen--;
    if (e->depth > e->max_depth) {
        e->error = JE_DEPTH;
        if (!(e->flags & J_PARTIAL_OUTPUT))
            return 0;
    }
    e->depth--;
    if (need_comma)
        pretty_nl_indent(e);
    mp_buf_addc(&e->buf, as_object ? '}' : ']');
    return 1;
}

/* Returns 0 on a failure that stops encoding (unless PARTIAL_OUTPUT). */
static int enc_value(json_enc *e, mp_val v)
{
    if (v.type == MP_T_REF)
        v = v.u.r->val;
    switch (v.type) {
    case MP_T_UNDEF:
    case MP_T_NULL:  mp_buf_add(&e->buf, "null", 4); return 1;
    case MP_T_FALSE: mp_buf_add(&e->buf, "false", 5); return 1;
    case MP_T_TRUE:  mp_buf_add(&e->buf, "true", 4); return 1;
    case MP_T_INT:   put_int(&e->buf, v.u.i); return 1;
    case MP_T_FLOAT:
        if (isfinite(v.u.d)) {
            enc_double(e, v.u.d);
        } else {
            /* not fatal: PHP writes 0 and goes on */
            e->error = JE_INF_OR_NAN;
            mp_buf_addc(&e->buf, '0');
        }
        return 1;
    case MP_T_STRING:
        return enc_string(e, v.u.s->data, v.u.s->len, e->flags);
    case MP_T_ARRAY:
        return enc_array(e, v.u.a);
    case MP_T_OBJECT:
        return enc_object(e, v.u.o);
    default:
        e->error = JE_UNSUPPORTED_TYPE;
        if (e->flags & J_PARTIAL_OUTPUT)
            mp_buf_add(&e->buf, "null", 4);
        return 0;
    }
}

/* json_encode(mixed $value, int $flags = 0, int $depth = 512): string|false */
static void bi_json_encode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    json_enc e;
    memset(&e, 0, sizeof e);
    e.vm = vm;
    mp_buf_init(&e.buf, vm);
    e.flags = argc > 1 && argv[1].type == MP_T_INT ? (int)argv[1].u.i : 0;
    e.max_depth = argc > 2 && argv[2].type == MP_T_INT ? argv[2].u.i : 512;
    enc_value(&e, argv[0]);
    /* With THROW_ON_ERROR (and no PARTIAL_OUTPUT) json_last_error() keeps
     * its old value. */
    if (!(e.flags & J_THROW_ON_ERROR) || (e.flags & J_PARTIAL_OUTPUT)) {
        *mp_json_error(vm) = e.error;
        if (e.error && !(e.flags & J_PARTIAL_OUTPUT)) {
            *ret = mp_v_bool(0);
            return;
        }
    } else if (e.error) {
        mp_throw_ex_code(vm, MP_EX_JSON_EXCEPTION, e.error, "%s", error_msg(e.error));
    }
    *ret = mp_v_str(mp_buf_finish(&e.buf));
}

/* ---- decoder ----
 * A recursive-descent parser over a scanner that classifies bytes exactly as
 * PHP's re2c scanner does, so the first error found (and so its code) is the
 * same. PHP's bison parser gives up with "Syntax error" when its state stack
 * reaches 10000 entries (about 5000 nested arrays); the parser counts the
 * entries bison would hold (see push()) to fail at the same point. */

enum { T_EOI, T_LBRACE, T_RBRACE, T_LBRACKET, T_RBRACKET, T_COLON, T_COMMA,
       T_NULL, T_TRUE, T_FALSE, T_INT, T_DOUBLE, T_STRING, T_ERROR };

#define JSON_PARSER_STACK_MAX 10000   /* bison's YYMAXDEPTH */

typedef struct json_dec {
    mp_vm      *vm;
    const unsigned char *s;     /* input */
    size_t      len, pos;
    int         flags;          /* JSON_* options (OBJECT_AS_ARRAY already merged) */
    int64_t     max_depth;      /* the $depth argument */
    int64_t     depth;          /* arrays/objects open */
    int         stack;          /* entries bison's stack would hold now */
    int         error;          /* JE_* once failed */
    int         tok;            /* current token (T_*) */
    mp_val      val;            /* its value (numbers, strings) */
} json_dec;

/* One more entry on bison's stack; 0 (error set) when it is full. */
static int push(json_dec *d)
{
    if (++d->stack >= JSON_PARSER_STACK_MAX) {
        d->error = JE_SYNTAX;   /* "memory exhausted" reported as a syntax error */
        return 0;
    }
    return 1;
}

static int scan_error(json_dec *d, int code)
{
    d->error = code;
    d->tok = T_ERROR;
    return T_ERROR;
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* \uXXXX at s (6 bytes, checked): the code unit, or -1. */
static int u_escape(const unsigned char *s, size_t left)
{
    if (left < 6 || s[0] != '\\' || s[1] != 'u')
        return -1;
    int u = 0;
    for (int i = 2; i < 6; i++) {
        int h = hexval(s[i]);
        if (h < 0)
            return -1;
        u = u * 16 + h;
    }
    return u;
}

/* A string starting after its opening quote. First pass as PHP's: find the
 * first error (control character, bad escape, lone surrogate, bad UTF-8);
 * then build the value. */
static int scan_string(json_dec *d)
{
    const unsigned char *s = d->s;
    size_t i = d->pos, end = d->len;
    mp_buf b;
    mp_buf_init(&b, d->vm);
    for (;;) {
        if (i >= end)
            return scan_error(d, JE_CTRL_CHAR);   /* the terminating NUL */
        unsigned char c = s[i];
        if (c < 0x20)
            return scan_error(d, JE_CTRL_CHAR);
        if (c == '"') {
            i++;
            break;
        }
        if (c == '\\') {
            if (i + 1 >= end)
                return scan_error(d, JE_SYNTAX);
            unsigned char n = s[i + 1];
            if (n == 'u') {
                int u = u_escape(s + i, end - i);
                if (u < 0)
                    return scan_error(d, JE_SYNTAX);
                if (u >= 0xD800 && u <= 0xDBFF) {
                    int lo = u_escape(s + i + 6, end - i - 6);
                    if (lo >= 0xDC00 && lo <= 0xDFFF) {
                        put_utf8(&b, 0x10000 + (((unsigned)u & 0x3FF) << 10) + ((unsigned)lo & 0x3FF));
                        i += 12;
                        continue;
                    }
                    return scan_error(d, JE_UTF16);
                }
                if (u >= 0xDC00 && u <= 0xDFFF)
                    return scan_error(d, JE_UTF16);
                put_utf8(&b, (unsigned)u);
                i += 6;
                continue;
            }
            char esc;
            switch (n) {
            case '"': case '\\': case '/': esc = (char)n; break;
            case 'b': esc = '\b'; break;
            case 'f': esc = '\f'; break;
            case 'n': esc = '\n'; break;
            case 'r': esc = '\r'; break;
            case 't': esc = '\t'; break;
            default:  return scan_error(d, JE_SYNTAX);
            }
            mp_buf_addc(&b, esc);
            i += 2;
            continue;
        }
        if (c < 0x80) {
            size_t st = i;
            while (i < end && s[i] >= 0x20 && s[i] < 0x80 && s[i] != '"' && s[i] != '\\')
                i++;
            mp_buf_add(&b, (const char *)s + st, i - st);
            continue;
        }
        int n = utf8_valid_len(s + i, end - i);
        if (n) {
            mp_buf_add(&b, (const char *)s + i, (size_t)n);
            i += (size_t)n;
            continue;
        }
        /* one invalid byte (the scanner's ANY rule) */
        if (d->flags & J_INVALID_UTF8_IGNORE) {
            i++;
            continue;
        }
        if (d->flags & J_INVALID_UTF8_SUBSTITUTE) {
            mp_buf_add(&b, "\xEF\xBF\xBD", 3);
            i++;
            continue;
        }
        return scan_error(d, JE_UTF8);
    }
    d->pos = i;
    d->val = b.len ? mp_v_str(mp_buf_finish(&b)) : mp_v_str(mp_str_empty());
    return d->tok = T_STRING;
}

/* INT = -?(0|[1-9][0-9]*), FLOAT = INT.[0-9]+, EXP = (INT|FLOAT)[eE][+-]?[0-9]+,
 * matched longest-first like re2c ("01" is two tokens, "1." is 1 then an error). */
static int scan_number(json_dec *d)
{
    const unsigned char *s = d->s;
    size_t st = d->pos, i = st, end = d->len;
    int neg = 0;
    if (s[i] == '-') {
        neg = 1;
        i++;
    }
    if (i >= end || !is_digit(s[i])) {
        /* a lone '-' is a valid UTF-8 character but no token */
        d->pos = st;
        return scan_error(d, JE_SYNTAX);
    }
    if (s[i] == '0')
        i++;
    else
        while (i < end && is_digit(s[i]))
            i++;
    size_t int_end = i;
    int is_float = 0;
    if (i + 1 < end && s[i] == '.' && is_digit(s[i + 1])) {
        i += 2;
        while (i < end && is_digit(s[i]))
            i++;
        is_float = 1;
    }
    if (i < end && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < end && (s[j] == '+' || s[j] == '-'))
            j++;
        if (j < end && is_digit(s[j])) {
            while (j < end && is_digit(s[j]))
                j++;
            i = j;
            is_float = 1;
        }
    }
    d->pos = i;
    char tmp[64];
    size_t n = i - st;
    char *text = n < sizeof tmp ? tmp : mp_alloc_atomic(d->vm, n + 1);
    memcpy(text, s + st, n);
    text[n] = '\0';
    if (!is_float) {
        size_t digits = int_end - st - (size_t)neg;
        int big = 0;
        if (digits >= 19) {
            if (digits == 19) {
                int cmp = strncmp(text + neg, "9223372036854775808", 19);
                big = !(cmp < 0 || (cmp == 0 && neg));
            } else {
                big = 1;
            }
        }
        if (!big) {
            d->val = mp_v_int(strtoll(text, NULL, 10));
            return d->tok = T_INT;
        }
        if (d->flags & J_BIGINT_AS_STRING) {
            d->val = mp_v_str(mp_str_new(d->vm, text, n));
            return d->tok = T_STRING;
        }
    }
    d->val = mp_v_float(strtod(text, NULL));
    return d->tok = T_DOUBLE;
}

static int next_token(json_dec *d)
{
    const unsigned char *s = d->s;
    while (d->pos < d->len && (s[d->pos] == ' ' || s[d->pos] == '\t' || s[d->pos] == '\n' || s[d->pos] == '\r'))
        d->pos++;
    if (d->pos >= d->len)
        return d->tok = T_EOI;
    unsigned char c = s[d->pos];
    size_t left = d->len - d->pos;
    switch (c) {
    case '{': d->pos++; return d->tok = T_LBRACE;
    case '}': d->pos++; return d->tok = T_RBRACE;
    case '[': d->pos++; return d->tok = T_LBRACKET;
    case ']': d->pos++; return d->tok = T_RBRACKET;
    case ':': d->pos++; return d->tok = T_COLON;
    case ',': d->pos++; return d->tok = T_COMMA;
    case '"': d->pos++; return scan_string(d);
    case 'n':
        if (left >= 4 && memcmp(s + d->pos, "null", 4) == 0) { d->pos += 4; return d->tok = T_NULL; }
        break;
    case 't':
        if (left >= 4 && memcmp(s + d->pos, "true", 4) == 0) { d->pos += 4; return d->tok = T_TRUE; }
        break;
    case 'f':
        if (left >= 5 && memcmp(s + d->pos, "false", 5) == 0) { d->pos += 5; return d->tok = T_FALSE; }
        break;
    default:
        if (c == '-' || is_digit(c))
            return scan_number(d);
        break;
    }
    /* NUL before the end, other control characters: CTRL_CHAR; any other
     * well-formed character: SYNTAX; a byte that starts none: UTF8 */
    if (c < 0x20)
        return scan_error(d, JE_CTRL_CHAR);
    if (utf8_valid_len(s + d->pos, left))
        return scan_error(d, JE_SYNTAX);
    return scan_error(d, JE_UTF8);
}

/* Parse the value starting at the current token, through its last token:
 * the token after it is not read yet (bison reduces a finished value before
 * it looks ahead, so e.g. a bad property name is reported before a bad
 * character after it). *out receives the value. Returns 0 on error. */
static int parse_value(json_dec *d, mp_val *out);

static int syntax_error(json_dec *d)
{
    if (!d->error)
        d->error = JE_SYNTAX;
    return 0;
}

/* After '{' or '[' was read: its stack entry, the mid-rule action (depth
 * check), the action's own entry, then the first token inside. */
static int open_nested(json_dec *d)
{
    if (!push(d))
        return 0;
    if (d->depth >= d->max_depth - 1) {
        d->error = JE_DEPTH;
        return 0;
    }
    d->depth++;
    if (!push(d))
        return 0;
    return next_token(d) != T_ERROR;
}

/* The closing token of an array (']', '}' is a STATE_MISMATCH) or an object
 * ('}', ']' is a mismatch). */
static int close_nested(json_dec *d, int want, int other, int base)
{
    if (d->tok == T_ERROR)
        return 0;
    if (d->tok != want && d->tok != other)
        return syntax_error(d);
    if (!push(d))
        return 0;
    if (d->tok == other) {
        d->error = JE_STATE_MISMATCH;
        return 0;
    }
    d->depth--;
    d->stack = base + 1;                /* the whole array/object -> value */
    return 1;
}

/* array: '[' (value (',' value)*)? ']' */
static int parse_array(json_dec *d, mp_val *out)
{
    int base = d->stack;
    if (!open_nested(d))
        return 0;
    mp_array *a = mp_array_new(d->vm, 0);
    if (d->tok != T_RBRACKET && d->tok != T_RBRACE) {
        for (int count = 0;; count++) {
            mp_val v;
            if (!parse_value(d, &v))
                return 0;
            if (count)
                d->stack -= 2;          /* element ',' value -> element */
            mp_array_append(d->vm, a, v);
            if (next_token(d) != T_COMMA)
                break;
            if (!push(d) || next_token(d) == T_ERROR)
                return 0;
        }
    } else if (!push(d)) {              /* elements: %empty */
        return 0;
    }
    if (!close_nested(d, T_RBRACKET, T_RBRACE, base))
        return 0;
    *out = a->count ? mp_v_arr(a) : mp_v_arr(mp_array_empty());
    return 1;
}

/* object: '{' (key ':' value (',' key ':' value)*)? '}'. Decoded as an
 * array for now (OBJECTS: unless JSON_OBJECT_AS_ARRAY, create a stdClass
 * and set properties on it; keys stay strings, "0" is property "0"). */
static int parse_object(json_dec *d, mp_val *out)
{
    int base = d->stack;
    if (!open_nested(d))
        return 0;
    mp_array *a = mp_array_new(d->vm, 0);
    if (d->tok != T_RBRACE && d->tok != T_RBRACKET) {
        for (int count = 0;; count++) {
            if (d->tok != T_STRING)
                return syntax_error(d);
            mp_val key = d->val;
            if (!push(d) || next_token(d) == T_ERROR)
                return 0;
            if (d->tok != T_COLON)
                return syntax_error(d);
            if (!push(d) || next_token(d) == T_ERROR)
                return 0;
            mp_val v;
            if (!parse_value(d, &v))
                return 0;
            /* key ':' value -> member; member ',' key ':' value -> member */
            d->stack -= count ? 4 : 2;
            if (!(d->flags & J_OBJECT_AS_ARRAY) && key.u.s->len > 0 && key.u.s->data[0] == '\0') {
                d->error = JE_INVALID_PROPERTY_NAME;
                return 0;
            }
            mp_key k;
            mp_array_key_from_val(d->vm, key, &k);
            mp_array_set(d->vm, a, k, v);
            if (next_token(d) != T_COMMA)
                break;
            if (!push(d) || next_token(d) == T_ERROR)
                return 0;
        }
    } else if (!push(d)) {              /* members: %empty */
        return 0;
    }
    if (!close_nested(d, T_RBRACE, T_RBRACKET, base))
        return 0;
    if (!(d->flags & J_OBJECT_AS_ARRAY)) {
        /* a stdClass, made after its members (PHP numbers objects that way) */
        *out = mp_v_obj(mp_std_object(d->vm, a->count ? a : NULL));
        return 1;
    }
    *out = a->count ? mp_v_arr(a) : mp_v_arr(mp_array_empty());
    return 1;
}

static int parse_value(json_dec *d, mp_val *out)
{
    switch (d->tok) {
    case T_LBRACE:   return parse_object(d, out);
    case T_LBRACKET: return parse_array(d, out);
    case T_NULL:     *out = mp_v_null(); break;
    case T_TRUE:     *out = mp_v_bool(1); break;
    case T_FALSE:    *out = mp_v_bool(0); break;
    case T_INT: case T_DOUBLE: case T_STRING:
        *out = d->val;
        break;
    case T_ERROR:
        return 0;
    default:
        return syntax_error(d);
    }
    return push(d);
}

/* json_decode(string $json, ?bool $associative = null, int $depth = 512, int $flags = 0): mixed */
static void bi_json_decode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *json = argv[0].u.s;
    int64_t depth = argc > 2 && argv[2].type == MP_T_INT ? argv[2].u.i : 512;
    int flags = argc > 3 && argv[3].type == MP_T_INT ? (int)argv[3].u.i : 0;
    if (!(flags & J_THROW_ON_ERROR))
        *mp_json_error(vm) = JE_NONE;
    *ret = mp_v_null();
    if (json->len == 0) {
        if (flags & J_THROW_ON_ERROR)
            mp_throw_ex_code(vm, MP_EX_JSON_EXCEPTION, JE_SYNTAX, "%s", error_msg(JE_SYNTAX));
        *mp_json_error(vm) = JE_SYNTAX;
        return;
    }
    if (depth <= 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "json_decode(): Argument #3 ($depth) must be greater than 0");
    if (depth > 2147483647)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "json_decode(): Argument #3 ($depth) must be less than %d", 2147483647);
    /* an explicit $associative overrides JSON_OBJECT_AS_ARRAY in $flags */
    if (argc > 1 && argv[1].type != MP_T_NULL) {
        if (argv[1].type == MP_T_TRUE)
            flags |= J_OBJECT_AS_ARRAY;
        else
            flags &= ~J_OBJECT_AS_ARRAY;
    }
    json_dec d;
    memset(&d, 0, sizeof d);
    d.vm = vm;
    d.s = (const unsigned char *)json->data;
    d.len = json->len;
    d.flags = flags;
    d.max_depth = depth;
    d.stack = 1;                        /* bison's initial state */
    mp_val v;
    int ok = next_token(&d) != T_ERROR && parse_value(&d, &v);
    if (ok) {
        next_token(&d);
        if (d.tok == T_ERROR)
            ok = 0;
        else if (d.tok != T_EOI)
            ok = syntax_error(&d);
        else
            ok = push(&d);
    }
    if (!ok) {
        if (!d.error)
            d.error = JE_SYNTAX;
        if (flags & J_THROW_ON_ERROR)
            mp_throw_ex_code(vm, MP_EX_JSON_EXCEPTION, d.error, "%s", error_msg(d.error));
        *mp_json_error(vm) = d.error;
        return;
    }
    *ret = v;
}

/* json_last_error(): int */
static void bi_json_last_error(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_int(*mp_json_error(vm));
}

/* json_last_error_msg(): string */
static void bi_json_last_error_msg(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    *ret = mp_v_str(mp_str_cstr(vm, error_msg(*mp_json_error(vm))));
}

/* Sorted by name (strcmp). */
static const mp_builtin rows[] = {
    /* json_decode(string $json, ?bool $associative = null, int $depth = 512, int $flags = 0): mixed */
    { "json_decode", bi_json_decode, 1, 4, "s?bii", "json associative depth flags", "null 512 0" },
    /* json_encode(mixed $value, int $flags = 0, int $depth = 512): string|false */
    { "json_encode", bi_json_encode, 1, 3, "zii", "value flags depth", "0 512" },
    /* json_last_error(): int */
    { "json_last_error", bi_json_last_error, 0, 0, "", "" },
    /* json_last_error_msg(): string */
    { "json_last_error_msg", bi_json_last_error_msg, 0, 0, "", "" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_json, rows);
