import CImaging

/// How the process allocates memory, set through glibc's `mallopt` in the C shim.
public enum ImagingMemory {
    /// Buffers of 8 MB or more (upload bodies, decoded images) each get their own mapping and go
    /// back to the system when freed, so a burst of uploads does not leave a fragmented heap
    /// resident. Freed memory below them stays for reuse until 4 MB of it sits at the top of a
    /// heap: at glibc's default of 128 KB, each thread's heap was handed back and faulted in again
    /// for nearly every 40 KB page (page faults, `madvise`: 3% of a plan page's time). Call once,
    /// at start-up.
    public static func configureAllocator() {
        cim_configure_allocator()
    }
}
