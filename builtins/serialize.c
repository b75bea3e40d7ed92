/* serialize.c - serialize() and unserialize() in PHP 8.2's exact format
 * (ext/standard/var.c, var_unserializer.re): N; b: i: d: s: a:, references
 * as R:n; numbered like PHP's var_hash, and unserialize's error offsets and
 * notices. Object formats (O: C: E: r:) are marked hooks until the VM has
 * classes. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "builtins.h"
#include "../vm/vmapi.h"

/* ---- serialize ---- */

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

/* s:LEN:"bytes"; */
static void put_string(mp_buf *b, const mp_str *s)
{
    mp_buf_add(b, "s:", 2);
    put_int(b, (int64_t)s->len);
    mp_buf_add(b, ":\"", 2);
    mp_buf_add(b, s->data, s->len);
    mp_buf_add(b, "\";", 2);
}

/* i:N; */
static void put_long(mp_buf *b, int64_t i)
{
    mp_buf_add(b, "i:", 2);
    put_int(b, i);
    mp_buf_addc(b, ';');
}


typedef struct ser_ctx {
    mp_vm          *vm;
    mp_buf          buf;
    int64_t         n;          /* values written so far: PHP's var_hash counter */
    mp_array       *refs;       /* mp_ref address (int key) -> its number */
    const mp_array **open;      /* nested arrays being written (recursion check) */
    int             nopen, capopen;
    mp_array       *objs;       /* object address (int key) -> its number (r:n;) */
} ser_ctx;

static void ser_value(ser_ctx *c, mp_val v);
static void ser_object(ser_ctx *c, mp_object *o);
static void ser_members(ser_ctx *c, const mp_array *a);

/* a:N:{key;value...}. An element that is a reference held only here counts
 * as a plain value (PHP derefs refcount-1 references); an array element
 * that is an array already being written is cut short as N;. */
static void ser_array(ser_ctx *c, const mp_array *a)
{
    mp_buf_add(&c->buf, "a:", 2);
    put_int(&c->buf, a->count);
    mp_buf_add(&c->buf, ":{", 2);
    uint32_t pos = 0;
    mp_key k;
    mp_val *slot;
    while (mp_array_next(a, &pos, &k, &slot)) {
        if (k.s)
            put_string(&c->buf, k.s);
        else
            put_long(&c->buf, k.i);
        mp_val e = *slot;
        if (e.type == MP_T_REF && e.u.r->rc <= 1)
            e = e.u.r->val;
        if (e.type != MP_T_ARRAY) {
            ser_value(c, e);
            continue;
        }
        int recursive = e.u.a == a;
        for (int i = 0; i < c->nopen && !recursive; i++)
            recursive = c->open[i] == e.u.a;
        if (recursive) {
            c->n++;
            mp_buf_add(&c->buf, "N;", 2);
            continue;
        }
        if (c->nopen == c->capopen) {
            int cap = c->capopen ? c->capopen * 2 : 16;
            const mp_array **n = mp_alloc(c->vm, (size_t)cap * sizeof *n);
            if (c->nopen)
                memcpy(n, c->open, (size_t)c->nopen * sizeof *n);
            c->open = n;
            c->capopen = cap;
        }
        c->open[c->nopen++] = e.u.a;
        ser_value(c, e);
        c->nopen--;
    }
    mp_buf_addc(&c->buf, '}');
}

static mp_val call0(mp_vm *vm, mp_object *o, const char *method)
{
    mp_array *cb = mp_array_new(vm, 2);
    mp_array_append(vm, cb, mp_v_obj(o));
    mp_array_append(vm, cb, mp_v_str(mp_str_cstr(vm, method)));
    mp_val r;
    mp_call_value(vm, mp_v_arr(cb), 0, NULL, &r);
    return r;
}

/* O:len:"Class":n:{...} with the class name; the body comes from the caller. */
static void put_object_head(ser_ctx *c, mp_object *o, uint32_t n)
{
    const char *name = mp_object_class_name(o);
    mp_buf_add(&c->buf, "O:", 2);
    put_int(&c->buf, (int64_t)strlen(name));
    mp_buf_add(&c->buf, ":\"", 2);
    mp_buf_adds(&c->buf, name);
    mp_buf_add(&c->buf, "\":", 2);
    put_int(&c->buf, n);
    mp_buf_add(&c->buf, ":{", 2);
}

/* An object: r:n; when met before; enums E:; __serialize(); __sleep();
 * else every property under its mangled name. */
static void ser_object(ser_ctx *c, mp_object *o)
{
    mp_key key = { NULL, (int64_t)(intptr_t)o };
    mp_val *seen = mp_array_find(c->objs, key);
    if (seen) {
        mp_buf_add(&c->buf, "r:", 2);
        put_int(&c->buf, seen->u.i);
        mp_buf_addc(&c->buf, ';');
        return;
    }
    mp_array_set(c->vm, c->objs, key, mp_v_int(c->n));
    if (!mp_object_serializable(o))
        mp_throw_ex(c->vm, MP_EX_EXCEPTION, "Serialization of '%s' is not allowed", mp_object_class_name(o));
    int backed; mp_val bv; const char *bt;
    const char *cn = mp_enum_case_name(o, &backed, &bv, &bt);
    if (cn) {
        const char *name = mp_object_class_name(o);
        mp_buf_add(&c->buf, "E:", 2);
        put_int(&c->buf, (int64_t)(strlen(name) + 1 + strlen(cn)));
        mp_buf_add(&c->buf, ":\"", 2);
        mp_buf_printf(&c->buf, "%s:%s", name, cn);
        mp_buf_add(&c->buf, "\";", 2);
        return;
    }
    if (mp_object_has_method(o, "__serialize")) {
        mp_val data = call0(c->vm, o, "__serialize");
        if (data.type != MP_T_ARRAY)
            mp_throw_ex(c->vm, MP_EX_TYPE_ERROR, "%s::__serialize() must return an array", mp_object_class_name(o));
        put_object_head(c, o, mp_array_count(data.u.a));
        ser_members(c, data.u.a);
        mp_buf_addc(&c->buf, '}');
        return;
    }
    mp_array *props = mp_object_mangled_props(c->vm, o);
    if (mp_object_has_method(o, "__sleep")) {
        mp_val names = call0(c->vm, o, "__sleep");
        if (names.type != MP_T_ARRAY) {
            mp_error(c->vm, MP_E_WARNING, "serialize(): __sleep should return an array only containing the names of instance-variables to serialize");
            mp_buf_add(&c->buf, "N;", 2);
            return;
        }
        mp_array *pick = mp_array_new(c->vm, mp_array_count(names.u.a));
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(names.u.a, &pos, &k, &e); ) {
            mp_val nv = *mp_deref(e);
            if (nv.type != MP_T_STRING) continue;
            mp_str *nm = nv.u.s;
            mp_str *cands[3] = { nm, mp_str_printf(c->vm, "%c*%c%s", 1, 1, nm->data), mp_str_printf(c->vm, "%c%s%c%s", 1, mp_object_class_name(o), 1, nm->data) };
            for (int q = 1; q < 3; q++) for (size_t z = 0; z < cands[q]->len; z++) if (cands[q]->data[z] == 1) cands[q]->data[z] = 0;
            int found = 0;
            for (int q = 0; q < 3 && !found; q++) {
                mp_val *pv = mp_array_find(props, (mp_key){ cands[q], 0 });
                if (pv) { mp_array_set(c->vm, pick, (mp_key){ cands[q], 0 }, *pv); found = 1; }
            }
            if (!found)   /* php 8 leaves it out */
                mp_error(c->vm, MP_E_WARNING, "serialize(): \"%s\" returned as member variable from __sleep() but does not exist", nm->data);
        }
        props = pick;
    }
    put_object_head(c, o, mp_array_count(props));
    ser_members(c, props);
    mp_buf_addc(&c->buf, '}');
}

/* key;value pairs of an object body. */
static void ser_members(ser_ctx *c, const mp_array *a)
{
    uint32_t pos = 0;
    mp_key k;
    mp_val *slot;
    while (mp_array_next(a, &pos, &k, &slot)) {
        if (k.s) put_string(&c->buf, k.s);
        else put_long(&c->buf, k.i);
        mp_val e = *slot;
        if (e.type == MP_T_REF && e.u.r->rc <= 1) e = e.u.r->val;
        ser_value(c, e);
    }
}

static void ser_value(ser_ctx *c, mp_val v)
{
    /* Every value takes a number; a reference seen before is written as
     * R:its number; and then takes none. */
    c->n++;
    if (v.type == MP_T_REF) {
        mp_key key = { NULL, (int64_t)(intptr_t)v.u.r };
        mp_val *seen = mp_array_find(c->refs, key);
        if (seen) {
            c->n--;
            mp_buf_add(&c->buf, "R:", 2);
            put_int(&c->buf, seen->u.i);
            mp_buf_addc(&c->buf, ';');
            return;
        }
        mp_array_set(c->vm, c->refs, key, mp_v_int(c->n));
        v = v.u.r->val;
    }
    switch (v.type) {
    case MP_T_FALSE: mp_buf_add(&c->buf, "b:0;", 4); break;
    case MP_T_TRUE:  mp_buf_add(&c->buf, "b:1;", 4); break;
    case MP_T_INT:   put_long(&c->buf, v.u.i); break;
    case MP_T_FLOAT: {
        /* serialize_precision digits, exponent as "1.0E+25", INF/-INF/NAN */
        char num[80];
        size_t n = mp_float_gcvt(v.u.d, mp_serialize_precision(c->vm), num);
        mp_buf_add(&c->buf, "d:", 2);
        mp_buf_add(&c->buf, num, n);
        mp_buf_addc(&c->buf, ';');
        break;
    }
    case MP_T_STRING:
        put_string(&c->buf, v.u.s);
        break;
    case MP_T_ARRAY:
        ser_array(c, v.u.a);
        break;
    case MP_T_OBJECT:
        ser_object(c, v.u.o);
        break;
    case MP_T_RESOURCE:
        mp_buf_add(&c->buf, "i:0;", 4);   /* as php: a resource serializes as int 0 */
        break;
    default:
        mp_buf_add(&c->buf, "N;", 2);
        break;
    }
}

/* serialize(mixed $value): string */
static void bi_serialize(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    ser_ctx c;
    memset(&c, 0, sizeof c);
    c.vm = vm;
    mp_buf_init(&c.buf, vm);
    c.refs = mp_array_new(vm, 0);
    c.objs = mp_array_new(vm, 0);
    ser_value(&c, argv[0]);
    *ret = mp_v_str(mp_buf_finish(&c.buf));
}

/* ---- unserialize ----
 * A recursive reader following var_unserializer.re rule by rule, so that
 * failures stop at the same offset. Values are numbered as read (keys and
 * R: excepted); R:n makes the slot of value n a reference and shares it.
 * Slots are remembered as (array, key) because arrays move as they grow. */

typedef struct unser_loc {
    mp_array *arr;      /* the array holding the slot, or NULL: */
    mp_val   *direct;   /*   the top-level result */
    mp_key    key;
} unser_loc;

typedef struct unser_ctx {
    mp_vm      *vm;
    const unsigned char *s;
    size_t      len;
    size_t      p;          /* PHP's *p: where an error is reported */
    unser_loc  *vars;       /* value n is vars[n - 1] */
    int64_t     nvars, capvars;
    int64_t     max_depth, depth;
} unser_ctx;

/* The byte at i, or NUL past the end (PHP's strings end in a NUL, which
 * its scanner reads as a mismatch). */
static unsigned char at(const unser_ctx *u, size_t i)
{
    return i < u->len ? u->s[i] : 0;
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Digits from i; returns the index after them (i itself if none). */
static size_t skip_digits(const unser_ctx *u, size_t i)
{
    while (is_digit(at(u, i)))
        i++;
    return i;
}

/* iv = [+-]?[0-9]+ at i: the index after it, or 0 if none. */
static size_t match_iv(const unser_ctx *u, size_t i)
{
    if (at(u, i) == '+' || at(u, i) == '-')
        i++;
    size_t e = skip_digits(u, i);
    return e > i ? e : 0;
}

/* PHP's parse_iv: saturates with a warning on overflow. */
static int64_t parse_iv(unser_ctx *u, size_t i)
{
    int neg = 0;
    if (at(u, i) == '-') { neg = 1; i++; }
    else if (at(u, i) == '+') i++;
    while (at(u, i) == '0')
        i++;
    size_t start = i;
    uint64_t r = 0;
    while (is_digit(at(u, i)))
        r = r * 10 + (uint64_t)(at(u, i++) - '0');
    if (i - start > 19 || r > (uint64_t)INT64_MAX + (uint64_t)neg) {
        mp_error(u->vm, MP_E_WARNING, "unserialize(): Numerical result out of range");
        return neg ? INT64_MIN : INT64_MAX;
    }
    return neg ? (int64_t)(0 - r) : (int64_t)r;
}

/* PHP's parse_uiv: no overflow check (wraps). */
static uint64_t parse_uiv(const unser_ctx *u, size_t i)
{
    uint64_t r = 0;
    while (is_digit(at(u, i)))
        r = r * 10 + (uint64_t)(at(u, i++) - '0');
    return r;
}

/* "d:" (iv | nv | nvexp) ";" with nv = [+-]?([0-9]*"."[0-9]+ | [0-9]+"."[0-9]*),
 * nvexp = (iv | nv)[eE]iv: the index of the ';', or 0. */
static size_t match_double(const unser_ctx *u, size_t i)
{
    if (at(u, i) == '+' || at(u, i) == '-')
        i++;
    size_t a = skip_digits(u, i);
    size_t e = a;
    if (at(u, a) == '.') {
        size_t b = skip_digits(u, a + 1);
        if (a == i && b == a + 1)
            return 0;               /* "." alone */
        e = b;
    } else if (a == i) {
        return 0;
    }
    if (at(u, e) == 'e' || at(u, e) == 'E') {
        size_t x = match_iv(u, e + 1);
        if (!x)
            return 0;
        e = x;
    }
    return at(u, e) == ';' ? e : 0;
}

static void var_push(unser_ctx *u, unser_loc loc)
{
    if (u->nvars == u->capvars) {
        int64_t cap = u->capvars ? u->capvars * 2 : 32;
        unser_loc *n = mp_alloc(u->vm, (size_t)cap * sizeof *n);
        if (u->nvars)
            memcpy(n, u->vars, (size_t)u->nvars * sizeof *n);
        u->vars = n;
        u->capvars = cap;
    }
    u->vars[u->nvars++] = loc;
}

static mp_val *loc_slot(const unser_loc *l)
{
    return l->arr ? mp_array_find(l->arr, l->key) : l->direct;
}

static void loc_store(unser_ctx *u, const unser_loc *l, mp_val v)
{
    if (l->arr)
        mp_array_set(u->vm, l->arr, l->key, v);
    else
        *l->direct = v;
    (void)u;
}

/* The reference in SLOT, boxing its value into a new one first if needed. */
static mp_ref *box_ref(mp_vm *vm, mp_val *slot)
{
    if (slot->type == MP_T_REF)
        return slot->u.r;
    mp_ref *r = mp_alloc(vm, sizeof *r);
    r->val = *slot;
    r->rc = 1;
    slot->tw = 0;
    slot->type = MP_T_REF;
    slot->u.r = r;
    return r;
}

static int unser_value(unser_ctx *u, const unser_loc *loc, int is_key, mp_val *keyval);

/* The '}' closing an array. */
static int finish_nested(unser_ctx *u)
{
    if (u->p >= u->len || u->s[u->p] != '}')
        return 0;
    u->p++;
    return 1;
}

/* The elements of a non-empty array, key then value. */
static int unser_elements(unser_ctx *u, mp_array *a, int64_t elements)
{
    if (u->max_depth > 0 && u->depth >= u->max_depth) {
        mp_error(u->vm, MP_E_WARNING, "unserialize(): Maximum depth of %lld exceeded. The depth limit can be "
                 "changed using the max_depth unserialize() option or the unserialize_max_depth ini setting",
                 (long long)u->max_depth);
        return 0;
    }
    u->depth++;
    while (elements-- > 0) {
        mp_val kv;
        if (!unser_value(u, NULL, 1, &kv))
            goto fail;
        mp_key k;
        if (kv.type == MP_T_INT) {
            k.s = NULL;
            k.i = kv.u.i;
        } else if (kv.type == MP_T_STRING) {
            mp_array_key_from_val(u->vm, kv, &k);   /* "12" -> 12 */
        } else {
            goto fail;
        }
        /* A key seen before: its slot is reused, a reference in it dropped. */
        mp_val *old = mp_array_find(a, k);
        if (old && old->type == MP_T_REF && old->u.r->rc > 0)
            old->u.r->rc--;
        mp_array_set(u->vm, a, k, mp_v_null());
        unser_loc loc = { a, NULL, k };
        if (!unser_value(u, &loc, 0, NULL))
            goto fail;
    }
    u->depth--;
    return 1;
fail:
    u->depth--;
    return 0;
}

/* One value at u->p into LOC (or, for keys, into *keyval: only i: and s:
 * make keys; N;, b:, d: read fine but the caller rejects them). */
static int unser_value(unser_ctx *u, const unser_loc *loc, int is_key, mp_val *keyval)
{
    size_t start = u->p;
    if (start >= u->len)
        return 0;
    unsigned char t = u->s[start];
    if (!is_key && t != 'R')
        var_push(u, *loc);
    mp_val v;
    if (t == '}') {
        /* fewer elements than the array announced */
        mp_error(u->vm, MP_E_NOTICE, "unserialize(): Unexpected end of serialized data");
        return 0;
    }
    if (at(u, start + 1) != (t == 'N' ? ';' : ':'))
        return 0;
    size_t i = start + 2, e;
    switch (t) {
    case 'N':
        u->p = start + 2;
        v = mp_v_null();
        break;
    case 'b':
        if ((at(u, i) != '0' && at(u, i) != '1') || at(u, i + 1) != ';')
            return 0;
        u->p = i + 2;
        v = mp_v_bool(at(u, i) == '1');
        break;
    case 'i':
        e = match_iv(u, i);
        if (!e || at(u, e) != ';')
            return 0;
        u->p = e + 1;
        v = mp_v_int(parse_iv(u, i));
        break;
    case 'd': {
        size_t j = i;
        if (at(u, j) == '-' && at(u, j + 1) == 'I')
            j++;
        if ((at(u, j) == 'N' && at(u, j + 1) == 'A' && at(u, j + 2) == 'N' && j == i)
            || (at(u, j) == 'I' && at(u, j + 1) == 'N' && at(u, j + 2) == 'F')) {
            if (at(u, j + 3) != ';')
                return 0;
            u->p = j + 4;
            v = mp_v_float(at(u, j) == 'N' ? NAN : j > i ? -INFINITY : INFINITY);
            break;
        }
        e = match_double(u, i);
        if (!e)
            return 0;
        u->p = e + 1;
        char tmp[64];
        size_t n = e - i;
        char *text = n < sizeof tmp ? tmp : mp_alloc_atomic(u->vm, n + 1);
        memcpy(text, u->s + i, n);
        text[n] = '\0';
        v = mp_v_float(strtod(text, NULL));
        break;
    }
    case 's':
    case 'S': {
        e = skip_digits(u, i);
        if (e == i || at(u, e) != ':' || at(u, e + 1) != '"')
            return 0;
        uint64_t len = parse_uiv(u, i);
        size_t c = e + 2;
        if (u->len - c < len) {
            u->p = start + 2;
            return 0;
        }
        mp_str *str;
        if (t == 's') {
            str = mp_str_new(u->vm, (const char *)u->s + c, (size_t)len);
            c += (size_t)len;
        } else {
            /* S: \hh escapes, each counting as one byte of LEN */
            str = mp_str_alloc(u->vm, (size_t)len);
            for (uint64_t k = 0; k < len; k++) {
                if (c >= u->len)
                    return 0;
                if (u->s[c] != '\\') {
                    str->data[k] = (char)u->s[c++];
                    continue;
                }
                unsigned ch = 0;
                for (int h = 0; h < 2; h++) {
                    unsigned char x = at(u, ++c);
                    if (x >= '0' && x <= '9') ch = ch * 16 + (x - '0');
                    else if (x >= 'a' && x <= 'f') ch = ch * 16 + (x - 'a' + 10);
                    else if (x >= 'A' && x <= 'F') ch = ch * 16 + (x - 'A' + 10);
                    else return 0;
                }
                str->data[k] = (char)ch;
                c++;
            }
        }
        if (at(u, c) != '"') {
            u->p = c;
            return 0;
        }
        if (at(u, c + 1) != ';') {
            u->p = c + 1;
            return 0;
        }
        u->p = c + 2;
        v = mp_v_str(str);
        break;
    }
    case 'a': {
        e = skip_digits(u, i);
        if (e == i || at(u, e) != ':' || at(u, e + 1) != '{')
            return 0;
        int64_t elements = parse_iv(u, i);
        u->p = e + 2;
        if (is_key)
            return 0;
        if (elements < 0 || elements >= 0x40000000 || (uint64_t)elements > (u->len - u->p) / 2)
            return 0;
        if (elements == 0) {
            loc_store(u, loc, mp_v_arr(mp_array_empty()));
            return finish_nested(u);
        }
        /* The array goes into its slot first: R: inside may refer to it. */
        mp_array *a = mp_array_new(u->vm, (uint32_t)elements);
        loc_store(u, loc, mp_v_arr(a));
        if (!unser_elements(u, a, elements))
            return 0;
        return finish_nested(u);
    }
    case 'R':
    case 'r': {
        e = skip_digits(u, i);
        if (e == i || at(u, e) != ';')
            return 0;
        u->p = e + 1;
        if (is_key)
            return 0;
        uint64_t id = parse_uiv(u, i);
        if (id == 0 || id > (uint64_t)u->nvars)
            return 0;
        const unser_loc *target = &u->vars[id - 1];
        mp_val *ts = loc_slot(target);
        mp_val *self = loc_slot(loc);
        if (!ts || ts == self)
            return 0;
        if (t == 'r') {
            /* r:n; shares object n (no reference); anything else fails */
            mp_val tv = *ts;
            if (tv.type == MP_T_REF) tv = tv.u.r->val;
            if (tv.type != MP_T_OBJECT) return 0;
            loc_store(u, loc, tv);
            return 1;
        }
        mp_ref *r = box_ref(u->vm, ts);
        r->rc++;
        mp_val rv;
        rv.u.r = r;
        rv.tw = 0;
        rv.type = MP_T_REF;
        loc_store(u, loc, rv);
        return 1;
    }
    case 'O': case 'E': {
        /* O:len:"Class":n:{props}  E:len:"Enum:Case"; */
        e = skip_digits(u, i);
        if (e == i || at(u, e) != ':' || at(u, e + 1) != '"')
            return 0;
        int64_t nlen = parse_iv(u, i);
        size_t ns = e + 2;
        if (nlen < 0 || ns + (size_t)nlen + 2 > u->len || at(u, ns + (size_t)nlen) != '"')
            return 0;
        mp_str *name = mp_str_new(u->vm, (const char *)u->s + ns, (size_t)nlen);
        if (is_key)
            return 0;
        if (t == 'E') {
            if (at(u, ns + (size_t)nlen + 1) != ';')
                return 0;
            u->p = ns + (size_t)nlen + 2;
            const char *colon = memchr(name->data, ':', name->len);
            if (!colon) {
                mp_error(u->vm, MP_E_WARNING, "unserialize(): Invalid enum name '%s' (missing colon)", name->data);
                return 0;
            }
            mp_val ev = mp_enum_value(u->vm, mp_str_new(u->vm, name->data, (size_t)(colon - name->data)), mp_str_cstr(u->vm, colon + 1));
            if (ev.type == MP_T_UNDEF)
                return 0;
            loc_store(u, loc, ev);
            return 1;
        }
        size_t q = ns + (size_t)nlen + 1;
        if (at(u, q) != ':')
            return 0;
        e = skip_digits(u, q + 1);
        if (e == q + 1 || at(u, e) != ':' || at(u, e + 1) != '{')
            return 0;
        int64_t n = parse_iv(u, q + 1);
        u->p = e + 2;
        mp_object *o = mp_object_create(u->vm, name);
        if (!o) {
            mp_error(u->vm, MP_E_WARNING, "unserialize(): Class '%s' not found", name->data);
            return 0;
        }
        /* the object goes into its slot first: r: inside may refer to it */
        loc_store(u, loc, mp_v_obj(o));
        mp_array *props = mp_array_new(u->vm, n > 0 ? (uint32_t)n : 0);
        if (n > 0 && !unser_elements(u, props, n))
            return 0;
        if (!finish_nested(u))
            return 0;
        mp_array *cb = mp_array_new(u->vm, 2);
        mp_array_append(u->vm, cb, mp_v_obj(o));
        mp_val r;
        if (mp_object_has_method(o, "__unserialize")) {
            mp_array_append(u->vm, cb, mp_v_str(mp_str_cstr(u->vm, "__unserialize")));
            mp_val arg = mp_v_arr(props);
            mp_call_value(u->vm, mp_v_arr(cb), 1, &arg, &r);
            return 1;
        }
        mp_key k; mp_val *pv;
        for (uint32_t pos = 0; mp_array_next(props, &pos, &k, &pv); ) mp_object_set_mangled(u->vm, o, k, *pv);
        if (mp_object_has_method(o, "__wakeup")) {
            mp_array_append(u->vm, cb, mp_v_str(mp_str_cstr(u->vm, "__wakeup")));
            mp_call_value(u->vm, mp_v_arr(cb), 0, NULL, &r);
        }
        return 1;
    }
    default:
        return 0;
    }
    if (is_key)
        *keyval = v;
    else
        loc_store(u, loc, v);
    return 1;
}

/* unserialize(string $data, array $options = []): mixed */
static void bi_unserialize(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *data = argv[0].u.s;
    *ret = mp_v_bool(0);
    if (data->len == 0)
        return;
    unser_ctx u;
    memset(&u, 0, sizeof u);
    u.vm = vm;
    u.s = (const unsigned char *)data->data;
    u.len = data->len;
    const char *ini = mp_ini_get(vm, "unserialize_max_depth");
    u.max_depth = ini ? strtoll(ini, NULL, 10) : 4096;
    if (argc > 1) {
        mp_array *opts = argv[1].u.a;
        mp_val *classes = mp_array_find_str(opts, "allowed_classes", 15);
        if (classes) {
            mp_val c = *mp_deref(classes);
            if (c.type != MP_T_ARRAY && c.type != MP_T_TRUE && c.type != MP_T_FALSE)
                mp_throw_ex(vm, MP_EX_TYPE_ERROR, "unserialize(): Option \"allowed_classes\" must be of type array|bool, %s given",
                            mp_debug_type(c));
            if (c.type == MP_T_ARRAY) {
                /* PHP converts each entry to a string (and lower-cases it) */
                uint32_t pos = 0;
                mp_key k;
                mp_val *ev;
                while (mp_array_next(c.u.a, &pos, &k, &ev))
                    (void)mp_to_str(vm, *mp_deref(ev));
            }
            /* OBJECTS: remember the allowed class names for O:/C:. */
        }
        mp_val *md = mp_array_find_str(opts, "max_depth", 9);
        if (md) {
            mp_val m = *mp_deref(md);
            if (m.type != MP_T_INT)
                mp_throw_ex(vm, MP_EX_TYPE_ERROR, "unserialize(): Option \"max_depth\" must be of type int, %s given",
                            mp_debug_type(m));
            if (m.u.i < 0)
                mp_throw_ex(vm, MP_EX_VALUE_ERROR, "unserialize(): Option \"max_depth\" must be greater than or equal to 0");
            u.max_depth = m.u.i;
        }
    }
    mp_val result = mp_v_null();
    unser_loc top = { NULL, &result, { NULL, 0 } };
    if (!unser_value(&u, &top, 0, NULL)) {
        mp_error(vm, MP_E_NOTICE, "unserialize(): Error at offset %zu of %zu bytes", u.p, u.len);
        return;
    }
    /* The result is never a reference: unwrap one made by R:1 inside. */
    if (result.type == MP_T_REF) {
        mp_ref *r = result.u.r;
        result = r->val;
        if (--r->rc > 0)
            mp_val_share(result);
    }
    *ret = result;
}

/* Sorted by name (strcmp). */
static const mp_builtin rows[] = {
    /* serialize(mixed $value): string */
    { "serialize", bi_serialize, 1, 1, "z", "value" },
    /* unserialize(string $data, array $options = []): mixed */
    { "unserialize", bi_unserialize, 1, 2, "sa", "data options", "[]" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_serialize, rows);
