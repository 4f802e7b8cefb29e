/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * testutils.h: helpers shared by the unit tests
 */
#pragma once

#include <glib.h>
#include <stdbool.h>
#include <libxml/relaxng.h>

char *virTestDataPath(const char *dir, const char *name, const char *suffix);
char *virTestLoadFile(const char *path);
void virTestCompareToFile(const char *actual, const char *path);
GPtrArray *virTestReadLines(const char *path);
bool virTestRegenerate(void);
xmlRelaxNGPtr virTestLoadSchema(const char *name);
void virTestValidateSchema(xmlRelaxNGPtr schema, const char *what, const char *xml);
