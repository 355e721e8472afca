import CelluliteKit
import Foundation

/// The event date answer: what `<input type=date>` sends ("2027-03-14"), or what a person types
/// where the browser shows a plain text box ("14 March 2027", "March 14, 2027", "14/3/2027").
/// The engine takes days, so the date becomes `daysUntilEvent` against the server's today.
enum EventDate {
    enum Problem: Error, Equatable {
        case unreadable
        /// Both numbers could be the month, like 3/4/2027.
        case ambiguous
        case past(CalendarDay)
        case tooFar
    }

    static func daysUntil(_ text: String, today: CalendarDay) -> Result<Int, Problem> {
        guard let day = parse(text) else {
            return .failure(looksAmbiguous(text) ? .ambiguous : .unreadable)
        }
        let days = today.days(until: day)
        // Yesterday on the server's clock can still be today where the person is.
        if days < -1 { return .failure(.past(day)) }
        if days > Profile.daysUntilEventRange.upperBound { return .failure(.tooFar) }
        return .success(max(days, 0))
    }

    static func parse(_ text: String) -> CalendarDay? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = CalendarDay(iso: trimmed) { return day }
        let words = trimmed.lowercased().split { " ,./-".contains($0) }.map(String.init)
        guard words.count == 3 else { return nil }
        if let month = monthNumber(words[1]), let day = Int(words[0]), let year = Int(words[2]) {
            return CalendarDay(year: year, month: month, day: day)
        }
        if let month = monthNumber(words[0]), let day = Int(words[1]), let year = Int(words[2]) {
            return CalendarDay(year: year, month: month, day: day)
        }
        // All numbers: day first or month first can only be told apart when one is over 12.
        guard let first = Int(words[0]), let second = Int(words[1]), let year = Int(words[2]), words[2].count == 4
        else { return nil }
        if first > 12 { return CalendarDay(year: year, month: second, day: first) }
        if second > 12 { return CalendarDay(year: year, month: first, day: second) }
        return first == second ? CalendarDay(year: year, month: first, day: first) : nil
    }

    private static func looksAmbiguous(_ text: String) -> Bool {
        let numbers = text.split { " ,./-".contains($0) }.compactMap { Int($0) }
        return numbers.count == 3 && numbers[0] <= 12 && numbers[1] <= 12
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    private static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return monthNames.firstIndex { $0.lowercased().hasPrefix(word) }.map { $0 + 1 }
    }

    /// "Saturday 14 March 2027".
    static func longText(_ day: CalendarDay) -> String {
        let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return "\(weekdays[day.weekday - 1]) \(day.day) \(monthNames[day.month - 1]) \(day.year)"
    }

    /// "today", "tomorrow", "in 4 days".
    static func whenText(days: Int) -> String {
        switch days {
        case 0: "today"
        case 1: "tomorrow"
        default: "in \(days) days"
        }
    }

    static func message(_ problem: Problem) -> String {
        switch problem {
        case .unreadable:
            "Enter the date of your event, like 14 March 2027, or leave it blank if there is no event."
        case .ambiguous:
            "Write the month as a word, like 4 March 2027, so the day and the month cannot be mixed up."
        case .past(let day):
            "\(longText(day)) is in the past. Enter the date of an event that is still to come, or leave it blank."
        case .tooFar:
            "Enter a date in the next 10 years, or leave it blank if there is no event."
        }
    }
}
