/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* testdrivernetworktest.c: placeholder, being written */
#include <config.h>

int
main(void)
{
    return 77;
}
