/* constants.c - the predefined constants, sorted by name for binary search.
 * Keep the table in strcmp order (a unit check in the test suite would catch
 * a lookup miss: every constant here is used by some test or builtin). */
#include <float.h>
#include <math.h>
#include <string.h>
#include "constants.h"

#define I(n, v) { n, MP_T_INT, (v), 0, NULL }
#define F(n, v) { n, MP_T_FLOAT, 0, (v), NULL }
#define S(n, v) { n, MP_T_STRING, 0, 0, (v) }
#define B(n, v) { n, (v) ? MP_T_TRUE : MP_T_FALSE, 0, 0, NULL }

static const mp_constant table[] = {
    I("ARRAY_FILTER_USE_BOTH", 1),
    I("ARRAY_FILTER_USE_KEY", 2),
    I("CASE_LOWER", 0),
    I("CASE_UPPER", 1),
    I("COUNT_NORMAL", 0),
    I("COUNT_RECURSIVE", 1),
    I("CRYPT_BLOWFISH", 1),
    I("CRYPT_EXT_DES", 1),
    I("CRYPT_MD5", 1),
    I("CRYPT_SALT_LENGTH", 123),
    I("CRYPT_SHA256", 1),
    I("CRYPT_SHA512", 1),
    I("CRYPT_STD_DES", 1),
    S("DATE_ATOM", "Y-m-d\\TH:i:sP"),
    S("DATE_COOKIE", "l, d-M-Y H:i:s T"),
    S("DATE_ISO8601", "Y-m-d\\TH:i:sO"),
    S("DATE_ISO8601_EXPANDED", "X-m-d\\TH:i:sP"),
    S("DATE_RFC1036", "D, d M y H:i:s O"),
    S("DATE_RFC1123", "D, d M Y H:i:s O"),
    S("DATE_RFC2822", "D, d M Y H:i:s O"),
    S("DATE_RFC3339", "Y-m-d\\TH:i:sP"),
    S("DATE_RFC3339_EXTENDED", "Y-m-d\\TH:i:s.vP"),
    S("DATE_RFC7231", "D, d M Y H:i:s \\G\\M\\T"),
    S("DATE_RFC822", "D, d M y H:i:s O"),
    S("DATE_RFC850", "l, d-M-y H:i:s T"),
    S("DATE_RSS", "D, d M Y H:i:s O"),
    S("DATE_W3C", "Y-m-d\\TH:i:sP"),
    I("DEBUG_BACKTRACE_IGNORE_ARGS", 2),
    I("DEBUG_BACKTRACE_PROVIDE_OBJECT", 1),
    S("DEFAULT_INCLUDE_PATH", ".:/usr/share/php"),
    S("DIRECTORY_SEPARATOR", "/"),
    I("ENT_COMPAT", 2),
    I("ENT_DISALLOWED", 128),
    I("ENT_HTML401", 0),
    I("ENT_HTML5", 48),
    I("ENT_IGNORE", 4),
    I("ENT_NOQUOTES", 0),
    I("ENT_QUOTES", 3),
    I("ENT_SUBSTITUTE", 8),
    I("ENT_XHTML", 32),
    I("ENT_XML1", 16),
    I("EXTR_IF_EXISTS", 6),
    I("EXTR_OVERWRITE", 0),
    I("EXTR_PREFIX_ALL", 3),
    I("EXTR_PREFIX_IF_EXISTS", 5),
    I("EXTR_PREFIX_INVALID", 4),
    I("EXTR_PREFIX_SAME", 2),
    I("EXTR_REFS", 256),
    I("EXTR_SKIP", 1),
    I("E_ALL", 32767),
    I("E_COMPILE_ERROR", 64),
    I("E_COMPILE_WARNING", 128),
    I("E_CORE_ERROR", 16),
    I("E_CORE_WARNING", 32),
    I("E_DEPRECATED", 8192),
    I("E_ERROR", 1),
    I("E_NOTICE", 8),
    I("E_PARSE", 4),
    I("E_RECOVERABLE_ERROR", 4096),
    I("E_STRICT", 2048),
    I("E_USER_DEPRECATED", 16384),
    I("E_USER_ERROR", 256),
    I("E_USER_NOTICE", 1024),
    I("E_USER_WARNING", 512),
    I("E_WARNING", 2),
    I("HASH_HMAC", 1),
    I("HTML_ENTITIES", 1),
    I("HTML_SPECIALCHARS", 0),
    F("INF", INFINITY),
    I("JSON_BIGINT_AS_STRING", 2),
    I("JSON_ERROR_CTRL_CHAR", 3),
    I("JSON_ERROR_DEPTH", 1),
    I("JSON_ERROR_INF_OR_NAN", 7),
    I("JSON_ERROR_INVALID_PROPERTY_NAME", 9),
    I("JSON_ERROR_NONE", 0),
    I("JSON_ERROR_NON_BACKED_ENUM", 11),
    I("JSON_ERROR_RECURSION", 6),
    I("JSON_ERROR_STATE_MISMATCH", 2),
    I("JSON_ERROR_SYNTAX", 4),
    I("JSON_ERROR_UNSUPPORTED_TYPE", 8),
    I("JSON_ERROR_UTF16", 10),
    I("JSON_ERROR_UTF8", 5),
    I("JSON_FORCE_OBJECT", 16),
    I("JSON_HEX_AMP", 2),
    I("JSON_HEX_APOS", 4),
    I("JSON_HEX_QUOT", 8),
    I("JSON_HEX_TAG", 1),
    I("JSON_INVALID_UTF8_IGNORE", 1048576),
    I("JSON_INVALID_UTF8_SUBSTITUTE", 2097152),
    I("JSON_NUMERIC_CHECK", 32),
    I("JSON_OBJECT_AS_ARRAY", 1),
    I("JSON_PARTIAL_OUTPUT_ON_ERROR", 512),
    I("JSON_PRESERVE_ZERO_FRACTION", 1024),
    I("JSON_PRETTY_PRINT", 128),
    I("JSON_THROW_ON_ERROR", 4194304),
    I("JSON_UNESCAPED_LINE_TERMINATORS", 2048),
    I("JSON_UNESCAPED_SLASHES", 64),
    I("JSON_UNESCAPED_UNICODE", 256),
    I("LC_ALL", 6),
    I("LC_COLLATE", 3),
    I("LC_CTYPE", 0),
    I("LC_MESSAGES", 5),
    I("LC_MONETARY", 4),
    I("LC_NUMERIC", 1),
    I("LC_TIME", 2),
    I("MT_RAND_MT19937", 0),
    I("MT_RAND_PHP", 1),
    F("M_1_PI", 0.31830988618379067154),
    F("M_2_PI", 0.63661977236758134308),
    F("M_2_SQRTPI", 1.12837916709551257390),
    F("M_E", 2.7182818284590452354),
    F("M_EULER", 0.57721566490153286061),
    F("M_LN10", 2.30258509299404568402),
    F("M_LN2", 0.69314718055994530942),
    F("M_LNPI", 1.14472988584940017414),
    F("M_LOG10E", 0.43429448190325182765),
    F("M_LOG2E", 1.4426950408889634074),
    F("M_PI", 3.14159265358979323846),
    F("M_PI_2", 1.57079632679489661923),
    F("M_PI_4", 0.78539816339744830962),
    F("M_SQRT1_2", 0.70710678118654752440),
    F("M_SQRT2", 1.41421356237309504880),
    F("M_SQRT3", 1.73205080756887729352),
    F("M_SQRTPI", 1.77245385090551602729),
    F("NAN", NAN),
    S("PASSWORD_BCRYPT", "2y"),
    I("PASSWORD_BCRYPT_DEFAULT_COST", 10),
    S("PASSWORD_DEFAULT", "2y"),
    I("PATHINFO_BASENAME", 2),
    I("PATHINFO_DIRNAME", 1),
    I("PATHINFO_EXTENSION", 4),
    I("PATHINFO_FILENAME", 8),
    S("PATH_SEPARATOR", ":"),
    B("PCRE_JIT_SUPPORT", 1),
    S("PCRE_VERSION", "10.42 2022-12-11"),
    I("PCRE_VERSION_MAJOR", 10),
    I("PCRE_VERSION_MINOR", 42),
    S("PEAR_EXTENSION_DIR", "/usr/lib/php/20220829"),
    S("PEAR_INSTALL_DIR", "/usr/share/php"),
    S("PHP_BINARY", "/usr/bin/minphp"),
    S("PHP_BINDIR", "/usr/bin"),
    S("PHP_CONFIG_FILE_PATH", "/etc/php/8.2/cli"),
    S("PHP_CONFIG_FILE_SCAN_DIR", "/etc/php/8.2/cli/conf.d"),
    S("PHP_DATADIR", "/usr/share/php/8.2"),
    I("PHP_DEBUG", 0),
    S("PHP_EOL", "\n"),
    S("PHP_EXTENSION_DIR", "/usr/lib/php/20220829"),
    S("PHP_EXTRA_VERSION", ""),
    I("PHP_FD_SETSIZE", 1024),
    I("PHP_FLOAT_DIG", DBL_DIG),
    F("PHP_FLOAT_EPSILON", DBL_EPSILON),
    F("PHP_FLOAT_MAX", DBL_MAX),
    F("PHP_FLOAT_MIN", DBL_MIN),
    I("PHP_INT_MAX", INT64_MAX),
    I("PHP_INT_MIN", INT64_MIN),
    I("PHP_INT_SIZE", 8),
    S("PHP_LIBDIR", "/usr/lib/php"),
    S("PHP_LOCALSTATEDIR", "/var"),
    I("PHP_MAJOR_VERSION", 8),
    S("PHP_MANDIR", "/usr/share/man"),
    I("PHP_MAXPATHLEN", 4096),
    I("PHP_MINOR_VERSION", 2),
    S("PHP_OS", "Linux"),
    S("PHP_OS_FAMILY", "Linux"),
    I("PHP_OUTPUT_HANDLER_CLEAN", 2),
    I("PHP_OUTPUT_HANDLER_CLEANABLE", 16),
    I("PHP_OUTPUT_HANDLER_CONT", 0),
    I("PHP_OUTPUT_HANDLER_DISABLED", 8192),
    I("PHP_OUTPUT_HANDLER_END", 8),
    I("PHP_OUTPUT_HANDLER_FINAL", 8),
    I("PHP_OUTPUT_HANDLER_FLUSH", 4),
    I("PHP_OUTPUT_HANDLER_FLUSHABLE", 32),
    I("PHP_OUTPUT_HANDLER_REMOVABLE", 64),
    I("PHP_OUTPUT_HANDLER_START", 1),
    I("PHP_OUTPUT_HANDLER_STARTED", 4096),
    I("PHP_OUTPUT_HANDLER_STDFLAGS", 112),
    I("PHP_OUTPUT_HANDLER_WRITE", 0),
    S("PHP_PREFIX", "/usr"),
    I("PHP_QUERY_RFC1738", 1),
    I("PHP_QUERY_RFC3986", 2),
    I("PHP_RELEASE_VERSION", 0),
    I("PHP_ROUND_HALF_DOWN", 2),
    I("PHP_ROUND_HALF_EVEN", 3),
    I("PHP_ROUND_HALF_ODD", 4),
    I("PHP_ROUND_HALF_UP", 1),
    S("PHP_SAPI", "cli"),
    S("PHP_SHLIB_SUFFIX", "so"),
    S("PHP_SYSCONFDIR", "/etc"),
    I("PHP_URL_FRAGMENT", 7),
    I("PHP_URL_HOST", 1),
    I("PHP_URL_PASS", 4),
    I("PHP_URL_PATH", 5),
    I("PHP_URL_PORT", 2),
    I("PHP_URL_QUERY", 6),
    I("PHP_URL_SCHEME", 0),
    I("PHP_URL_USER", 3),
    S("PHP_VERSION", "8.2.0"),
    I("PHP_VERSION_ID", 80200),
    I("PHP_ZTS", 0),
    I("PREG_BACKTRACK_LIMIT_ERROR", 2),
    I("PREG_BAD_UTF8_ERROR", 4),
    I("PREG_BAD_UTF8_OFFSET_ERROR", 5),
    I("PREG_GREP_INVERT", 1),
    I("PREG_INTERNAL_ERROR", 1),
    I("PREG_JIT_STACKLIMIT_ERROR", 6),
    I("PREG_NO_ERROR", 0),
    I("PREG_OFFSET_CAPTURE", 256),
    I("PREG_PATTERN_ORDER", 1),
    I("PREG_RECURSION_LIMIT_ERROR", 3),
    I("PREG_SET_ORDER", 2),
    I("PREG_SPLIT_DELIM_CAPTURE", 2),
    I("PREG_SPLIT_NO_EMPTY", 1),
    I("PREG_SPLIT_OFFSET_CAPTURE", 4),
    I("PREG_UNMATCHED_AS_NULL", 512),
    I("SORT_ASC", 4),
    I("SORT_DESC", 3),
    I("SORT_FLAG_CASE", 8),
    I("SORT_LOCALE_STRING", 5),
    I("SORT_NATURAL", 6),
    I("SORT_NUMERIC", 1),
    I("SORT_REGULAR", 0),
    I("SORT_STRING", 2),
    I("STR_PAD_BOTH", 2),
    I("STR_PAD_LEFT", 0),
    I("STR_PAD_RIGHT", 1),
    B("ZEND_DEBUG_BUILD", 0),
    B("ZEND_THREAD_SAFE", 0),
};

const mp_constant *mp_constant_lookup(const char *name, size_t len)
{
    size_t lo = 0, hi = sizeof table / sizeof table[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *k = table[mid].name;
        int c = strncmp(k, name, len);
        if (c == 0 && k[len] != '\0') c = 1;
        if (c == 0) return &table[mid];
        if (c < 0) lo = mid + 1; else hi = mid;
    }
    return NULL;
}

const mp_constant *mp_constant_nth(size_t i)
{
    return i < sizeof table / sizeof table[0] ? &table[i] : NULL;
}

/* The extension get_defined_constants(true) files a constant under. */
const char *mp_constant_extension(const char *name)
{
    static const struct { const char *prefix, *ext; } by_prefix[] = {
        { "E_", "Core" }, { "PHP_", "Core" }, { "ZEND_", "Core" }, { "DEBUG_BACKTRACE_", "Core" },
        { "DEFAULT_INCLUDE_PATH", "Core" }, { "PEAR_", "Core" }, { "UPLOAD_ERR_", "Core" },
        { "PHP_ROUND_", "standard" }, { "PHP_URL_", "standard" }, { "PHP_QUERY_", "standard" },
        { "PREG_", "pcre" }, { "PCRE_", "pcre" }, { "DATE_", "date" }, { "SUNFUNCS_", "date" },
        { "JSON_", "json" }, { "MT_RAND_", "random" }, { "HASH_", "hash" }, { "MB_", "mbstring" },
    };
    const char *best = "standard";
    size_t best_len = 0;
    for (size_t i = 0; i < sizeof by_prefix / sizeof by_prefix[0]; i++) {
        size_t n = strlen(by_prefix[i].prefix);
        if (n > best_len && strncmp(name, by_prefix[i].prefix, n) == 0) { best = by_prefix[i].ext; best_len = n; }
    }
    return best;
}

mp_val mp_constant_value(const mp_constant *k)
{
    switch (k->type) {
    case MP_T_INT: return mp_v_int(k->i);
    case MP_T_FLOAT: return mp_v_float(k->d);
    case MP_T_STRING: return mp_v_str(mp_str_cstr(NULL, k->s));
    default: return mp_v_bool(k->type == MP_T_TRUE);
    }
}
