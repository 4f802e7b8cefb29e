/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virinit.h: taking part in virInitialize()
 */
#pragma once

/* Returns 0, or -1 with an error reported. */
typedef int (*virInitHookFunc)(void);

void virInitAddHook(virInitHookFunc hook);
