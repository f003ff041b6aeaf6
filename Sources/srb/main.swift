import Foundation
import SRBKit

TemporaryNames.install()
Platform.ignoreBrokenPipes()
let context = ProcessContext.current(environment: ProcessInfo.processInfo.environment)
Platform.exitProcess(CommandLineRun(context: context).run(Array(CommandLine.arguments.dropFirst())).rawValue)
