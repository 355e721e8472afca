import CelluliteKit

/// The questionnaire's wording: labels, hints, "why we ask" and the choices of each field. The
/// validation rules themselves live in `ProfileDecoder`; this only says how to fix an answer.
enum Questions {
    typealias Option = (value: String, label: String, hint: String?)

    static func options(_ field: String) -> [Option] {
        switch field {
        case "sex":
            [("female", "Female", nil), ("male", "Male", nil), ("other", "Other, or I prefer not to say", nil)]
        case "areas":
            [
                ("thighs", "Thighs", nil), ("buttocks", "Buttocks", nil), ("hips", "Hips", nil),
                ("abdomen", "Tummy (abdomen)", nil), ("arms", "Upper arms", nil),
            ]
        case "concern":
            [
                ("dimples", "Dimples (dents in the skin)", nil),
                ("texture", "Uneven, “orange peel” texture", nil),
                ("laxity", "Loose or sagging skin", nil),
                ("fat", "Bulges of fat", nil),
                ("", "Not sure, or no one thing", nil),
            ]
        case "severityScale":
            [
                ("", "I don’t have a score (that’s fine)", nil),
                ("hexsel-css", "Hexsel scale (CSS) total, 0 to 15", nil),
                ("nurnberger-muller", "Nürnberger–Müller stage, 0 to 3", nil),
                ("self-rating", "Self-rating, 0 to 4", nil),
            ]
        case "setting":
            [
                ("any", "Yes, show clinic treatments too", nil),
                ("home", "No, only things I can do at home", nil),
            ]
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
        switch scale {
        case "hexsel-css": "Hexsel scale (0 to 15)"
        case "nurnberger-muller": "Nürnberger–Müller scale (0 to 3)"
        case "self-rating": "self-rating scale (0 to 4)"
        default: "\(scale) scale"
        }
    }

    static func fixMessage(field: String, query: QueryParameters, decoderMessage: String) -> String {
        func range(_ r: ClosedRange<Int>) -> String { "from \(r.lowerBound) to \(r.upperBound)" }
        switch field {
        case "age":
            return query.first("age") == nil
                ? "Enter your age, like 34."
                : "Enter your age as a whole number \(range(Profile.ageRange)), like 34."
        case "daysUntilEvent":
            return
                "Enter the days until your event as a whole number \(range(Profile.daysUntilEventRange)), like 3, or leave it blank if there is no event."
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

    static func groups(query: QueryParameters, errors: [String: String]) -> [QuestionGroupVM] {
        func text(
            _ name: String, label: String, hint: String?, prefix: String? = nil, suffix: String? = nil,
            width: String = "width-5"
        ) -> QuestionFieldVM {
            .text(
                TextFieldVM(
                    name: name, id: "field-\(name)", label: label, hint: hint,
                    value: query.values(name).last ?? "", error: errors["field-\(name)"], inputMode: "numeric",
                    prefix: prefix, suffix: suffix, width: width))
        }
        func choice(
            _ name: String, _ kind: ChoiceFieldVM.Kind, legend: String, hint: String? = nil, why: String? = nil,
            default defaultValue: String? = nil, inline: Bool = false
        ) -> QuestionFieldVM {
            let given = Set(
                query.values(name).flatMap {
                    $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
                })
            let selected: Set<String>
            if kind == .radio {
                selected = [query.first(name) ?? defaultValue ?? ""]
            } else {
                selected = given
            }
            return .choice(
                ChoiceFieldVM(
                    kind: kind, name: name, id: "field-\(name)", legend: legend, hint: hint, whyWeAsk: why,
                    choices: options(name).map {
                        ChoiceVM(
                            value: $0.value, label: $0.label, hint: $0.hint, isSelected: selected.contains($0.value))
                    },
                    error: errors["field-\(name)"], inline: inline))
        }
        return [
            QuestionGroupVM(
                id: "about-you", title: "About you", intro: nil,
                fields: [
                    text(
                        "age", label: "How old are you?",
                        hint: "In years, like 34. Some treatments are only for adults.", suffix: "years",
                        width: "width-3"),
                    choice(
                        "sex", .radio, legend: "What is your sex?",
                        why:
                            "Most cellulite research was done in women, and some treatments are approved only for women.",
                        default: "female"),
                ]),
            QuestionGroupVM(
                id: "your-cellulite", title: "Your cellulite", intro: nil,
                fields: [
                    choice(
                        "areas", .checkbox, legend: "Where is the cellulite you want to improve?",
                        hint:
                            "Choose all that apply. If you choose none, we assume thighs and buttocks, where most cellulite is."
                    ),
                    choice(
                        "concern", .radio, legend: "What bothers you most?",
                        hint: "Different treatments work on different things.", default: ""),
                    choice(
                        "severityScale", .radio, legend: "Do you have a severity score?",
                        hint:
                            "If you used our skin check or a clinic scored you, choose the scale. Otherwise leave this as it is.",
                        default: ""),
                    text(
                        "severityScore", label: "Your score",
                        hint: "A whole number on the scale you chose. Leave blank if you have no score.",
                        width: "width-3"),
                ]),
            QuestionGroupVM(
                id: "time-and-money", title: "Time and money", intro: nil,
                fields: [
                    text(
                        "daysUntilEvent", label: "How many days until your event?",
                        hint: "For example a wedding or a holiday. Leave blank if there is no event.", suffix: "days",
                        width: "width-5"),
                    text(
                        "budgetUSD", label: "What is the most you want to spend?",
                        hint: "In US dollars, in total, like 100. Leave blank for no limit.", prefix: "$",
                        width: "width-10"),
                    choice("setting", .radio, legend: "Would you consider treatment in a clinic?", default: "any"),
                    text(
                        "maxDowntimeDays", label: "How many days could you take off normal life to recover?",
                        hint: "Some procedures leave bruising or swelling for days. Leave blank if it does not matter.",
                        suffix: "days", width: "width-5"),
                ]),
            QuestionGroupVM(
                id: "health", title: "Your skin and health",
                intro: "These questions are optional. We ask them to keep you safe, and we explain why with each one.",
                fields: [
                    choice(
                        "fitzpatrick", .radio, legend: "Which skin type is closest to yours?",
                        hint: "This is the Fitzpatrick scale: how your skin reacts to the sun.",
                        why:
                            "Some lasers and energy devices can leave dark or light patches on darker skin, so a doctor should check first.",
                        default: ""),
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
                ]),
        ]
    }
}
