public enum QuestionFieldVM: Sendable {
    case text(TextFieldVM)
    case choice(ChoiceFieldVM)
}
