/* threads.c - a multi-threaded host: 8 threads at once, each registering
 * with the collector (mp_thread_attach), running 3 VMs one after another,
 * each with its own output callback, host function and user pointer,
 * calls both ways and collections forced while the other threads run. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <minphp.h>

enum { NTHREADS = 8, NVMS = 3 };

typedef struct worker {
    int id;
    char out[4096];
    size_t len;
    int ok;
} worker;

static void on_write(void *user, const char *data, size_t len)
{
    worker *w = user;
    if (w->len + len < sizeof w->out) { memcpy(w->out + w->len, data, len); w->len += len; }
}

/* h_id(): the worker's id, from the user pointer */
static mp_value *h_id(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)argc; (void)argv;
    return mp_int(vm, ((worker *)user)->id);
}

/* h_twice_in_php($x): calls the PHP function twice($x) */
static mp_value *h_twice_in_php(mp_vm *vm, int argc, mp_value **argv, void *user)
{
    (void)argc; (void)user;
    mp_value *r;
    return mp_call(vm, "twice", 1, argv, &r) == MP_OK ? r : NULL;
}

static void *run(void *arg)
{
    worker *w = arg;
    if (mp_thread_attach() != 0) return NULL;
    w->ok = 1;
    for (int round = 0; round < NVMS; round++) {
        mp_config cfg = { on_write, NULL, w };
        mp_vm *vm = mp_vm_new(&cfg);
        mp_function_entry fns[] = { { "h_id", h_id, 0, 0, w }, { "h_twice_in_php", h_twice_in_php, 1, 1, NULL }, { NULL } };
        mp_register_functions(vm, fns);
        mp_set_global(vm, "round", mp_int(vm, round));
        int r = mp_eval_string(vm,
            "function twice($x) { return $x * 2; }\n"
            "$data = [];\n"
            "for ($i = 0; $i < 20000; $i++) $data[] = str_repeat(chr(65 + $i % 26), $i % 50) . $i;\n"
            "gc_collect_cycles();\n"
            "$sum = 0; foreach ($data as $s) $sum += strlen($s);\n"
            "$id = h_id();\n"
            "if ($round == 2) echo \"worker $id: \", h_twice_in_php($sum), \"\\n\";\n", "thread.php");
        mp_value *args[1] = { mp_get_global(vm, "sum") };
        mp_value *res;
        if (r != MP_OK || mp_call(vm, "twice", 1, args, &res) != MP_OK || mp_to_int(vm, res) != 2 * mp_to_int(vm, args[0])
            || mp_to_int(vm, mp_get_global(vm, "id")) != w->id)
            w->ok = 0;
        mp_vm_free(vm);
    }
    mp_thread_detach();
    return NULL;
}

int main(void)
{
    mp_thread_attach();   /* the main thread first: starts the collector */
    pthread_t t[NTHREADS];
    worker *w = calloc(NTHREADS, sizeof *w);
    for (int i = 0; i < NTHREADS; i++) {
        w[i].id = i;
        if (pthread_create(&t[i], NULL, run, &w[i]) != 0) { perror("pthread_create"); return 1; }
    }
    for (int i = 0; i < NTHREADS; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < NTHREADS; i++) printf("%s ok=%d\n", w[i].len ? strtok(w[i].out, "\n") : "(no output)", w[i].ok);
    free(w);
    return 0;
}
