import Foundation
import Testing

/// `srb plan` through the built binary: the shipped Biểu 1, formats, languages,
/// and the exit codes of SPEC.
@Suite struct PlanCommandTests {
    let plan = BinaryRunner.sample("plans/long-bien-2024.csv")

    /// Counts as of 30/09/2024 worked out by hand from the file (data/README.md):
    /// done 3, in progress 6, overdue 0, due 1, upcoming 2, unscheduled 1; of the 8
    /// activities whose window has opened, 2 are done.
    @Test func shippedPlanAsOfTheThirtiethOfSeptember() throws {
        let outcome = try BinaryRunner.run(["plan", "--as-of", "2024-09-30", plan])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("Plan activities as of 2024-09-30\n"))
        #expect(outcome.standardOutput.hasSuffix("""
            Activities by state
              done          3
              in progress   6
              overdue       0
              due           1
              upcoming      2
              unscheduled   1
              Total        13
            Done among the activities whose time frame has begun: 2 of 8 (25.0%)

            """))
        #expect(outcome.standardError == "13 activities and 5 section headings read from \(plan)\n")
        #expect(!outcome.standardOutput.contains("\u{1B}["))
    }

    @Test func dayFirstAsOfIsTheSameDate() throws {
        let iso = try BinaryRunner.run(["plan", "--as-of", "2024-09-30", "--format", "json", plan])
        let dayFirst = try BinaryRunner.run(["plan", "--as-of=30/9/2024", "--format", "json", plan])
        #expect(dayFirst.status == 0)
        #expect(dayFirst.standardOutput == iso.standardOutput)
    }

    @Test func jsonSchemaKeysAndCounts() throws {
        let outcome = try BinaryRunner.run(["plan", "--as-of", "2024-09-30", "--format", "json", plan])
        #expect(outcome.status == 0)
        let json = try BinaryRunner.json(outcome)
        #expect(json["schema"] as? String == "srb.plan/1")
        #expect(json["as_of"] as? String == "2024-09-30")
        #expect(json["share_done_of_due"] as? Double == 0.25)
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary == ["done": 3, "in_progress": 6, "overdue": 0, "due": 1, "upcoming": 2, "unscheduled": 1])
        let activities = try #require(json["activities"] as? [[String: Any]])
        #expect(activities.count == 13)
        let first = activities[0]
        #expect(first["section"] as? String == "Công tác chỉ đạo điều hành")
        #expect(first["no"] as? String == "1")
        #expect(first["timeframe"] as? String == "Tháng 3/2024")
        #expect(first["lead"] as? String == "Trung tâm Y tế")
        #expect(first["status"] as? String == "done")
        #expect(first["state"] as? String == "done")
        #expect(first["periods_due"] is NSNull)
        let monthly = try #require(activities[1]["periods_due"] as? [String: Int])
        #expect(monthly == ["due": 9, "of": 12])
        #expect(activities.map { $0["state"] as? String } == [
            "done", "in_progress", "in_progress", "done", "due", "in_progress", "upcoming", "upcoming",
            "in_progress", "done", "in_progress", "unscheduled", "in_progress",
        ])
        // Key order of an activity: SPEC's keys, then the extras.
        let text = outcome.standardOutput
        let order = ["\"section\"", "\"no\"", "\"content\"", "\"timeframe\"", "\"lead\"", "\"partners\"", "\"status\"",
                     "\"state\"", "\"periods_due\""].map { text.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        let topLevel = ["\"schema\"", "\"as_of\"", "\"activities\"", "\"summary\"", "\"share_done_of_due\""]
            .map { text.range(of: $0)!.lowerBound }
        #expect(topLevel == topLevel.sorted())
    }

    @Test func endOfYearMakesUnfinishedWindowsOverdue() throws {
        let json = try BinaryRunner.json(try BinaryRunner.run(["plan", "--as-of", "31/12/2024", "--format", "json", plan]))
        #expect(json["summary"] as? [String: Int]
                == ["done": 3, "in_progress": 5, "overdue": 4, "due": 0, "upcoming": 0, "unscheduled": 1])
        #expect(json["share_done_of_due"] as? Double == 0.2)
    }

    @Test func vietnameseFromTheEnvironmentTranslatesTheTableOnly() throws {
        let table = try BinaryRunner.run(["plan", "--as-of", "2024-09-30", plan], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(table.status == 0)
        #expect(table.standardOutput.hasPrefix("Tiến độ thực hiện các hoạt động của kế hoạch, tính đến ngày 30/09/2024\n"))
        for word in ["Đã hoàn thành", "Đang thực hiện", "Đến hạn", "Sắp tới", "Chưa xếp lịch", "9/12 tháng"] {
            #expect(table.standardOutput.contains(word), "\(word)")
        }
        #expect(table.standardError == "Đã đọc 13 hoạt động và 5 đề mục từ \(plan)\n")
        let csv = try BinaryRunner.run(["plan", "--as-of", "2024-09-30", "--format", "csv", "--lang", "vi", plan])
        let english = try BinaryRunner.run(["plan", "--as-of", "2024-09-30", "--format", "csv", "--lang", "en", plan])
        #expect(csv.standardOutput == english.standardOutput)
        #expect(csv.standardOutput.hasPrefix("section,no,content,timeframe,lead,partners,status,state,"))
    }

    @Test func outputFileIsWrittenAndQuietSilencesStandardError() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let path = folder.appendingPathComponent("tien-do.md").path
        let outcome = try BinaryRunner.run(["plan", "--as-of", "2024-09-30", "--format", "markdown", "--output", path,
                                            "--quiet", plan])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.isEmpty)
        #expect(outcome.standardError.isEmpty)
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("**Plan activities as of 2024-09-30**\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["tien-do.md"])
    }

    @Test func standardInputIsDash() throws {
        let outcome = try BinaryRunner.run(["plan", "--as-of", "2024-06-15", "--format", "csv", "-"],
                                           input: "content,timeframe,status\nLeaflets,monthly,in progress\n")
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == """
            section,no,content,timeframe,lead,partners,status,state,periods_due,periods_of,window_from,window_to,done_on,note
            ,,Leaflets,monthly,,,in_progress,in_progress,6,12,2024-01-01,2024-12-31,,

            """)
        #expect(outcome.standardError == "1 activity and 0 section headings read from -\n")
    }

    @Test(arguments: ["2024-13-01", "31/02/2024", "30/09/24", "yesterday", ""])
    func badAsOfIsAUsageError(value: String) throws {
        let outcome = try BinaryRunner.run(["plan", "--as-of", value, plan])
        #expect(outcome.status == 64)
        #expect(outcome.standardError
                == "srb: error: option '--as-of': '\(value)' is not valid; expected a date: YYYY-MM-DD or DD/MM/YYYY\n")
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test(arguments: [["--format", "xml"], ["--lang", "fr"], ["--delimiter", "x"], ["--encoding", "latin1"]])
    func badValuesAreUsageErrors(option: [String]) throws {
        let outcome = try BinaryRunner.run(["plan"] + option + [plan])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.hasPrefix("srb: error: option '\(option[0])': '\(option[1])' is not valid"))
    }

    @Test func noPlanOrTwoPlansAreUsageErrors() throws {
        let none = try BinaryRunner.run(["plan"])
        #expect(none.status == 64)
        #expect(none.standardError == "srb: error: no input file (use - for standard input); see 'srb plan --help'\n")
        let two = try BinaryRunner.run(["plan", plan, plan])
        #expect(two.status == 64)
        #expect(two.standardError == "srb: error: unexpected argument '\(plan)'; see 'srb plan --help'\n")
        let unknown = try BinaryRunner.run(["plan", "--as-at", "2024-09-30", plan])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.hasPrefix("srb: error: unknown option '--as-at'; did you mean '--as-of'?"))
    }

    @Test func missingPlanFileExits66() throws {
        let outcome = try BinaryRunner.run(["plan", "/nonexistent/ke-hoach.csv"])
        #expect(outcome.status == 66)
        #expect(outcome.standardError == "srb: error: cannot open /nonexistent/ke-hoach.csv: No such file or directory\n")
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func missingColumnOrHeaderExits65() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let noTimeFrame = try BinaryRunner.write("TT,Nội dung công việc\n1,Viết tin\n", named: "thieu-cot.csv", in: folder)
        let outcome = try BinaryRunner.run(["plan", noTimeFrame])
        #expect(outcome.status == 65)
        #expect(outcome.standardError == "srb: error: \(noTimeFrame):1: no column for 'timeframe'; headers accepted: "
                + "'timeframe', 'thời gian thực hiện', 'thời gian'\n")
        let empty = try BinaryRunner.write("", named: "rong.csv", in: folder)
        let noHeader = try BinaryRunner.run(["plan", empty])
        #expect(noHeader.status == 65)
        #expect(noHeader.standardError == "srb: error: \(empty): no header line: the file is empty\n")
    }

    @Test func unwritableOutputExits73AndPrintsNothing() throws {
        let outcome = try BinaryRunner.run(["plan", "--as-of", "2024-09-30", "--output", "/nonexistent/dir/out.json", plan])
        #expect(outcome.status == 73)
        #expect(outcome.standardError.hasPrefix("srb: error: cannot write /nonexistent/dir/out.json: "))
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test func warningsGoToStandardError() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let path = try BinaryRunner.write("TT,Nội dung,Thời gian,Tiến độ\n1,Viết tin,Tháng 3/2024,xong\n",
                                          named: "ke-hoach.csv", in: folder)
        let outcome = try BinaryRunner.run(["plan", "--as-of", "2024-09-30", "--format", "json", path])
        #expect(outcome.status == 0)
        #expect(outcome.standardError.hasPrefix("srb: warning: \(path):2:4: 'xong' is not a status"))
        #expect(try BinaryRunner.json(outcome)["summary"] as? [String: Int]
                == ["done": 0, "in_progress": 0, "overdue": 1, "due": 0, "upcoming": 0, "unscheduled": 0])
    }

    @Test func helpListsTheOptions() throws {
        let outcome = try BinaryRunner.run(["plan", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("srb plan: progress of the plan's activities as of a date\n"))
        #expect(outcome.standardOutput.contains("--as-of DATE"))
        let overview = try BinaryRunner.run(["--help"])
        let line = overview.standardOutput.split(separator: "\n").first { $0.hasPrefix("  plan ") }
        #expect(line?.hasSuffix(" progress of the plan's activities as of a date") == true)
    }
}
