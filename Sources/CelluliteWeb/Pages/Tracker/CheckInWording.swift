import CelluliteKit
import CelluliteViews

/// How a stored check-in is named on the pages, one place for the dashboard, history and forms.
enum CheckInWording {
    /// "Hexsel score", "Nürnberger–Müller stage", "Self-rating".
    static func scoreName(_ scale: SeverityScaleID) -> String {
        switch scale {
        case .hexselCSS: "Hexsel score"
        case .nurnbergerMuller: "Nürnberger–Müller stage"
        case .selfRating: "Self-rating"
        }
    }

    /// "Hexsel scale, left thigh"; the check as the history table lists it.
    static func check(_ assessment: ScoredAssessment) -> String {
        let name: String =
            switch assessment.scale {
            case .hexselCSS: "Hexsel scale"
            case .nurnbergerMuller: "Nürnberger–Müller stage"
            case .selfRating: "Self-rating"
            }
        return assessment.site.map { "\(name), \($0.label)" } ?? name
    }

    /// "7 of 15: moderate", "II: …", "2 of 4: mild".
    static func score(_ assessment: ScoredAssessment) -> String {
        switch assessment {
        case .hexselCSS(let css):
            "\(css.total.value) of \(HexselCSS.range.upperBound): \(SkinCheckResultPresenter.bandWord(css.band))"
        case .nurnbergerMuller(let nm): "stage \(nm.stage.roman)"
        case .selfRating(let rating):
            "\(rating.level.rawValue) of \(SelfRating.range.upperBound): \(rating.level.label)"
        }
    }

    /// "Self-rating 2 of 4: mild, on 30 November 2026".
    static func summary(_ checkIn: CheckIn) -> String {
        "\(scoreName(checkIn.assessment.scale)) \(score(checkIn.assessment)), on \(Present.dateText(checkIn.date.iso))"
    }

    /// The label-value rows that describe a stored check-in.
    static func facts(_ checkIn: CheckIn) -> [FactRowVM] {
        let assessment = checkIn.assessment
        return [
            FactRowVM(label: "Date", value: Present.dateText(checkIn.date.iso)),
            FactRowVM(label: "Check", value: check(assessment)),
            FactRowVM(label: "Score", value: score(assessment)),
            FactRowVM(label: "Scale", value: "\(assessment.scale.name), version \(assessment.version)"),
            FactRowVM(label: "Notes", value: checkIn.notes.isEmpty ? "None" : checkIn.notes),
        ]
    }
}
