/* threads.c - N host threads, each with its own VM, running at the same
 * time. Each thread registers itself with the collector (mp_thread_attach)
 * before touching a VM, and unregisters (mp_thread_detach) before it ends.
 * Build: cc threads.c $(pkg-config --cflags --libs minphp) -o threads */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <minphp.h>

enum { NTHREADS = 4 };

typedef struct job { int id; long long result; int status; } job;

static void *worker(void *arg)
{
    job *j = arg;
    mp_thread_attach();
    mp_vm *vm = mp_vm_new(NULL);
    mp_set_global(vm, "id", mp_int(vm, j->id));
    /* sum of the squares 1..10000*id, with lots of allocation on the way */
    j->status = mp_eval_string(vm,
        "$parts = [];\n"
        "for ($i = 1; $i <= 10000 * $id; $i++) $parts[] = (string)($i * $i);\n"
        "$sum = array_sum(array_map('intval', $parts));\n", "worker.php");
    j->result = j->status == MP_OK ? (long long)mp_to_int(vm, mp_get_global(vm, "sum")) : -1;
    mp_vm_free(vm);
    mp_thread_detach();
    return NULL;
}

int main(void)
{
    mp_thread_attach();              /* first call from the main thread: starts the collector */
    pthread_t t[NTHREADS];
    job jobs[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        jobs[i] = (job){ i + 1, 0, 0 };
        pthread_create(&t[i], NULL, worker, &jobs[i]);
    }
    int bad = 0;
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(t[i], NULL);
        long long n = 10000LL * jobs[i].id, want = n * (n + 1) * (2 * n + 1) / 6;
        printf("thread %d: %lld %s\n", jobs[i].id, jobs[i].result, jobs[i].result == want ? "ok" : "WRONG");
        bad |= jobs[i].result != want;
    }
    return bad;
}
