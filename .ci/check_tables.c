/* check_tables.c - part of `make check`: every builtin table is sorted, lower
 * case and free of duplicates (lookups binary-search them). */
#include <stdio.h>
#include "builtins/builtins.h"

int main(void)
{
    const char *bad = mp_builtin_check_tables();
    if (bad) {
        fprintf(stderr, "check: builtin table problem at \"%s\" (unsorted, upper case or duplicate)\n", bad);
        return 1;
    }
    return 0;
}
