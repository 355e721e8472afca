import CImaging

/// How the process allocates the large buffers photos need.
public enum ImagingMemory {
    /// Buffers of 8 MB or more (upload bodies, decoded images) each get their own mapping and go
    /// back to the system when freed, so a burst of uploads does not leave a fragmented heap
    /// resident. Call once, at start-up.
    public static func returnLargeBuffersToTheSystem() {
        cim_return_large_buffers_to_the_system()
    }
}
