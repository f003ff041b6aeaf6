import Testing
import SRBKit

/// Relative difference of `value` from `expected` (absolute when expected is 0).
private func relativeError(_ value: Double, _ expected: Double) -> Double {
    expected == 0 ? abs(value) : abs(value - expected) / abs(expected)
}

// Tolerance throughout: relative 1e−9 on each bound. Clopper–Pearson values
// are scipy's `stats.beta.ppf` at the bounds' definitions, with α = 1 − C as
// the code computes it (so `(1 - 0.95) / 2` is the same double here and there);
// statsmodels 0.15.0 `proportion_confint(…, method="beta")` gives the same
// doubles. Wilson values are statsmodels 0.15.0
// `proportion_confint(x, n, alpha=1 - C, method="wilson")`.
struct ProportionIntervalTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let successes: Int
        let trials: Int
        let confidence: Double
        let lower: Double
        let upper: Double
        var testDescription: String { "\(successes)/\(trials) at \(confidence)" }

        init(_ successes: Int, of trials: Int, at confidence: Double, _ lower: Double, _ upper: Double) {
            (self.successes, self.trials, self.confidence) = (successes, trials, confidence)
            (self.lower, self.upper) = (lower, upper)
        }
    }

    @Test(arguments: [
        // stats.beta.ppf((1 - 0.95) / 2, 1, 1); by hand α/2, as Beta(1, 1) is uniform
        Case(1, of: 1, at: 0.95, 0.025000000000000022, 1),
        // stats.beta.ppf(1 - (1 - 0.95) / 2, 1, 1); by hand 1 − α/2
        Case(0, of: 1, at: 0.95, 0, 0.975),
        // stats.beta.ppf(1 - (1 - 0.95) / 2, 1, 2)
        Case(0, of: 2, at: 0.95, 0, 0.841886116991581),
        // stats.beta.ppf((1 - 0.95) / 2, 1, 2), stats.beta.ppf(1 - (1 - 0.95) / 2, 2, 1)
        Case(1, of: 2, at: 0.95, 0.01257911709342506, 0.9874208829065749),
        // stats.beta.ppf((1 - 0.95) / 2, 2, 1)
        Case(2, of: 2, at: 0.95, 0.15811388300841903, 1),
        // stats.beta.ppf((1 - 0.95) / 2, 57, 44), stats.beta.ppf(1 - (1 - 0.95) / 2, 58, 43)
        Case(57, of: 100, at: 0.95, 0.46713373832484634, 0.6686089833686168),
        // stats.beta.ppf((1 - 0.95) / 2, 80, 71), stats.beta.ppf(1 - (1 - 0.95) / 2, 81, 70)
        Case(80, of: 150, at: 0.95, 0.450194463860646, 0.6151295176294747),
        // stats.beta.ppf(1 - (1 - 0.95) / 2, 1, 150)
        Case(0, of: 150, at: 0.95, 0, 0.02429259716610854),
        // stats.beta.ppf((1 - 0.95) / 2, 150, 1)
        Case(150, of: 150, at: 0.95, 0.9757074028338915, 1),
        // stats.beta.ppf((1 - 0.95) / 2, 1, 1200000), stats.beta.ppf(1 - (1 - 0.95) / 2, 2, 1199999)
        Case(1, of: 1_200_000, at: 0.95, 2.1098173097675125e-08, 4.643027314817225e-06),
        // stats.beta.ppf((1 - 0.95) / 2, 1199999, 2), stats.beta.ppf(1 - (1 - 0.95) / 2, 1200000, 1)
        Case(1_199_999, of: 1_200_000, at: 0.95, 0.9999953569726852, 0.9999999789018269),
    ])
    func clopperPearsonMatchesScipy(_ c: Case) {
        let interval = ProportionInterval.clopperPearson(
            successes: c.successes, trials: c.trials, confidence: c.confidence)
        #expect(relativeError(interval.lower, c.lower) <= 1e-9)
        #expect(relativeError(interval.upper, c.upper) <= 1e-9)
    }

    // 630 000 boys of 1 200 000 births at each confidence level.
    @Test(arguments: [
        // stats.beta.ppf((1 - 0.5) / 2, 630000, 570001), stats.beta.ppf(1 - (1 - 0.5) / 2, 630001, 570000)
        Case(630_000, of: 1_200_000, at: 0.5, 0.524692094175363, 0.5253078792729446),
        // stats.beta.ppf((1 - 0.9) / 2, 630000, 570001), stats.beta.ppf(1 - (1 - 0.9) / 2, 630001, 570000)
        Case(630_000, of: 1_200_000, at: 0.9, 0.5242497088791933, 0.525750202015383),
        // stats.beta.ppf((1 - 0.95) / 2, 630000, 570001), stats.beta.ppf(1 - (1 - 0.95) / 2, 630001, 570000)
        Case(630_000, of: 1_200_000, at: 0.95, 0.5241060457733027, 0.5258938335561385),
        // stats.beta.ppf((1 - 0.99) / 2, 630000, 570001), stats.beta.ppf(1 - (1 - 0.99) / 2, 630001, 570000)
        Case(630_000, of: 1_200_000, at: 0.99, 0.5238252567553412, 0.5261745449554002),
        // stats.beta.ppf((1 - 0.999) / 2, 630000, 570001), stats.beta.ppf(1 - (1 - 0.999) / 2, 630001, 570000)
        Case(630_000, of: 1_200_000, at: 0.999, 0.523499395106994, 0.5265002901140623),
    ])
    func clopperPearsonMatchesScipyForMillionsOfBirths(_ c: Case) {
        let interval = ProportionInterval.clopperPearson(
            successes: c.successes, trials: c.trials, confidence: c.confidence)
        #expect(relativeError(interval.lower, c.lower) <= 1e-9)
        #expect(relativeError(interval.upper, c.upper) <= 1e-9)
    }

    @Test(arguments: [
        // proportion_confint(0, 1, alpha=1 - 0.95, method="wilson")
        Case(0, of: 1, at: 0.95, 0, 0.7934506856227626),
        // proportion_confint(1, 1, alpha=1 - 0.95, method="wilson")
        Case(1, of: 1, at: 0.95, 0.20654931437723745, 1),
        // proportion_confint(0, 2, alpha=1 - 0.95, method="wilson")
        Case(0, of: 2, at: 0.95, 0, 0.6576197724933469),
        // proportion_confint(1, 2, alpha=1 - 0.95, method="wilson")
        Case(1, of: 2, at: 0.95, 0.09453120573423074, 0.9054687942657693),
        // proportion_confint(2, 2, alpha=1 - 0.95, method="wilson")
        Case(2, of: 2, at: 0.95, 0.34238022750665303, 1),
        // proportion_confint(57, 100, alpha=1 - 0.95, method="wilson")
        Case(57, of: 100, at: 0.95, 0.47215389549212305, 0.6626670147588988),
        // proportion_confint(80, 150, alpha=1 - 0.95, method="wilson")
        Case(80, of: 150, at: 0.95, 0.45366249130807695, 0.6113394924007179),
        // proportion_confint(0, 150, alpha=1 - 0.95, method="wilson"); its lower
        // bound 1.734723475976807e-18 is rounding, by hand it is 0
        Case(0, of: 150, at: 0.95, 0, 0.0249702443680766),
        // proportion_confint(150, 150, alpha=1 - 0.95, method="wilson")
        Case(150, of: 150, at: 0.95, 0.9750297556319235, 1),
        // proportion_confint(1, 1200000, alpha=1 - 0.95, method="wilson")
        Case(1, of: 1_200_000, at: 0.95, 1.4710381092527877e-07, 4.7207629565617155e-06),
        // proportion_confint(1199999, 1200000, alpha=1 - 0.95, method="wilson")
        Case(1_199_999, of: 1_200_000, at: 0.95, 0.9999952792370435, 0.9999998528961891),
        // proportion_confint(630000, 1200000, alpha=1 - 0.5, method="wilson")
        Case(630_000, of: 1_200_000, at: 0.5, 0.5246925146049299, 0.5253074664393931),
        // proportion_confint(630000, 1200000, alpha=1 - 0.9, method="wilson")
        Case(630_000, of: 1_200_000, at: 0.9, 0.5242501139975984, 0.5257497732716787),
        // proportion_confint(630000, 1200000, alpha=1 - 0.95, method="wilson")
        Case(630_000, of: 1_200_000, at: 0.95, 0.5241064432706448, 0.5258933966690835),
        // proportion_confint(630000, 1200000, alpha=1 - 0.99, method="wilson")
        Case(630_000, of: 1_200_000, at: 0.99, 0.5238256357114145, 0.5261740878360891),
        // proportion_confint(630000, 1200000, alpha=1 - 0.999, method="wilson")
        Case(630_000, of: 1_200_000, at: 0.999, 0.5234997466469022, 0.5264998022085781),
    ])
    func wilsonMatchesStatsmodels(_ c: Case) {
        let interval = ProportionInterval.wilson(
            successes: c.successes, trials: c.trials, confidence: c.confidence)
        #expect(relativeError(interval.lower, c.lower) <= 1e-9)
        #expect(relativeError(interval.upper, c.upper) <= 1e-9)
    }

    @Test(arguments: IntervalMethod.allCases)
    func noTrialsGiveTheWholeUnitInterval(method: IntervalMethod) {
        let interval = ProportionInterval.of(successes: 0, trials: 0, confidence: 0.95, method: method)
        #expect(interval == ProportionInterval(lower: 0, upper: 1))
    }

    @Test(arguments: IntervalMethod.allCases)
    func noSuccessesGiveLowerBoundExactlyZero(method: IntervalMethod) {
        for trials in [1, 2, 150, 1_200_000] {
            let interval = ProportionInterval.of(
                successes: 0, trials: trials, confidence: 0.95, method: method)
            #expect(interval.lower == 0)
            #expect(interval.upper > 0 && interval.upper < 1)
        }
    }

    @Test(arguments: IntervalMethod.allCases)
    func allSuccessesGiveUpperBoundExactlyOne(method: IntervalMethod) {
        for trials in [1, 2, 150, 1_200_000] {
            let interval = ProportionInterval.of(
                successes: trials, trials: trials, confidence: 0.95, method: method)
            #expect(interval.upper == 1)
            #expect(interval.lower > 0 && interval.lower < 1)
        }
    }

    @Test(arguments: IntervalMethod.allCases)
    func intervalWidensWithConfidence(method: IntervalMethod) {
        var previous = ProportionInterval(lower: 80.0 / 150, upper: 80.0 / 150)
        for confidence in [0.5, 0.9, 0.95, 0.99, 0.999] {
            let interval = ProportionInterval.of(
                successes: 80, trials: 150, confidence: confidence, method: method)
            #expect(interval.lower < previous.lower && interval.upper > previous.upper)
            previous = interval
        }
    }

    @Test func ofDispatchesOnTheMethod() {
        #expect(
            ProportionInterval.of(successes: 80, trials: 150, confidence: 0.9, method: .exact)
                == ProportionInterval.clopperPearson(successes: 80, trials: 150, confidence: 0.9))
        #expect(
            ProportionInterval.of(successes: 80, trials: 150, confidence: 0.9, method: .wilson)
                == ProportionInterval.wilson(successes: 80, trials: 150, confidence: 0.9))
    }

    @Test func methodRawValuesAreTheCommandLineSpellings() {
        #expect(IntervalMethod.allCases.map(\.rawValue) == ["exact", "wilson"])
        #expect(IntervalMethod(rawValue: "wilson") == .wilson)
    }
}
