import SRBKit

/// The outputs of one run (the result, and `--rejects`), checked against the
/// inputs and opened before any work, so that an output that cannot be
/// created, or would replace an input, stops the run first.
struct RunOutputs {
    let result: OutputFile
    let rejects: OutputFile?

    /// Opens `resultPath` (nil: standard output) and `rejectsPath`. Throws
    /// `outputIsInput` when either names a file among `inputs` (`-` is standard
    /// input), `cannotWriteOutput` when one cannot be created (both exit 73).
    static func open(result resultPath: String?, rejects rejectsPath: String?, inputs: [String],
                     context: ProcessContext) throws(SRBError) -> RunOutputs {
        for output in [resultPath, rejectsPath].compactMap({ $0 }) {
            guard let outputStatus = Platform.status(output) else { continue }  // new: no input can be it
            for input in inputs {
                let inputStatus = input == "-" ? Platform.status(descriptor: 0) : Platform.status(input)
                if let inputStatus, inputStatus.kind == .regular, inputStatus.isSameFile(as: outputStatus) {
                    throw .outputIsInput(output: output, input: input)
                }
            }
        }
        let result = try resultPath.map { path throws(SRBError) in
            try OutputFile(path: path, permissionsForNew: context.permissionsForNewFiles,
                           usesUnnamedFiles: context.usesUnnamedFiles)
        } ?? OutputFile.standardOutput()
        let rejects = try rejectsPath.map { path throws(SRBError) in
            try OutputFile(path: path, permissionsForNew: context.permissionsForNewFiles,
                           usesUnnamedFiles: context.usesUnnamedFiles)
        }
        return RunOutputs(result: result, rejects: rejects)
    }

    /// Throws `sameOutputTwice` when two output options name one file (the
    /// same path, or two names of one existing file).
    static func refuseSameFile(_ option: String, _ path: String, _ other: String, _ otherPath: String,
                               command: String) throws(UsageError) {
        var isSame = path == otherPath
        if !isSame, let first = Platform.status(path), let second = Platform.status(otherPath) {
            isSame = first.isSameFile(as: second)
        }
        if isSame { throw .sameOutputTwice(option: option, other: other, path: path, command: command) }
    }

    /// Drops both outputs: every previous file stays as it was.
    func discard() {
        result.discard()
        rejects?.discard()
    }
}
