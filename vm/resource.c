/* resource.c - PHP resources: opaque host objects (streams, task handles)
 * numbered per VM. A kind (runtime/value.h) names them and releases them. */
#include "vm.h"

mp_resource *mp_resource_new(mp_vm *vm, const mp_resource_kind *kind, void *data)
{
    mp_resource *r = mp_alloc(vm, sizeof *r);
    r->id = vm->next_resource_id++;
    r->kind = kind;
    r->data = data;
    return r;
}

void mp_resource_close(mp_vm *vm, mp_resource *r)
{
    const mp_resource_kind *k = r->kind;
    r->kind = NULL;              /* closed first: a close hook never runs twice */
    if (k && k->close)
        k->close(vm, r);
}
