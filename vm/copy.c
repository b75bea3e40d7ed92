/* copy.c - deep copy of PHP values between VMs (xbox messages and results).
 * The sending VM packs a value into a flat byte buffer that holds no pointer
 * (mp_packed); the receiving VM unpacks it, rebuilding strings, arrays and
 * objects in its own heap. Object identity and cycles are kept, references
 * arrive as plain values. Closures, generators, resources and objects of
 * internal classes (other than stdClass and the Throwable family) are
 * refused with an error naming the type and where the value sits. */
#include <stdlib.h>
#include <string.h>
#include "vm.h"
#include "task.h"

/* The wire format, one tag byte per value:
 *   N F T            null, false, true
 *   I <8>  D <8>     int, float (raw bytes)
 *   S <n> bytes      string (n a varint)
 *   L <n> v...       list: keys 0..n-1
 *   H <n> (k v)...   other array; key: i <8>, s <n> <hash 4> bytes, or
 *                    k <index>: the index-th short string key sent before
 *                    (rows of a table repeat their keys: sent and made once)
 *   C <name> <n> (<prop> <scope>)...   a class record, before its first object
 *   O <class#> v... <ndyn> (k v)...    an object: its slots (U = unset) then dynamic props
 *   R <object#>      an object already sent (identity, cycles)
 *   E <class> <case> an enum case */
struct mp_packed {
    size_t len;
    unsigned char data[];
};

/* One step of the path to the value being copied, for error messages. */
typedef struct path_step {
    int kind;                /* 0 array key, 1 property */
    mp_key key;
} path_step;

typedef struct packer {
    mp_vm *vm;
    unsigned char *buf;      /* GC atomic block: sizeof(size_t) header then data */
    size_t len, cap;
    /* objects sent: open addressing table pointer -> index */
    mp_object **okeys;
    uint32_t *ovals;
    uint32_t omask, ocount;
    /* short string keys sent: open addressing, string -> index */
    const mp_str **kkeys;
    uint32_t *kvals, *khash;
    uint32_t kmask, kcount;
    /* classes sent */
    mp_class **classes;
    int nclasses, capclasses;
    /* arrays being packed (a reference cycle leads back to one) */
    const mp_array **open;
    int nopen, capopen;
    path_step *path;
    int depth, cappath;
    const char *root;
    char *err; size_t errsz;
    jmp_buf fail;
} packer;

enum { MAX_DEPTH = 4096 };

static void grow(packer *p, size_t n)
{
    if (p->len + n <= p->cap) return;
    size_t cap = p->cap ? p->cap * 2 : 256;
    while (cap < p->len + n) cap *= 2;
    p->buf = mp_realloc_atomic(NULL, p->buf, offsetof(mp_packed, data) + cap);
    p->cap = cap;
}

static inline void put_byte(packer *p, int b)
{
    grow(p, 1);
    p->buf[offsetof(mp_packed, data) + p->len++] = (unsigned char)b;
}

static inline void put_raw(packer *p, const void *s, size_t n)
{
    grow(p, n);
    memcpy(p->buf + offsetof(mp_packed, data) + p->len, s, n);
    p->len += n;
}

static inline void put_varint(packer *p, uint64_t v)
{
    grow(p, 10);
    unsigned char *d = p->buf + offsetof(mp_packed, data) + p->len;
    while (v >= 0x80) { *d++ = (unsigned char)(v | 0x80); v >>= 7; p->len++; }
    *d = (unsigned char)v;
    p->len++;
}

static void put_bytes(packer *p, const char *s, size_t n)
{
    put_varint(p, n);
    put_raw(p, s, n);
}

/* Write the path of the value being copied ("$message['cb']->x[0]") into B. */
static void path_text(const char *root, const path_step *path, int depth, mp_buf *b)
{
    mp_buf_adds(b, root);
    for (int i = 0; i < depth; i++) {
        const path_step *s = &path[i];
        if (s->kind == 1 && !s->key.s) {
            mp_buf_printf(b, "->{'%lld'}", (long long)s->key.i);
        } else if (s->kind == 1) {
            const mp_str *n = s->key.s;
            int ident = n->len > 0 && !(n->data[0] >= '0' && n->data[0] <= '9');
            for (size_t k = 0; ident && k < n->len; k++) {
                unsigned char ch = (unsigned char)n->data[k];
                ident = ch == '_' || ch >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
            }
            mp_buf_adds(b, ident ? "->" : "->{'");
            mp_buf_add(b, n->data, n->len);
            if (!ident) mp_buf_adds(b, "'}");
        } else if (s->key.s) {
            mp_buf_adds(b, "['");
            mp_buf_add(b, s->key.s->data, s->key.s->len);
            mp_buf_adds(b, "']");
        } else {
            mp_buf_printf(b, "[%lld]", (long long)s->key.i);
        }
    }
}

static void __attribute__((noreturn)) pack_fail(packer *p, const char *what)
{
    mp_buf b;
    mp_buf_init(&b, p->vm);
    mp_buf_printf(&b, "Cannot copy %s at ", what);
    path_text(p->root, p->path, p->depth, &b);
    mp_buf_adds(&b, " to another thread");
    mp_str *s = mp_buf_finish(&b);
    snprintf(p->err, p->errsz, "%s", s->data);
    longjmp(p->fail, 1);
}

static void push_step(packer *p, int kind, mp_key key)
{
    if (p->depth >= MAX_DEPTH) pack_fail(p, "a value nested this deep (4096 levels)");
    if (p->depth >= p->cappath) {
        p->cappath = p->cappath ? p->cappath * 2 : 32;
        p->path = realloc(p->path, sizeof *p->path * (size_t)p->cappath);
    }
    p->path[p->depth].kind = kind;
    p->path[p->depth].key = key;
    p->depth++;
}

static uint32_t ptr_hash(const void *o)
{
    uintptr_t x = (uintptr_t)o;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return (uint32_t)(x >> 32);
}

/* The index of object O if already sent, else registers it and returns -1. */
static int64_t object_seen(packer *p, mp_object *o)
{
    if (!p->okeys || p->ocount * 2 >= p->omask + 1) {
        uint32_t ncap = p->omask ? (p->omask + 1) * 2 : 64;
        mp_object **nk = calloc(ncap, sizeof *nk);
        uint32_t *nv = malloc(sizeof *nv * ncap);
        for (uint32_t i = 0; p->okeys && i <= p->omask; i++) {
            if (!p->okeys[i]) continue;
            uint32_t h = ptr_hash(p->okeys[i]) & (ncap - 1);
            while (nk[h]) h = (h + 1) & (ncap - 1);
            nk[h] = p->okeys[i]; nv[h] = p->ovals[i];
        }
        free(p->okeys); free(p->ovals);
        p->okeys = nk; p->ovals = nv; p->omask = ncap - 1;
    }
    uint32_t h = ptr_hash(o) & p->omask;
    while (p->okeys[h]) {
        if (p->okeys[h] == o) return p->ovals[h];
        h = (h + 1) & p->omask;
    }
    p->okeys[h] = o;
    p->ovals[h] = p->ocount++;
    return -1;
}

static void pack_value(packer *p, const mp_val *v);

enum { SHORT_KEY = 64 };   /* longer keys are sent in full every time */

/* The index of short key S (hash H) if sent before, else registers it
 * and returns -1. The receiver numbers the keys in the same order. */
static int64_t key_seen(packer *p, const mp_str *s, uint32_t h)
{
    if (!p->kkeys || p->kcount * 2 >= p->kmask + 1) {
        uint32_t ncap = p->kkeys ? (p->kmask + 1) * 2 : 64;
        const mp_str **nk = calloc(ncap, sizeof *nk);
        uint32_t *nv = malloc(sizeof *nv * ncap), *nh = malloc(sizeof *nh * ncap);
        for (uint32_t i = 0; p->kkeys && i <= p->kmask; i++) {
            if (!p->kkeys[i]) continue;
            uint32_t j = p->khash[i] & (ncap - 1);
            while (nk[j]) j = (j + 1) & (ncap - 1);
            nk[j] = p->kkeys[i]; nv[j] = p->kvals[i]; nh[j] = p->khash[i];
        }
        free(p->kkeys); free(p->kvals); free(p->khash);
        p->kkeys = nk; p->kvals = nv; p->khash = nh; p->kmask = ncap - 1;
    }
    uint32_t j = h & p->kmask;
    while (p->kkeys[j]) {
        if (p->kkeys[j] == s || (p->khash[j] == h && mp_str_eq(p->kkeys[j], s))) return p->kvals[j];
        j = (j + 1) & p->kmask;
    }
    p->kkeys[j] = s;
    p->khash[j] = h;
    p->kvals[j] = p->kcount++;
    return -1;
}

static void pack_key(packer *p, mp_key k)
{
    if (k.s) {
        uint32_t h = mp_str_hash(k.s);   /* cached in the string (IMMUTABLE ones have it already) */
        if (k.s->len <= SHORT_KEY) {
            int64_t idx = key_seen(p, k.s, h);
            if (idx >= 0) { put_byte(p, 'k'); put_varint(p, (uint64_t)idx); return; }
        }
        put_byte(p, 's');
        put_varint(p, k.s->len);
        put_raw(p, &h, 4);
        put_raw(p, k.s->data, k.s->len);
    } else {
        put_byte(p, 'i');
        put_raw(p, &k.i, 8);
    }
}

static void pack_array(packer *p, const mp_array *a)
{
    for (int i = 0; i < p->nopen; i++)
        if (p->open[i] == a) pack_fail(p, "a recursive array");
    if (p->nopen >= p->capopen) {
        p->capopen = p->capopen ? p->capopen * 2 : 16;
        p->open = realloc(p->open, sizeof *p->open * (size_t)p->capopen);
    }
    p->open[p->nopen++] = a;
    uint32_t n = mp_array_count(a);
    mp_key k;
    if ((a->flags & MP_ARR_PACKED) && a->used == n) {
        put_byte(p, 'L');
        put_varint(p, n);
        push_step(p, 0, (mp_key){ NULL, 0 });
        for (uint32_t i = 0; i < n; i++) {
            p->path[p->depth - 1].key.i = i;
            pack_value(p, &a->vals[i]);
        }
        p->depth--;
    } else {
        put_byte(p, 'H');
        put_varint(p, n);
        push_step(p, 0, (mp_key){ NULL, 0 });
        for (uint32_t i = 0; i < a->used; i++) {
            const mp_bucket *b = &a->buckets[i];
            if (b->val.type == MP_T_UNDEF) continue;   /* deleted */
            k.s = b->skey; k.i = b->ikey;
            p->path[p->depth - 1].key = k;
            pack_key(p, k);
            pack_value(p, &b->val);
        }
        p->depth--;
    }
    p->nopen--;
}

/* Why an object of class C cannot be copied (NULL: it can). */
static const char *refuse_class(packer *p, mp_class *c, char *buf, size_t size)
{
    mp_vm *vm = p->vm;
    if (c == vm->class_closure) return "Closure";
    if (c == vm->class_generator) return "Generator";
    mp_class *n = c;
    while (n && n->decl) n = n->parent;
    if (!n || n == vm->class_stdclass) return NULL;
    if (vm->class_throwable && mp_instanceof(n, vm->class_throwable)) return NULL;
    if (n == c) snprintf(buf, size, "object of internal class %s", c->name->data);
    else snprintf(buf, size, "object of class %s (extends internal class %s)", c->name->data, n->name->data);
    return buf;
}

static void pack_object(packer *p, mp_object *o)
{
    int64_t seen = object_seen(p, o);
    if (seen >= 0) { put_byte(p, 'R'); put_varint(p, (uint64_t)seen); return; }
    mp_class *c = o->cls;
    char why[300];
    const char *bad = refuse_class(p, c, why, sizeof why);
    if (bad) pack_fail(p, bad);
    if (o->internal) {
        snprintf(why, sizeof why, "object of class %s (it holds internal state)", c->name->data);
        pack_fail(p, why);
    }
    if (c->flags & MP_ACC_ENUM) {
        put_byte(p, 'E');
        put_bytes(p, c->name->data, c->name->len);
        put_bytes(p, o->slots[0].u.s->data, o->slots[0].u.s->len);
        return;
    }
    int ci = 0;
    while (ci < p->nclasses && p->classes[ci] != c) ci++;
    if (ci == p->nclasses) {
        if (p->nclasses >= p->capclasses) {
            p->capclasses = p->capclasses ? p->capclasses * 2 : 8;
            p->classes = realloc(p->classes, sizeof *p->classes * (size_t)p->capclasses);
        }
        p->classes[p->nclasses++] = c;
        put_byte(p, 'C');
        put_bytes(p, c->name->data, c->name->len);
        put_varint(p, (uint64_t)c->nslots);
        for (int i = 0; i < c->nslots; i++) {
            const mp_prop *pr = c->slot_props[i];
            put_bytes(p, pr->name->data, pr->name->len);
            put_bytes(p, pr->scope->lcname->data, pr->scope->lcname->len);
        }
    }
    put_byte(p, 'O');
    put_varint(p, (uint64_t)ci);
    push_step(p, 1, (mp_key){ NULL, 0 });
    for (int i = 0; i < c->nslots; i++) {
        p->path[p->depth - 1].key.s = c->slot_props[i]->name;
        if (o->slots[i].type == MP_T_UNDEF) put_byte(p, 'U');
        else pack_value(p, &o->slots[i]);
    }
    uint32_t nd = o->dyn ? mp_array_count(o->dyn) : 0;
    put_varint(p, nd);
    if (nd) {
        mp_key k; mp_val *e;
        for (uint32_t pos = 0; mp_array_next(o->dyn, &pos, &k, &e); ) {
            p->path[p->depth - 1].key = k;
            pack_key(p, k);
            pack_value(p, e);
        }
    }
    p->depth--;
}

static void pack_value(packer *p, const mp_val *v)
{
    if (v->type == MP_T_REF) v = &v->u.r->val;
    switch (v->type) {
    case MP_T_UNDEF: case MP_T_NULL: put_byte(p, 'N'); return;
    case MP_T_FALSE: put_byte(p, 'F'); return;
    case MP_T_TRUE: put_byte(p, 'T'); return;
    case MP_T_INT: put_byte(p, 'I'); put_raw(p, &v->u.i, 8); return;
    case MP_T_FLOAT: put_byte(p, 'D'); put_raw(p, &v->u.d, 8); return;
    case MP_T_STRING: put_byte(p, 'S'); put_bytes(p, v->u.s->data, v->u.s->len); return;
    case MP_T_ARRAY: pack_array(p, v->u.a); return;
    case MP_T_OBJECT: pack_object(p, v->u.o); return;
    case MP_T_RESOURCE: {
        char why[128];
        snprintf(why, sizeof why, "resource of type (%s)", mp_resource_type_name(v->u.res));
        pack_fail(p, why);
    }
    default:
        pack_fail(p, mp_debug_type(*v));
    }
}

static void packer_free(packer *p)
{
    free(p->kkeys); free(p->kvals); free(p->khash);
    free(p->okeys); free(p->ovals); free(p->classes); free(p->open); free(p->path);
}

mp_packed *mp_pack(mp_vm *vm, mp_val v, const char *root, char *err, size_t errsz)
{
    packer pk;
    memset(&pk, 0, sizeof pk);
    packer *volatile p = &pk;
    p->vm = vm; p->root = root; p->err = err; p->errsz = errsz;
    if (setjmp(p->fail)) {
        packer_free(p);
        return NULL;
    }
    grow(p, 64);
    pack_value(p, &v);
    packer_free(p);
    mp_packed *r = (mp_packed *)p->buf;
    r->len = p->len;
    return r;
}

size_t mp_packed_size(const mp_packed *pk) { return pk->len; }

/* ---- unpacking ---- */

typedef struct uclass {
    mp_class *cls;
    int nslots;
    int *map;                /* source slot -> target slot, -1: set as a property by name */
    mp_str **names;          /* source slot names */
} uclass;

typedef struct unpacker {
    mp_vm *vm;
    const unsigned char *s, *end;
    mp_object **objs;        /* GC memory: objects made so far, by index */
    uint32_t nobjs, capobjs;
    mp_str **keys;           /* short string keys received, by index (GC memory) */
    uint32_t nkeys, capkeys;
    uclass *classes;         /* GC memory */
    int nclasses, capclasses;
    path_step *path;         /* keys point at strings the value holds */
    int depth, cappath;
    const char *root;
    char *err; size_t errsz;
    jmp_buf fail;
} unpacker;

static void __attribute__((noreturn)) unpack_fail(unpacker *u, const char *fmt, const char *arg)
{
    mp_buf b;
    mp_buf_init(&b, u->vm);
    mp_buf_printf(&b, fmt, arg);
    mp_buf_adds(&b, " at ");
    path_text(u->root, u->path, u->depth, &b);
    mp_str *s = mp_buf_finish(&b);
    snprintf(u->err, u->errsz, "%s", s->data);
    longjmp(u->fail, 1);
}

static void upush(unpacker *u, int kind)
{
    if (u->depth >= u->cappath) {
        u->cappath = u->cappath ? u->cappath * 2 : 32;
        u->path = realloc(u->path, sizeof *u->path * (size_t)u->cappath);
    }
    u->path[u->depth].kind = kind;
    u->path[u->depth].key = (mp_key){ NULL, 0 };
    u->depth++;
}

static inline uint64_t get_varint(unpacker *u)
{
    uint64_t v = 0;
    int shift = 0;
    for (;;) {
        unsigned char b = *u->s++;
        v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) return v;
        shift += 7;
    }
}

static mp_str *get_str(unpacker *u)
{
    size_t n = get_varint(u);
    const char *d = (const char *)u->s;
    u->s += n;
    if (n == 0) return mp_str_empty();
    if (n == 1) return mp_str_char((unsigned char)d[0]);
    return mp_str_new(u->vm, d, n);
}

static mp_key get_key(unpacker *u)
{
    mp_key k;
    int tag = *u->s++;
    if (tag == 'i') {
        memcpy(&k.i, u->s, 8);
        u->s += 8;
        k.s = NULL;
        return k;
    }
    if (tag == 'k') {
        k.s = u->keys[get_varint(u)];
        k.i = 0;
        return k;
    }
    size_t n = get_varint(u);
    uint32_t h;
    memcpy(&h, u->s, 4);
    u->s += 4;
    mp_str *s = mp_str_new(u->vm, (const char *)u->s, n);
    u->s += n;
    s->hash = h;
    s->flags |= MP_GC_HASHED;
    if (n <= SHORT_KEY) {
        /* the sender numbers it: later arrays name it by index and share it */
        s->flags |= MP_GC_SHARED;
        if (u->nkeys >= u->capkeys) {
            u->capkeys = u->capkeys ? u->capkeys * 2 : 64;
            u->keys = mp_realloc(u->vm, u->keys, sizeof *u->keys * u->capkeys);
        }
        u->keys[u->nkeys++] = s;
    }
    k.s = s; k.i = 0;
    return k;
}

static void unpack_value(unpacker *u, mp_val *out);

static void read_class(unpacker *u)
{
    mp_vm *vm = u->vm;
    mp_str *name = get_str(u);
    int n = (int)get_varint(u);
    if (u->nclasses >= u->capclasses) {
        u->capclasses = u->capclasses ? u->capclasses * 2 : 8;
        /* GC memory: the records point at GC strings (names) */
        u->classes = mp_realloc(vm, u->classes, sizeof *u->classes * (size_t)u->capclasses);
    }
    uclass *uc = &u->classes[u->nclasses++];
    uc->cls = mp_find_class(vm, name);
    uc->nslots = n;
    uc->map = malloc(sizeof(int) * (size_t)(n + 1));
    uc->names = mp_alloc(vm, sizeof(mp_str *) * (size_t)(n + 1));
    if (!uc->cls) {
        u->nclasses--;
        free(uc->map);
        unpack_fail(u, "Cannot copy an object of class %s, which is not declared in the receiving thread,", name->data);
    }
    mp_class *c = uc->cls;
    for (int i = 0; i < n; i++) {
        mp_str *pn = get_str(u);
        size_t sl = get_varint(u);
        const char *scope = (const char *)u->s;
        u->s += sl;
        uc->names[i] = pn;
        uc->map[i] = -1;
        /* same layout (both linked from the same declarations): slot i */
        if (i < c->nslots && mp_str_eq(c->slot_props[i]->name, pn) && c->slot_props[i]->scope->lcname->len == sl
            && memcmp(c->slot_props[i]->scope->lcname->data, scope, sl) == 0) {
            uc->map[i] = i;
            continue;
        }
        for (int j = 0; j < c->nslots; j++)
            if (mp_str_eq(c->slot_props[j]->name, pn) && c->slot_props[j]->scope->lcname->len == sl
                && memcmp(c->slot_props[j]->scope->lcname->data, scope, sl) == 0) { uc->map[i] = j; break; }
    }
}

static void set_dyn(mp_vm *vm, mp_object *o, mp_key k, mp_val v)
{
    if (!o->dyn) o->dyn = mp_array_new(vm, 4);
    mp_array_set(vm, o->dyn, k, v);
}

static void unpack_object(unpacker *u, mp_val *out)
{
    mp_vm *vm = u->vm;
    int ci = (int)get_varint(u);
    /* u->classes may move while the properties are read (a class record
     * inside them): it is indexed each time, never held */
    if (u->classes[ci].cls->flags & (MP_ACC_ABSTRACT | MP_ACC_INTERFACE | MP_ACC_TRAIT))
        unpack_fail(u, "Cannot copy an object of class %s, which cannot be instantiated in the receiving thread,", u->classes[ci].cls->name->data);
    mp_object *o = mp_object_alloc(vm, u->classes[ci].cls);
    if (u->nobjs >= u->capobjs) {
        u->capobjs = u->capobjs ? u->capobjs * 2 : 16;
        u->objs = mp_realloc(vm, u->objs, sizeof *u->objs * u->capobjs);
    }
    u->objs[u->nobjs++] = o;
    out->tw = MP_T_OBJECT;
    out->u.o = o;
    upush(u, 1);
    for (int i = 0; i < u->classes[ci].nslots; i++) {
        u->path[u->depth - 1].key.s = u->classes[ci].names[i];
        if (*u->s == 'U') {
            u->s++;
            if (u->classes[ci].map[i] >= 0) o->slots[u->classes[ci].map[i]] = mp_v_undef();
            continue;
        }
        mp_val v;
        unpack_value(u, &v);
        if (u->classes[ci].map[i] >= 0) o->slots[u->classes[ci].map[i]] = v;
        else set_dyn(vm, o, (mp_key){ u->classes[ci].names[i], 0 }, v);
    }
    uint64_t nd = get_varint(u);
    for (uint64_t i = 0; i < nd; i++) {
        mp_key k = get_key(u);
        u->path[u->depth - 1].key = k;
        mp_val v;
        unpack_value(u, &v);
        set_dyn(vm, o, k, v);
    }
    u->depth--;
}

static void unpack_value(unpacker *u, mp_val *out)
{
    mp_vm *vm = u->vm;
    switch (*u->s++) {
    case 'N': *out = mp_v_null(); return;
    case 'F': *out = mp_v_bool(0); return;
    case 'T': *out = mp_v_bool(1); return;
    case 'I': { int64_t i; memcpy(&i, u->s, 8); u->s += 8; *out = mp_v_int(i); return; }
    case 'D': { double d; memcpy(&d, u->s, 8); u->s += 8; *out = mp_v_float(d); return; }
    case 'S': *out = mp_v_str(get_str(u)); return;
    case 'L': {
        uint32_t n = (uint32_t)get_varint(u);
        if (n == 0) { *out = mp_v_arr(mp_array_new(vm, 0)); return; }
        mp_array *a = mp_array_new(vm, n);
        out->tw = MP_T_ARRAY;
        out->u.a = a;
        upush(u, 0);
        for (uint32_t i = 0; i < n; i++) {
            u->path[u->depth - 1].key.i = i;
            mp_val v;
            unpack_value(u, &v);
            mp_array_append(vm, a, v);
        }
        u->depth--;
        return;
    }
    case 'H': {
        uint32_t n = (uint32_t)get_varint(u);
        mp_array *a = mp_array_new(vm, n);
        out->tw = MP_T_ARRAY;
        out->u.a = a;
        upush(u, 0);
        for (uint32_t i = 0; i < n; i++) {
            mp_key k = get_key(u);
            u->path[u->depth - 1].key = k;
            mp_val v;
            unpack_value(u, &v);
            mp_array_set(vm, a, k, v);
        }
        u->depth--;
        return;
    }
    case 'C':
        read_class(u);
        unpack_value(u, out);
        return;
    case 'O': unpack_object(u, out); return;
    case 'R': { uint64_t i = get_varint(u); *out = mp_v_obj(u->objs[i]); return; }
    case 'E': {
        mp_str *cn = get_str(u), *kn = get_str(u);
        mp_class *c = mp_find_class(vm, cn);
        if (!c || !(c->flags & MP_ACC_ENUM))
            unpack_fail(u, "Cannot copy a case of enum %s, which is not declared in the receiving thread,", cn->data);
        *out = mp_enum_case(vm, c, kn);
        if (out->type == MP_T_UNDEF) unpack_fail(u, "Cannot copy an unknown case of enum %s", cn->data);
        return;
    }
    }
    unpack_fail(u, "%s", "Corrupt copied value");
}

int mp_unpack(mp_vm *vm, const mp_packed *pk, mp_val *out, const char *root, char *err, size_t errsz)
{
    unpacker uk;
    memset(&uk, 0, sizeof uk);
    unpacker *volatile u = &uk;
    u->vm = vm; u->root = root; u->err = err; u->errsz = errsz;
    u->s = pk->data;
    u->end = pk->data + pk->len;
    mp_val result = mp_v_null();
    volatile int ok = 1;
    if (setjmp(u->fail) == 0) unpack_value(u, &result);
    else ok = 0;
    for (int i = 0; i < u->nclasses; i++) free(u->classes[i].map);
    free(u->path);
    *out = ok ? result : mp_v_null();
    return ok;
}
