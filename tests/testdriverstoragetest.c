/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* testdriverstoragetest.c: placeholder, being written */
#include <config.h>

#include <stdio.h>

int
main(void)
{
    printf("1..0 # SKIP the storage part of the test driver is being written\n");
    return 0;
}
