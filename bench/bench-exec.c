/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * bench-exec.c: a whole command, run many times
 *
 *   bench-exec RUNS PROGRAM [ARGS...]
 *
 * runs PROGRAM RUNS times (its output thrown away) and prints the median
 * wall time in milliseconds and the median peak resident size in KiB of
 * the child, from wait4():  "MS <tab> KIB".  Exits 1 if a run fails.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>

static int
benchCompare(const void *a, const void *b)
{
    double x = *(const double *)a;
    double y = *(const double *)b;

    return x < y ? -1 : x > y;
}

int
main(int argc, char **argv)
{
    int runs = argc > 2 ? atoi(argv[1]) : 0;
    double *ms;
    double *kib;
    int i;

    if (runs <= 0) {
        fprintf(stderr, "usage: bench-exec RUNS PROGRAM [ARGS...]\n");
        return EXIT_FAILURE;
    }
    ms = calloc(runs, sizeof(double));
    kib = calloc(runs, sizeof(double));
    for (i = 0; i < runs; i++) {
        struct timespec a;
        struct timespec b;
        struct rusage ru;
        int status;
        pid_t pid;

        clock_gettime(CLOCK_MONOTONIC, &a);
        if ((pid = fork()) == 0) {
            int null = open("/dev/null", O_WRONLY);

            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
            execvp(argv[2], argv + 2);
            _exit(127);
        }
        if (pid < 0 || wait4(pid, &status, 0, &ru) < 0 ||
            !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "bench-exec: %s failed\n", argv[2]);
            return EXIT_FAILURE;
        }
        clock_gettime(CLOCK_MONOTONIC, &b);
        ms[i] = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
        kib[i] = ru.ru_maxrss;
    }
    qsort(ms, runs, sizeof(double), benchCompare);
    qsort(kib, runs, sizeof(double), benchCompare);
    printf("%.2f\t%.0f\n", ms[runs / 2], kib[runs / 2]);
    free(ms);
    free(kib);
    return EXIT_SUCCESS;
}
