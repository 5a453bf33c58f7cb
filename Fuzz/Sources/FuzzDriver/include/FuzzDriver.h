#ifndef SITREP_FUZZ_DRIVER_H
#define SITREP_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (in libclang_rt.fuzzer): parses libFuzzer's flags from argv and fuzzes
/// `callback`. The fuzz targets call it from their own `main`, because SwiftPM gives every
/// executable a Swift entry point of its own and libFuzzer's `main` cannot be used.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
