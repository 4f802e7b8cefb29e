dnl SPDX-License-Identifier: LGPL-2.1-or-later
dnl VIR_COMPILE_WARNINGS: set WARN_CFLAGS to every warning flag from our list
dnl that the compiler accepts.
AC_DEFUN([VIR_COMPILE_WARNINGS], [
  WARN_CFLAGS=
  vir_save_CFLAGS=$CFLAGS
  for vir_flag in -Wall -Wextra -Wformat=2 -Wformat-security -Wshadow \
      -Wpointer-arith -Wcast-align -Wwrite-strings -Wmissing-prototypes \
      -Wstrict-prototypes -Wold-style-definition -Wmissing-declarations \
      -Wnested-externs -Wundef -Wredundant-decls -Wnull-dereference \
      -Wjump-misses-init -Wlogical-op -Wduplicated-cond -Wimplicit-fallthrough \
      -Wvla -Wno-unused-parameter -Wno-missing-field-initializers \
      -Wno-sign-compare -Wno-format-nonliteral; do
    CFLAGS="$vir_save_CFLAGS -Werror $vir_flag"
    AC_MSG_CHECKING([whether $CC accepts $vir_flag])
    AC_COMPILE_IFELSE([AC_LANG_PROGRAM([], [])],
      [WARN_CFLAGS="$WARN_CFLAGS $vir_flag"; AC_MSG_RESULT([yes])],
      [AC_MSG_RESULT([no])])
  done
  CFLAGS=$vir_save_CFLAGS
  AC_SUBST([WARN_CFLAGS])
])
