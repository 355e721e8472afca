import CelluliteKit
import Foundation
import PropertyBased
import Testing

private let today = day("2026-12-10")

private func checkIn(_ date: String, _ input: AssessmentInput, at time: String = "2026-12-10T08:00:00Z", seed: UInt64)
    -> CheckIn
{
    // `restoring` so a broken date rule shows in the check-in tests instead of crashing these.
    try! CheckIn(
        restoring: IDGenerator.seeded(seed).next(), date: day(date), input: input, notes: "", createdAt: instant(time))
}

/// Random check-ins on any scale, date and time.
private let checkIns = zip(
    Gen.int(in: 0...2), Gen.int(in: 0...15), Gen.int(in: 0...60), Gen.int(in: 0...86_399), Gen.int(in: 0...Int.max)
)
.map { scale, score, daysBack, second, seed -> CheckIn in
    let input: AssessmentInput =
        switch scale {
        case 0:
            .hexselCSS(
                items: [min(score, 3), min(max(score - 3, 0), 3), min(max(score - 6, 0), 3), 0, 0],
                site: score % 2 == 0 ? nil : .leftThigh)
        case 1:
            .nurnbergerMuller(
                NurnbergerMullerObservations(
                    standing: score % 2 == 0 ? .smooth : .dimpled, lying: .smooth, pinch: .positive))
        default: .selfRating(level: score % 5)
        }
    return try! CheckIn(
        restoring: IDGenerator.seeded(UInt64(seed)).next(), date: today.adding(days: -daysBack)!, input: input,
        notes: "",
        createdAt: Date(timeIntervalSince1970: 1_790_000_000 + Double(second)))
}

@Suite struct TrackerProgressTests {
    @Test func scalesAndSitesAreNeverMixedAndPointsRunOldestFirst() throws {
        let all = [
            checkIn("2026-11-20", .selfRating(level: 3), seed: 1),
            checkIn("2026-10-01", .hexselCSS(items: [2, 2, 2, 1, 1], site: .leftThigh), seed: 2),
            checkIn("2026-10-01", .selfRating(level: 4), seed: 3),
            checkIn("2026-11-20", .hexselCSS(items: [1, 1, 2, 1, 1], site: .leftThigh), seed: 4),
            checkIn("2026-11-20", .hexselCSS(items: [1, 1, 1, 1, 1], site: .rightButtock), seed: 5),
            checkIn(
                "2026-11-01",
                .nurnbergerMuller(NurnbergerMullerObservations(standing: .dimpled, lying: .dimpled, pinch: .positive)),
                seed: 6),
        ]
        let series = ProgressSeries.series(from: all)
        #expect(
            series.map { "\($0.scale.rawValue) \($0.version) \($0.site?.rawValue ?? "-")" } == [
                "hexsel-css 2009 left-thigh", "hexsel-css 2009 right-buttock", "nurnberger-muller 1978 -",
                "self-rating 1 -",
            ])
        try #require(series.count == 4)
        #expect(series[0].points.map(\.value) == [8, 6])
        #expect(series[0].points.map(\.date) == [day("2026-10-01"), day("2026-11-20")])
        #expect(series[3].points.map(\.value) == [4, 3])
    }

    @Test func checkInsOnOneDateAreAllKeptInTheOrderRecorded() {
        let later = checkIn("2026-12-01", .selfRating(level: 1), at: "2026-12-01T20:00:00Z", seed: 1)
        let earlier = checkIn("2026-12-01", .selfRating(level: 2), at: "2026-12-01T07:00:00Z", seed: 2)
        let series = ProgressSeries.series(from: [later, earlier])
        #expect(series.count == 1)
        #expect(series[0].points.map(\.checkIn) == [earlier.id, later.id])
    }

    @Test func changeIsMeaningfulOnlyWhereTheSourcesGiveAThreshold() throws {
        // Self-rating: 1 level, borrowed from the PR-PCSS [S14].
        let rating = ProgressSeries.series(from: [
            checkIn("2026-10-01", .selfRating(level: 3), seed: 1),
            checkIn("2026-11-01", .selfRating(level: 2), seed: 2),
        ])[0]
        #expect(rating.change == ProgressChange(scale: .selfRating, from: 3, to: 2))
        #expect(rating.change?.delta == -1)
        #expect(rating.change?.meaningful == true)
        #expect(ProgressChange(scale: .selfRating, from: 2, to: 2).meaningful == false)
        // Hexsel CSS and Nürnberger–Müller: no threshold in the sources, so no verdict.
        #expect(ProgressChange(scale: .hexselCSS, from: 12, to: 4).meaningful == nil)
        #expect(ProgressChange(scale: .nurnbergerMuller, from: 3, to: 1).meaningful == nil)
        let object = try jsonObject(ProgressChange(scale: .hexselCSS, from: 12, to: 4))
        #expect(object["meaningful"] is NSNull)
        #expect(object["delta"] as? Int == -8)
        // A single point has no change yet.
        let single = ProgressSeries.series(from: [checkIn("2026-10-01", .selfRating(level: 3), seed: 1)])[0]
        #expect(single.change == nil)
        #expect(try json(single).contains(#""change":null"#))
    }

    @Test func everyCheckInLandsInExactlyOneSeriesOfItsOwnScaleInOrder() async {
        await propertyCheck(count: 200, input: checkIns.array(of: 0...25)) { checkIns in
            let series = ProgressSeries.series(from: checkIns)
            #expect(series.reduce(0) { $0 + $1.points.count } == checkIns.count)
            let byID = Dictionary(uniqueKeysWithValues: checkIns.map { ($0.id, $0) })
            var keys: Set<String> = []
            for one in series {
                #expect(keys.insert("\(one.scale) \(one.version) \(String(describing: one.site))").inserted)
                let members = one.points.map { byID[$0.checkIn]! }
                #expect(
                    members.allSatisfy {
                        $0.assessment.scale == one.scale && $0.assessment.version == one.version
                            && $0.assessment.site == one.site
                    })
                #expect(zip(members, members.dropFirst()).allSatisfy { !CheckIn.chronologically($1, $0) })
                if let change = one.change {
                    #expect(change.from == one.points.first!.value && change.to == one.points.last!.value)
                    #expect((change.meaningful == nil) == (one.scale.meaningfulChange.points == nil))
                }
            }
        }
    }
}
