/// Cross-file checks: every reference resolves, every contract id exists, ranges make sense.
enum KnowledgeBaseValidator {
    static func problems(in base: KnowledgeBase) -> [LintProblem] {
        var problems: [LintProblem] = []
        let files = KnowledgeBaseLoader.fileNames
        let citationIDs = Set(base.citations.map(\.id))
        let treatmentIDs = Set(base.treatments.map(\.id))

        func checkCitations(_ ids: [String], file: String, owner: String) {
            for id in ids where !citationIDs.contains(id) {
                problems.append(LintProblem(file: file, message: "\(owner) cites unknown source '\(id)'"))
            }
        }
        func checkDuplicates(_ ids: [String], file: String) {
            var seen = Set<String>()
            for id in ids where !seen.insert(id).inserted {
                problems.append(LintProblem(file: file, message: "duplicate id '\(id)'"))
            }
        }

        checkDuplicates(base.citations.map(\.id), file: files.citations)
        checkDuplicates(base.treatments.map(\.id), file: files.treatments)
        checkDuplicates(base.products.map(\.id), file: files.products)
        checkDuplicates(base.faq.map(\.id), file: files.faq)
        checkDuplicates(base.safetyRules.map(\.id), file: files.safetyRules)

        for id in ContractTreatmentIDs.all where !treatmentIDs.contains(id) {
            problems.append(LintProblem(file: files.treatments, message: "missing contract treatment id '\(id)'"))
        }

        let notes = base.meta.planNotes
        let noteFacts = [
            notes.doingNothing, notes.beforeEvent, notes.mildSeverity, notes.unstudiedAreas, notes.unpricedHomeOption,
        ]
        for fact in base.meta.about + base.meta.expectations + noteFacts {
            if fact.citations.isEmpty {
                problems.append(
                    LintProblem(file: files.meta, message: "a fact has no citation: \"\(fact.text.prefix(40))\""))
            }
            checkCitations(fact.citations, file: files.meta, owner: "a fact")
        }

        for treatment in base.treatments {
            let owner = "treatment '\(treatment.id)'"
            if treatment.citations.isEmpty {
                problems.append(LintProblem(file: files.treatments, message: "\(owner) has no citation"))
            }
            if treatment.evidence.basis.isEmpty {
                problems.append(LintProblem(file: files.treatments, message: "\(owner) has no evidence basis"))
            }
            checkCitations(treatment.citations, file: files.treatments, owner: owner)
            for fact in treatment.allFacts {
                if fact.citations.isEmpty {
                    problems.append(
                        LintProblem(
                            file: files.treatments,
                            message: "\(owner) has a fact without citation: \"\(fact.text.prefix(40))\""))
                }
                checkCitations(fact.citations, file: files.treatments, owner: owner)
            }
            checkCitations(treatment.cost.citations, file: files.treatments, owner: owner)
            problems += rangeProblems(treatment.cost, owner: owner, file: files.treatments)
            if let max = treatment.downtime.maxDays, max < treatment.downtime.minDays {
                problems.append(LintProblem(file: files.treatments, message: "\(owner) downtime min > max"))
            }
            if let max = treatment.timeToResults.maxDays, max < treatment.timeToResults.minDays {
                problems.append(LintProblem(file: files.treatments, message: "\(owner) time to results min > max"))
            }
        }

        for product in base.products {
            let owner = "product '\(product.id)'"
            if !treatmentIDs.contains(product.treatment) {
                problems.append(
                    LintProblem(
                        file: files.products, message: "\(owner) points at unknown treatment '\(product.treatment)'"))
            }
            if product.citations.isEmpty {
                problems.append(LintProblem(file: files.products, message: "\(owner) has no citation"))
            }
            checkCitations(product.citations + product.price.citations, file: files.products, owner: owner)
            for fact in product.contents { checkCitations(fact.citations, file: files.products, owner: owner) }
            problems += rangeProblems(product.price, owner: owner, file: files.products)
        }

        for rule in base.safetyRules {
            let owner = "rule '\(rule.id)'"
            if rule.citations.isEmpty {
                problems.append(LintProblem(file: files.safetyRules, message: "\(owner) has no citation"))
            }
            checkCitations(rule.citations, file: files.safetyRules, owner: owner)
            if rule.trigger.isEmpty {
                problems.append(
                    LintProblem(file: files.safetyRules, message: "\(owner) has no trigger, so it never fires"))
            }
            for effect in rule.effects {
                if effect.treatments.isEmpty && effect.allInOffice != true {
                    problems.append(
                        LintProblem(file: files.safetyRules, message: "\(owner) has an effect on no treatment"))
                }
                for id in effect.treatments where !treatmentIDs.contains(id) {
                    problems.append(
                        LintProblem(
                            file: files.safetyRules, message: "\(owner) names unknown treatment '\(id)'"))
                }
            }
        }

        let topics = Set(GeneralTopic.allCases.map(\.rawValue)).union(treatmentIDs)
        for example in base.meta.exampleQuestions where !topics.contains(example.topic) {
            problems.append(
                LintProblem(
                    file: files.meta,
                    message: "example question \"\(example.question)\" has unknown topic '\(example.topic)'"
                ))
        }
        for entry in base.faq {
            let owner = "entry '\(entry.id)'"
            if !topics.contains(entry.topic) {
                problems.append(LintProblem(file: files.faq, message: "\(owner) has unknown topic '\(entry.topic)'"))
            }
            if entry.citations.isEmpty {
                problems.append(LintProblem(file: files.faq, message: "\(owner) has no citation"))
            }
            checkCitations(entry.citations, file: files.faq, owner: owner)
        }
        return problems
    }

    private static func rangeProblems(_ cost: CostRange, owner: String, file: String) -> [LintProblem] {
        switch (cost.minUSD, cost.maxUSD) {
        case (let min?, let max?) where min > max:
            [LintProblem(file: file, message: "\(owner) cost range min \(min) > max \(max)")]
        case (let min?, _) where min < 0:
            [LintProblem(file: file, message: "\(owner) cost is negative")]
        case (nil, _?):
            [LintProblem(file: file, message: "\(owner) cost has a max but no min")]
        default:
            []
        }
    }
}

extension Treatment {
    /// Every fact attached to the treatment, for citation checks and display.
    public var allFacts: [Fact] {
        [howItWorks, availability.note, sessions, downtimeNote, timeToResultsNote, durability]
            + (regulatory.indication.map { [$0] } ?? []) + regulatory.notes + evidence.keyNumbers
            + sideEffects + alwaysCautions
    }
}
