/* pack.c - pack() and unpack(): values to and from binary strings by a
 * format of codes (a A Z h H c C s S n v i I l L N V q Q J P f g G d e E
 * x X @) with repeat counts or '*', with php's warnings and ValueErrors.
 * Machine order is little-endian, as on every host minphp targets. */
#include <stdio.h>
#include <string.h>
#include "builtins.h"
#include "strutil.h"
#include "../vm/vmapi.h"

/* Write the low N bytes of V, big-endian or little-endian. */
static void put_int(unsigned char *p, uint64_t v, int n, int big)
{
    for (int i = 0; i < n; i++) p[big ? n - 1 - i : i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_int(const unsigned char *p, int n, int big)
{
    uint64_t v = 0;
    for (int i = 0; i < n; i++) v |= (uint64_t)p[big ? n - 1 - i : i] << (8 * i);
    return v;
}

/* One parsed format code of pack(): the code and its count (-1 = '*'). */
typedef struct pack_item {
    char code;
    int  count;
} pack_item;

/* Bytes one value of CODE takes (0 for codes that take no value). */
static int code_size(char code)
{
    switch (code) {
    case 'c': case 'C': return 1;
    case 's': case 'S': case 'n': case 'v': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'N': case 'V': case 'f': case 'g': case 'G': return 4;
    case 'q': case 'Q': case 'J': case 'P': case 'd': case 'e': case 'E': return 8;
    default: return 0;
    }
}

/* pack(string $format, mixed ...$values): string */
static void bi_pack(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *fmt = argv[0].u.s;
    int nvals = argc - 1, cur = 0, n = 0;
    mp_val *vals = argv + 1;
    pack_item *items = mp_alloc(vm, sizeof(pack_item) * (fmt->len + 1));
    /* pass 1: codes, counts, and how many values they use */
    for (size_t i = 0; i < fmt->len; ) {
        char code = fmt->data[i++];
        int count = 1;
        if (i < fmt->len) {
            if (fmt->data[i] == '*') { count = -1; i++; }
            else if (mp_isdigit((unsigned char)fmt->data[i])) {
                long c = 0;
                while (i < fmt->len && mp_isdigit((unsigned char)fmt->data[i])) {
                    if (c < 0x7fffffff) c = c * 10 + (fmt->data[i] - '0');
                    i++;
                }
                count = c > 0x7fffffff ? 0x7fffffff : (int)c;
            }
        }
        switch (code) {
        case 'x': case 'X': case '@':
            if (count < 0) { mp_error(vm, MP_E_WARNING, "pack(): Type %c: '*' ignored", code); count = 1; }
            break;
        case 'a': case 'A': case 'Z': case 'h': case 'H':
            if (cur >= nvals) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Type %c: not enough arguments", code);
            if (count < 0) {
                mp_val v = *mp_deref(&vals[cur]);
                vals[cur] = mp_v_str(mp_to_str(vm, v));
                count = (int)vals[cur].u.s->len + (code == 'Z');
            }
            cur++;
            break;
        default:
            if (!code_size(code)) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Type %c: unknown format code", code);
            if (count < 0) count = nvals - cur;
            if (cur > 0x7fffffff - count || cur + count > nvals)
                mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Type %c: too few arguments", code);
            cur += count;
        }
        items[n].code = code;
        items[n++].count = count;
    }
    if (cur < nvals) mp_error(vm, MP_E_WARNING, "pack(): %d arguments unused", nvals - cur);
    /* pass 2: the output size */
    int64_t pos = 0, size = 0;
    for (int k = 0; k < n; k++) {
        int64_t c = items[k].count;
        switch (items[k].code) {
        case 'h': case 'H': pos += (c + (c % 2)) / 2; break;
        case 'a': case 'A': case 'Z': case 'x': pos += c; break;
        case 'X': pos -= c; if (pos < 0) pos = 0; break;
        case '@': pos = c; break;
        default: pos += c * code_size(items[k].code);
        }
        if (pos > size) size = pos;
    }
    mp_str *out = mp_str_alloc(vm, (size_t)size + 1);
    unsigned char *o = (unsigned char *)out->data;
    memset(o, 0, (size_t)size + 1);
    /* pass 3: the bytes */
    pos = 0;
    cur = 0;
    for (int k = 0; k < n; k++) {
        char code = items[k].code;
        int c = items[k].count;
        switch (code) {
        case 'a': case 'A': case 'Z': {
            mp_str *s = mp_to_str(vm, *mp_deref(&vals[cur++]));
            size_t keep = code == 'Z' ? (c > 0 ? (size_t)c - 1 : 0) : (size_t)c;
            memset(o + pos, code == 'A' ? ' ' : 0, (size_t)c);
            memcpy(o + pos, s->data, s->len < keep ? s->len : keep);
            pos += c;
            break;
        }
        case 'h': case 'H': {
            mp_str *s = mp_to_str(vm, *mp_deref(&vals[cur++]));
            int shift = code == 'h' ? 0 : 4, first = 1;
            if ((size_t)c > s->len) {
                mp_error(vm, MP_E_WARNING, "pack(): Type %c: not enough characters in string", code);
                c = (int)s->len;
            }
            pos--;
            for (int i = 0; i < c; i++) {
                unsigned char ch = (unsigned char)s->data[i];
                int nib;
                if (mp_isdigit(ch)) nib = ch - '0';
                else if (ch >= 'A' && ch <= 'F') nib = ch - 'A' + 10;
                else if (ch >= 'a' && ch <= 'f') nib = ch - 'a' + 10;
                else {
                    mp_error(vm, MP_E_WARNING, "pack(): Type %c: illegal hex digit %c", code, ch);
                    nib = 0;
                }
                if (first--) o[++pos] = 0;
                else first = 1;
                o[pos] |= (unsigned char)(nib << shift);
                shift = (shift + 4) & 7;
            }
            pos++;
            break;
        }
        case 'f': case 'g': case 'G':
            for (; c > 0; c--) {
                float f = (float)mp_to_float(vm, *mp_deref(&vals[cur++]));
                uint32_t bits;
                memcpy(&bits, &f, 4);
                put_int(o + pos, bits, 4, code == 'G');
                pos += 4;
            }
            break;
        case 'd': case 'e': case 'E':
            for (; c > 0; c--) {
                double d = mp_to_float(vm, *mp_deref(&vals[cur++]));
                uint64_t bits;
                memcpy(&bits, &d, 8);
                put_int(o + pos, bits, 8, code == 'E');
                pos += 8;
            }
            break;
        case 'x':
            memset(o + pos, 0, (size_t)c);
            pos += c;
            break;
        case 'X':
            pos -= c;
            if (pos < 0) {
                mp_error(vm, MP_E_WARNING, "pack(): Type %c: outside of string", code);
                pos = 0;
            }
            break;
        case '@':
            if (c > pos) memset(o + pos, 0, (size_t)(c - pos));
            pos = c;
            break;
        default: {
            int w = code_size(code), big = code == 'n' || code == 'N' || code == 'J';
            for (; c > 0; c--) {
                put_int(o + pos, (uint64_t)mp_to_int(vm, *mp_deref(&vals[cur++])), w, big);
                pos += w;
            }
        }
        }
    }
    out->len = (size_t)pos;
    out->data[pos] = 0;
    *ret = mp_v_str(out);
}

/* The key of an unpacked value: NAME, or NAME followed by the 1-based
 * number when the code repeats or has no name; digit strings become ints. */
static void unpack_store(mp_vm *vm, mp_array *a, const char *name, int namelen, int number, mp_val v)
{
    char buf[256];
    int len = number ? snprintf(buf, sizeof buf, "%.*s%d", namelen, name, number)
                     : snprintf(buf, sizeof buf, "%.*s", namelen, name);
    mp_array_set_str(vm, a, buf, (size_t)len, v);
}

/* unpack(string $format, string $string, int $offset = 0): array|false */
static void bi_unpack(mp_vm *vm, int argc, mp_val *argv, mp_val *ret)
{
    mp_str *fmt = argv[0].u.s, *data = argv[1].u.s;
    int64_t offset = argc > 2 ? argv[2].u.i : 0;
    if (offset < 0 || offset > (int64_t)data->len)
        mp_throw_ex(vm, MP_EX_VALUE_ERROR, "unpack(): Argument #3 ($offset) must be contained in argument #2 ($data)");
    const unsigned char *in = (const unsigned char *)data->data + offset;
    int64_t inlen = (int64_t)data->len - offset, pos = 0;
    const char *f = fmt->data;
    int64_t flen = (int64_t)fmt->len;
    mp_array *out = mp_array_new(vm, 8);
    while (flen-- > 0) {
        char type = *f++;
        int count = 1;
        if (flen > 0) {
            if (mp_isdigit((unsigned char)*f)) {
                long c = 0;
                int overflow = 0;
                while (flen > 0 && mp_isdigit((unsigned char)*f)) {
                    c = c * 10 + (*f - '0');
                    if (c > 0x7fffffff) { overflow = 1; c = 0x7fffffff; }
                    f++;
                    flen--;
                }
                if (overflow) {
                    mp_error(vm, MP_E_WARNING, "unpack(): Type %c: integer overflow", type);
                    *ret = mp_v_bool(0);
                    return;
                }
                count = (int)c;
            } else if (*f == '*') {
                count = -1;
                f++;
                flen--;
            }
        }
        const char *name = f;
        int given = count;
        while (flen > 0 && *f != '/') { f++; flen--; }
        int namelen = (int)(f - name);
        if (namelen > 200) namelen = 200;
        int64_t size = 0;
        switch (type) {
        case 'X':
            size = -1;
            if (count < 0) { mp_error(vm, MP_E_WARNING, "unpack(): Type %c: '*' ignored", type); count = 1; }
            break;
        case '@': size = 0; break;
        case 'a': case 'A': case 'Z': size = count; count = 1; break;
        case 'h': case 'H': size = count > 0 ? ((int64_t)count + 1) / 2 : count; count = 1; break;
        case 'x': size = 1; break;
        default:
            size = code_size(type);
            if (!size) mp_throw_ex(vm, MP_EX_VALUE_ERROR, "Invalid format type %c", type);
        }
        for (int i = 0; i != count; i++) {
            int number = count != 1 || namelen == 0 ? i + 1 : 0;
            if (pos + size > inlen) {
                if (count < 0) break;   /* '*' ran out of input */
                mp_error(vm, MP_E_WARNING, "unpack(): Type %c: not enough input, need %d, have %lld",
                         type, (int)size, (long long)(inlen - pos));
                *ret = mp_v_bool(0);
                return;
            }
            const unsigned char *p = in + pos;
            switch (type) {
            case 'a': case 'A': case 'Z': {
                int64_t len = inlen - pos;
                if (size >= 0 && len > size) len = size;
                size = len;
                if (type == 'A') {
                    while (len > 0 && (p[len - 1] == 0 || p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\r' || p[len - 1] == '\n')) len--;
                } else if (type == 'Z') {
                    int64_t s = 0;
                    while (s < len && p[s]) s++;
                    len = s;
                }
                unpack_store(vm, out, name, namelen, number, mp_strv(vm, (const char *)p, (size_t)len));
                break;
            }
            case 'h': case 'H': {
                int64_t len = (inlen - pos) * 2;
                int shift = type == 'h' ? 0 : 4, first = 1;
                if (size >= 0 && len > size * 2) len = size * 2;
                if (len > 0 && given > 0) len -= given % 2;
                mp_str *s = mp_str_alloc(vm, (size_t)len);
                int64_t ip = 0;
                for (int64_t op = 0; op < len; op++) {
                    int nib = (p[ip] >> shift) & 15;
                    s->data[op] = (char)(nib < 10 ? '0' + nib : 'a' + nib - 10);
                    shift = (shift + 4) & 7;
                    if (first-- == 0) { ip++; first = 1; }
                }
                s->data[len] = 0;
                unpack_store(vm, out, name, namelen, number, mp_v_str(s));
                break;
            }
            case 'c': unpack_store(vm, out, name, namelen, number, mp_v_int((int8_t)p[0])); break;
            case 'C': unpack_store(vm, out, name, namelen, number, mp_v_int(p[0])); break;
            case 's': unpack_store(vm, out, name, namelen, number, mp_v_int((int16_t)get_int(p, 2, 0))); break;
            case 'S': case 'v': unpack_store(vm, out, name, namelen, number, mp_v_int((int64_t)get_int(p, 2, 0))); break;
            case 'n': unpack_store(vm, out, name, namelen, number, mp_v_int((int64_t)get_int(p, 2, 1))); break;
            case 'i': case 'l': unpack_store(vm, out, name, namelen, number, mp_v_int((int32_t)get_int(p, 4, 0))); break;
            case 'I': case 'L': case 'V': unpack_store(vm, out, name, namelen, number, mp_v_int((int64_t)get_int(p, 4, 0))); break;
            case 'N': unpack_store(vm, out, name, namelen, number, mp_v_int((int64_t)get_int(p, 4, 1))); break;
            case 'q': case 'Q': case 'P': unpack_store(vm, out, name, namelen, number, mp_v_int((int64_t)get_int(p, 8, 0))); break;
            case 'J': unpack_store(vm, out, name, namelen, number, mp_v_int((int64_t)get_int(p, 8, 1))); break;
            case 'f': case 'g': case 'G': {
                uint32_t bits = (uint32_t)get_int(p, 4, type == 'G');
                float fl;
                memcpy(&fl, &bits, 4);
                unpack_store(vm, out, name, namelen, number, mp_v_float((double)fl));
                break;
            }
            case 'd': case 'e': case 'E': {
                uint64_t bits = get_int(p, 8, type == 'E');
                double d;
                memcpy(&d, &bits, 8);
                unpack_store(vm, out, name, namelen, number, mp_v_float(d));
                break;
            }
            case 'X':
                if (pos < size) {
                    pos = -size;
                    i = count - 1;
                    if (count >= 0) mp_error(vm, MP_E_WARNING, "unpack(): Type %c: outside of string", type);
                }
                break;
            case '@':
                if (count <= inlen) pos = count;
                else mp_error(vm, MP_E_WARNING, "unpack(): Type %c: outside of string", type);
                i = count - 1;
                break;
            }
            pos += size;
            if (pos < 0) {
                if (size != -1) mp_error(vm, MP_E_WARNING, "unpack(): Type %c: outside of string", type);
                pos = 0;
            }
        }
        if (flen > 0) { flen--; f++; }   /* the '/' */
    }
    *ret = mp_v_arr(out);
}

static const mp_builtin rows[] = {
    /* pack(string $format, mixed ...$values): string */
    { "pack", bi_pack, 1, -1, "sz*", "format values" },
    { "unpack", bi_unpack, 2, 3, "ssi", "format string offset", "0" },
    { NULL, NULL, 0, 0, NULL, NULL },
};
MP_BUILTIN_TABLE(mp_builtins_pack, rows);
