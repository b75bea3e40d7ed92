/* escape.c - escaping text for other languages: addslashes/stripslashes,
 * quotemeta, strip_tags and the HTML entity functions (htmlspecialchars,
 * htmlentities and their decoders) with PHP 8.1+'s default flags
 * ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401. Charsets: UTF-8 and ISO-8859-1
 * (other single-byte charsets pass bytes through); the named-entity table
 * is HTML 4.01's, also used for ENT_HTML5 (whose larger table is not here). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "builtins.h"
#include "strutil.h"
#include "../vm/vmapi.h"

/* ---- slashes ---- */

/* addslashes(string $string): string */
static void bi_addslashes(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s;
    mp_buf b;
    mp_buf_init(&b, vm);
    for (size_t i = 0; i < s->len; i++) {
        char c = s->data[i];
        if (c == '\0') {
            mp_buf_add(&b, "\\0", 2);
            continue;
        }
        if (c == '\'' || c == '"' || c == '\\')
            mp_buf_addc(&b, '\\');
        mp_buf_addc(&b, c);
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* stripslashes(string $string): string -- "\0" becomes NUL, "\x" becomes x */
static void bi_stripslashes(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s;
    mp_buf b;
    mp_buf_init(&b, vm);
    for (size_t i = 0; i < s->len; i++) {
        if (s->data[i] != '\\') {
            mp_buf_addc(&b, s->data[i]);
        } else if (i + 1 < s->len) {
            i++;
            mp_buf_addc(&b, s->data[i] == '0' ? '\0' : s->data[i]);
        }
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* quotemeta(string $string): string */
static void bi_quotemeta(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    (void)argc;
    mp_str *s = argv[0].u.s;
    mp_buf b;
    mp_buf_init(&b, vm);
    for (size_t i = 0; i < s->len; i++) {
        if (strchr(".\\+*?[^]$()", s->data[i]) && s->data[i])
            mp_buf_addc(&b, '\\');
        mp_buf_addc(&b, s->data[i]);
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* ---- strip_tags ---- */

/* Is the tag in BUF (as written, "<a href=...>" or "</a>") listed in ALLOW
 * ("<a><b>", lower case)? The tag is reduced to "<name>" first. */
static int tag_allowed(mp_vm *vm, const char *tag, size_t len, const char *allow)
{
    if (len == 0)
        return 0;
    char *norm = mp_alloc_atomic(vm, len + 2);
    size_t n = 0;
    int state = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = mp_tolower((unsigned char)tag[i]);
        if (c == '<') {
            norm[n++] = '<';
        } else if (c == '>') {
            break;
        } else if (!mp_isspace(c)) {
            state = 1;
            /* "</a>" and "<a/>" both mean "<a>" */
            if (c != '/' || (i > 0 && tag[i - 1] != '<' && (i + 1 >= len || tag[i + 1] != '>')))
                norm[n++] = (char)c;
        } else if (state == 1) {
            break;
        }
    }
    norm[n++] = '>';
    norm[n] = '\0';
    return strstr(allow, norm) != NULL;
}

/* PHP's tag-stripping state machine: 0 text, 1 inside a tag, 2 inside
 * "<?...?>", 3 inside "<!...>", 4 inside a "<!--...-->" comment. Quotes
 * inside tags hide '>'; nested '<' are counted (DEPTH); NUL bytes vanish. */
static mp_str *strip_tags(mp_vm *vm, const mp_str *src, const char *allow)
{
    const char *buf = src->data, *p = buf, *end = buf + src->len;
    mp_buf out, tag;
    mp_buf_init(&out, vm);
    mp_buf_init(&tag, vm);
    int state = 0, depth = 0, br = 0, is_xml = 0;
    char in_q = 0, lc = 0;
    /* the byte after P; PHP's strings end in NUL */
#define AT(q) ((q) < end ? *(q) : '\0')
    for (; p < end; p++) {
        char c = *p;
        switch (state) {
        case 0:
            if (c == '\0')
                break;
            if (c == '<') {
                if (in_q)
                    break;
                if (mp_isspace((unsigned char)AT(p + 1))) {
                    mp_buf_addc(&out, c);
                    break;
                }
                lc = '<';
                state = 1;
                if (allow)
                    mp_buf_addc(&tag, '<');
                break;
            }
            if (c == '>') {
                if (depth) {
                    depth--;
                    break;
                }
                if (in_q)
                    break;
            }
            mp_buf_addc(&out, c);
            break;
        case 1:
            switch (c) {
            case '\0':
                break;
            case '<':
                if (in_q)
                    break;
                if (mp_isspace((unsigned char)AT(p + 1)))
                    goto reg_char_1;
                depth++;
                break;
            case '>':
                if (depth) {
                    depth--;
                    break;
                }
                if (in_q)
                    break;
                lc = '>';
                if (is_xml && p > buf && p[-1] == '-')
                    break;
                in_q = 0;
                state = 0;
                is_xml = 0;
                if (allow) {
                    mp_buf_addc(&tag, '>');
                    if (tag_allowed(vm, tag.data, tag.len, allow))
                        mp_buf_add(&out, tag.data, tag.len);
                    tag.len = 0;
                }
                break;
            case '"':
            case '\'':
                if (p != buf && (!in_q || c == in_q))
                    in_q = in_q ? 0 : c;
                goto reg_char_1;
            case '!':
                /* "<!": doctype, comments, CDATA */
                if (p > buf && p[-1] == '<') {
                    state = 3;
                    lc = c;
                    break;
                }
                goto reg_char_1;
            case '?':
                if (p > buf && p[-1] == '<') {
                    br = 0;
                    state = 2;
                    break;
                }
                goto reg_char_1;
            default:
            reg_char_1:
                if (allow)
                    mp_buf_addc(&tag, c);
                break;
            }
            break;
        case 2:
            switch (c) {
            case '(':
                if (lc != '"' && lc != '\'') {
                    lc = '(';
                    br++;
                }
                break;
            case ')':
                if (lc != '"' && lc != '\'') {
                    lc = ')';
                    br--;
                }
                break;
            case '>':
                if (depth) {
                    depth--;
                    break;
                }
                if (in_q)
                    break;
                if (!br && p > buf && lc != '"' && p[-1] == '?') {
                    in_q = 0;
                    state = 0;
                    tag.len = 0;
                }
                break;
            case '"':
            case '\'':
                if (p > buf && p[-1] != '\\') {
                    if (lc == c)
                        lc = 0;
                    else if (lc != '\\')
                        lc = c;
                }
                if (p != buf && (!in_q || c == in_q))
                    in_q = in_q ? 0 : c;
                break;
            case 'l':
            case 'L':
                /* "<?xml" is a tag, not PHP code */
                if (p > buf + 4 && (p[-1] == 'm' || p[-1] == 'M') && (p[-2] == 'x' || p[-2] == 'X') &&
                    p[-3] == '?' && p[-4] == '<') {
                    state = 1;
                    is_xml = 1;
                }
                break;
            default:
                break;
            }
            break;
        case 3:
            switch (c) {
            case '>':
                if (depth) {
                    depth--;
                    break;
                }
                if (in_q)
                    break;
                in_q = 0;
                state = 0;
                tag.len = 0;
                break;
            case '"':
            case '\'':
                if (p != buf && p[-1] != '\\' && (!in_q || c == in_q))
                    in_q = in_q ? 0 : c;
                break;
            case '-':
                if (p >= buf + 2 && p[-1] == '-' && p[-2] == '!')
                    state = 4;
                break;
            case 'E':
            case 'e':
                /* "<!DOCTYPE" is a tag */
                if (p > buf + 6 && (p[-1] == 'p' || p[-1] == 'P') && (p[-2] == 'y' || p[-2] == 'Y') &&
                    (p[-3] == 't' || p[-3] == 'T') && (p[-4] == 'c' || p[-4] == 'C') &&
                    (p[-5] == 'o' || p[-5] == 'O') && (p[-6] == 'd' || p[-6] == 'D'))
                    state = 1;
                break;
            default:
                break;
            }
            break;
        default: /* 4: comment */
            if (c == '>' && !in_q && p >= buf + 2 && p[-1] == '-' && p[-2] == '-') {
                in_q = 0;
                state = 0;
                tag.len = 0;
            }
            break;
        }
    }
#undef AT
    return mp_buf_finish(&out);
}

/* strip_tags(string $string, array|string|null $allowed_tags = null): string */
static void bi_strip_tags(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    const char *allow = NULL;
    if (argc > 1 && argv[1].type == MP_T_ARRAY) {
        /* ['a', 'b'] means "<a><b>" */
        mp_buf b;
        mp_buf_init(&b, vm);
        uint32_t pos = 0;
        mp_key k;
        mp_val *e;
        while (mp_array_next(argv[1].u.a, &pos, &k, &e)) {
            mp_str *t = mp_to_str(vm, *mp_deref(e));
            mp_buf_addc(&b, '<');
            mp_buf_add(&b, t->data, t->len);
            mp_buf_addc(&b, '>');
        }
        mp_str *s = mp_buf_finish(&b);
        allow = mp_lower_dup(vm, s->data, s->len);
    } else if (argc > 1 && argv[1].type == MP_T_STRING) {
        allow = mp_lower_dup(vm, argv[1].u.s->data, argv[1].u.s->len);
    }
    *ret = mp_v_str(strip_tags(vm, argv[0].u.s, allow));
}

/* ---- HTML entities ---- */

enum {
    ENT_Q_DOUBLE = 2, ENT_Q_SINGLE = 1, ENT_F_IGNORE = 4, ENT_F_SUBSTITUTE = 8,
    DOC_MASK = 48, DOC_HTML401 = 0, DOC_XML1 = 16, DOC_XHTML = 32, DOC_HTML5 = 48,
    ENT_DEFAULT = 3 | 8,
};

enum { CS_UTF8, CS_LATIN1, CS_OTHER };

/* HTML 4.01's named entities by code point (get_html_translation_table
 * order); the basic five come first. */
typedef struct html_entity { uint16_t cp; const char *name; } html_entity;
static const html_entity entities[] = {
    { 34, "quot" }, { 38, "amp" }, { 60, "lt" }, { 62, "gt" }, { 160, "nbsp" },
    { 161, "iexcl" }, { 162, "cent" }, { 163, "pound" }, { 164, "curren" }, { 165, "yen" },
    { 166, "brvbar" }, { 167, "sect" }, { 168, "uml" }, { 169, "copy" }, { 170, "ordf" },
    { 171, "laquo" }, { 172, "not" }, { 173, "shy" }, { 174, "reg" }, { 175, "macr" },
    { 176, "deg" }, { 177, "plusmn" }, { 178, "sup2" }, { 179, "sup3" }, { 180, "acute" },
    { 181, "micro" }, { 182, "para" }, { 183, "middot" }, { 184, "cedil" }, { 185, "sup1" },
    { 186, "ordm" }, { 187, "raquo" }, { 188, "frac14" }, { 189, "frac12" }, { 190, "frac34" },
    { 191, "iquest" }, { 192, "Agrave" }, { 193, "Aacute" }, { 194, "Acirc" }, { 195, "Atilde" },
    { 196, "Auml" }, { 197, "Aring" }, { 198, "AElig" }, { 199, "Ccedil" }, { 200, "Egrave" },
    { 201, "Eacute" }, { 202, "Ecirc" }, { 203, "Euml" }, { 204, "Igrave" }, { 205, "Iacute" },
    { 206, "Icirc" }, { 207, "Iuml" }, { 208, "ETH" }, { 209, "Ntilde" }, { 210, "Ograve" },
    { 211, "Oacute" }, { 212, "Ocirc" }, { 213, "Otilde" }, { 214, "Ouml" }, { 215, "times" },
    { 216, "Oslash" }, { 217, "Ugrave" }, { 218, "Uacute" }, { 219, "Ucirc" }, { 220, "Uuml" },
    { 221, "Yacute" }, { 222, "THORN" }, { 223, "szlig" }, { 224, "agrave" }, { 225, "aacute" },
    { 226, "acirc" }, { 227, "atilde" }, { 228, "auml" }, { 229, "aring" }, { 230, "aelig" },
    { 231, "ccedil" }, { 232, "egrave" }, { 233, "eacute" }, { 234, "ecirc" }, { 235, "euml" },
    { 236, "igrave" }, { 237, "iacute" }, { 238, "icirc" }, { 239, "iuml" }, { 240, "eth" },
    { 241, "ntilde" }, { 242, "ograve" }, { 243, "oacute" }, { 244, "ocirc" }, { 245, "otilde" },
    { 246, "ouml" }, { 247, "divide" }, { 248, "oslash" }, { 249, "ugrave" }, { 250, "uacute" },
    { 251, "ucirc" }, { 252, "uuml" }, { 253, "yacute" }, { 254, "thorn" }, { 255, "yuml" },
    { 338, "OElig" }, { 339, "oelig" }, { 352, "Scaron" }, { 353, "scaron" }, { 376, "Yuml" },
    { 402, "fnof" }, { 710, "circ" }, { 732, "tilde" }, { 913, "Alpha" }, { 914, "Beta" },
    { 915, "Gamma" }, { 916, "Delta" }, { 917, "Epsilon" }, { 918, "Zeta" }, { 919, "Eta" },
    { 920, "Theta" }, { 921, "Iota" }, { 922, "Kappa" }, { 923, "Lambda" }, { 924, "Mu" },
    { 925, "Nu" }, { 926, "Xi" }, { 927, "Omicron" }, { 928, "Pi" }, { 929, "Rho" },
    { 931, "Sigma" }, { 932, "Tau" }, { 933, "Upsilon" }, { 934, "Phi" }, { 935, "Chi" },
    { 936, "Psi" }, { 937, "Omega" }, { 945, "alpha" }, { 946, "beta" }, { 947, "gamma" },
    { 948, "delta" }, { 949, "epsilon" }, { 950, "zeta" }, { 951, "eta" }, { 952, "theta" },
    { 953, "iota" }, { 954, "kappa" }, { 955, "lambda" }, { 956, "mu" }, { 957, "nu" },
    { 958, "xi" }, { 959, "omicron" }, { 960, "pi" }, { 961, "rho" }, { 962, "sigmaf" },
    { 963, "sigma" }, { 964, "tau" }, { 965, "upsilon" }, { 966, "phi" }, { 967, "chi" },
    { 968, "psi" }, { 969, "omega" }, { 977, "thetasym" }, { 978, "upsih" }, { 982, "piv" },
    { 8194, "ensp" }, { 8195, "emsp" }, { 8201, "thinsp" }, { 8204, "zwnj" }, { 8205, "zwj" },
    { 8206, "lrm" }, { 8207, "rlm" }, { 8211, "ndash" }, { 8212, "mdash" }, { 8216, "lsquo" },
    { 8217, "rsquo" }, { 8218, "sbquo" }, { 8220, "ldquo" }, { 8221, "rdquo" }, { 8222, "bdquo" },
    { 8224, "dagger" }, { 8225, "Dagger" }, { 8226, "bull" }, { 8230, "hellip" },
    { 8240, "permil" }, { 8242, "prime" }, { 8243, "Prime" }, { 8249, "lsaquo" },
    { 8250, "rsaquo" }, { 8254, "oline" }, { 8260, "frasl" }, { 8364, "euro" }, { 8465, "image" },
    { 8472, "weierp" }, { 8476, "real" }, { 8482, "trade" }, { 8501, "alefsym" }, { 8592, "larr" },
    { 8593, "uarr" }, { 8594, "rarr" }, { 8595, "darr" }, { 8596, "harr" }, { 8629, "crarr" },
    { 8656, "lArr" }, { 8657, "uArr" }, { 8658, "rArr" }, { 8659, "dArr" }, { 8660, "hArr" },
    { 8704, "forall" }, { 8706, "part" }, { 8707, "exist" }, { 8709, "empty" }, { 8711, "nabla" },
    { 8712, "isin" }, { 8713, "notin" }, { 8715, "ni" }, { 8719, "prod" }, { 8721, "sum" },
    { 8722, "minus" }, { 8727, "lowast" }, { 8730, "radic" }, { 8733, "prop" }, { 8734, "infin" },
    { 8736, "ang" }, { 8743, "and" }, { 8744, "or" }, { 8745, "cap" }, { 8746, "cup" },
    { 8747, "int" }, { 8756, "there4" }, { 8764, "sim" }, { 8773, "cong" }, { 8776, "asymp" },
    { 8800, "ne" }, { 8801, "equiv" }, { 8804, "le" }, { 8805, "ge" }, { 8834, "sub" },
    { 8835, "sup" }, { 8836, "nsub" }, { 8838, "sube" }, { 8839, "supe" }, { 8853, "oplus" },
    { 8855, "otimes" }, { 8869, "perp" }, { 8901, "sdot" }, { 8968, "lceil" }, { 8969, "rceil" },
    { 8970, "lfloor" }, { 8971, "rfloor" }, { 9001, "lang" }, { 9002, "rang" }, { 9674, "loz" },
    { 9824, "spades" }, { 9827, "clubs" }, { 9829, "hearts" }, { 9830, "diams" },
};
#define N_ENTITIES (sizeof entities / sizeof entities[0])

static const char *entity_for(unsigned cp)
{
    size_t lo = 0, hi = N_ENTITIES;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (entities[mid].cp == cp)
            return entities[mid].name;
        if (entities[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Code point of the named entity [s, s+n) in the doctype's table; ALL
 * selects the full table (else only amp/lt/gt/quot and, outside HTML 4.01,
 * apos). -1 if unknown. */
static int entity_lookup(const char *s, size_t n, int all, int doc)
{
    if (doc != DOC_HTML401 && n == 4 && memcmp(s, "apos", 4) == 0)
        return '\'';
    for (size_t i = 0; i < N_ENTITIES; i++) {
        int basic = entities[i].cp < 128;
        if (!all && !basic)
            break;
        if (all && !basic && doc == DOC_XML1)
            break;
        if (strlen(entities[i].name) == n && memcmp(entities[i].name, s, n) == 0)
            return entities[i].cp;
    }
    return -1;
}

static int charset_of(mp_vm *vm, const char *fn, mp_val enc)
{
    if (enc.type != MP_T_STRING || enc.u.s->len == 0)
        return CS_UTF8;
    const char *e = enc.u.s->data;
    if (!strcasecmp(e, "UTF-8") || !strcasecmp(e, "utf8"))
        return CS_UTF8;
    if (!strcasecmp(e, "ISO-8859-1") || !strcasecmp(e, "ISO8859-1"))
        return CS_LATIN1;
    static const char *const others[] = {
        "ISO-8859-15", "ISO8859-15", "cp866", "866", "ibm866", "cp1251", "Windows-1251", "win-1251", "1251",
        "cp1252", "Windows-1252", "1252", "KOI8-R", "koi8-ru", "koi8r", "BIG5", "950", "GB2312", "936",
        "BIG5-HKSCS", "Shift_JIS", "SJIS", "932", "EUCJP", "EUC-JP", "eucJP-win", "SJIS-win", "MacRoman", NULL };
    for (int i = 0; others[i]; i++)
        if (!strcasecmp(e, others[i]))
            return CS_OTHER;
    mp_error(vm, MP_E_WARNING, "%s(): Charset \"%s\" is not supported, assuming UTF-8", fn, e);
    return CS_UTF8;
}

/* Decode the UTF-8 character at S[*pos] as PHP's get_next_char does: on an
 * invalid sequence return -1 and advance by the bytes PHP treats as one
 * bad unit (a following lead byte starts afresh). */
static long utf8_next(const unsigned char *s, size_t len, size_t *pos)
{
#define LEAD(c)  ((c) < 0x80 || ((c) >= 0xC2 && (c) <= 0xF4))
#define TRAIL(c) ((c) >= 0x80 && (c) <= 0xBF)
    size_t i = *pos, avail = len - i;
    unsigned c = s[i];
    if (c < 0x80) {
        *pos = i + 1;
        return c;
    }
    if (c < 0xC2) {
        *pos = i + 1;
        return -1;
    }
    if (c < 0xE0) {
        if (avail < 2) { *pos = i + 1; return -1; }
        if (!TRAIL(s[i + 1])) { *pos = i + (LEAD(s[i + 1]) ? 1 : 2); return -1; }
        *pos = i + 2;
        return (long)((c & 0x1F) << 6 | (s[i + 1] & 0x3F));
    }
    if (c < 0xF0) {
        if (avail < 3 || !TRAIL(s[i + 1]) || !TRAIL(s[i + 2])) {
            if (avail < 2 || LEAD(s[i + 1])) *pos = i + 1;
            else if (avail < 3 || LEAD(s[i + 2])) *pos = i + 2;
            else *pos = i + 3;
            return -1;
        }
        unsigned cp = (c & 0x0F) << 12 | (s[i + 1] & 0x3Fu) << 6 | (s[i + 2] & 0x3F);
        *pos = i + 3;
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))
            return -1;
        return (long)cp;
    }
    if (c < 0xF5) {
        if (avail < 4 || !TRAIL(s[i + 1]) || !TRAIL(s[i + 2]) || !TRAIL(s[i + 3])) {
            if (avail < 2 || LEAD(s[i + 1])) *pos = i + 1;
            else if (avail < 3 || LEAD(s[i + 2])) *pos = i + 2;
            else if (avail < 4 || LEAD(s[i + 3])) *pos = i + 3;
            else *pos = i + 4;
            return -1;
        }
        unsigned cp = (c & 0x07) << 18 | (s[i + 1] & 0x3Fu) << 12 | (s[i + 2] & 0x3Fu) << 6 | (s[i + 3] & 0x3F);
        *pos = i + 4;
        if (cp < 0x10000 || cp > 0x10FFFF)
            return -1;
        return (long)cp;
    }
    *pos = i + 1;
    return -1;
#undef LEAD
#undef TRAIL
}

static void utf8_put(mp_buf *b, unsigned cp)
{
    char t[4];
    int n;
    if (cp < 0x80) { t[0] = (char)cp; n = 1; }
    else if (cp < 0x800) { t[0] = (char)(0xC0 | cp >> 6); t[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
    else if (cp < 0x10000) { t[0] = (char)(0xE0 | cp >> 12); t[1] = (char)(0x80 | ((cp >> 6) & 0x3F)); t[2] = (char)(0x80 | (cp & 0x3F)); n = 3; }
    else { t[0] = (char)(0xF0 | cp >> 18); t[1] = (char)(0x80 | ((cp >> 12) & 0x3F)); t[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); t[3] = (char)(0x80 | (cp & 0x3F)); n = 4; }
    mp_buf_add(b, t, (size_t)n);
}

/* "&#123;" / "&#x1F;": the code point, with *end at the ';'; -1 if not a
 * well-formed numeric entity of at most U+10FFFF. P points after "&#". */
static long numeric_entity(const char *p, const char *lim, const char **end)
{
    int hex = p < lim && (*p == 'x' || *p == 'X');
    if (hex)
        p++;
    if (p >= lim || !(hex ? (mp_isdigit((unsigned char)*p) || (mp_tolower((unsigned char)*p) >= 'a' && mp_tolower((unsigned char)*p) <= 'f'))
                          : mp_isdigit((unsigned char)*p)))
        return -1;
    unsigned long long v = 0;
    int big = 0;
    for (; p < lim; p++) {
        unsigned char c = mp_tolower((unsigned char)*p);
        int d = mp_isdigit(c) ? c - '0' : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
        if (d < 0)
            break;
        v = v * (hex ? 16 : 10) + (unsigned)d;
        if (v > 0x10FFFF)
            big = 1, v = 0x110000;
    }
    if (p >= lim || *p != ';' || big)
        return -1;
    *end = p;
    return (long)v;
}

/* A named entity's name after '&': [start, *end) with *end at the ';'. */
static int named_entity(const char *p, const char *lim, const char **end)
{
    const char *q = p;
    while (q < lim && (mp_isalpha((unsigned char)*q) || mp_isdigit((unsigned char)*q)))
        q++;
    if (q >= lim || *q != ';' || q == p)
        return 0;
    *end = q;
    return 1;
}

/* htmlspecialchars (ALL = 0) and htmlentities (ALL = 1). */
static void html_escape(mp_vm *vm, const char *fn, int all, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    int64_t flags = argc > 1 ? argv[1].u.i : ENT_DEFAULT;
    int cs = charset_of(vm, fn, argc > 2 ? argv[2] : mp_v_null());
    int dbl = argc < 4 || argv[3].type == MP_T_TRUE;
    int doc = (int)(flags & DOC_MASK);
    const char *sq = doc == DOC_HTML401 ? "&#039;" : "&apos;";
    const unsigned char *u = (const unsigned char *)s->data;
    mp_buf b;
    mp_buf_init(&b, vm);
    size_t i = 0;
    while (i < s->len) {
        size_t at = i;
        long cp;
        if (cs == CS_UTF8) {
            cp = utf8_next(u, s->len, &i);
            if (cp < 0) {
                if (flags & ENT_F_IGNORE)
                    continue;
                if (flags & ENT_F_SUBSTITUTE) {
                    mp_buf_add(&b, "\xEF\xBF\xBD", 3);
                    continue;
                }
                *ret = mp_strv(vm, "", 0);
                return;
            }
        } else {
            cp = u[i++];
        }
        switch (cp) {
        case '&':
            if (!dbl) {
                /* keep an existing valid entity as it is */
                const char *lim = s->data + s->len, *e;
                const char *p = s->data + i;
                int ok = 0;
                if (p < lim && *p == '#')
                    ok = numeric_entity(p + 1, lim, &e) >= 0;
                else if (named_entity(p, lim, &e))
                    ok = entity_lookup(p, (size_t)(e - p), 1, doc == DOC_XML1 ? DOC_XML1 : DOC_HTML401) >= 0 ||
                         (doc != DOC_HTML401 && e - p == 4 && memcmp(p, "apos", 4) == 0);
                if (ok) {
                    mp_buf_add(&b, s->data + at, (size_t)(e + 1 - (s->data + at)));
                    i = (size_t)(e + 1 - s->data);
                    continue;
                }
            }
            mp_buf_adds(&b, "&amp;");
            continue;
        case '"':
            if (flags & ENT_Q_DOUBLE) { mp_buf_adds(&b, "&quot;"); continue; }
            break;
        case '\'':
            if (flags & ENT_Q_SINGLE) { mp_buf_adds(&b, sq); continue; }
            break;
        case '<':
            mp_buf_adds(&b, "&lt;");
            continue;
        case '>':
            mp_buf_adds(&b, "&gt;");
            continue;
        default:
            if (all && cp >= 0xA0 && doc != DOC_XML1 && (cs != CS_OTHER)) {
                const char *name = entity_for((unsigned)cp);
                if (name) {
                    mp_buf_addc(&b, '&');
                    mp_buf_adds(&b, name);
                    mp_buf_addc(&b, ';');
                    continue;
                }
            }
            break;
        }
        mp_buf_add(&b, s->data + at, i - at);
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* htmlspecialchars(string $string, int $flags = ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401,
 *                  ?string $encoding = null, bool $double_encode = true): string */
static void bi_htmlspecialchars(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    html_escape(vm, "htmlspecialchars", 0, argc, argv, ret);
}

/* htmlentities(string $string, int $flags = ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401,
 *              ?string $encoding = null, bool $double_encode = true): string */
static void bi_htmlentities(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    html_escape(vm, "htmlentities", 1, argc, argv, ret);
}

/* May a numeric entity for CP be decoded in this doctype? (PHP's
 * unicode_cp_is_allowed; HTML 5 also refuses &#13;) */
static int cp_allowed(long cp, int doc)
{
    switch (doc) {
    case DOC_HTML401:
        return (cp >= 0x20 && cp <= 0x7E) || cp == 0x0A || cp == 0x09 || cp == 0x0D ||
               (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0x10FFFF);
    case DOC_HTML5:
        /* no &#13;, no noncharacters */
        return (cp >= 0x20 && cp <= 0x7E) || (cp >= 0x09 && cp <= 0x0C && cp != 0x0B) ||
               (cp >= 0xA0 && cp <= 0xD7FF) ||
               (cp >= 0xE000 && cp <= 0x10FFFF && (cp & 0xFFFF) < 0xFFFE && (cp < 0xFDD0 || cp > 0xFDEF));
    default:
        return (cp >= 0x20 && cp <= 0xD7FF) || cp == 0x0A || cp == 0x09 || cp == 0x0D ||
               (cp >= 0xE000 && cp <= 0x10FFFF && cp != 0xFFFE && cp != 0xFFFF);
    }
}

/* html_entity_decode (ALL = 1) and htmlspecialchars_decode (ALL = 0). */
static void html_unescape(mp_vm *vm, int all, int64_t flags, int cs, mp_val *argv, mp_val *ret)
{
    mp_str *s = argv[0].u.s;
    int doc = (int)(flags & DOC_MASK);
    if (!memchr(s->data, '&', s->len)) {
        *ret = mp_strv_same(argv[0]);
        return;
    }
    const char *p = s->data, *lim = s->data + s->len;
    mp_buf b;
    mp_buf_init(&b, vm);
    while (p < lim) {
        if (*p != '&' || p + 3 >= lim) {
            mp_buf_addc(&b, *p++);
            continue;
        }
        const char *e;
        long cp;
        if (p[1] == '#') {
            cp = numeric_entity(p + 2, lim, &e);
            if (cp < 0 || (!all && !(cp == '&' || cp == '"' || cp == '\'' || cp == '<' || cp == '>')) ||
                !cp_allowed(cp, doc)) {
                mp_buf_addc(&b, *p++);
                continue;
            }
        } else {
            if (!named_entity(p + 1, lim, &e)) {
                mp_buf_addc(&b, *p++);
                continue;
            }
            cp = entity_lookup(p + 1, (size_t)(e - p - 1), all, doc);
            if (cp < 0) {
                mp_buf_addc(&b, *p++);
                continue;
            }
        }
        if ((cp == '\'' && !(flags & ENT_Q_SINGLE)) || (cp == '"' && !(flags & ENT_Q_DOUBLE)) ||
            (cs != CS_UTF8 && cp > 0xFF)) {
            mp_buf_addc(&b, *p++);
            continue;
        }
        if (cs == CS_UTF8)
            utf8_put(&b, (unsigned)cp);
        else
            mp_buf_addc(&b, (char)cp);
        p = e + 1;
    }
    *ret = mp_v_str(mp_buf_finish(&b));
}

/* htmlspecialchars_decode(string $string, int $flags = ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401): string */
static void bi_htmlspecialchars_decode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    html_unescape(vm, 0, argc > 1 ? argv[1].u.i : ENT_DEFAULT, CS_UTF8, argv, ret);
}

/* html_entity_decode(string $string, int $flags = ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401, ?string $encoding = null): string */
static void bi_html_entity_decode(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int cs = charset_of(vm, "html_entity_decode", argc > 2 ? argv[2] : mp_v_null());
    html_unescape(vm, 1, argc > 1 ? argv[1].u.i : ENT_DEFAULT, cs, argv, ret);
}

/* Sorted by name (strcmp); mp_builtin_check_tables() verifies it. */
/* get_html_translation_table(int $table = HTML_SPECIALCHARS, int $flags = ENT_QUOTES | ENT_SUBSTITUTE | ENT_HTML401,
 *                            string $encoding = "UTF-8"): array -- character => entity, in code point order.
 * HTML5's own large table is not included: HTML_ENTITIES gives HTML 4.01's entities there. */
static void bi_get_html_translation_table(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    int all = argc > 0 && (argv[0].u.i & 1);
    int64_t flags = argc > 1 ? argv[1].u.i : ENT_DEFAULT;
    int doc = (int)(flags & DOC_MASK);
    int cs = argc > 2 ? charset_of(vm, "get_html_translation_table", argv[2]) : CS_UTF8;
    mp_array *a = mp_array_new(vm, all ? 256 : 8);
    if (flags & ENT_Q_DOUBLE) mp_array_set_str(vm, a, "\"", 1, mp_v_str(mp_str_cstr(vm, "&quot;")));
    mp_array_set_str(vm, a, "&", 1, mp_v_str(mp_str_cstr(vm, "&amp;")));
    if (flags & ENT_Q_SINGLE)
        mp_array_set_str(vm, a, "'", 1, mp_v_str(mp_str_cstr(vm, doc == DOC_XML1 || doc == DOC_HTML5 ? "&apos;" : "&#039;")));
    mp_array_set_str(vm, a, "<", 1, mp_v_str(mp_str_cstr(vm, "&lt;")));
    mp_array_set_str(vm, a, ">", 1, mp_v_str(mp_str_cstr(vm, "&gt;")));
    if (all && doc != DOC_XML1 && cs != CS_OTHER) {
        for (size_t i = 0; i < N_ENTITIES; i++) {
            unsigned cp = entities[i].cp;
            if (cp < 0xA0 || (cs == CS_LATIN1 && cp > 0xFF)) continue;
            mp_buf k;
            mp_buf_init(&k, vm);
            if (cs == CS_LATIN1) mp_buf_addc(&k, (char)cp);
            else utf8_put(&k, cp);
            mp_str *key = mp_buf_finish(&k);
            mp_buf v;
            mp_buf_init(&v, vm);
            mp_buf_printf(&v, "&%s;", entities[i].name);
            mp_array_set_str(vm, a, key->data, key->len, mp_v_str(mp_buf_finish(&v)));
        }
    }
    *ret = mp_v_arr(a);
}

static const mp_builtin rows[] = {
    { "addslashes", bi_addslashes, 1, 1, "s", "string" },
    { "get_html_translation_table", bi_get_html_translation_table, 0, 3, "iis", "table flags encoding", "HTML_SPECIALCHARS 11 'UTF-8'" },
    { "html_entity_decode", bi_html_entity_decode, 1, 3, "si?s", "string flags encoding", "11 null" },
    { "htmlentities", bi_htmlentities, 1, 4, "si?sb", "string flags encoding double_encode", "11 null true" },
    { "htmlspecialchars", bi_htmlspecialchars, 1, 4, "si?sb", "string flags encoding double_encode", "11 null true" },
    { "htmlspecialchars_decode", bi_htmlspecialchars_decode, 1, 2, "si", "string flags", "11" },
    { "quotemeta", bi_quotemeta, 1, 1, "s", "string" },
    { "strip_tags", bi_strip_tags, 1, 2, "s?k", "string allowed_tags", "null" },
    { "stripslashes", bi_stripslashes, 1, 1, "s", "string" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_escape, rows);
