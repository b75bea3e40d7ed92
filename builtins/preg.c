/* preg.c - PHP's preg_* functions on libpcre2-8, with PHP 8.2's rules
 * (ext/pcre): pattern delimiters and modifiers, the warnings' texts, the
 * shape of the match arrays (named groups, trailing unmatched groups,
 * PREG_OFFSET_CAPTURE / PREG_UNMATCHED_AS_NULL), Perl's /g rule for empty
 * matches, replacement references ($1 \1 ${1}) and preg_last_error().
 *
 * Memory: compiled patterns live in a per-VM cache (struct mp_preg, reached
 * through mp_vm_preg) made of malloc'ed memory that the VM owns and frees in
 * mp_vm_free (mp_preg_free): pcre2_code objects are malloc'ed by pcre2 and
 * hold no GC pointers, so nothing there needs the collector. Match data is
 * per call and allocated from the GC heap (a pcre2 general context whose
 * allocator is mp_alloc), so a callback that throws (longjmp) out of
 * preg_replace_callback leaks nothing, and nested preg calls from callbacks
 * never share match data. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "builtins.h"
#include "../vm/vmapi.h"

/* PREG_* flags and error codes (see constants.c). */
enum {
    PATTERN_ORDER = 1, SET_ORDER = 2, OFFSET_CAPTURE = 256, UNMATCHED_AS_NULL = 512,
    SPLIT_NO_EMPTY = 1, SPLIT_DELIM_CAPTURE = 2, SPLIT_OFFSET_CAPTURE = 4,
    GREP_INVERT = 1,
};
enum {
    E_NONE, E_INTERNAL, E_BACKTRACK, E_RECURSION, E_BAD_UTF8, E_BAD_UTF8_OFFSET,
    E_JIT_STACKLIMIT,
};

/* One compiled pattern in the cache. */
typedef struct preg_entry {
    struct preg_entry *next;   /* hash chain */
    char       *key;           /* the pattern string as given (malloc'ed) */
    size_t      klen;
    uint32_t    hash;
    pcre2_code *re;
    uint32_t    ncap;          /* capture groups + 1 (group 0) */
    char      **names;         /* names[i]: name of group i or NULL; NULL when no group is named */
    int         utf;           /* compiled with /u */
    int         busy;          /* in use by a preg_replace_callback running a callback */
} preg_entry;

/* The per-VM state: pattern cache, match context (limits, JIT stack) and
 * preg_last_error()'s code. All malloc'ed, freed by mp_preg_free. */
struct mp_preg {
    preg_entry          **buckets;
    size_t                nbuckets, count;
    pcre2_compile_context *cctx;
    pcre2_match_context  *mctx;
    pcre2_jit_stack      *jit;
    preg_entry           *retired;  /* entries dropped from a full cache while busy */
    int                   last_error;
};

enum { CACHE_MAX = 4096 };   /* PHP's cache size: cleared when full */

static void entry_free(preg_entry *e)
{
    if (e->names) {
        for (uint32_t i = 0; i < e->ncap; i++)
            free(e->names[i]);
        free(e->names);
    }
    pcre2_code_free(e->re);
    free(e->key);
    free(e);
}

/* Empty the cache. Entries a callback's caller still uses (busy) move to
 * the retired list, freed with the VM, unless ALL is set (VM teardown). */
static void cache_clear(struct mp_preg *p, int all)
{
    for (size_t i = 0; i < p->nbuckets; i++) {
        preg_entry *e = p->buckets[i];
        while (e) {
            preg_entry *n = e->next;
            if (e->busy && !all) {
                e->next = p->retired;
                p->retired = e;
            } else {
                entry_free(e);
            }
            e = n;
        }
        p->buckets[i] = NULL;
    }
    p->count = 0;
    if (all)
        while (p->retired) {
            preg_entry *n = p->retired->next;
            entry_free(p->retired);
            p->retired = n;
        }
}

void mp_preg_free(struct mp_preg *p)
{
    if (!p) return;
    cache_clear(p, 1);
    free(p->buckets);
    if (p->cctx) pcre2_compile_context_free(p->cctx);
    if (p->mctx) pcre2_match_context_free(p->mctx);
    if (p->jit) pcre2_jit_stack_free(p->jit);
    free(p);
}

static void oom(void) __attribute__((noreturn));
static void oom(void)
{
    fprintf(stderr, "minphp: out of memory (preg)\n");
    abort();
}

static struct mp_preg *state(mp_vm *vm)
{
    struct mp_preg **pp = mp_vm_preg(vm);
    if (*pp) return *pp;
    struct mp_preg *p = calloc(1, sizeof *p);
    if (!p) oom();
    p->nbuckets = 256;
    p->buckets = calloc(p->nbuckets, sizeof *p->buckets);
    p->cctx = pcre2_compile_context_create(NULL);
    p->mctx = pcre2_match_context_create(NULL);
    if (!p->buckets || !p->cctx || !p->mctx) oom();
    pcre2_set_compile_extra_options(p->cctx, PCRE2_EXTRA_ALLOW_LOOKAROUND_BSK);
    /* PHP's JIT stack: 32K growing to 192K */
    p->jit = pcre2_jit_stack_create(32 * 1024, 192 * 1024, NULL);
    if (p->jit) pcre2_jit_stack_assign(p->mctx, NULL, p->jit);
    *pp = p;
    return p;
}

/* ---- compiling ---- */

static int is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static int is_alnum(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The compiled form of PAT, from the cache or compiled now; NULL (after
 * PHP's warning, with PREG_INTERNAL_ERROR) when the pattern is invalid. */
static preg_entry *preg_get(mp_vm *vm, const char *fn, const mp_str *pat)
{
    struct mp_preg *p = state(vm);
    /* pcre.backtrack_limit / pcre.recursion_limit as they are now (ini_set) */
    const char *bl = mp_ini_get(vm, "pcre.backtrack_limit");
    const char *rl = mp_ini_get(vm, "pcre.recursion_limit");
    pcre2_set_match_limit(p->mctx, bl ? (uint32_t)strtoul(bl, NULL, 10) : 1000000);
    pcre2_set_depth_limit(p->mctx, rl ? (uint32_t)strtoul(rl, NULL, 10) : 100000);
    uint32_t h = mp_hash_bytes(pat->data, pat->len);
    size_t slot = h & (p->nbuckets - 1);
    for (preg_entry *e = p->buckets[slot]; e; e = e->next)
        if (e->hash == h && e->klen == pat->len && memcmp(e->key, pat->data, pat->len) == 0)
            return e;

    const unsigned char *s = (const unsigned char *)pat->data, *end = s + pat->len;
    while (s < end && is_space(*s)) s++;
    if (s >= end) {
        mp_error(vm, MP_E_WARNING, "%s(): Empty regular expression", fn);
        p->last_error = E_INTERNAL;
        return NULL;
    }
    unsigned char delim = *s++;
    if (is_alnum(delim) || delim == '\\' || delim == '\0') {
        mp_error(vm, MP_E_WARNING, "%s(): Delimiter must not be alphanumeric, backslash, or NUL", fn);
        p->last_error = E_INTERNAL;
        return NULL;
    }
    unsigned char close = delim;
    if (delim == '(') close = ')';
    else if (delim == '[') close = ']';
    else if (delim == '{') close = '}';
    else if (delim == '<') close = '>';
    const unsigned char *body = s, *q = s;
    if (close == delim) {
        while (q < end) {
            if (*q == '\\' && q + 1 < end) q++;
            else if (*q == delim) break;
            q++;
        }
    } else {
        int depth = 1;
        while (q < end) {
            if (*q == '\\' && q + 1 < end) q++;
            else if (*q == close && --depth <= 0) break;
            else if (*q == delim) depth++;
            q++;
        }
    }
    if (q >= end) {
        if (close == delim)
            mp_error(vm, MP_E_WARNING, "%s(): No ending delimiter '%c' found", fn, delim);
        else
            mp_error(vm, MP_E_WARNING, "%s(): No ending matching delimiter '%c' found", fn, close);
        p->last_error = E_INTERNAL;
        return NULL;
    }
    size_t body_len = (size_t)(q - body);
    uint32_t opts = 0;
    int utf = 0;
    for (const unsigned char *m = q + 1; m < end; m++) {
        switch (*m) {
        case 'i': opts |= PCRE2_CASELESS; break;
        case 'm': opts |= PCRE2_MULTILINE; break;
        case 's': opts |= PCRE2_DOTALL; break;
        case 'x': opts |= PCRE2_EXTENDED; break;
        case 'n': opts |= PCRE2_NO_AUTO_CAPTURE; break;
        case 'A': opts |= PCRE2_ANCHORED; break;
        case 'D': opts |= PCRE2_DOLLAR_ENDONLY; break;
        case 'S': break;
        case 'U': opts |= PCRE2_UNGREEDY; break;
        case 'X': break;
        case 'J': opts |= PCRE2_DUPNAMES; break;
        case 'u': opts |= PCRE2_UTF | PCRE2_UCP; utf = 1; break;
        case ' ': case '\n': case '\r': break;
        case 'e':
            mp_error(vm, MP_E_WARNING, "%s(): The /e modifier is no longer supported, use preg_replace_callback instead", fn);
            p->last_error = E_INTERNAL;
            return NULL;
        default:
            if (*m)
                mp_error(vm, MP_E_WARNING, "%s(): Unknown modifier '%c'", fn, *m);
            else
                mp_error(vm, MP_E_WARNING, "%s(): NUL is not a valid modifier", fn);
            p->last_error = E_INTERNAL;
            return NULL;
        }
    }
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)body, body_len, opts, &errcode, &erroff, p->cctx);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(errcode, msg, sizeof msg);
        mp_error(vm, MP_E_WARNING, "%s(): Compilation failed: %s at offset %zu", fn, (char *)msg, (size_t)erroff);
        p->last_error = E_INTERNAL;
        return NULL;
    }
    const char *jit = mp_ini_get(vm, "pcre.jit");
    if (!jit || strtol(jit, NULL, 10) != 0)
        pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);   /* falls back to the interpreter when unavailable */

    if (p->count >= CACHE_MAX)
        cache_clear(p, 0);
    preg_entry *e = calloc(1, sizeof *e);
    if (!e) oom();
    e->key = malloc(pat->len + 1);
    if (!e->key) oom();
    memcpy(e->key, pat->data, pat->len);
    e->klen = pat->len;
    e->hash = h;
    e->re = re;
    e->utf = utf;
    uint32_t cap = 0, namecount = 0, entsize = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &cap);
    pcre2_pattern_info(re, PCRE2_INFO_NAMECOUNT, &namecount);
    e->ncap = cap + 1;
    if (namecount) {
        pcre2_pattern_info(re, PCRE2_INFO_NAMEENTRYSIZE, &entsize);
        pcre2_pattern_info(re, PCRE2_INFO_NAMETABLE, &table);
        e->names = calloc(e->ncap, sizeof *e->names);
        if (!e->names) oom();
        for (uint32_t i = 0; i < namecount; i++) {
            const unsigned char *ent = table + (size_t)i * entsize;
            uint32_t g = ((uint32_t)ent[0] << 8) | ent[1];
            if (g < e->ncap && !e->names[g]) {
                e->names[g] = strdup((const char *)ent + 2);
                if (!e->names[g]) oom();
            }
        }
    }
    e->next = p->buckets[slot];
    p->buckets[slot] = e;
    p->count++;
    return e;
}

/* ---- matching ---- */

/* Scanned memory: pcre2 keeps its heap frames in a pointer inside the match data. */
static void *gc_malloc(size_t n, void *vm) { return mp_alloc((mp_vm *)vm, n); }
static void gc_free(void *ptr, void *vm) { (void)ptr; (void)vm; }

/* Match data for E in the GC heap (see the header comment). */
static pcre2_match_data *match_data(mp_vm *vm, preg_entry *e)
{
    pcre2_general_context *g = pcre2_general_context_create(gc_malloc, gc_free, vm);
    if (!g) oom();
    pcre2_match_data *md = pcre2_match_data_create(e->ncap, g);
    if (!md) oom();
    return md;
}

static int run(mp_vm *vm, preg_entry *e, const mp_str *subj, size_t start, uint32_t opts, pcre2_match_data *md)
{
    return pcre2_match(e->re, (PCRE2_SPTR)subj->data, subj->len, start, opts, md, state(vm)->mctx);
}

/* Record a failed match's error for preg_last_error(). */
static void exec_error(mp_vm *vm, int rc)
{
    int code;
    if (rc == PCRE2_ERROR_MATCHLIMIT) code = E_BACKTRACK;
    else if (rc == PCRE2_ERROR_DEPTHLIMIT) code = E_RECURSION;
    else if (rc == PCRE2_ERROR_BADUTFOFFSET) code = E_BAD_UTF8_OFFSET;
    else if (rc <= PCRE2_ERROR_UTF8_ERR1 && rc >= PCRE2_ERROR_UTF8_ERR21) code = E_BAD_UTF8;
    else if (rc == PCRE2_ERROR_JIT_STACKLIMIT) code = E_JIT_STACKLIMIT;
    else code = E_INTERNAL;
    state(vm)->last_error = code;
}

/* Bytes of the character at S (one byte outside UTF mode). */
static size_t unit_len(const preg_entry *e, const mp_str *subj, size_t at)
{
    size_t n = 1;
    if (e->utf)
        while (at + n < subj->len && ((unsigned char)subj->data[at + n] & 0xC0) == 0x80)
            n++;
    return n;
}

static mp_val sub_str(mp_vm *vm, const mp_str *subj, size_t a, size_t b)
{
    if (b - a == 1) return mp_v_str(mp_str_char((unsigned char)subj->data[a]));
    if (a == 0 && b == subj->len) { mp_val v = mp_v_str((mp_str *)subj); mp_val_share(v); return v; }
    return mp_v_str(mp_str_new(vm, subj->data + a, b - a));
}

static mp_val offset_pair(mp_vm *vm, mp_val s, int64_t off)
{
    mp_array *a = mp_array_new(vm, 2);
    mp_array_append(vm, a, s);
    mp_array_append(vm, a, mp_v_int(off));
    return mp_v_arr(a);
}

/* The value of group I of a match (or of an unset group when I is beyond
 * the ovector's count) as the flags shape it. */
static mp_val group_val(mp_vm *vm, const mp_str *subj, const PCRE2_SIZE *o, uint32_t i, int set, int flags)
{
    if (!set || o[2 * i] == PCRE2_UNSET) {
        mp_val v = (flags & UNMATCHED_AS_NULL) ? mp_v_null() : mp_v_str(mp_str_empty());
        return (flags & OFFSET_CAPTURE) ? offset_pair(vm, v, -1) : v;
    }
    mp_val v = sub_str(vm, subj, o[2 * i], o[2 * i + 1]);
    return (flags & OFFSET_CAPTURE) ? offset_pair(vm, v, (int64_t)o[2 * i]) : v;
}

static void put_group(mp_vm *vm, mp_array *a, const preg_entry *e, uint32_t i, mp_val v)
{
    if (e->names && e->names[i]) {
        mp_array_set_str(vm, a, e->names[i], strlen(e->names[i]), v);
        mp_val_share(v);
    }
    mp_array_set_int(vm, a, i, v);
}

/* One match as an array (preg_match's $matches, a PREG_SET_ORDER entry, a
 * callback's argument): groups up to COUNT, then (UNMATCHED_AS_NULL only)
 * the trailing unmatched ones. */
static mp_array *match_array(mp_vm *vm, const preg_entry *e, const mp_str *subj, const PCRE2_SIZE *o, uint32_t count, int flags)
{
    mp_array *a = mp_array_new(vm, e->ncap);
    for (uint32_t i = 0; i < count; i++)
        put_group(vm, a, e, i, group_val(vm, subj, o, i, 1, flags));
    if (flags & UNMATCHED_AS_NULL)
        for (uint32_t i = count; i < e->ncap; i++)
            put_group(vm, a, e, i, group_val(vm, subj, o, i, 0, flags));
    return a;
}

/* preg_match and preg_match_all. */
static void match_impl(mp_vm *vm, int argc, mp_val *argv, mp_val *ret, int global)
{
    const char *fn = global ? "preg_match_all" : "preg_match";
    mp_str *subj = argv[1].u.s;
    preg_entry *e = preg_get(vm, fn, argv[0].u.s);
    if (!e) { *ret = mp_v_bool(0); return; }
    mp_val *out = argc > 2 ? mp_deref(&argv[2]) : NULL;
    int64_t flags = argc > 3 ? argv[3].u.i : 0, off = argc > 4 ? argv[4].u.i : 0;
    if (off == INT64_MIN)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #5 ($offset) must be greater than %lld", fn, (long long)INT64_MIN);
    if (out) *out = mp_v_arr(mp_array_new(vm, 0));
    int order = global ? PATTERN_ORDER : 0;
    if (flags & 0xff) order = (int)(flags & 0xff);
    if ((global && order != PATTERN_ORDER && order != SET_ORDER) || (!global && order != 0))
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #4 ($flags) must be a PREG_* constant", fn);
    int vflags = (int)(flags & (OFFSET_CAPTURE | UNMATCHED_AS_NULL));
    size_t start;
    if (off < 0)
        start = (uint64_t)-off <= subj->len ? subj->len - (size_t)-off : 0;
    else
        start = (size_t)off;
    struct mp_preg *p = state(vm);
    if (start > subj->len) {
        p->last_error = E_INTERNAL;
        *ret = mp_v_bool(0);
        return;
    }
    p->last_error = E_NONE;
    mp_array **sets = NULL;
    if (global && out && order == PATTERN_ORDER) {
        sets = mp_alloc(vm, e->ncap * sizeof *sets);
        for (uint32_t i = 0; i < e->ncap; i++)
            sets[i] = mp_array_new(vm, 0);
    }
    pcre2_match_data *md = match_data(vm, e);
    int64_t matched = 0;
    int rc = run(vm, e, subj, start, e->utf ? 0 : PCRE2_NO_UTF_CHECK, md);
    for (;;) {
        if (rc == PCRE2_ERROR_NOMATCH) break;
        if (rc < 0) { exec_error(vm, rc); break; }
        PCRE2_SIZE *o = pcre2_get_ovector_pointer(md);
        uint32_t count = rc == 0 ? e->ncap : (uint32_t)rc;
        if (o[1] < o[0]) {   /* \K in a lookahead: PHP gives up, $matches stays [] */
            mp_error(vm, MP_E_WARNING, "%s(): Get subpatterns list failed", fn);
            *ret = mp_v_bool(0);
            return;
        }
        matched++;
        if (out) {
            if (sets) {
                for (uint32_t i = 0; i < e->ncap; i++)
                    mp_array_append(vm, sets[i], group_val(vm, subj, o, i, i < count, vflags));
            } else if (global) {
                mp_array_append(vm, out->u.a, mp_v_arr(match_array(vm, e, subj, o, count, vflags)));
            } else {
                *out = mp_v_arr(match_array(vm, e, subj, o, count, vflags));
            }
        }
        if (!global) break;
        start = o[1];
        if (o[1] == o[0]) {
            rc = run(vm, e, subj, start, PCRE2_NO_UTF_CHECK | PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED, md);
            if (rc >= 0) continue;
            if (rc != PCRE2_ERROR_NOMATCH) { exec_error(vm, rc); break; }
            if (start >= subj->len) break;
            start += unit_len(e, subj, start);
        }
        rc = run(vm, e, subj, start, PCRE2_NO_UTF_CHECK, md);
    }
    if (sets)
        for (uint32_t i = 0; i < e->ncap; i++)
            put_group(vm, out->u.a, e, i, mp_v_arr(sets[i]));
    *ret = p->last_error == E_NONE ? mp_v_int(matched) : mp_v_bool(0);
}

/* preg_match(string $pattern, string $subject, &$matches = null, int $flags = 0, int $offset = 0): int|false */
static void bi_preg_match(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { match_impl(vm, argc, argv, ret, 0); }
/* preg_match_all(string $pattern, string $subject, &$matches = null, int $flags = 0, int $offset = 0): int|false */
static void bi_preg_match_all(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { match_impl(vm, argc, argv, ret, 1); }

/* ---- replacing ---- */

/* A reference at R ("$1", "\1", "${12}"): its group number in *g and the
 * bytes it spans, or 0 when R starts no reference. */
static size_t backref(const char *r, const char *end, int *g)
{
    const char *w = r;
    int brace = 0;
    if (end - w < 2) return 0;
    if (*w == '$' && w[1] == '{') { brace = 1; w++; }
    w++;
    if (w >= end || *w < '0' || *w > '9') return 0;
    *g = *w++ - '0';
    if (w < end && *w >= '0' && *w <= '9')
        *g = *g * 10 + (*w++ - '0');
    if (brace) {
        if (w >= end || *w != '}') return 0;
        w++;
    }
    return (size_t)(w - r);
}

/* Append the replacement REPL for the match in O (COUNT groups set) to B. */
static void expand(mp_buf *b, const mp_str *repl, const mp_str *subj, const PCRE2_SIZE *o, uint32_t count)
{
    const char *w = repl->data, *end = w + repl->len;
    char last = 0;
    while (w < end) {
        if (*w == '\\' || *w == '$') {
            if (last == '\\') {
                b->data[b->len - 1] = *w++;
                last = 0;
                continue;
            }
            int g;
            size_t n = backref(w, end, &g);
            if (n) {
                if ((uint32_t)g < count && o[2 * g] != PCRE2_UNSET)
                    mp_buf_add(b, subj->data + o[2 * g], o[2 * g + 1] - o[2 * g]);
                w += n;
                continue;
            }
        }
        mp_buf_addc(b, *w);
        last = *w++;
    }
}

/* Replace matches of E in SUBJ (at most LIMIT, negative = all) with REPL,
 * or with what CB returns; adds the number made to *cnt. NULL on a match
 * error (preg_last_error is set). */
static mp_str *replace_one(mp_vm *vm, preg_entry *e, mp_str *subj, const mp_str *repl,
                           mp_val cb, int cbflags, int64_t limit, int64_t *cnt)
{
    pcre2_match_data *md = match_data(vm, e);
    mp_buf b;
    int started = 0;
    size_t last = 0, start = 0;
    int rc = run(vm, e, subj, 0, e->utf ? 0 : PCRE2_NO_UTF_CHECK, md);
    for (;;) {
        if (rc == PCRE2_ERROR_NOMATCH || (rc >= 0 && limit == 0)) break;
        if (rc < 0) { exec_error(vm, rc); return NULL; }
        PCRE2_SIZE *o = pcre2_get_ovector_pointer(md);
        uint32_t count = rc == 0 ? e->ncap : (uint32_t)rc;
        if (o[1] < o[0]) {   /* \K in a lookahead */
            state(vm)->last_error = E_INTERNAL;
            return NULL;
        }
        if (!started) { mp_buf_init(&b, vm); started = 1; }
        (*cnt)++;
        mp_buf_add(&b, subj->data + last, o[0] - last);
        size_t m0 = o[0], m1 = o[1];
        if (repl) {
            expand(&b, repl, subj, o, count);
        } else {
            mp_val arg = mp_v_arr(match_array(vm, e, subj, o, count, cbflags)), r = mp_v_null();
            e->busy++;   /* the callback may fill the cache (an exception leaves it busy: retired, not freed) */
            mp_call_value(vm, cb, 1, &arg, &r);
            e->busy--;
            mp_val *rv = mp_deref(&r);
            if (rv->type == MP_T_STRING) mp_buf_add(&b, rv->u.s->data, rv->u.s->len);
            else { mp_str *s = mp_to_str(vm, *rv); mp_buf_add(&b, s->data, s->len); }
        }
        last = start = m1;
        if (limit > 0) limit--;
        if (m0 == m1) {
            rc = run(vm, e, subj, start, PCRE2_NO_UTF_CHECK | PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED, md);
            if (rc >= 0) continue;
            if (rc != PCRE2_ERROR_NOMATCH) { exec_error(vm, rc); return NULL; }
            if (start >= subj->len) break;
            start += unit_len(e, subj, start);
        }
        rc = run(vm, e, subj, start, PCRE2_NO_UTF_CHECK, md);
    }
    if (!started) return subj;
    mp_buf_add(&b, subj->data + last, subj->len - last);
    return mp_buf_finish(&b);
}

static mp_str *val_str(mp_vm *vm, mp_val *v)
{
    v = mp_deref(v);
    return v->type == MP_T_STRING ? v->u.s : mp_to_str(vm, *v);
}

/* All patterns (string or array) applied in turn to one subject string. */
static mp_str *replace_subject(mp_vm *vm, const char *fn, mp_val pat, mp_val repl, mp_val cb, int cbflags,
                               mp_str *subj, int64_t limit, int64_t *cnt)
{
    struct mp_preg *p = state(vm);
    p->last_error = E_NONE;
    if (pat.type != MP_T_ARRAY) {
        preg_entry *e = preg_get(vm, fn, pat.u.s);
        if (!e) return NULL;
        return replace_one(vm, e, subj, cb.type == MP_T_UNDEF ? repl.u.s : NULL, cb, cbflags, limit, cnt);
    }
    uint32_t rpos = 0;
    mp_key k;
    mp_val *v;
    for (uint32_t i = 0; mp_array_next(pat.u.a, &i, &k, &v); ) {
        mp_str *ps = val_str(vm, v);
        const mp_str *rs = NULL;
        if (cb.type == MP_T_UNDEF) {
            if (repl.type == MP_T_ARRAY) {
                mp_key rk;
                mp_val *rv;
                rs = mp_array_next(repl.u.a, &rpos, &rk, &rv) ? val_str(vm, rv) : mp_str_empty();
            } else {
                rs = repl.u.s;
            }
        }
        preg_entry *e = preg_get(vm, fn, ps);
        if (!e) return NULL;
        subj = replace_one(vm, e, subj, rs, cb, cbflags, limit, cnt);
        if (!subj) return NULL;
    }
    return subj;
}

/* The shared driver of preg_replace, preg_filter and preg_replace_callback. */
static void replace_impl(mp_vm *vm, const char *fn, mp_val pat, mp_val repl, mp_val cb, int cbflags,
                         mp_val subject, int64_t limit, mp_val *count_out, int filter, mp_val *ret)
{
    int64_t total = 0;
    if (subject.type != MP_T_ARRAY) {
        mp_str *r = replace_subject(vm, fn, pat, repl, cb, cbflags, subject.u.s, limit, &total);
        if (r && (!filter || total > 0)) *ret = mp_v_str(r);
        else *ret = mp_v_null();
    } else {
        mp_array *res = mp_array_new(vm, mp_array_count(subject.u.a));
        mp_key k;
        mp_val *v;
        for (uint32_t i = 0; mp_array_next(subject.u.a, &i, &k, &v); ) {
            int64_t one = 0;
            mp_str *r = replace_subject(vm, fn, pat, repl, cb, cbflags, val_str(vm, v), limit, &one);
            total += one;
            if (r && (!filter || one > 0))
                mp_array_set(vm, res, k, mp_v_str(r));
        }
        *ret = mp_v_arr(res);
    }
    if (count_out)
        *mp_deref(count_out) = mp_v_int(total);
}

static void replace_common(mp_vm *vm, int argc, mp_val *argv, mp_val *ret, const char *fn, int filter)
{
    if (argv[1].type == MP_T_ARRAY && argv[0].type != MP_T_ARRAY)
        mp_throw_ex(vm, MP_EX_TYPE_ERROR, "%s(): Argument #1 ($pattern) must be of type array when argument #2 ($replacement) is an array, string given", fn);
    replace_impl(vm, fn, argv[0], argv[1], mp_v_undef(), 0, argv[2], argc > 3 ? argv[3].u.i : -1,
                 argc > 4 ? &argv[4] : NULL, filter, ret);
}

/* preg_replace(string|array $pattern, string|array $replacement, string|array $subject, int $limit = -1, &$count = null) */
static void bi_preg_replace(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    replace_common(vm, argc, argv, ret, "preg_replace", 0);
}

/* preg_filter(...): preg_replace keeping only subjects where something matched */
static void bi_preg_filter(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    replace_common(vm, argc, argv, ret, "preg_filter", 1);
}

/* preg_replace_callback(string|array $pattern, callable $callback, string|array $subject, int $limit = -1,
 *                       &$count = null, int $flags = 0) */
static void bi_preg_replace_callback(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_val cb = mp_callable_prepare(vm, argv[1]);
    replace_impl(vm, "preg_replace_callback", argv[0], mp_v_null(), cb,
                 argc > 5 ? (int)(argv[5].u.i & (OFFSET_CAPTURE | UNMATCHED_AS_NULL)) : 0,
                 argv[2], argc > 3 ? argv[3].u.i : -1, argc > 4 ? &argv[4] : NULL, 0, ret);
}

/* preg_replace_callback_array(array $pattern, string|array $subject, int $limit = -1, &$count = null, int $flags = 0) */
static void bi_preg_replace_callback_array(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int64_t limit = argc > 2 ? argv[2].u.i : -1, total = 0;
    int flags = argc > 4 ? (int)(argv[4].u.i & (OFFSET_CAPTURE | UNMATCHED_AS_NULL)) : 0;
    mp_val subject = argv[1];
    mp_key k;
    mp_val *v;
    for (uint32_t i = 0; mp_array_next(argv[0].u.a, &i, &k, &v); ) {
        mp_val cb = *mp_deref(v);
        if (!mp_is_callable(vm, cb))
            mp_throw_ex(vm, MP_EX_TYPE_ERROR, "preg_replace_callback_array(): Argument #1 ($pattern) must contain only valid callbacks");
        if (!k.s)
            k.s = mp_str_printf(vm, "%lld", (long long)k.i);
        mp_val r, one = mp_v_int(0);
        mp_ref box = { one, 1 };
        mp_val cnt;
        cnt.u.r = &box;
        cnt.type = MP_T_REF;
        replace_impl(vm, "preg_replace_callback_array", mp_v_str(k.s), mp_v_null(), mp_callable_prepare(vm, cb),
                     flags, subject, limit, &cnt, 0, &r);
        total += box.val.u.i;
        if (r.type == MP_T_NULL) {
            *ret = r;
            if (argc > 3) *mp_deref(&argv[3]) = mp_v_int(total);
            return;
        }
        subject = r;
    }
    if (argc > 3) *mp_deref(&argv[3]) = mp_v_int(total);
    mp_val_share(subject);
    *ret = subject;
}

/* ---- split, grep, quote ---- */

/* preg_split(string $pattern, string $subject, int $limit = -1, int $flags = 0): array|false */
static void bi_preg_split(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *subj = argv[1].u.s;
    preg_entry *e = preg_get(vm, "preg_split", argv[0].u.s);
    if (!e) { *ret = mp_v_bool(0); return; }
    int64_t limit = argc > 2 ? argv[2].u.i : -1;
    int64_t flags = argc > 3 ? argv[3].u.i : 0;
    int no_empty = (flags & SPLIT_NO_EMPTY) != 0, delim = (flags & SPLIT_DELIM_CAPTURE) != 0;
    int offcap = (flags & SPLIT_OFFSET_CAPTURE) ? OFFSET_CAPTURE : 0;
    if (limit == 0) limit = -1;
    struct mp_preg *p = state(vm);
    p->last_error = E_NONE;
    mp_array *res = mp_array_new(vm, 0);
    size_t last = 0, start = 0;
    if (limit == -1 || limit > 1) {
        pcre2_match_data *md = match_data(vm, e);
        uint32_t opts = e->utf ? 0 : PCRE2_NO_UTF_CHECK;
        int rc = run(vm, e, subj, start, opts, md);
        for (;;) {
            if (rc == PCRE2_ERROR_NOMATCH) break;
            if (rc < 0) { exec_error(vm, rc); break; }
            PCRE2_SIZE *o = pcre2_get_ovector_pointer(md);
            uint32_t count = rc == 0 ? e->ncap : (uint32_t)rc;
            if (o[1] < o[0]) {   /* \K in a lookahead */
                p->last_error = E_INTERNAL;
                break;
            }
            if (!no_empty || o[0] != last) {
                mp_val s = sub_str(vm, subj, last, o[0]);
                mp_array_append(vm, res, offcap ? offset_pair(vm, s, (int64_t)last) : s);
                if (limit != -1) limit--;
            }
            if (delim)
                for (uint32_t i = 1; i < count; i++)
                    if (!no_empty || o[2 * i] != o[2 * i + 1]) {
                        int unset = o[2 * i] == PCRE2_UNSET;
                        mp_val s = unset ? mp_v_str(mp_str_empty()) : sub_str(vm, subj, o[2 * i], o[2 * i + 1]);
                        mp_array_append(vm, res, offcap ? offset_pair(vm, s, unset ? -1 : (int64_t)o[2 * i]) : s);
                    }
            start = last = o[1];
            if (o[1] == o[0]) {
                if (limit != -1 && limit <= 1) break;
                rc = run(vm, e, subj, start, PCRE2_NO_UTF_CHECK | PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED, md);
                if (rc >= 0) continue;
                if (rc != PCRE2_ERROR_NOMATCH) { exec_error(vm, rc); break; }
                if (start >= subj->len) break;
                start += unit_len(e, subj, start);
            }
            if (limit != -1 && limit <= 1) break;
            rc = run(vm, e, subj, start, PCRE2_NO_UTF_CHECK, md);
        }
        if (p->last_error != E_NONE) { *ret = mp_v_bool(0); return; }
    }
    if (!no_empty || last < subj->len) {
        mp_val s = sub_str(vm, subj, last, subj->len);
        mp_array_append(vm, res, offcap ? offset_pair(vm, s, (int64_t)last) : s);
    }
    *ret = mp_v_arr(res);
}

/* preg_grep(string $pattern, array $array, int $flags = 0): array|false */
static void bi_preg_grep(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    preg_entry *e = preg_get(vm, "preg_grep", argv[0].u.s);
    if (!e) { *ret = mp_v_bool(0); return; }
    int invert = argc > 2 && (argv[2].u.i & GREP_INVERT);
    struct mp_preg *p = state(vm);
    p->last_error = E_NONE;
    pcre2_match_data *md = match_data(vm, e);
    mp_array *res = mp_array_new(vm, 0);
    mp_key k;
    mp_val *v;
    for (uint32_t i = 0; mp_array_next(argv[1].u.a, &i, &k, &v); ) {
        mp_str *s = val_str(vm, v);
        int rc = run(vm, e, s, 0, e->utf ? 0 : PCRE2_NO_UTF_CHECK, md);
        if (rc < 0 && rc != PCRE2_ERROR_NOMATCH) { exec_error(vm, rc); break; }
        if ((rc >= 0) != invert) {
            mp_val x = *mp_deref(v);
            mp_val_share(x);
            mp_array_set(vm, res, k, x);
        }
    }
    *ret = mp_v_arr(res);
}

/* preg_quote(string $str, ?string $delimiter = null): string */
static void bi_preg_quote(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    int dch = argc > 1 && argv[1].type == MP_T_STRING && argv[1].u.s->len ? (unsigned char)argv[1].u.s->data[0] : -1;
    mp_buf b;
    mp_buf_init(&b, vm);
    for (size_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        if (c == 0) { mp_buf_add(&b, "\\000", 4); continue; }
        if (strchr(".\\+*?[^]$(){}=!<>|:-#", c) || (int)c == dch)
            mp_buf_addc(&b, '\\');
        mp_buf_addc(&b, (char)c);
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

static const char *error_msg(int code)
{
    switch (code) {
    case E_NONE:            return "No error";
    case E_INTERNAL:        return "Internal error";
    case E_BACKTRACK:       return "Backtrack limit exhausted";
    case E_RECURSION:       return "Recursion limit exhausted";
    case E_BAD_UTF8:        return "Malformed UTF-8 characters, possibly incorrectly encoded";
    case E_BAD_UTF8_OFFSET: return "The offset did not correspond to the beginning of a valid UTF-8 code point";
    case E_JIT_STACKLIMIT:  return "JIT stack limit exhausted";
    default:                return "Unknown error";
    }
}

/* preg_last_error(): int */
static void bi_preg_last_error(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    struct mp_preg *p = *mp_vm_preg(vm);
    *ret = mp_v_int(p ? p->last_error : 0);
}

/* preg_last_error_msg(): string */
static void bi_preg_last_error_msg(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc; (void)argv;
    struct mp_preg *p = *mp_vm_preg(vm);
    *ret = mp_v_str(mp_str_cstr(vm, error_msg(p ? p->last_error : 0)));
}

static const mp_builtin rows[] = {
    { "preg_filter", bi_preg_filter, 3, 5, "kkki&z", "pattern replacement subject limit count", "-1 null" },
    { "preg_grep", bi_preg_grep, 2, 3, "sai", "pattern array flags", "0" },
    { "preg_last_error", bi_preg_last_error, 0, 0, "", "" },
    { "preg_last_error_msg", bi_preg_last_error_msg, 0, 0, "", "" },
    { "preg_match", bi_preg_match, 2, 5, "ss&zii", "pattern subject matches flags offset", "null 0 0" },
    { "preg_match_all", bi_preg_match_all, 2, 5, "ss&zii", "pattern subject matches flags offset", "null 0 0" },
    { "preg_quote", bi_preg_quote, 1, 2, "s?s", "str delimiter", "null" },
    { "preg_replace", bi_preg_replace, 3, 5, "kkki&z", "pattern replacement subject limit count", "-1 null" },
    { "preg_replace_callback", bi_preg_replace_callback, 3, 6, "kcki&zi", "pattern callback subject limit count flags", "-1 null 0" },
    { "preg_replace_callback_array", bi_preg_replace_callback_array, 2, 5, "aki&zi", "pattern subject limit count flags", "-1 null 0" },
    { "preg_split", bi_preg_split, 2, 4, "ssii", "pattern subject limit flags", "-1 0" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_preg, rows);
