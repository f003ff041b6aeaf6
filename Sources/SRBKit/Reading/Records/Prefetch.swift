/// A hint to the processor to start loading memory that will soon be read.
enum Prefetch {
    /// Starts fetching the cache line holding `address` into all cache levels
    /// (x86 `prefetcht0`, ARM `prfm pldl1keep`); it never faults, so any
    /// address may be given, and it changes nothing but timing.
    @inline(__always)
    static func read(_ address: UnsafeRawPointer) {
        llvmPrefetch(address, 0, 3, 1)  // read, keep in all levels, data cache
    }
}

/// LLVM's `llvm.prefetch` intrinsic (address, write?, locality 0…3, data?).
@_silgen_name("llvm.prefetch.p0")
private func llvmPrefetch(_ address: UnsafeRawPointer, _ write: Int32, _ locality: Int32, _ dataCache: Int32)
