package cn.silian.opinions;

/** How a unit answers: A solved, B being solved, C planned, D kept for reference. */
public enum AnswerCategory {
    A_SOLVED, B_BEING_SOLVED, C_PLANNED, D_FOR_REFERENCE;

    public String messageKey() {
        return "suggestion.answer-category." + name();
    }
}
