/* SPDX-License-Identifier: LGPL-2.1-or-later */
/*
 * virerror.h: reporting errors into the thread-local virError
 *
 * A failing function reports once, where it fails, and returns -1/NULL;
 * callers propagate silently.  Public entry points reset the error on entry
 * and call virDispatchError() on failure, which copies the error to the
 * connection and runs the application's error callback exactly once.
 */
#pragma once

#include "internal.h"

void virReportErrorFull(int domain, int code,
                        const char *file, const char *func, size_t line,
                        const char *fmt, ...) G_GNUC_PRINTF(6, 7);

void virReportSystemErrorFull(int domain, int errnum,
                              const char *file, const char *func, size_t line,
                              const char *fmt, ...) G_GNUC_PRINTF(6, 7);

void virReportErrorFullV(int domain, int code,
                         const char *file, const char *func, size_t line,
                         const char *fmt, va_list ap) G_GNUC_PRINTF(6, 0);
void virReportSystemErrorFullV(int domain, int errnum,
                               const char *file, const char *func, size_t line,
                               const char *fmt, va_list ap) G_GNUC_PRINTF(6, 0);

void virRaiseErrorRaw(int domain, int code, int level,
                      const char *str1, const char *str2, const char *str3,
                      int int1, int int2, const char *message);

/**
 * virReportError:
 * @code: a virErrorNumber
 * @...: printf-style format and arguments giving the detail, or NULL
 *
 * Sets the thread's last error, in the error domain named by the file's
 * VIR_FROM_THIS.  The message is the code's template completed with the
 * detail ("Domain not found: foo").
 */
#define virReportError(code, ...) \
    virReportErrorFull(VIR_FROM_THIS, code, __FILE__, __func__, __LINE__, __VA_ARGS__)

/**
 * virReportSystemError:
 * @errnum: an errno value
 * @...: printf-style format and arguments
 *
 * Reports VIR_ERR_SYSTEM_ERROR with "<detail>: <strerror(errnum)>".
 */
#define virReportSystemError(errnum, ...) \
    virReportSystemErrorFull(VIR_FROM_THIS, errnum, __FILE__, __func__, __LINE__, __VA_ARGS__)

/* Entry-point checks, worded as libvirt words them. */
void virReportInvalidNonNullArg(int domain, const char *func, const char *argname);
void virReportInvalidHandle(int domain, int code, const char *func);
void virReportEmptyArrayArg(int domain, const char *func, const char *argname);
void virReportInvalidZeroArg(int domain, const char *func, const char *argname);
void virReportInvalidNonPositiveArg(int domain, const char *func, const char *argname);
void virReportInvalidNegativeArg(int domain, const char *func, const char *argname);
void virReportReadOnlyDenied(int domain, const char *func);
void virReportUnsupported(int domain, const char *func);
void virReportInvalidArgDetail(int domain, const char *func, const char *fmt, ...) G_GNUC_PRINTF(3, 4);
void virReportInvalidArgFull(int domain, const char *func, const char *argname,
                             const char *fmt, ...) G_GNUC_PRINTF(4, 5);
void virReportInvalidNullArg(int domain, const char *func, const char *argname);
void virReportExclusiveFlags(int domain, const char *func, const char *first, const char *second);
void virReportRequiredFlag(int domain, const char *func, const char *required, const char *by);

void virDispatchError(virConnectPtr conn);

const char *virErrorDomainName(int domain);
const char *virErrorCodeTemplate(int code, bool withInfo);

bool virErrorIsSet(void);
virErrorPtr virErrorSaveLast(void);
void virErrorRestoreLast(virErrorPtr *saved);
void virErrorCopy(const virError *from, virErrorPtr to);
