/* sortimpl.h - the sorting machinery of sort.c shared with setops.c: PHP's
 * zend_sort algorithm, the element record it sorts, and the comparisons
 * per SORT_* flag or user callback. Internal to builtins/. */
#ifndef MP_SORTIMPL_H
#define MP_SORTIMPL_H

#include "builtins.h"

/* PHP's SORT_* flag values. */
enum {
    MP_SORT_REGULAR = 0, MP_SORT_NUMERIC = 1, MP_SORT_STRING = 2, MP_SORT_DESC = 3,
    MP_SORT_ASC = 4, MP_SORT_LOCALE_STRING = 5, MP_SORT_NATURAL = 6, MP_SORT_FLAG_CASE = 8,
};

/* One array element being sorted (PHP's Bucket). */
typedef struct mp_sort_item {
    mp_val   val;   /* the element as stored (may be a REF) */
    mp_key   key;
    uint32_t idx;   /* position in the original order: the stable tie-break */
} mp_sort_item;

/* How to compare two items. */
typedef struct mp_sort_ctx mp_sort_ctx;
struct mp_sort_ctx {
    mp_vm       *vm;
    const char  *fname;        /* the PHP function, for the bool-return deprecation */
    int        (*cmp)(mp_sort_ctx *c, const mp_sort_item *a, const mp_sort_item *b);
    int64_t      flags;        /* SORT_* (not for user comparisons) */
    int          reverse;      /* descending */
    int          swap_reverse; /* reverse by swapping the operands, not negating */
    int          stable;       /* ties broken by idx */
    mp_val       callback;     /* user comparator */
    int          bool_warned;  /* "Returning bool ... is deprecated" already said */
    int         *warned;       /* that flag (shared by the two callbacks of array_udiff_uassoc) */
};

/* A comparison for mp_zsort; ctx is passed through. */
typedef int (*mp_sort_cmp)(void *ctx, const void *a, const void *b);
/* Largest element mp_zsort can swap. */
#define MP_SORT_MAX_ELEM 64

/* zend_sort: hybrid insertion sort / quicksort with PHP's exact sequence of
 * comparisons and swaps (not stable by itself). */
void mp_zsort(void *base, size_t n, size_t size, mp_sort_cmp cmp, void *ctx);
/* A context comparing by value (by_key = 0) or key with SORT_* FLAGS. */
void mp_sort_ctx_init(mp_sort_ctx *c, mp_vm *vm, const char *fname, int by_key, int64_t flags, int reverse);
/* A context comparing through the user CALLBACK (values or keys). */
void mp_sort_ctx_user(mp_sort_ctx *c, mp_vm *vm, const char *fname, int by_key, mp_val callback);
/* Compare two mp_sort_items with an mp_sort_ctx (an mp_sort_cmp). */
int mp_sort_compare(void *ctx, const void *a, const void *b);
/* The elements of A in order, idx = position; *n = count. */
mp_sort_item *mp_sort_items(mp_vm *vm, const mp_array *a, uint32_t *n);
/* PHP's strnatcmp_ex (natural order; FOLD: case-insensitive). */
int mp_strnatcmp(const char *a, size_t la, const char *b, size_t lb, int fold);

#endif
