extension ZipArchive {
    /// Streams the inflated XML of `entry` through a tokenizer into `handler`,
    /// until the part ends or the handler is done.
    func parse<Handler: XMLHandler>(
        _ entry: ZipEntry,
        maximumSize: Int,
        limits: WorkbookLimits,
        into handler: inout Handler
    ) throws(WorkbookError) {
        var tokenizer = XMLTokenizer(part: entry.name)
        var failure: WorkbookError?
        let completed = try read(entry, maximumSize: maximumSize, limits: limits) { chunk in
            do throws(WorkbookError) {
                try tokenizer.feed(chunk, to: &handler)
                return !tokenizer.isStopped
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        if completed { try tokenizer.finish(to: &handler) }
    }
}
