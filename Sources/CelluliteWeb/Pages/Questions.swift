import CelluliteKit
import CelluliteViews

/// The questionnaire's wording: labels, hints, "why we ask" and the choices of each field. The
/// validation rules themselves live in `ProfileDecoder`; this only says how to fix an answer.
enum Questions {
    typealias Option = (value: String, label: String, hint: String?)

    /// Each field's choices, in order; none for a field without fixed choices. Made once per
    /// field: the plan page's answer table reads them for every answer.
    static func options(_ field: String) -> [Option] {
        optionsByField.value(field, makeOptions)
    }

    private static let optionsByField = BoundedMemo<String, [Option]>(capacity: 64)

    private static func makeOptions(_ field: String) -> [Option] {
        switch field {
        case "sex": Profile.Sex.allCases.map(option)
        case "areas": Profile.Area.allCases.map(option)
        case "concern": Profile.Concern.allCases.map(option) + [("", "Not sure, or no one thing", nil)]
        case "severityScale": [("", "I don’t have a score (that’s fine)", nil)] + SeverityScaleID.allCases.map(option)
        case "setting": [Profile.SettingPreference.any, .home].map(option)
        case "fitzpatrick":
            [
                ("1", "Type 1", "Very fair skin: always burns, never tans."),
                ("2", "Type 2", "Fair skin: usually burns, tans a little."),
                ("3", "Type 3", "Medium skin: sometimes burns, tans slowly to light brown."),
                ("4", "Type 4", "Olive or light brown skin: rarely burns, tans easily."),
                ("5", "Type 5", "Brown skin: very rarely burns."),
                ("6", "Type 6", "Dark brown or black skin: never burns."),
                ("", "Not sure", nil),
            ]
        case "conditions": Profile.Condition.allCases.map(option)
        case "allergies": Profile.Allergy.allCases.map(option)
        default:
            []
        }
    }

    static func option(_ sex: Profile.Sex) -> Option {
        switch sex {
        case .female: (sex.rawValue, "Female", nil)
        case .male: (sex.rawValue, "Male", nil)
        case .other: (sex.rawValue, "Other, or I prefer not to say", nil)
        }
    }

    static func option(_ area: Profile.Area) -> Option {
        switch area {
        case .thighs: (area.rawValue, "Thighs", nil)
        case .buttocks: (area.rawValue, "Buttocks", nil)
        case .hips: (area.rawValue, "Hips", nil)
        case .abdomen: (area.rawValue, "Tummy (abdomen)", nil)
        case .arms: (area.rawValue, "Upper arms", nil)
        }
    }

    static func option(_ concern: Profile.Concern) -> Option {
        switch concern {
        case .dimples: (concern.rawValue, "Dimples (dents in the skin)", nil)
        case .texture: (concern.rawValue, "Uneven, “orange peel” texture", nil)
        case .laxity: (concern.rawValue, "Loose or sagging skin", nil)
        case .fat: (concern.rawValue, "Bulges of fat", nil)
        }
    }

    static func option(_ scale: SeverityScaleID) -> Option {
        switch scale {
        case .hexselCSS: (scale.rawValue, "Hexsel scale (CSS) total, 0 to 15", nil)
        case .nurnbergerMuller: (scale.rawValue, "Nürnberger–Müller stage, 0 to 3", nil)
        case .selfRating: (scale.rawValue, "Self-rating, 0 to 4", nil)
        }
    }

    static func option(_ setting: Profile.SettingPreference) -> Option {
        switch setting {
        case .any: (setting.rawValue, "Yes, show clinic treatments too", nil)
        case .home: (setting.rawValue, "No, only things I can do at home", nil)
        }
    }

    /// Exhaustive, so a new condition cannot be left out of the form.
    static func option(_ condition: Profile.Condition) -> Option {
        let (label, hint): (String, String?) =
            switch condition {
            case .pregnant: ("I am pregnant", nil)
            case .breastfeeding: ("I am breastfeeding", nil)
            case .tryingToConceive: ("I am trying to get pregnant", nil)
            case .anticoagulants:
                ("I take a blood thinner", "For example warfarin, apixaban, rivaroxaban or daily aspirin.")
            case .bleedingDisorder:
                ("I have a bleeding disorder", "For example haemophilia or von Willebrand disease.")
            case .keloidHistory: ("I get thick, raised scars (keloids)", nil)
            case .immunocompromised:
                ("My immune system is weakened", "By an illness or by medicines such as steroids or chemotherapy.")
            case .autoimmune: ("I have an autoimmune disease", "For example lupus or rheumatoid arthritis.")
            case .skinInfection:
                (
                    "I have a skin infection or open wound where the cellulite is",
                    "Skin that is red, hot, swollen or painful can be an infection: get it checked today."
                )
            case .skinInflammation:
                (
                    "The skin there is inflamed right now",
                    "For example an eczema or dermatitis flare, or inflamed hair follicles (folliculitis)."
                )
            case .sensitiveSkin:
                ("My skin is sensitive or reacts easily", "For example eczema, or skin that stings with new creams.")
            case .coldDisorder:
                (
                    "I have a blood disorder set off by cold",
                    "Cryoglobulinaemia, cold agglutinin disease or paroxysmal cold haemoglobinuria."
                )
            case .implantInArea:
                ("I have an implant where the cellulite is", "For example a buttock implant or metal in the thigh.")
            case .implantedElectronics:
                (
                    "I have a pacemaker or other implanted electronics",
                    "Anywhere in the body: a pacemaker, defibrillator or nerve stimulator."
                )
            case .painOrEasyBruising: ("The area hurts when touched, or bruises very easily", nil)
            case .legSwelling:
                (
                    "My legs swell, out of proportion or on one side",
                    "Swelling like this is not cellulite and a doctor should look at it."
                )
            case .highDistress: ("My cellulite causes me a lot of distress", nil)
            case .disorderedEating:
                ("I have, or have had, an eating disorder", "This changes what we suggest: no diet advice.")
            }
        return (condition.rawValue, label, hint)
    }

    static func option(_ allergy: Profile.Allergy) -> Option {
        let (label, hint): (String, String?) =
            switch allergy {
            case .collagenase: ("Collagenase", "An enzyme used in the injection Qwo.")
            case .plla: ("Poly-L-lactic acid (PLLA)", "The filler in Sculptra.")
            case .caffeine: ("Caffeine", nil)
            case .retinol: ("Retinol or other retinoids", nil)
            case .fragrance: ("Fragrance (perfume)", nil)
            case .dha: ("DHA (dihydroxyacetone)", "The tanning ingredient in self-tanners.")
            case .lidocaine:
                ("Local anaesthetic (lidocaine)", "The numbing injection used for subcision, Cellfina and Avéli.")
            }
        return (allergy.rawValue, label, hint)
    }

    static func scaleName(_ scale: String) -> String {
        guard let id = SeverityScaleID(rawValue: scale) else { return "\(scale) scale" }
        return switch id {
        case .hexselCSS: "Hexsel scale (0 to 15)"
        case .nurnbergerMuller: "Nürnberger–Müller scale (0 to 3)"
        case .selfRating: "self-rating scale (0 to 4)"
        }
    }

    static func fixMessage(field: String, query: QueryParameters, decoderMessage: String) -> String {
        func range(_ r: ClosedRange<Int>) -> String { "from \(r.lowerBound) to \(r.upperBound)" }
        switch field {
        case "age":
            return query.first("age") == nil
                ? "Enter your age, like 34."
                : "Enter your age as a whole number \(range(Profile.ageRange)), like 34."
        case "eventDate":
            // Only old links carry a number of days; a date answer gets its message from EventDate.
            return
                "The number of days until your event in this link is not valid. Enter the date of your event, or leave it blank if there is no event."
        case "budgetUSD":
            return
                "Enter your budget in whole US dollars, like 100, without the $ sign or commas, or leave it blank for no limit."
        case "maxDowntimeDays":
            return
                "Enter the days you could take off as a whole number \(range(Profile.downtimeRange)), like 2, or leave it blank if it does not matter."
        case "fitzpatrick":
            return "Choose a skin type from 1 to 6, or “Not sure”."
        case "severityScale":
            return "Choose which scale your score is on, or leave the score blank."
        case "severityScore":
            if let scale = query.first("severityScale").flatMap(SeverityScaleID.init(rawValue:)) {
                return
                    "Enter a whole number \(range(scale.scoreRange)) for the \(scaleName(scale.rawValue)), or leave the score blank."
            }
            return "Enter your score as a whole number, or leave it blank."
        case "sex", "concern", "setting":
            return "Choose one of the options shown."
        case "areas", "conditions", "allergies":
            return "Choose only from the options shown."
        default:
            return "Check this answer: \(decoderMessage)."
        }
    }

    // MARK: Building the form

    /// The questions of one step, filled in from the answers given so far; nothing is chosen
    /// that the person did not choose.
    static func fields(_ step: PlanStep, answers: QueryParameters, errors: [String: String], today: CalendarDay)
        -> [QuestionFieldVM]
    {
        func text(
            _ name: String, label: String, hint: String?, prefix: String? = nil, suffix: String? = nil,
            width: String = "width-5"
        ) -> QuestionFieldVM {
            .text(
                TextFieldVM(
                    name: name, id: "field-\(name)", label: label, hint: hint,
                    value: answers.values(name).last ?? "", error: errors["field-\(name)"], inputMode: "numeric",
                    prefix: prefix, suffix: suffix, width: width))
        }
        func choice(
            _ name: String, _ kind: ChoiceFieldVM.Kind, legend: String, hint: String? = nil, why: String? = nil
        ) -> QuestionFieldVM {
            let given = Set(
                answers.values(name).flatMap {
                    $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
                })
            let selected: Set<String> = kind == .radio ? Set([answers.first(name)].compactMap { $0 }) : given
            return .choice(
                ChoiceFieldVM(
                    kind: kind, name: name, id: "field-\(name)", legend: legend, hint: hint, whyWeAsk: why,
                    choices: options(name).map {
                        ChoiceVM(
                            value: $0.value, label: $0.label, hint: $0.hint, isSelected: selected.contains($0.value))
                    },
                    error: errors["field-\(name)"]))
        }
        switch step {
        case .aboutYou:
            return [
                text(
                    "age", label: "How old are you?", hint: "In years, like 34. Some treatments are only for adults.",
                    suffix: "years", width: "width-3"),
                choice(
                    "sex", .radio, legend: "What is your sex?",
                    hint: "If you leave this out, the plan follows the research, which was done mostly in women.",
                    why: "Most cellulite research was done in women, and some treatments are approved only for women."),
            ]
        case .yourCellulite:
            return [
                choice(
                    "areas", .checkbox, legend: "Where is the cellulite you want to improve?",
                    hint:
                        "Choose all that apply. If you choose none, we assume thighs and buttocks, where most cellulite is."
                ),
                choice(
                    "concern", .radio, legend: "What bothers you most?",
                    hint: "Different treatments work on different things."),
                choice(
                    "severityScale", .radio, legend: "Do you have a severity score?",
                    hint: "If you used our skin check or a clinic scored you, choose the scale. Otherwise skip this."),
                text(
                    "severityScore", label: "Your score",
                    hint: "A whole number on the scale you chose. Leave blank if you have no score.", width: "width-3"),
            ]
        case .eventAndLimits:
            return [
                .text(eventDateField(answers: answers, error: errors["field-eventDate"], today: today)),
                text(
                    "budgetUSD", label: "What is the most you want to spend?",
                    hint: "In US dollars, in total, like 100. Leave blank for no limit.", prefix: "$",
                    width: "width-10"),
                choice(
                    "setting", .radio, legend: "Would you consider treatment in a clinic?",
                    hint: "If you skip this, we show clinic options too."),
                text(
                    "maxDowntimeDays", label: "How many days could you take off normal life to recover?",
                    hint:
                        "Some procedures leave bruising or swelling for days. Enter 0 if you cannot take any time off, or leave blank if it does not matter.",
                    suffix: "days", width: "width-5"),
            ]
        case .skinAndHealth:
            return [
                choice(
                    "fitzpatrick", .radio, legend: "Which skin type is closest to yours?",
                    hint: "This is the Fitzpatrick scale: how your skin reacts to the sun.",
                    why:
                        "Some lasers and energy devices can leave dark or light patches on darker skin, so a doctor should check first."
                ),
                choice(
                    "conditions", .checkbox, legend: "Do any of these apply to you?",
                    hint: "Choose all that apply, or none.",
                    why:
                        "Some treatments are not safe in pregnancy, with bleeding problems or with some illnesses. "
                        + "Pain or easy bruising can be a sign of another condition that a doctor should look at. "
                        + "We use your answers only to leave out or flag treatments."),
                choice(
                    "allergies", .checkbox, legend: "Are you allergic to any of these?",
                    hint: "Choose all that apply, or none.",
                    why: "We leave out products and treatments that contain something you react to."),
            ]
        }
    }

    /// A date picker where the browser has one; elsewhere a text box that takes "14 March 2027".
    /// An old link's number of days shows as the date it means.
    private static func eventDateField(answers: QueryParameters, error: String?, today: CalendarDay) -> TextFieldVM {
        let fromDays = answers.first("daysUntilEvent").flatMap(Int.init)
            .flatMap { Profile.daysUntilEventRange.contains($0) ? today.adding(days: $0).iso : nil }
        return TextFieldVM(
            name: "eventDate", id: "field-eventDate", label: "When is your event?",
            hint: "For example a wedding or a holiday, like 14 March 2027. Leave blank if there is no event.",
            value: answers.values("eventDate").last ?? fromDays ?? "", error: error, inputMode: nil,
            width: "width-10", inputType: "date", min: today.iso)
    }
}
