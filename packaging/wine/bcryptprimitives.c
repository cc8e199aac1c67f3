/* Wine 8 (Debian 12) lacks bcryptprimitives.dll, which every Windows 10 and
 * 11 has and Rust's standard library calls for random numbers (ProcessPrng).
 * packaging/check.sh builds this stand-in into its Wine prefix only: it is
 * never shipped. ProcessPrng fills the buffer from RtlGenRandom. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
