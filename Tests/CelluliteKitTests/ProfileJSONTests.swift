import CelluliteKit
import Foundation
import PropertyBased
import Testing

/// The safety tests' profiles, with the numbers drawn from their whole contract ranges, so the
/// round trip meets the bounds too.
let profilesOverWholeRanges = zip(
    profiles,
    Gen.int(in: Profile.daysUntilEventRange).optional(),
    Gen.int(in: Profile.budgetRange).optional(),
    Gen.int(in: Profile.downtimeRange).optional()
).map { profile, days, budget, downtime in
    var profile = profile
    profile.daysUntilEvent = days
    profile.budgetUSD = budget
    profile.maxDowntimeDays = downtime
    return profile
}

@Suite struct ProfileJSONTests {
    private func roundTrip(_ profile: Profile) throws -> Profile {
        try ProfileDecoder.decode(json: Data(ProfileJSON.encode(profile).utf8))
    }

    @Test func theContractExampleIsWrittenInTheContractsOrder() {
        let profile = Profile(
            age: 34, areas: [.thighs, .buttocks], concern: .dimples,
            severity: SeverityReading(scale: .hexselCSS, score: 8), daysUntilEvent: 3, budgetUSD: 100,
            maxDowntimeDays: 2, fitzpatrick: 3, conditions: [.pregnant])
        #expect(
            ProfileJSON.encode(profile)
                == #"{"age":34,"sex":"female","areas":["thighs","buttocks"],"concern":"dimples","#
                + #""severity":{"scale":"hexsel-css","score":8},"daysUntilEvent":3,"budgetUSD":100,"#
                + #""setting":"any","maxDowntimeDays":2,"fitzpatrick":3,"conditions":["pregnant"],"allergies":[]}"#)
    }

    @Test func fieldsNotGivenAreLeftOut() {
        #expect(
            ProfileJSON.encode(Profile(age: 13))
                == #"{"age":13,"sex":"female","areas":[],"setting":"any","conditions":[],"allergies":[]}"#)
    }

    /// Sets have no order of their own: the text must not depend on how this one was built.
    @Test func setsAreWrittenInDeclarationOrder() {
        let profile = Profile(age: 40, conditions: [.highDistress, .pregnant], allergies: [.lidocaine, .collagenase])
        let json = ProfileJSON.encode(profile)
        #expect(json.contains(#""conditions":["pregnant","high-distress"]"#))
        #expect(json.contains(#""allergies":["collagenase","lidocaine"]"#))
    }

    @Test func everyValueAtItsLimitsReadsBack() throws {
        for bound in [\ClosedRange<Int>.lowerBound, \ClosedRange<Int>.upperBound] {
            let profile = Profile(
                age: Profile.ageRange[keyPath: bound], sex: .other, areas: Profile.Area.allCases.reversed(),
                concern: .fat,
                severity: SeverityReading(
                    scale: .selfRating, score: SeverityScaleID.selfRating.scoreRange[keyPath: bound]),
                daysUntilEvent: Profile.daysUntilEventRange[keyPath: bound],
                budgetUSD: Profile.budgetRange[keyPath: bound],
                setting: .home, maxDowntimeDays: Profile.downtimeRange[keyPath: bound],
                fitzpatrick: Profile.fitzpatrickRange[keyPath: bound], conditions: Set(Profile.Condition.allCases),
                allergies: Set(Profile.Allergy.allCases))
            #expect(try roundTrip(profile) == profile)
        }
    }

    @Test func everyProfileReadsBackAsItself() async {
        await propertyCheck(count: 400, input: profilesOverWholeRanges) { profile in
            #expect((try? roundTrip(profile)) == profile, "\(ProfileJSON.encode(profile))")
        }
    }
}
