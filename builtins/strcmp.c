/* strcmp.c - comparing and measuring strings: the strcmp family (the
 * difference of the first differing bytes, else -1/0/1 by length), natural order, similar_text, levenshtein, and the
 * phonetic keys soundex and metaphone. ASCII case folding only. */
#include <stdint.h>
#include <string.h>
#include "builtins.h"
#include "strutil.h"
#include "../vm/vmapi.h"

/* Compare [a, a+an) and [b, b+bn) bytewise (ASCII-folded if CI) as PHP
 * does: the difference of the first differing bytes, else -1/0/1 by length. */
static int bytes_cmp(const char *a, size_t an, const char *b, size_t bn, int ci)
{
    size_t n = an < bn ? an : bn;
    for (size_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (ci) {
            x = mp_tolower(x);
            y = mp_tolower(y);
        }
        if (x != y)
            return (int)x - (int)y;
    }
    return an < bn ? -1 : an > bn;
}

/* strcmp(string $string1, string $string2): int */
static void bi_strcmp(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    mp_str *a = argv[0].u.s, *b = argv[1].u.s;
    *ret = mp_v_int(bytes_cmp(a->data, a->len, b->data, b->len, 0));
}

/* strcasecmp(string $string1, string $string2): int */
static void bi_strcasecmp(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    mp_str *a = argv[0].u.s, *b = argv[1].u.s;
    *ret = mp_v_int(bytes_cmp(a->data, a->len, b->data, b->len, 1));
}

static void do_strncmp(mp_vm *vm, const char *fn, int ci, mp_val *argv, mp_val *ret)
{
    mp_str *a = argv[0].u.s, *b = argv[1].u.s;
    int64_t n = argv[2].u.i;
    if (n < 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "%s(): Argument #3 ($length) must be greater than or equal to 0", fn);
    size_t an = a->len < (uint64_t)n ? a->len : (size_t)n, bn = b->len < (uint64_t)n ? b->len : (size_t)n;
    *ret = mp_v_int(bytes_cmp(a->data, an, b->data, bn, ci));
}

/* substr_compare(string $haystack, string $needle, int $offset, ?int $length = null,
 *                bool $case_insensitive = false): int */
static void bi_substr_compare(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *h = argv[0].u.s, *n = argv[1].u.s;
    int64_t off = argv[2].u.i;
    int has_len = argc > 3 && argv[3].type != MP_T_NULL;
    int ci = argc > 4 && argv[4].type == MP_T_TRUE;
    if (has_len && argv[3].u.i < 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "substr_compare(): Argument #4 ($length) must be greater than or equal to 0");
    if (has_len && argv[3].u.i == 0) { *ret = mp_v_int(0); return; }
    if (off < 0) { off += (int64_t)h->len; if (off < 0) off = 0; }
    if ((uint64_t)off > h->len)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "substr_compare(): Argument #3 ($offset) must be contained in argument #1 ($haystack)");
    size_t rest = h->len - (size_t)off;
    size_t len = has_len ? (size_t)argv[3].u.i : (rest > n->len ? rest : n->len);
    *ret = mp_v_int(bytes_cmp(h->data + off, rest < len ? rest : len, n->data, n->len < len ? n->len : len, ci));
}

/* strncmp(string $string1, string $string2, int $length): int */
static void bi_strncmp(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; do_strncmp(vm, "strncmp", 0, argv, ret); }
/* strncasecmp(string $string1, string $string2, int $length): int */
static void bi_strncasecmp(mp_vm *vm, int argc, mp_val *argv, mp_val *ret) { (void)argc; do_strncmp(vm, "strncasecmp", 1, argv, ret); }

/* ---- natural order (PHP's strnatcmp_ex) ----
 * Runs of digits compare by value: without leading zeros the longer run is
 * bigger (ties go to the first differing digit); a run starting with 0 is a
 * "fraction" and compares digit by digit from the left. Leading zeros of the
 * whole string are skipped, whitespace is skipped everywhere. */

static int nat_isdigit(const char *p, const char *end) { return p < end && mp_isdigit((unsigned char)*p); }

static int nat_right(const char **a, const char *ae, const char **b, const char *be)
{
    int bias = 0;
    for (;; (*a)++, (*b)++) {
        int da = nat_isdigit(*a, ae), db = nat_isdigit(*b, be);
        if (!da && !db)
            return bias;
        if (!da)
            return -1;
        if (!db)
            return 1;
        if (**a < **b) {
            if (!bias)
                bias = -1;
        } else if (**a > **b) {
            if (!bias)
                bias = 1;
        }
    }
}

static int nat_left(const char **a, const char *ae, const char **b, const char *be)
{
    for (;; (*a)++, (*b)++) {
        int da = nat_isdigit(*a, ae), db = nat_isdigit(*b, be);
        if (!da && !db)
            return 0;
        if (!da)
            return -1;
        if (!db)
            return 1;
        if (**a != **b)
            return (unsigned char)**a < (unsigned char)**b ? -1 : 1;
    }
}

int mp_strnatcmp(const char *a, size_t an, const char *b, size_t bn, int ci)
{
    if (an == 0 || bn == 0)
        return an == bn ? 0 : an > bn ? 1 : -1;
    const char *ap = a, *bp = b, *ae = a + an, *be = b + bn;
    int leading = 1;
    for (;;) {
        /* bytes past the end read as NUL, as in PHP's NUL-terminated strings */
        unsigned char ca = ap < ae ? (unsigned char)*ap : 0, cb = bp < be ? (unsigned char)*bp : 0;
        while (leading && ca == '0' && ap + 1 < ae && mp_isdigit((unsigned char)ap[1]))
            ca = (unsigned char)*++ap;
        while (leading && cb == '0' && bp + 1 < be && mp_isdigit((unsigned char)bp[1]))
            cb = (unsigned char)*++bp;
        leading = 0;
        while (mp_isspace(ca)) {
            ++ap;
            ca = ap < ae ? (unsigned char)*ap : 0;
        }
        while (mp_isspace(cb)) {
            ++bp;
            cb = bp < be ? (unsigned char)*bp : 0;
        }
        if (mp_isdigit(ca) && mp_isdigit(cb)) {
            int r = (ca == '0' || cb == '0') ? nat_left(&ap, ae, &bp, be) : nat_right(&ap, ae, &bp, be);
            if (r)
                return r;
            if (ap == ae && bp == be)
                return 0;
            if (ap == ae)
                return -1;
            if (bp == be)
                return 1;
            ca = (unsigned char)*ap;
            cb = (unsigned char)*bp;
        }
        if (ci) {
            ca = mp_toupper(ca);
            cb = mp_toupper(cb);
        }
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++ap;
        ++bp;
        if (ap >= ae && bp >= be)
            return 0;
        if (ap >= ae)
            return -1;
        if (bp >= be)
            return 1;
    }
}

/* strnatcmp(string $string1, string $string2): int */
static void bi_strnatcmp(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    *ret = mp_v_int(mp_strnatcmp(argv[0].u.s->data, argv[0].u.s->len, argv[1].u.s->data, argv[1].u.s->len, 0));
}

/* strnatcasecmp(string $string1, string $string2): int */
static void bi_strnatcasecmp(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm; (void)argc;
    *ret = mp_v_int(mp_strnatcmp(argv[0].u.s->data, argv[0].u.s->len, argv[1].u.s->data, argv[1].u.s->len, 1));
}

/* ---- similar_text ----
 * PHP's recursive rule: take the first longest common substring, then add
 * the similarity of the parts left of it (only when that substring was not
 * the first candidate found) and of the parts right of it. */
static size_t similar(const char *s1, size_t n1, const char *s2, size_t n2)
{
    size_t max = 0, pos1 = 0, pos2 = 0, count = 0;
    for (size_t i = 0; i < n1; i++) {
        for (size_t j = 0; j < n2; j++) {
            size_t l = 0;
            while (i + l < n1 && j + l < n2 && s1[i + l] == s2[j + l])
                l++;
            if (l > max) {
                max = l;
                count++;
                pos1 = i;
                pos2 = j;
            }
        }
    }
    size_t sum = max;
    if (sum) {
        if (pos1 && pos2 && count > 1)
            sum += similar(s1, pos1, s2, pos2);
        if (pos1 + max < n1 && pos2 + max < n2)
            sum += similar(s1 + pos1 + max, n1 - pos1 - max, s2 + pos2 + max, n2 - pos2 - max);
    }
    return sum;
}

/* similar_text(string $string1, string $string2, &$percent = null): int */
static void bi_similar_text(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)vm;
    mp_str *a = argv[0].u.s, *b = argv[1].u.s;
    size_t sim = a->len + b->len ? similar(a->data, a->len, b->data, b->len) : 0;
    if (argc > 2)
        *mp_deref(&argv[2]) = mp_v_float(a->len + b->len ? (double)sim * 2.0 * 100.0 / (double)(a->len + b->len) : 0.0);
    *ret = mp_v_int((int64_t)sim);
}

/* levenshtein(string $string1, string $string2, int $insertion_cost = 1,
 *             int $replacement_cost = 1, int $deletion_cost = 1): int */
static void bi_levenshtein(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *a = argv[0].u.s, *b = argv[1].u.s;
    int64_t ins = argc > 2 ? argv[2].u.i : 1, rep = argc > 3 ? argv[3].u.i : 1, del = argc > 4 ? argv[4].u.i : 1;
    if (a->len == 0) {
        *ret = mp_v_int((int64_t)b->len * ins);
        return;
    }
    if (b->len == 0) {
        *ret = mp_v_int((int64_t)a->len * del);
        return;
    }
    int64_t *p1 = mp_alloc_atomic(vm, (b->len + 1) * sizeof *p1);
    int64_t *p2 = mp_alloc_atomic(vm, (b->len + 1) * sizeof *p2);
    for (size_t j = 0; j <= b->len; j++)
        p1[j] = (int64_t)j * ins;
    for (size_t i = 0; i < a->len; i++) {
        p2[0] = p1[0] + del;
        for (size_t j = 0; j < b->len; j++) {
            int64_t c = p1[j] + (a->data[i] == b->data[j] ? 0 : rep);
            if (p1[j + 1] + del < c)
                c = p1[j + 1] + del;
            if (p2[j] + ins < c)
                c = p2[j] + ins;
            p2[j + 1] = c;
        }
        int64_t *t = p1;
        p1 = p2;
        p2 = t;
    }
    *ret = mp_v_int(p1[b->len]);
}

/* soundex(string $string): string */
static void bi_soundex(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    /* A..Z; 0 = vowel-like (not coded) */
    static const char code[26] = {
        0, '1', '2', '3', 0, '1', '2', 0, 0, '2', '2', '4', '5',
        '5', 0, '1', '2', '6', '2', '3', 0, '1', 0, '2', 0, '2' };
    mp_str *s = argv[0].u.s;
    char out[4];
    int n = 0;
    char last = 0;
    for (size_t i = 0; i < s->len && n < 4; i++) {
        unsigned char c = mp_toupper((unsigned char)s->data[i]);
        if (c < 'A' || c > 'Z')
            continue;
        if (n == 0) {
            out[n++] = (char)c;
            last = code[c - 'A'];
        } else {
            char k = code[c - 'A'];
            if (k != last) {
                if (k)
                    out[n++] = k;
                last = k;
            }
        }
    }
    while (n < 4)
        out[n++] = '0';
    *ret = mp_strv(vm, out, 4);
}

/* ---- metaphone (PHP's version of Lawrence Philips' rules) ---- */

/* Letter classes: 1 vowel AEIOU, 2 passes through FJLMNR, 4 makes an H
 * digraph CGPST, 8 softens C and G (EIY), 16 keeps GH from becoming F (BDH). */
static int meta_class(unsigned char c)
{
    static const unsigned char cls[26] = {
        1, 16, 4, 16, 9, 2, 4, 16, 9, 2, 0, 2, 2, 2, 1, 4, 0, 2, 4, 4, 1, 0, 0, 0, 8, 0 };
    c = mp_toupper(c);
    return c >= 'A' && c <= 'Z' ? cls[c - 'A'] : 0;
}
#define M_VOWEL(c)   (meta_class(c) & 1)
#define M_AFFECTH(c) (meta_class(c) & 4)
#define M_SOFT(c)    (meta_class(c) & 8)
#define M_NOGHF(c)   (meta_class(c) & 16)

/* The word as PHP sees it: a NUL-terminated byte string (an embedded NUL ends it). */
typedef struct meta_word { const unsigned char *w; size_t n; } meta_word;

static unsigned char meta_at(const meta_word *m, size_t i)
{
    return i < m->n ? mp_toupper(m->w[i]) : 0;
}

/* Letter N ahead of I, stopping at the end of the word. */
static unsigned char meta_ahead(const meta_word *m, size_t i, size_t n)
{
    size_t k = 0;
    while (k < n && i + k < m->n && m->w[i + k])
        k++;
    return meta_at(m, i + k);
}

static void bi_metaphone(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    int64_t max = argc > 1 ? argv[1].u.i : 0;
    if (max < 0)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "metaphone(): Argument #2 ($max_phonemes) must be greater than or equal to 0");
    meta_word m = { (const unsigned char *)s->data, strlen(s->data) };
    mp_buf b;
    mp_buf_init(&b, vm);
    size_t i = 0;
#define CUR        meta_at(&m, i)
#define NEXT       meta_at(&m, i + 1)
#define AFTER_NEXT (NEXT ? meta_at(&m, i + 2) : 0)
#define BACK(n)    (i >= (n) ? meta_at(&m, i - (n)) : 0)
#define ADD(c)     mp_buf_addc(&b, (char)(c))
    /* skip to the first letter */
    for (; !mp_isalpha(CUR); i++)
        if (CUR == 0) {
            *ret = mp_v_str(mp_buf_finish(&b));
            return;
        }
    /* the first letter has rules of its own */
    switch (CUR) {
    case 'A':
        if (NEXT == 'E') { ADD('E'); i += 2; }
        else { ADD('A'); i++; }
        break;
    case 'G': case 'K': case 'P':
        if (NEXT == 'N') { ADD('N'); i += 2; }
        break;
    case 'W':
        if (NEXT == 'R') { ADD(NEXT); i += 2; }
        else if (NEXT == 'H' || M_VOWEL(NEXT)) { ADD('W'); i += 2; }
        break;
    case 'X':
        ADD('S'); i++;
        break;
    case 'E': case 'I': case 'O': case 'U':
        ADD(CUR); i++;
        break;
    default:
        break;
    }
    for (; CUR != 0 && (max == 0 || b.len < (size_t)max); i++) {
        int skip = 0;
        unsigned char c = CUR;
        if (!mp_isalpha(c))
            continue;
        if (c == BACK(1) && c != 'C')
            continue;   /* doubled letters count once, except CC */
        switch (c) {
        case 'B':
            if (BACK(1) != 'M') ADD('B');
            break;
        case 'C':
            if (M_SOFT(NEXT)) {
                if (AFTER_NEXT == 'A' && NEXT == 'I') ADD('X');      /* CIA */
                else if (BACK(1) != 'S') ADD('S');                  /* SC[IEY] is silent */
            } else if (NEXT == 'H') {
                ADD('X');
                skip++;
            } else {
                ADD('K');
            }
            break;
        case 'D':
            if (NEXT == 'G' && M_SOFT(AFTER_NEXT)) { ADD('J'); skip++; }
            else ADD('T');
            break;
        case 'G':
            if (NEXT == 'H') {
                if (!(M_NOGHF(BACK(3)) || BACK(4) == 'H')) { ADD('F'); skip++; }
            } else if (NEXT == 'N') {
                if (!mp_isalpha(AFTER_NEXT) || (AFTER_NEXT == 'E' && meta_ahead(&m, i, 3) == 'D')) {
                    /* -GN, -GNED: silent */
                } else {
                    ADD('K');
                }
            } else if (M_SOFT(NEXT) && BACK(1) != 'G') {
                ADD('J');
            } else {
                ADD('K');
            }
            break;
        case 'H':
            if (M_VOWEL(NEXT) && !M_AFFECTH(BACK(1))) ADD('H');
            break;
        case 'K':
            if (BACK(1) != 'C') ADD('K');
            break;
        case 'P':
            ADD(NEXT == 'H' ? 'F' : 'P');
            break;
        case 'Q':
            ADD('K');
            break;
        case 'S':
            if (NEXT == 'I' && (AFTER_NEXT == 'O' || AFTER_NEXT == 'A')) ADD('X');
            else if (NEXT == 'H') { ADD('X'); skip++; }
            else ADD('S');
            break;
        case 'T':
            if (NEXT == 'I' && (AFTER_NEXT == 'O' || AFTER_NEXT == 'A')) ADD('X');
            else if (NEXT == 'H') { ADD('0'); skip++; }
            else if (!(NEXT == 'C' && AFTER_NEXT == 'H')) ADD('T');
            break;
        case 'V':
            ADD('F');
            break;
        case 'W':
            if (M_VOWEL(NEXT)) ADD('W');
            break;
        case 'X':
            ADD('K'); ADD('S');
            break;
        case 'Y':
            if (M_VOWEL(NEXT)) ADD('Y');
            break;
        case 'Z':
            ADD('S');
            break;
        case 'F': case 'J': case 'L': case 'M': case 'N': case 'R':
            ADD(c);
            break;
        default:
            break;
        }
        i += (size_t)skip;
    }
#undef CUR
#undef NEXT
#undef AFTER_NEXT
#undef BACK
#undef ADD
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* Sorted by name (strcmp); mp_builtin_check_tables() verifies it. */
static const mp_builtin rows[] = {
    /* levenshtein(string $string1, string $string2, int $insertion_cost = 1, int $replacement_cost = 1, int $deletion_cost = 1): int */
    { "levenshtein", bi_levenshtein, 2, 5, "ssiii", "string1 string2 insertion_cost replacement_cost deletion_cost", "1 1 1" },
    /* metaphone(string $string, int $max_phonemes = 0): string */
    { "metaphone", bi_metaphone, 1, 2, "si", "string max_phonemes", "0" },
    /* similar_text(string $string1, string $string2, &$percent = null): int */
    { "similar_text", bi_similar_text, 2, 3, "ss&z", "string1 string2 percent", "null" },
    { "soundex", bi_soundex, 1, 1, "s", "string" },
    { "strcasecmp", bi_strcasecmp, 2, 2, "ss", "string1 string2" },
    { "strcmp", bi_strcmp, 2, 2, "ss", "string1 string2" },
    { "strnatcasecmp", bi_strnatcasecmp, 2, 2, "ss", "string1 string2" },
    { "strnatcmp", bi_strnatcmp, 2, 2, "ss", "string1 string2" },
    { "strncasecmp", bi_strncasecmp, 3, 3, "ssi", "string1 string2 length" },
    { "strncmp", bi_strncmp, 3, 3, "ssi", "string1 string2 length" },
    { "substr_compare", bi_substr_compare, 3, 5, "ssi?ib", "haystack needle offset length case_insensitive", "null false" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_strcmp, rows);
